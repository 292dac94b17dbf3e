/**
 * The public portal (/minh-bach): units of one level ranked on the service index (or one group of it) for
 * a period, a chart, and the open-data exports. `?cap-tren=<unit id>` lists the units below that unit,
 * `?cap=xa` every commune of the country; `?ky=` the period, `?nhom=` the group ranked on.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Input, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { Chart } from './Chart';
import { todayInVietnam } from './figures';
import { PeriodPicker } from './PeriodPicker';
import { RankTable } from './RankTable';
import { exportUrl, useDefinitions, usePortalUnits, type PortalScope } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

const PAGE_SIZE = 20;

export function PortalPage() {
  const { t, locale } = useTransparencyI18n();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? todayInVietnam().slice(0, 7);
  const level = params.get('cap') === 'xa' ? 'commune' : undefined;
  const scope: PortalScope = { parentId: params.get('cap-tren') ?? undefined, level };
  const group = params.get('nhom') ?? undefined;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  // one request when typing pauses, not one per key
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const query = usePortalUnits(scope, period, { group, q: q || undefined, page, pageSize: PAGE_SIZE });
  const definitions = useDefinitions();
  const data = query.data;
  const rows = data?.units ?? [];
  const scoreOf = (u: (typeof rows)[number]) => (group ? (u.groups[group] ?? null) : u.index.score);
  const scored = rows.filter((u) => scoreOf(u) !== null);
  const groups = (definitions.data?.groups ?? []).filter((g) => g.family === 'qd766');
  const update = (next: Record<string, string | undefined>) => {
    setPage(1);
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('portal.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('portal.subtitle')}</Typography.Paragraph>
      </div>
      <Breadcrumb
        items={[
          { title: <Link to={`/minh-bach?ky=${period}`}>{t('portal.level.root')}</Link> },
          ...(level ? [{ title: t('portal.level.communes') }] : []),
          ...(data?.parent && !level ? [{ title: data.parent.name }] : []),
        ]}
      />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <PeriodPicker value={period} onChange={(ky) => update({ ky })} />
          <Segmented
            data-testid="portal-level"
            value={level ? 'xa' : 'dia-ban'}
            onChange={(value) => update({ cap: value === 'xa' ? 'xa' : undefined })}
            options={[
              { value: 'dia-ban', label: t('portal.level.byArea') },
              { value: 'xa', label: t('portal.level.communes') },
            ]}
          />
          <Select
            data-testid="portal-group"
            style={{ minWidth: 240 }}
            value={group ?? ''}
            onChange={(value: string) => update({ nhom: value || undefined })}
            options={[
              { value: '', label: t('portal.rankBy.index') },
              ...groups.map((g) => ({
                value: g.code,
                label: t('portal.rankBy.group', { n: g.code.split('.')[1] ?? '', name: g.name[locale] }),
              })),
            ]}
            aria-label={t('portal.rankBy')}
          />
          <Input.Search
            allowClear
            placeholder={t('portal.search')}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
            style={{ width: 220 }}
            data-testid="portal-search"
          />
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={exportUrl('csv', scope, period)} data-testid="export-csv">
            {t('portal.export.csv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl('json', scope, period)}>
            {t('portal.export.json')}
          </Button>
        </Space>
      </Space>
      {query.error ? <Alert type="error" showIcon message={query.error.message} /> : null}
      {scored.length > 0 ? (
        <Card title={t('portal.chart')} size="small">
          <Chart
            testId="portal-chart"
            option={{
              grid: { left: 160, right: 24, top: 8, bottom: 24 },
              tooltip: {},
              xAxis: { type: 'value', max: group ? undefined : 100 },
              yAxis: { type: 'category', inverse: true, data: scored.slice(0, 15).map((u) => u.unit.name) },
              series: [{ type: 'bar', data: scored.slice(0, 15).map((u) => Number(scoreOf(u)!.toFixed(2))) }],
            }}
            height={Math.max(120, scored.slice(0, 15).length * 32 + 40)}
          />
        </Card>
      ) : null}
      <RankTable
        rows={rows}
        period={period}
        group={group}
        testId="portal-table"
        loading={query.isFetching}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage }}
      />
      <Typography.Paragraph type="secondary">
        {t('portal.note.measured')} {data ? t('portal.asOf', { time: formatDateTime(data.asOf) }) : null}
      </Typography.Paragraph>
    </Space>
  );
}
