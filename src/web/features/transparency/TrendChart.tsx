/** Months of a unit: dossiers received (and finished late, if asked) as bars, the on-time rate as a line. */
import type { MonthRow } from '../../../contracts/transparency';
import { Chart } from './Chart';
import { useTransparencyI18n } from './transparency.messages';

export function TrendChart({
  months,
  withLate = false,
  testId,
}: {
  months: readonly MonthRow[];
  withLate?: boolean;
  testId?: string;
}) {
  const { t } = useTransparencyI18n();
  return (
    <Chart
      testId={testId}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 48, top: 40, bottom: 24 },
        xAxis: { type: 'category', data: months.map((m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`) },
        yAxis: [{ type: 'value' }, { type: 'value', max: 100 }],
        series: [
          { name: t('portal.received'), type: 'bar', data: months.map((m) => m.received) },
          ...(withLate
            ? [{ name: t('col.late'), type: 'bar' as const, data: months.map((m) => m.finishedLate) }]
            : []),
          {
            name: t('portal.onTime'),
            type: 'line',
            yAxisIndex: 1,
            data: months.map((m) => (m.onTimeRate === null ? null : Number((m.onTimeRate * 100).toFixed(1)))),
          },
        ],
      }}
    />
  );
}
