/**
 * The public portal (/minh-bach): units of one level ranked on the service index (or one group of it) for
 * a period, a chart, and the open-data exports. By default the communes of the signed-in official's
 * province (Hà Nội for everyone else) for the last complete month; `?cap-tren=<unit id>` lists the units
 * below that unit, `?cap=tinh` the provinces, `?cap=xa` every commune of the country; `?ky=` the period,
 * `?nhom=` the group ranked on. Units without enough data are listed apart, unranked; the search also finds
 * units of any level.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Input, List, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { RANK_MIN_RECEIVED } from '../../../domain/indicators/ranking';
import { useIsPhone } from '../../components/phone';
import { useSession } from '../auth/session';
import { Chart } from './Chart';
import { formatNumber, lastCompleteMonth, todayInVietnam } from './figures';
import { PeriodPicker } from './PeriodPicker';
import { RankTable } from './RankTable';
import {
  exportUrl,
  useDefinitions,
  usePortalUnits,
  useUnitSearch,
  type PortalScope,
} from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

const PAGE_SIZE = 20;

export function PortalPage() {
  const { t, locale } = useTransparencyI18n();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? lastCompleteMonth(todayInVietnam());
  const cap = params.get('cap');
  const level = cap === 'xa' ? 'commune' : undefined;
  const provinces = cap === 'tinh';
  // the default view: the communes of the signed-in official's province, else of Hà Nội
  const session = useSession();
  const hanoi = useUnitSearch('Hà Nội').data?.units.find((u) => u.kind === 'province');
  const ownProvince = session.data?.provinceId ?? undefined;
  const explicitParent = params.get('cap-tren') ?? undefined;
  const defaultParent = session.isPending ? undefined : (ownProvince ?? hanoi?.id);
  const parentId = explicitParent ?? (level || provinces ? undefined : defaultParent);
  const scope: PortalScope = { parentId, level };
  const ready = Boolean(level || provinces || parentId);
  const group = params.get('nhom') ?? undefined;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [apartPage, setApartPage] = useState(1);
  const [q, setQ] = useState('');
  // one request when typing pauses, not one per key
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  // the ranked units and the units listed apart ("chưa đủ dữ liệu") are two lists, each paged on its own
  const listOptions = { group, q: q || undefined, pageSize: PAGE_SIZE };
  const query = usePortalUnits(scope, period, { ...listOptions, list: 'ranked', page }, ready);
  const apartQuery = usePortalUnits(
    scope,
    period,
    { ...listOptions, list: 'unranked', page: apartPage },
    ready,
  );
  const found = useUnitSearch(q);
  const definitions = useDefinitions();
  const data = query.data;
  const rows = data?.units ?? [];
  const apart = apartQuery.data?.units ?? [];
  const apartTotal = apartQuery.data?.total ?? 0;
  const scoreOf = (u: (typeof rows)[number]) => (group ? (u.groups[group] ?? null) : u.index.score);
  const scored = rows.filter((u) => scoreOf(u) !== null);
  const groups = (definitions.data?.groups ?? []).filter((g) => g.family === 'qd766');
  const update = (next: Record<string, string | undefined>) => {
    setPage(1);
    setApartPage(1);
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
          { title: <Link to={`/minh-bach?cap=tinh&ky=${period}`}>{t('portal.level.root')}</Link> },
          ...(level ? [{ title: t('portal.level.communes') }] : []),
          ...(data?.parent && !level ? [{ title: data.parent.name }] : []),
        ]}
      />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <PeriodPicker value={period} onChange={(ky) => update({ ky })} />
          <Segmented
            data-testid="portal-level"
            vertical={isPhone}
            value={level ? 'xa' : provinces ? 'tinh' : 'dia-ban'}
            onChange={(value) =>
              update({ cap: value === 'dia-ban' ? undefined : value, 'cap-tren': undefined })
            }
            options={[
              { value: 'dia-ban', label: t('portal.level.byArea') },
              { value: 'tinh', label: t('portal.level.root') },
              { value: 'xa', label: t('portal.level.communes') },
            ]}
          />
          <Select
            data-testid="portal-group"
            style={{ minWidth: 200, maxWidth: '100%' }}
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
              setApartPage(1);
            }}
            style={{ width: 220, maxWidth: '100%' }}
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
      {query.error || apartQuery.error ? (
        <Alert type="error" showIcon message={(query.error ?? apartQuery.error)!.message} />
      ) : null}
      {q && (found.data?.units.length ?? 0) > 0 ? (
        <Card size="small" title={t('portal.searchAll')} data-testid="portal-search-all">
          <List
            size="small"
            dataSource={found.data?.units ?? []}
            renderItem={(u) => (
              <List.Item>
                <Link to={`/minh-bach/don-vi/${u.id}?ky=${period}`}>{u.name}</Link>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      {scored.length > 0 ? (
        <Card title={t('portal.chart')} size="small">
          <Chart
            testId="portal-chart"
            option={{
              grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
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
      {apartTotal > 0 ? (
        <Card
          size="small"
          title={t('portal.notEnough.title', { n: formatNumber(apartTotal, locale, 0) })}
          data-testid="portal-not-enough"
        >
          <Typography.Paragraph type="secondary">
            {t('portal.notEnough.help', { min: RANK_MIN_RECEIVED })}
          </Typography.Paragraph>
          <List
            size="small"
            loading={apartQuery.isFetching}
            dataSource={apart}
            pagination={
              apartTotal > PAGE_SIZE
                ? {
                    current: apartPage,
                    pageSize: PAGE_SIZE,
                    total: apartTotal,
                    onChange: setApartPage,
                    showSizeChanger: false,
                    size: 'small',
                  }
                : false
            }
            renderItem={(u) => (
              <List.Item>
                <Link
                  to={`/minh-bach/don-vi/${u.unit.id}?ky=${period}`}
                  data-testid={`unit-link-${u.unit.code}`}
                >
                  {u.unit.name}
                </Link>
                <Typography.Text type="secondary">{t('portal.notEnough')}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      <Typography.Paragraph type="secondary">
        {t('portal.note.measured')} {data ? t('portal.asOf', { time: formatDateTime(data.asOf) }) : null}
      </Typography.Paragraph>
    </Space>
  );
}
