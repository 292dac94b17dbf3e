/**
 * The leaders' dashboard (/bang-dieu-hanh) for their subtree: late and soon-due dossiers by holder, the
 * at-risk list (links to the dossiers) and the twelve-month trend; links to the public page and hall board.
 */
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { TrendChart } from '../transparency/TrendChart';
import { useTransparencyI18n } from '../transparency/transparency.messages';
import { useLeaderDashboard, type DashboardResponse } from './dashboards.api';

type Holder = DashboardResponse['byHolder'][number];
type Risk = DashboardResponse['atRisk'][number];

export function LeaderDashboardPage() {
  const { t } = useTransparencyI18n();
  const { data, error } = useLeaderDashboard();
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!data) return null;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} data-testid="dashboard-title">
          {t('dash.title')} — {data.unit.name}
        </Typography.Title>
        <Space>
          <Link to={`/minh-bach/don-vi/${data.unit.id}`}>
            <Button>{t('dash.portal')}</Button>
          </Link>
          <Link to={`/bang-tin/${data.unit.id}`}>
            <Button>{t('dash.board')}</Button>
          </Link>
        </Space>
      </Space>
      <Card title={t('dash.byHolder')} size="small">
        <Table<Holder>
          rowKey={(h) => h.holderId ?? 'none'}
          size="small"
          data-testid="dashboard-holders"
          dataSource={data.byHolder}
          pagination={false}
          columns={[
            { title: t('dash.holder'), render: (_, h) => h.holderName ?? t('dash.unassigned') },
            {
              title: t('dash.overdue'),
              align: 'right',
              render: (_, h) => <Tag color={h.overdue ? 'red' : 'default'}>{h.overdue}</Tag>,
            },
            { title: t('dash.dueSoon'), align: 'right', dataIndex: 'dueSoon' },
            { title: t('dash.oldest'), render: (_, h) => formatDateTime(h.oldestDueAt) },
          ]}
        />
      </Card>
      <Card title={t('dash.atRisk')} size="small">
        <Table<Risk>
          rowKey="dossierId"
          size="small"
          dataSource={data.atRisk}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('col.code'), render: (_, d) => <Link to={`/dossiers/${d.dossierId}`}>{d.code}</Link> },
            { title: t('col.procedure'), dataIndex: 'procedureName' },
            { title: t('dash.holder'), render: (_, d) => d.holderName ?? t('dash.unassigned') },
            {
              title: t('dash.due'),
              render: (_, d) => <Tag color={d.overdue ? 'red' : 'gold'}>{formatDateTime(d.dueAt)}</Tag>,
            },
          ]}
        />
      </Card>
      <Card title={t('dash.trend')} size="small">
        <TrendChart months={data.trend} withLate />
      </Card>
    </Space>
  );
}
