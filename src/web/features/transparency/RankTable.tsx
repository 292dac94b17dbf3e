/** Peer units ranked on the index: rank, movement, index, points, received dossiers and on-time rate. */
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PortalResponse } from './transparency.api';
import { ExplainedTitle } from './Explain';
import { formatNumber, formatPercent } from './figures';
import { useTransparencyI18n } from './transparency.messages';

type Row = PortalResponse['units'][number];

function Movement({ value }: { value: number | null }) {
  if (value === null) return <span>—</span>;
  if (value === 0) return <MinusOutlined aria-label="0" />;
  return value > 0 ? (
    <Typography.Text type="success">
      <ArrowUpOutlined /> {value}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <ArrowDownOutlined /> {-value}
    </Typography.Text>
  );
}

/** The index as published: "62,5 điểm" with "đo được 70/100" beside it; "chưa đo" without a score. */
export function IndexFigure({ index }: { index: Row['index'] }) {
  const { t, locale } = useTransparencyI18n();
  if (index.score === null) {
    return <Typography.Text type="secondary">{t('portal.notMeasured')}</Typography.Text>;
  }
  return (
    <span>
      <strong>{t('portal.indexValue', { points: formatNumber(index.score, locale, 1) })}</strong>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('portal.measured', {
          measured: formatNumber(index.maxMeasured, locale, 2),
          maximum: formatNumber(index.maximum, locale, 2),
        })}
      </Typography.Text>
    </span>
  );
}

/**
 * Ranked on the index, or on one group of it when `group` is given (its score, rank and movement). Ranks
 * read "k/N" over the N units ranked; a unit without enough data, or a group not measured, has no rank.
 */
export function RankTable({
  rows,
  period,
  group,
  testId,
  loading,
  pagination,
}: {
  rows: Row[];
  period: string;
  group?: string | undefined;
  testId?: string;
  loading?: boolean;
  /** Pages fetched from the server; without it the rows are paged here. */
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number) => void };
}) {
  const { t, locale } = useTransparencyI18n();
  const rankOf = (r: Row) => (group ? (r.groupRanks[group] ?? r.rank) : r.rank);
  const rankText = (r: Row) => {
    const rank = rankOf(r);
    if (!r.enoughData) return <Typography.Text type="secondary">{t('portal.notEnough')}</Typography.Text>;
    if (rank.rank === null)
      return <Typography.Text type="secondary">{t('portal.notMeasured')}</Typography.Text>;
    return t('portal.rankOf', { rank: rank.rank, ranked: rank.ranked });
  };
  return (
    <Table<Row>
      data-testid={testId}
      rowKey={(r) => r.unit.id}
      size="small"
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      loading={loading}
      pagination={
        pagination
          ? pagination.total > pagination.pageSize
            ? { ...pagination, showSizeChanger: false }
            : false
          : rows.length > 20
            ? { pageSize: 20, showSizeChanger: false }
            : false
      }
      columns={[
        {
          title: <ExplainedTitle title={t('portal.rank')} help={t('help.rank')} />,
          render: (_, r) => <span data-testid="rank-cell">{rankText(r)}</span>,
        },
        {
          title: t('portal.unit'),
          render: (_, r) => (
            <Link to={`/minh-bach/don-vi/${r.unit.id}?ky=${period}`} data-testid={`unit-link-${r.unit.code}`}>
              {r.unit.name}
            </Link>
          ),
        },
        ...(group
          ? [
              {
                title: t('portal.groupScore'),
                align: 'right' as const,
                render: (_: unknown, r: Row) =>
                  r.groups[group] === null || r.groups[group] === undefined ? (
                    <Typography.Text type="secondary">{t('portal.notMeasured')}</Typography.Text>
                  ) : (
                    <strong>{formatNumber(r.groups[group], locale, 2)}</strong>
                  ),
              },
            ]
          : []),
        {
          title: <ExplainedTitle title={t('portal.index')} help={t('help.index')} />,
          align: 'right',
          render: (_, r) => <IndexFigure index={r.index} />,
        },
        {
          title: <ExplainedTitle title={t('portal.received')} help={t('help.received')} />,
          align: 'right',
          render: (_, r) => formatNumber(r.received, locale, 0),
        },
        {
          title: <ExplainedTitle title={t('portal.onTime')} help={t('help.onTime')} />,
          align: 'right',
          render: (_, r) => formatPercent(r.onTimeRate, locale),
        },
        {
          title: <ExplainedTitle title={t('portal.movement')} help={t('help.movement')} />,
          align: 'center',
          render: (_, r) => <Movement value={rankOf(r).movement} />,
        },
      ]}
    />
  );
}
