/**
 * Findings: the official's own (with each finding's evaluation deduction and the month's total), those
 * awaiting the head's decision, and the unit's.
 */
import { Alert, Card, DatePicker, Flex, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { useCurrentUser } from '../auth/session';
import { useFindings, type Finding, type FindingScope } from './inspections.api';
import { useInspectionI18n } from './inspections.messages';
import { findingStatusLabel, severityLabel, SEVERITY_COLORS } from './labels';

const READER_ROLES = ['home_affairs', 'unit_leader', 'one_stop_head', 'inspector', 'sysadmin'];
const DECIDER_ROLES = ['unit_leader', 'one_stop_head'];

export function FindingsPage() {
  const { t, locale } = useInspectionI18n();
  const user = useCurrentUser();
  const roles: string[] = user.kind === 'official' ? user.roles : [];
  const scopes: FindingScope[] = [
    'mine',
    ...(roles.some((r) => DECIDER_ROLES.includes(r)) ? (['to_decide'] as const) : []),
    ...(roles.some((r) => READER_ROLES.includes(r)) ? (['unit'] as const) : []),
  ];
  const [scope, setScope] = useState<FindingScope>(
    roles.some((r) => DECIDER_ROLES.includes(r)) ? 'to_decide' : 'mine',
  );
  const [month, setMonth] = useState<string | null>(dayjs().format('YYYY-MM'));
  const findings = useFindings(scope, scope === 'to_decide' ? null : month);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('find.title')}
        </Typography.Title>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          value={month ? dayjs(`${month}-01`) : null}
          onChange={(d) => setMonth(d ? d.format('YYYY-MM') : null)}
          placeholder={t('find.month')}
          data-testid="findings-month"
        />
      </Flex>
      <Card>
        <Tabs
          activeKey={scope}
          onChange={(k) => setScope(k as FindingScope)}
          items={scopes.map((s) => ({ key: s, label: t(`find.tab.${s}`) }))}
          data-testid="findings-tabs"
        />
        {scope === 'mine' && findings.data && (
          <Alert
            type={findings.data.totalDeduction > 0 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            message={
              <span data-testid="findings-total">
                {t('find.total', { points: findings.data.totalDeduction })}
              </span>
            }
          />
        )}
        <Table<Finding>
          rowKey="id"
          dataSource={findings.data?.items ?? []}
          loading={findings.isLoading}
          locale={{ emptyText: t('find.empty') }}
          scroll={{ x: true }}
          data-testid="findings-table"
          columns={[
            {
              title: t('insp.violationType'),
              dataIndex: 'violationLabel',
              render: (label: string, f) => <Link to={`/findings/${f.id}`}>{label}</Link>,
            },
            {
              title: t('find.occurredAt'),
              dataIndex: 'occurredAt',
              render: (v: string) => formatDateTime(v),
            },
            { title: t('find.unit'), dataIndex: 'unitName' },
            {
              title: t('insp.official'),
              dataIndex: 'officialName',
              render: (n: string | null) => n ?? t('insp.official.none'),
            },
            {
              title: t('insp.severity'),
              dataIndex: 'severity',
              render: (s: Finding['severity']) => (
                <Tag color={SEVERITY_COLORS[s]}>{severityLabel(s, locale)}</Tag>
              ),
            },
            {
              title: t('find.status'),
              render: (_, f) => (
                <>
                  <Tag>{findingStatusLabel(f.status, locale)}</Tag>
                  {f.explanationOverdue && <Tag color="red">{t('find.overdue')}</Tag>}
                </>
              ),
            },
            {
              title: t('find.deduction'),
              dataIndex: 'deduction',
              render: (d: number) => <span data-testid="finding-deduction">{d > 0 ? `−${d}` : '0'}</span>,
            },
          ]}
        />
      </Card>
    </>
  );
}
