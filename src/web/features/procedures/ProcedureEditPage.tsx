/**
 * One procedure in the administration: its state (current version, draft), the editor, the version
 * history with the diff, and the unit offer switch. Read-only for officials who may not edit it.
 */
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Flex, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/context';
import { formatDate } from '../../app/i18n/format';
import { DraftEditor } from './DraftEditor';
import { useProcedure } from './procedures.api';
import { UnitOfferSwitch } from './UnitOfferSwitch';
import { VersionHistory } from './VersionHistory';

export function ProcedureEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const procedure = useProcedure(id);

  if (procedure.isPending) return <Skeleton active />;
  if (procedure.isError)
    return <Alert type="error" showIcon title={t('error.load')} description={procedure.error.message} />;

  const detail = procedure.data;
  const definition = detail.draft?.definition ?? detail.definition;
  const tab = params.get('tab') === 'versions' && detail.canEdit ? 'versions' : 'content';

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/procedures">{t('proc.admin.title')}</Link> },
          { title: definition?.code ?? '' },
        ]}
      />
      <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 8 }}>
        <div style={{ flex: 1, minWidth: 320 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="procedure-title">
            {definition?.name}
          </Typography.Title>
          <Space size={4} wrap style={{ marginTop: 8 }}>
            {detail.current ? (
              <Tag color="green" data-testid="procedure-current-version">
                {t('proc.edit.currentTag', {
                  number: detail.current.number,
                  date: formatDate(detail.current.effectiveFrom ?? detail.current.publishedAt),
                })}
              </Tag>
            ) : (
              <Tag color="orange" data-testid="procedure-unpublished">
                {t('proc.status.unpublished')}
              </Tag>
            )}
            {detail.draft && (
              <Tag color="gold" data-testid="procedure-has-draft">
                {t('proc.edit.draftTag', { number: detail.draft.info.number })}
              </Tag>
            )}
          </Space>
        </div>
        <Space align="start" wrap>
          <UnitOfferSwitch detail={detail} />
          {detail.current && (
            <Link to={`/thu-tuc/${detail.id}`}>
              <Button icon={<EyeOutlined />} data-testid="procedure-public-link">
                {t('proc.edit.viewPublic')}
              </Button>
            </Link>
          )}
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'versions' ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: 'content',
            label: <span data-testid="tab-content">{t('proc.edit.tab.content')}</span>,
            children: <DraftEditor detail={detail} />,
          },
          ...(detail.canEdit
            ? [
                {
                  key: 'versions',
                  label: <span data-testid="tab-versions">{t('proc.edit.tab.versions')}</span>,
                  children: <VersionHistory procedureId={detail.id} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
