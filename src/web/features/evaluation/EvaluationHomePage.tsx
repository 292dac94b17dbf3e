/** Evaluation home: my evaluations, the periods I may see, and (home affairs) opening a month. */
import { Button, Card, Checkbox, Flex, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { Role } from '../../../domain/access/roles';
import { showSuccess } from '../../app/feedback';
import { useCurrentUser } from '../auth/session';
import { UnitPicker } from '../units/UnitPicker';
import {
  useEvaluationMutation,
  useFrameworks,
  useMyEvaluations,
  usePeriods,
  type EvaluationSummary,
  type Period,
} from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';
import { SuggestedTotal } from './QuotaSentence';
import {
  evaluationStatusLabel,
  formatMonth,
  PERIOD_COLORS,
  periodStatusLabel,
  recentMonths,
  STATUS_COLORS,
} from './evaluation-labels';

const ADMIN_ROLES: readonly Role[] = ['home_affairs', 'sysadmin'];

interface OpenForm {
  unitId: string;
  month: string;
  frameworkCode: string;
  exceptional: boolean;
  publishScores: boolean;
}

function OpenPeriodCard() {
  const { t } = useEvaluationI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const frameworks = useFrameworks();
  const open = useEvaluationMutation<OpenForm, Period>(() => '/evaluation/periods');
  const codes = [...new Map((frameworks.data?.items ?? []).map((f) => [f.code, f])).values()];
  return (
    <Card title={t('ev.open.title')} style={{ marginBottom: 16 }}>
      <Form<OpenForm>
        layout="inline"
        initialValues={{
          unitId: user.unitId,
          month: recentMonths(Date.now())[1]!.value,
          frameworkCode: 'HN-3814',
          exceptional: false,
          publishScores: false,
        }}
        onFinish={(values) =>
          open.mutate(values, {
            onSuccess: (period) => {
              showSuccess(t('ev.open.done'));
              void navigate(`/evaluation/periods/${period.id}`);
            },
          })
        }
      >
        <Form.Item name="unitId" label={t('ev.open.unit')} rules={[{ required: true }]}>
          <UnitPicker style={{ width: 260 }} valueLabel={user.unitName} data-testid="ev-open-unit" />
        </Form.Item>
        <Form.Item name="month" label={t('ev.open.month')} rules={[{ required: true }]}>
          <Select options={recentMonths(Date.now())} style={{ width: 120 }} data-testid="ev-open-month" />
        </Form.Item>
        <Form.Item name="frameworkCode" label={t('ev.open.framework')}>
          <Select options={codes.map((f) => ({ value: f.code, label: f.name }))} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="exceptional" valuePropName="checked">
          <Checkbox>{t('ev.open.exceptional')}</Checkbox>
        </Form.Item>
        <Form.Item name="publishScores" valuePropName="checked">
          <Checkbox>{t('ev.open.publishScores')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="ev-open-submit">
          {t('ev.open.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export function EvaluationHomePage() {
  const { t, locale } = useEvaluationI18n();
  const user = useCurrentUser();
  const mine = useMyEvaluations();
  const periods = usePeriods();
  const isAdmin = user.roles.some((role) => ADMIN_ROLES.includes(role));
  return (
    <>
      <Flex justify="space-between" align="baseline">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('ev.title')}
        </Typography.Title>
        {isAdmin && <Link to="/evaluation/yearly">{t('ev.yearly.link')}</Link>}
      </Flex>
      <Typography.Paragraph type="secondary">{t('ev.intro')}</Typography.Paragraph>
      {isAdmin && <OpenPeriodCard />}
      <Card title={t('ev.mine')} style={{ marginBottom: 16 }}>
        <Table<EvaluationSummary>
          rowKey="id"
          size="small"
          loading={mine.isPending}
          dataSource={mine.data?.items ?? []}
          locale={{ emptyText: t('ev.mine.none') }}
          data-testid="ev-mine"
          pagination={false}
          columns={[
            {
              key: 'month',
              title: t('ev.col.month'),
              render: (_v, r) => <Link to={`/evaluation/records/${r.id}`}>{formatMonth(r.month)}</Link>,
            },
            {
              key: 'status',
              title: t('ev.col.status'),
              render: (_v, r) => (
                <Tag color={STATUS_COLORS[r.status]}>{evaluationStatusLabel(r.status, locale)}</Tag>
              ),
            },
            {
              key: 'suggested',
              title: t('ev.col.suggested'),
              render: (_v, r) => <SuggestedTotal summary={r} />,
            },
            { key: 'score', title: t('ev.col.score'), render: (_v, r) => r.score ?? '—' },
            { key: 'grade', title: t('ev.col.grade'), render: (_v, r) => r.gradeLabel ?? '—' },
          ]}
        />
      </Card>
      <Card title={t('ev.periods')}>
        <Table<Period>
          rowKey="id"
          size="small"
          loading={periods.isPending}
          dataSource={periods.data?.items ?? []}
          data-testid="ev-periods"
          pagination={false}
          columns={[
            {
              key: 'month',
              title: t('ev.col.month'),
              render: (_v, p) => <Link to={`/evaluation/periods/${p.id}`}>{formatMonth(p.month)}</Link>,
            },
            { key: 'unit', title: t('ev.col.unit'), dataIndex: 'unitName' },
            {
              key: 'framework',
              title: t('ev.col.framework'),
              render: (_v, p) => `${p.framework.code} v${p.framework.version}`,
            },
            {
              key: 'status',
              title: t('ev.col.status'),
              render: (_v, p) => (
                <Tag color={PERIOD_COLORS[p.status]}>{periodStatusLabel(p.status, locale)}</Tag>
              ),
            },
            {
              key: 'counts',
              title: '',
              render: (_v, p) => (
                <Space size={4}>
                  {Object.entries(p.counts).map(([s, n]) => (
                    <Tag
                      key={s}
                    >{`${evaluationStatusLabel(s as EvaluationSummary['status'], locale)}: ${n}`}</Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
