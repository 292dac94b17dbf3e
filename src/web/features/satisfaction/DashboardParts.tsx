/** Pieces of the satisfaction dashboard: rates as percentages, distribution bars, breakdown tables. */
import { Flex, Progress, Table, Tag, Tooltip, Typography } from 'antd';
import type { Breakdown } from '../../../contracts/satisfaction';
import { useSatisfactionI18n } from './satisfaction.messages';

const COLOURS = ['#cf1322', '#fa8c16', '#d9d9d9', '#73d13d', '#389e0d'];

/** A share as a Vietnamese percentage with one decimal, or a dash. */
export function formatRate(rate: number | null): string {
  return rate === null
    ? '—'
    : `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
}

/** Answers at levels 1..5 as one stacked bar. */
export function DistributionBar({ distribution }: { distribution: number[] }) {
  const total = distribution.reduce((sum, n) => sum + n, 0);
  if (total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex style={{ width: 180, height: 14, borderRadius: 4, overflow: 'hidden' }}>
      {distribution.map((n, index) => (
        <Tooltip key={index} title={`${index + 1}: ${n}`}>
          <div style={{ width: `${(n / total) * 100}%`, background: COLOURS[index] }} />
        </Tooltip>
      ))}
    </Flex>
  );
}

/** One breakdown (by month, channel, official or procedure) as a table. */
export function BreakdownTable({
  rows,
  testId,
  showReturned = true,
}: {
  rows: Breakdown[];
  testId: string;
  showReturned?: boolean;
}) {
  const { t } = useSatisfactionI18n();
  return (
    <Table<Breakdown>
      data-testid={testId}
      rowKey="key"
      size="small"
      pagination={rows.length > 24 ? { pageSize: 24 } : false}
      dataSource={rows}
      columns={[
        { title: '', dataIndex: 'label' },
        ...(showReturned
          ? [{ title: t('sat.dash.returned'), dataIndex: 'returned', align: 'right' as const }]
          : []),
        {
          title: t('sat.dash.responses'),
          key: 'n',
          align: 'right' as const,
          render: (_: unknown, row: Breakdown) => row.indices.responses,
        },
        ...(showReturned
          ? [
              {
                title: t('sat.dash.responseRate'),
                key: 'rr',
                align: 'right' as const,
                render: (_: unknown, row: Breakdown) => formatRate(row.responseRate),
              },
            ]
          : []),
        {
          title: t('sat.dash.index'),
          key: 'index',
          render: (_: unknown, row: Breakdown) => (
            <Flex gap={8} align="center">
              <Progress
                percent={Math.round((row.indices.index ?? 0) * 1000) / 10}
                size="small"
                style={{ width: 120, margin: 0 }}
                showInfo={false}
              />
              <span>{formatRate(row.indices.index)}</span>
              {row.indices.smallSample && row.indices.responses > 0 && <Tag color="warning">n&lt;30</Tag>}
            </Flex>
          ),
        },
        {
          title: t('sat.dash.overall'),
          key: 'overall',
          align: 'right' as const,
          render: (_: unknown, row: Breakdown) => formatRate(row.indices.overallRate),
        },
      ]}
    />
  );
}

/** The monthly trend of the index as bars. */
export function TrendBars({ rows }: { rows: Breakdown[] }) {
  return (
    <Flex align="flex-end" gap={6} style={{ height: 140, padding: '8px 0' }} data-testid="sat-trend">
      {rows.map((row) => {
        const value = row.indices.index ?? 0;
        return (
          <Tooltip
            key={row.key}
            title={`${row.label}: ${formatRate(row.indices.index)} (n=${row.indices.responses})`}
          >
            <Flex vertical align="center" gap={4} style={{ flex: 1 }}>
              <div
                style={{
                  width: '100%',
                  maxWidth: 36,
                  height: `${Math.max(value * 110, 2)}px`,
                  background: row.indices.smallSample ? '#bae0ff' : '#1677ff',
                  borderRadius: 3,
                }}
              />
              <Typography.Text style={{ fontSize: 11 }}>{row.label.slice(0, 2)}</Typography.Text>
            </Flex>
          </Tooltip>
        );
      })}
    </Flex>
  );
}
