/** One official's evaluation of a month: evidence, scores at each step, history, approval and appeals. */
import { Alert, Button, Card, Flex, Input, Space, Tag, Timeline, Typography } from 'antd';
import { formatNumber } from '../../app/numbers';
import { ABSENCE_REASON_LABELS } from '../../../domain/evaluation/cycle';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { useEvaluation, useEvaluationMutation, type EvaluationDetail } from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';
import { evaluationStatusLabel, formatMonth, STATUS_COLORS } from './evaluation-labels';
import { EvaluationGate } from './EvaluationGate';
import { EvidencePanel } from './EvidencePanel';
import { ScoreForm } from './ScoreForm';

function ApproveAndAppeal({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useEvaluationI18n();
  const [reason, setReason] = useState('');
  const post = useEvaluationMutation<{ path: string; body: unknown }>(
    (b) => b.path,
    (b) => b.body,
  );
  const done = { onSuccess: () => showSuccess(t('ev.rec.saved')) };
  if (!e.allowed.includes('approve') && !e.allowed.includes('appeal')) return null;
  return (
    <Space wrap style={{ marginTop: 16 }}>
      {e.allowed.includes('approve') && (
        <Button
          type="primary"
          data-testid="ev-approve"
          loading={post.isPending}
          onClick={() =>
            post.mutate({ path: `/evaluation/records/${e.id}/approve`, body: { version: e.version } }, done)
          }
        >
          {t('ev.rec.approve')}
        </Button>
      )}
      {e.allowed.includes('appeal') && (
        <>
          <Input.TextArea
            rows={2}
            style={{ width: 420 }}
            placeholder={t('ev.rec.appealReason')}
            value={reason}
            onChange={(ev) => setReason(ev.target.value)}
            data-testid="ev-appeal-reason"
          />
          <Button
            disabled={reason.trim().length < 5}
            data-testid="ev-appeal"
            onClick={() =>
              post.mutate({ path: `/evaluation/records/${e.id}/appeals`, body: { reason } }, done)
            }
          >
            {t('ev.rec.appeal')}
          </Button>
        </>
      )}
    </Space>
  );
}

export function EvaluationPage() {
  const { id = '' } = useParams();
  const { t } = useEvaluationI18n();
  const query = useEvaluation(id);
  return (
    <EvaluationGate query={query} what={t('ev.what.record')}>
      {query.data && <EvaluationView evaluation={query.data} />}
    </EvaluationGate>
  );
}

function EvaluationView({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t, locale } = useEvaluationI18n();
  return (
    <>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {`${e.officialName} — ${t('ev.rec.title', { month: formatMonth(e.month) })}`}
        </Typography.Title>
        <Space>
          <Link to={`/evaluation/periods/${e.periodId}`}>{e.period.unitName}</Link>
          <Link to={`/evaluation/records/${e.id}/report`} data-testid="ev-report-link">
            {t('ev.rec.report')}
          </Link>
        </Space>
      </Flex>
      <Space style={{ marginBottom: 16 }}>
        <Tag color={STATUS_COLORS[e.status]} data-testid="ev-status">
          {evaluationStatusLabel(e.status, locale)}
        </Tag>
        {e.score !== null && (
          <Typography.Text
            strong
            data-testid="ev-score"
          >{`${formatNumber(e.score, locale)} — ${e.gradeLabel ?? ''}`}</Typography.Text>
        )}
        <Typography.Text type="secondary">{e.unitName}</Typography.Text>
      </Space>
      {e.absenceReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="ev-absence"
          title={t('ev.absent.recorded', { reason: ABSENCE_REASON_LABELS[e.absenceReason][locale] })}
        />
      )}
      <EvidencePanel evaluation={e} />
      <Card title={t('ev.rec.criteria')} style={{ marginBottom: 16 }}>
        <ScoreForm key={`${e.id}:${e.version}:${e.appeals.length}`} evaluation={e} />
        <ApproveAndAppeal evaluation={e} />
      </Card>
      <Card title={t('ev.rec.history')}>
        <Timeline
          data-testid="ev-history"
          items={e.events.map((ev) => {
            const comment =
              typeof ev.payload.comment === 'string'
                ? ev.payload.comment
                : typeof ev.payload.reason === 'string'
                  ? ev.payload.reason
                  : '';
            return {
              content: `${formatDateTime(ev.at)} — ${t(`ev.event.${ev.type}` as 'ev.event.review')} — ${ev.actorName ?? ''}${comment ? `: ${comment}` : ''}`,
            };
          })}
        />
      </Card>
    </>
  );
}
