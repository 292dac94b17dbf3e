/** Small readings of a period shared by the evaluation screens: the cap as a sentence, a suggested total. */
import { Typography } from 'antd';
import type { EvaluationSummary, Period } from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';

/** "Loại A" reads "A" after "xếp loại"; other labels read whole. */
const gradeName = (label: string) => label.replace(/^Loại\s+/u, '');

/** The cap on the top grade as people say it: "Tối đa 1 người xếp loại A (30% của 4 người); hiện có 0 người." */
export function QuotaSentence({ period: p }: { period: Period }) {
  const { t } = useEvaluationI18n();
  const quota = p.quota;
  if (!quota) return null;
  const values = {
    cap: quota.cap,
    grade: gradeName(p.quotaGradeLabel),
    share: Math.round(quota.share * 100),
    base: quota.base,
    count: quota.count,
  };
  return (
    <Typography.Text data-testid="ev-quota-sentence">
      {p.quotaBaseLabel
        ? t('ev.period.quotaFrom', { ...values, from: gradeName(p.quotaBaseLabel) })
        : t('ev.period.quota', values)}
    </Typography.Text>
  );
}

/** The points the evidence suggests, with how many criteria are left for people to enter. */
export function SuggestedTotal({ summary: r }: { summary: EvaluationSummary }) {
  const { t } = useEvaluationI18n();
  if (r.suggestedTotal === null) return <>—</>;
  if (r.suggestedMissing === 0) return <>{r.suggestedTotal}</>;
  return <>{t('ev.suggested.partial', { total: r.suggestedTotal, missing: r.suggestedMissing })}</>;
}
