/**
 * The catalogue administration: every procedure (drafts included) with its current version and whether a
 * draft waits; create, export (JSON, Excel) and import. A procedure opens in the editor.
 */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { ProcedureSummary } from '../../../contracts/procedures';
import { useI18n } from '../../app/i18n/context';
import { UnitPicker } from '../units/UnitPicker';
import { ImportButton } from './ImportButton';
import { ProcedureFilters } from './ProcedureFilters';
import { ProcedureTable } from './ProcedureTable';
import { filterFromParams, paramsFromFilter, refineFilter } from './procedure-filter';
import { EXPORT_URLS, useProcedureList, type ProcedureFilter } from './procedures.api';

function StatusTags({ procedure }: { procedure: ProcedureSummary }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {procedure.currentVersion === null ? (
        <Tag color="orange">{t('proc.status.unpublished')}</Tag>
      ) : (
        <Tag color="green" data-testid="procedure-current-version">
          {t('proc.admin.versionTag', { number: procedure.currentVersion })}
        </Tag>
      )}
      {procedure.hasDraft && (
        <Tag color="gold" data-testid="procedure-has-draft">
          {t('proc.status.hasDraft')}
        </Tag>
      )}
    </Space>
  );
}

export function ProceduresAdminPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const list = useProcedureList(filter, true);
  const change = (next: Partial<ProcedureFilter>) =>
    setParams(paramsFromFilter(refineFilter(filter, next)), { replace: true });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('proc.admin.title')}
        </Typography.Title>
        <Space wrap>
          <Button href={EXPORT_URLS.json} icon={<DownloadOutlined />} data-testid="procedure-export-json">
            {t('proc.admin.exportJson')}
          </Button>
          <Button href={EXPORT_URLS.xlsx} icon={<DownloadOutlined />} data-testid="procedure-export-xlsx">
            {t('proc.admin.exportXlsx')}
          </Button>
          <ImportButton />
          <Link to="/procedures/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="procedure-create">
              {t('proc.admin.create')}
            </Button>
          </Link>
        </Space>
      </Flex>
      <Card>
        <ProcedureFilters filter={filter} onChange={change}>
          <UnitPicker
            allowClear
            placeholder={t('proc.filter.unit')}
            value={filter.unitId}
            onChange={(unitId) => change({ unitId })}
            style={{ width: 260 }}
            data-testid="procedure-filter-unit"
          />
        </ProcedureFilters>
        <ProcedureTable
          data={list.data}
          loading={list.isFetching}
          page={filter.page}
          pageSize={filter.pageSize}
          linkTo={(procedure) => `/procedures/${procedure.id}`}
          onPageChange={(page, pageSize) => change({ page, pageSize })}
          extraColumns={[
            {
              key: 'status',
              title: t('proc.col.status'),
              width: 190,
              render: (_value, procedure) => <StatusTags procedure={procedure} />,
            },
          ]}
          data-testid="procedure-admin-table"
        />
      </Card>
    </>
  );
}
