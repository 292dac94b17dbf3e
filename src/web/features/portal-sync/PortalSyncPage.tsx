/**
 * /dong-bo-cong-dvc — "Đồng bộ Cổng Dịch vụ công quốc gia" (system administrators): the changes waiting to
 * reach the national portal, how long the oldest has waited, failures with their last error, and "Gửi lại".
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type {
  PortalSyncFailure,
  PortalSyncRetryResponse,
  PortalSyncStatus,
} from '../../../contracts/portal-sync';
import { showError, showSuccess } from '../../app/feedback';
import { api } from '../../app/http';
import { formatDateTime } from '../../app/i18n/format';
import { describeAge } from './age';
import { usePortalSyncI18n } from './portal-sync.messages';

const QUERY_KEY = ['portal-sync'];

export function PortalSyncPage() {
  const { t } = usePortalSyncI18n();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: QUERY_KEY,
    queryFn: () => api.get<PortalSyncStatus>('/portal-sync'),
    refetchInterval: 15_000,
  });
  const retry = useMutation({
    mutationFn: () => api.post<PortalSyncRetryResponse>('/portal-sync/retry'),
    onSuccess: async (result) => {
      showSuccess(t('retry.done', { n: result.retried }));
      await client.invalidateQueries({ queryKey: QUERY_KEY });
    },
    onError: showError,
  });
  const data = status.data;
  const age = describeAge(data?.oldestAgeSeconds ?? null);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('page.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('page.subtitle')}</Typography.Paragraph>
      {status.isError && <Alert type="error" showIcon message={t('load.error')} />}
      {data && !data.enabled && <Alert type="warning" showIcon message={t('state.off')} />}
      {data?.standIn && (
        <Alert type="info" showIcon message={t('state.standIn')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('stat.backlog')} value={data?.backlog ?? 0} data-testid="portal-backlog" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('stat.oldest')}
              value={'values' in age ? t(age.key, age.values) : t(age.key)}
              data-testid="portal-oldest"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('stat.failed')} value={data?.failed ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('stat.dead')} value={data?.dead ?? 0} data-testid="portal-dead" />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card>
            <Statistic
              title={t('stat.synced')}
              value={data?.dossiers.synced ?? 0}
              suffix={`/ ${data?.dossiers.total ?? 0}`}
            />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('failures.title')}
        extra={
          <Button
            type="primary"
            loading={retry.isPending}
            disabled={!data || data.failed + data.dead === 0}
            onClick={() => retry.mutate()}
            data-testid="portal-retry"
          >
            {t('retry.button')}
          </Button>
        }
      >
        <Table<PortalSyncFailure>
          rowKey="id"
          size="small"
          loading={status.isLoading}
          dataSource={data?.failures ?? []}
          locale={{ emptyText: t('failures.empty') }}
          pagination={false}
          scroll={{ x: 720 }}
          columns={[
            { title: t('col.code'), dataIndex: 'dossierCode' },
            { title: t('col.seq'), dataIndex: 'seq', width: 100 },
            {
              title: t('col.status'),
              dataIndex: 'status',
              render: (value: PortalSyncFailure['status']) => (
                <Tag color={value === 'dead' ? 'red' : 'orange'}>{t(`status.${value}`)}</Tag>
              ),
            },
            { title: t('col.attempts'), dataIndex: 'attempts', width: 100 },
            {
              title: t('col.next'),
              dataIndex: 'nextAttemptAt',
              render: (value: string, row) => (row.status === 'dead' ? '—' : formatDateTime(value)),
            },
            { title: t('col.error'), dataIndex: 'lastError', ellipsis: true },
          ]}
        />
      </Card>
    </>
  );
}
