/** Peer units ranked on the index: rank, movement, index, points, received dossiers and on-time rate. */
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PortalResponse } from './transparency.api';
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

/** Ranked on the index, or on one group of it when `group` is given (its score, rank and movement). */
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
  return (
    <Table<Row>
      data-testid={testId}
      rowKey={(r) => r.unit.id}
      size="small"
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
        { title: t('portal.rank'), width: 70, render: (_, r) => rankOf(r).rank ?? '—' },
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
                    <Typography.Text type="secondary">{t('portal.unranked')}</Typography.Text>
                  ) : (
                    <strong>{formatNumber(r.groups[group], locale, 2)}</strong>
                  ),
              },
            ]
          : []),
        {
          title: t('portal.index'),
          align: 'right',
          render: (_, r) =>
            r.index.score === null ? (
              <Typography.Text type="secondary">{t('portal.unranked')}</Typography.Text>
            ) : (
              <strong>{formatNumber(r.index.score, locale, 1)}</strong>
            ),
        },
        {
          title: t('portal.points'),
          align: 'right',
          render: (_, r) =>
            `${formatNumber(r.index.points, locale, 1)} / ${formatNumber(r.index.maxMeasured, locale)}`,
        },
        {
          title: t('portal.received'),
          align: 'right',
          render: (_, r) => formatNumber(r.received, locale, 0),
        },
        { title: t('portal.onTime'), align: 'right', render: (_, r) => formatPercent(r.onTimeRate, locale) },
        {
          title: t('portal.movement'),
          align: 'center',
          render: (_, r) => <Movement value={rankOf(r).movement} />,
        },
      ]}
    />
  );
}
