/**
 * The public catalogue (no sign-in): search procedures by name or code, filter by field and level, and
 * open one. The search lives in the address, so a result can be shared or bookmarked.
 */
import { Card, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/context';
import { ProcedureFilters } from '../procedures/ProcedureFilters';
import { ProcedureTable } from '../procedures/ProcedureTable';
import { filterFromParams, paramsFromFilter, refineFilter } from '../procedures/procedure-filter';
import { useProcedureList, type ProcedureFilter } from '../procedures/procedures.api';

export function CataloguePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = { ...filterFromParams(params), unitId: null };
  const list = useProcedureList(filter);

  const change = (next: Partial<ProcedureFilter>) =>
    setParams(paramsFromFilter(refineFilter(filter, next)), { replace: true });

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('catalogue.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('catalogue.intro')}</Typography.Paragraph>
      <Card>
        <ProcedureFilters filter={filter} onChange={change} />
        <ProcedureTable
          data={list.data}
          loading={list.isFetching}
          page={filter.page}
          pageSize={filter.pageSize}
          linkTo={(procedure) => `/thu-tuc/${procedure.id}`}
          onPageChange={(page, pageSize) => change({ page, pageSize })}
          data-testid="catalogue-table"
        />
      </Card>
    </>
  );
}
