/** The discipline plans issued in or targeting the person's subtree. */
import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../app/i18n/format';
import { usePlans, type PlanSummary } from './plans.api';
import { usePlanI18n } from './plans.messages';

export function PlansPage() {
  const { t } = usePlanI18n();
  const plans = usePlans();
  return (
    <>
      <Typography.Title level={3}>{t('plan.title')}</Typography.Title>
      <Card>
        <Table<PlanSummary>
          rowKey="id"
          loading={plans.isLoading}
          dataSource={plans.data ?? []}
          locale={{ emptyText: t('plan.empty') }}
          scroll={{ x: true }}
          data-testid="plans-table"
          columns={[
            {
              title: t('plan.code'),
              dataIndex: 'code',
              render: (code: string, p) => <Link to={`/discipline-plans/${p.id}`}>{code}</Link>,
            },
            { title: t('plan.name'), dataIndex: 'title' },
            { title: t('plan.issuer'), dataIndex: 'unitName' },
            { title: t('plan.issuedOn'), dataIndex: 'issuedOn', render: (d: string) => formatDate(d) },
            { title: t('plan.actions'), dataIndex: 'actionCount' },
            { title: t('plan.targets'), dataIndex: 'targetCount' },
          ]}
        />
      </Card>
    </>
  );
}
