/**
 * One unit's month: status, the cap on the top grade as a sentence, who still blocks the lock and what each
 * must do, the evaluations, and lock / publish for its head or administrator.
 */
import { Alert, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { formatNumber } from '../../app/numbers';
import { NEXT_STEP_LABELS } from '../../../domain/evaluation/cycle';
import { Link, useParams } from 'react-router-dom';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import {
  useEvaluationMutation,
  usePeriod,
  usePeriodEvaluations,
  type EvaluationSummary,
  type Period,
} from './evaluation.api';
import { EvaluationGate } from './EvaluationGate';
import { useEvaluationI18n } from './evaluation.messages';
import { QuotaSentence, SuggestedTotal } from './QuotaSentence';
import {
  evaluationStatusLabel,
  formatMonth,
  PERIOD_COLORS,
  periodStatusLabel,
  STATUS_COLORS,
} from './evaluation-labels';

function PeriodActions({ period }: { period: Period }) {
  const { t } = useEvaluationI18n();
  const change = useEvaluationMutation<{ action: string; version: number }>(
    (b) => `/evaluation/periods/${period.id}/${b.action}`,
    (b) => ({ version: b.version }),
  );
  const run = (action: string) =>
    change.mutate({ action, version: period.version }, { onSuccess: () => showSuccess(t('ev.period.done')) });
  return (
    <Space wrap>
      {period.canAdminister && period.status === 'open' && (
        <Button onClick={() => run('refresh')} loading={change.isPending} data-testid="ev-period-refresh">
          {t('ev.period.refresh')}
        </Button>
      )}
      {period.canClose && period.status === 'open' && (
        <Button
          type="primary"
          onClick={() => run('lock')}
          loading={change.isPending}
          data-testid="ev-period-lock"
        >
          {t('ev.period.lock')}
        </Button>
      )}
      {period.canClose && period.status === 'locked' && (
        <Button
          type="primary"
          onClick={() => run('publish')}
          loading={change.isPending}
          data-testid="ev-period-publish"
        >
          {t('ev.period.publish')}
        </Button>
      )}
    </Space>
  );
}

type Blocker = Period['blockers'][number];

/** Who still blocks the lock and what each must do (shown while the period is open). */
function BlockersCard({ period: p }: { period: Period }) {
  const { t, locale } = useEvaluationI18n();
  if (p.status !== 'open' || !p.counts || Object.keys(p.counts).length === 0) return null;
  if (p.blockers.length === 0)
    return <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('ev.blockers.none')} />;
  return (
    <Card
      title={t('ev.blockers.title', { count: p.blockers.length })}
      style={{ marginBottom: 16 }}
      data-testid="ev-blockers"
    >
      <Typography.Paragraph type="secondary">{t('ev.blockers.intro')}</Typography.Paragraph>
      <Table<Blocker>
        rowKey="evaluationId"
        size="small"
        pagination={false}
        dataSource={p.blockers}
        scroll={{ x: true }}
        columns={[
          {
            key: 'official',
            title: t('ev.col.official'),
            render: (_v, b) => <Link to={`/evaluation/records/${b.evaluationId}`}>{b.officialName}</Link>,
          },
          { key: 'unit', title: t('ev.col.unit'), dataIndex: 'unitName' },
          {
            key: 'next',
            title: t('ev.blockers.next'),
            render: (_v, b) => NEXT_STEP_LABELS[b.next][locale],
          },
        ]}
      />
    </Card>
  );
}

export function PeriodPage() {
  const { id = '' } = useParams();
  const { t } = useEvaluationI18n();
  const period = usePeriod(id);
  return (
    <EvaluationGate query={period} what={t('ev.what.period')}>
      {period.data && <PeriodView period={period.data} />}
    </EvaluationGate>
  );
}

function PeriodView({ period: p }: { period: Period }) {
  const { t, locale } = useEvaluationI18n();
  const items = usePeriodEvaluations(p.id);
  const quota = p.quota;
  return (
    <>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('ev.period.title', { month: formatMonth(p.month), unit: p.unitName })}
        </Typography.Title>
        <PeriodActions period={p} />
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('ev.col.status')}>
            <Tag color={PERIOD_COLORS[p.status]} data-testid="ev-period-status">
              {periodStatusLabel(p.status, locale)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item
            label={t('ev.col.framework')}
          >{`${p.framework.name} (v${p.framework.version})`}</Descriptions.Item>
          <Descriptions.Item label={t('ev.rec.evidence')}>
            {t('ev.period.evidenceAt', { at: formatDateTime(p.evidenceAt), rule: p.evidenceRule })}
          </Descriptions.Item>
          {quota && (
            <Descriptions.Item label={t('ev.col.grade')}>
              <Space data-testid="ev-period-quota" wrap>
                <QuotaSentence period={p} />
                {!quota.ok && <Tag color="error">{t('ev.period.quotaOver', { excess: quota.excess })}</Tag>}
              </Space>
            </Descriptions.Item>
          )}
          {p.appealUntil && (
            <Descriptions.Item label={t('ev.rec.appeals')}>
              {t('ev.period.appealUntil', { at: formatDateTime(p.appealUntil) })}
            </Descriptions.Item>
          )}
        </Descriptions>
        {p.missingSources.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('ev.period.missing', { sources: p.missingSources.join(', ') })}
          />
        )}
        {p.status === 'published' && <Link to="/ket-qua-danh-gia">{t('ev.period.public')}</Link>}
      </Card>
      <BlockersCard period={p} />
      <Card>
        <Table<EvaluationSummary>
          rowKey="id"
          size="small"
          loading={items.isPending}
          dataSource={items.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          data-testid="ev-period-table"
          columns={[
            {
              key: 'official',
              title: t('ev.col.official'),
              render: (_v, r) => <Link to={`/evaluation/records/${r.id}`}>{r.officialName}</Link>,
            },
            { key: 'unit', title: t('ev.col.unit'), dataIndex: 'unitName' },
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
            { key: 'self', title: t('ev.col.self'), render: (_v, r) => formatNumber(r.selfTotal, locale) },
            { key: 'score', title: t('ev.col.score'), render: (_v, r) => formatNumber(r.score, locale) },
            { key: 'grade', title: t('ev.col.grade'), render: (_v, r) => r.gradeLabel ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
