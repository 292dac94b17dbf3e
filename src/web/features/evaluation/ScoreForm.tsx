/**
 * The criteria table of an evaluation: points suggested from the evidence, self-assessed and reviewed, and
 * — when the person may take a step — an input per criterion with the comment and the step's buttons. A
 * line leader facing an official who did not assess themself evaluates in its place, choosing the reason.
 */
import { Button, Flex, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { formatNumber } from '../../app/numbers';
import { useMemo, useState } from 'react';
import { ABSENCE_REASON_LABELS, ABSENCE_REASONS, type AbsenceReason } from '../../../domain/evaluation/cycle';
import { frameworkTotal } from '../../../domain/evaluation/scoring';
import { showSuccess } from '../../app/feedback';
import { useEvaluationMutation, type EvaluationDetail } from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';

type Criterion = EvaluationDetail['criteria'][number];

/** The points the form starts from: the latest scores people gave, else the suggestions (blank when none). */
function startingScores(e: EvaluationDetail): Record<string, number | null> {
  const base = e.reviewScores ?? e.selfScores ?? e.suggested;
  return Object.fromEntries(e.criteria.map((c) => [c.code, base[c.code] ?? null]));
}

export function ScoreForm({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t, locale } = useEvaluationI18n();
  const step = e.allowed.includes('self_assess')
    ? 'self-assessment'
    : e.allowed.includes('review')
      ? 'review'
      : e.allowed.includes('review_absent')
        ? 'review-absent'
        : null;
  const [reason, setReason] = useState<AbsenceReason | null>(null);
  const deciding = e.allowed.includes('decide_appeal');
  const editable = step !== null || deciding;
  const [scores, setScores] = useState(() => startingScores(e));
  const [comment, setComment] = useState('');
  const complete = Object.values(scores).every((v) => v !== null);
  const total = useMemo(
    () => (complete ? frameworkTotal(e, scores as Record<string, number>) : null),
    [e, scores, complete],
  );
  const submit = useEvaluationMutation<{ path: string; body: unknown }>(
    (b) => b.path,
    (b) => b.body,
  );
  const done = { onSuccess: () => showSuccess(t('ev.rec.saved')) };
  const pendingAppeal = e.appeals.find((a) => a.status === 'pending');
  const columns = [
    {
      key: 'label',
      title: t('ev.rec.criteria'),
      render: (_v: unknown, c: Criterion) => (locale === 'en' ? c.labelEn : c.label),
    },
    { key: 'max', title: t('ev.rec.max'), dataIndex: 'maxPoints', width: 70 },
    {
      key: 'suggested',
      title: t('ev.col.suggested'),
      width: 100,
      render: (_v: unknown, c: Criterion) => e.suggested[c.code] ?? '—',
    },
    {
      key: 'self',
      title: t('ev.col.self'),
      width: 90,
      render: (_v: unknown, c: Criterion) => formatNumber(e.selfScores?.[c.code], locale),
    },
    {
      key: 'review',
      title: t('ev.rec.review'),
      width: 110,
      render: (_v: unknown, c: Criterion) => formatNumber(e.reviewScores?.[c.code], locale),
    },
    ...(editable
      ? [
          {
            key: 'input',
            title: t('ev.rec.input'),
            width: 130,
            render: (_v: unknown, c: Criterion) => (
              <InputNumber
                min={0}
                max={c.maxPoints}
                step={0.5}
                value={scores[c.code]}
                onChange={(value) => setScores((s) => ({ ...s, [c.code]: value ?? null }))}
                aria-label={c.label}
                data-testid={`ev-score-${c.code}`}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<Criterion>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={e.criteria}
        columns={columns}
        data-testid="ev-criteria"
      />
      {editable && (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <Typography.Text
            strong
            data-testid="ev-form-total"
          >{`${t('ev.rec.total')}: ${formatNumber(total, locale)}`}</Typography.Text>
          <Input.TextArea
            rows={2}
            placeholder={t('ev.rec.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            data-testid="ev-comment"
          />
          {step === 'review' && <Typography.Text type="secondary">{t('ev.rec.commentHint')}</Typography.Text>}
          {step === 'review-absent' && (
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('ev.absent.title')}</Typography.Text>
              <Select<AbsenceReason>
                placeholder={t('ev.absent.reason')}
                aria-label={t('ev.absent.reason')}
                value={reason}
                onChange={setReason}
                options={ABSENCE_REASONS.map((value) => ({
                  value,
                  label: ABSENCE_REASON_LABELS[value][locale],
                }))}
                style={{ maxWidth: 360 }}
                data-testid="ev-absence-reason"
              />
            </Flex>
          )}
          <Space wrap>
            {step && (
              <Button
                type="primary"
                disabled={!complete || (step === 'review-absent' && reason === null)}
                loading={submit.isPending}
                data-testid="ev-submit-step"
                onClick={() =>
                  submit.mutate(
                    {
                      path: `/evaluation/records/${e.id}/${step}`,
                      body: {
                        version: e.version,
                        scores,
                        comment: comment || undefined,
                        ...(step === 'review-absent' ? { reason } : {}),
                      },
                    },
                    done,
                  )
                }
              >
                {step === 'review'
                  ? t('ev.rec.review.submit')
                  : step === 'review-absent'
                    ? t('ev.absent.submit')
                    : t('ev.rec.selfAssess')}
              </Button>
            )}
            {deciding && pendingAppeal && (
              <>
                <Button
                  type="primary"
                  disabled={!complete || !comment}
                  data-testid="ev-appeal-accept"
                  onClick={() =>
                    submit.mutate(
                      {
                        path: `/evaluation/appeals/${pendingAppeal.id}/decision`,
                        body: { accept: true, scores, comment },
                      },
                      done,
                    )
                  }
                >
                  {t('ev.rec.decide.accept')}
                </Button>
                <Button
                  danger
                  disabled={!comment}
                  data-testid="ev-appeal-reject"
                  onClick={() =>
                    submit.mutate(
                      {
                        path: `/evaluation/appeals/${pendingAppeal.id}/decision`,
                        body: { accept: false, comment },
                      },
                      done,
                    )
                  }
                >
                  {t('ev.rec.decide.reject')}
                </Button>
              </>
            )}
          </Space>
        </Flex>
      )}
    </>
  );
}
