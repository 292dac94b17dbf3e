/**
 * One unit on the public portal (/minh-bach/don-vi/:unitId): its index and rank, the QĐ 766 groups, every
 * indicator explained, drill-down by field (`?linh-vuc=`) and procedure (`?thu-tuc=`), the monthly trend and
 * the units below it.
 */
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { Explain } from './Explain';
import { formatNumber, formatPercent, lastCompleteMonth, todayInVietnam } from './figures';
import { IndicatorTable } from './IndicatorTable';
import { PeriodPicker } from './PeriodPicker';
import { IndexFigure, RankTable } from './RankTable';
import { Tt01Card } from './Tt01Card';
import { TrendChart } from './TrendChart';
import { useDefinitions, useUnitReport, type UnitReport } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

type ProcedureRow = UnitReport['procedures'][number];

export function UnitPage() {
  const { t, locale } = useTransparencyI18n();
  const { unitId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? lastCompleteMonth(todayInVietnam());
  const procedureId = params.get('thu-tuc') ?? undefined;
  const field = params.get('linh-vuc') ?? undefined;
  const query = useUnitReport(unitId, period, { procedureId, field });
  const groups = useDefinitions().data?.groups ?? [];
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const set = (key: string, value: string | undefined) => update({ [key]: value });
  if (query.error) return <Alert type="error" showIcon message={query.error.message} />;
  const r = query.data;
  if (!r) return null;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to={`/minh-bach?ky=${period}`}>{t('portal.level.root')}</Link> },
          ...(r.parent
            ? [{ title: <Link to={`/minh-bach/don-vi/${r.parent.id}?ky=${period}`}>{r.parent.name}</Link> }]
            : []),
          { title: r.unit.name },
        ]}
      />
      <Typography.Title level={2} data-testid="unit-title">
        {r.unit.name}
      </Typography.Title>
      <PeriodPicker value={period} onChange={(ky) => set('ky', ky)} />
      {r.field && !r.procedure ? (
        <Alert
          type="info"
          data-testid="field-filter"
          message={t('unit.fieldFilter', { name: r.field })}
          action={<Button onClick={() => set('linh-vuc', undefined)}>{t('unit.allFields')}</Button>}
        />
      ) : null}
      {r.procedure ? (
        <Alert
          type="info"
          data-testid="procedure-filter"
          message={t('unit.procedureFilter', { name: r.procedure.name })}
          action={
            <Button onClick={() => update({ 'thu-tuc': undefined, 'linh-vuc': undefined })}>
              {t('unit.allProcedures')}
            </Button>
          }
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card>
            <Typography.Text type="secondary">
              {t('portal.index')} <Explain>{t('help.index')}</Explain>
            </Typography.Text>
            <div data-testid="unit-index" style={{ fontSize: 22 }}>
              <IndexFigure index={r.index} />
            </div>
            <div data-testid="unit-rank">
              {r.rank?.rank
                ? t('unit.rankOf', { rank: r.rank.rank, ranked: r.rank.ranked })
                : r.procedure || r.field
                  ? null
                  : t('unit.notRanked')}
            </div>
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card title={t('unit.groups')} size="small">
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              {r.groups
                .filter((g) => g.group.startsWith('qd766'))
                .map((g) => (
                  <Descriptions.Item
                    key={g.group}
                    label={groups.find((x) => x.code === g.group)?.name[locale] ?? g.group}
                  >
                    {g.score === null
                      ? t('portal.notMeasured')
                      : t('unit.groupPoints', { score: formatNumber(g.score, locale), weight: g.weight })}
                    {g.score !== null && g.maxMeasured < g.weight
                      ? ` ${t('unit.groupMeasured', { measured: g.maxMeasured, weight: g.weight })}`
                      : ''}
                    {r.groupRanks?.[g.group]?.rank ? (
                      <Typography.Text
                        type="secondary"
                        style={{ marginLeft: 6 }}
                        data-testid={`group-rank-${g.group}`}
                      >
                        {'· '}
                        {t('unit.groupRank', {
                          rank: r.groupRanks[g.group]!.rank!,
                          ranked: r.groupRanks[g.group]!.ranked,
                        })}
                      </Typography.Text>
                    ) : null}
                  </Descriptions.Item>
                ))}
            </Descriptions>
            <Typography.Text type="secondary">
              {t('unit.live', { within: r.live.openWithinTime, overdue: r.live.openOverdue })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Tt01Card tt01={r.tt01} unitId={r.unit.id} />
      <Card title={t('unit.indicators')} size="small">
        <Tabs
          items={[
            {
              key: 'qd766',
              label: 'QĐ 766',
              children: <IndicatorTable rows={r.indicators} family="qd766" />,
            },
            {
              key: 'tt01',
              label: 'TT 01/2018',
              children: <IndicatorTable rows={r.indicators} family="tt01" />,
            },
            {
              key: 'core',
              label: t('unit.core'),
              children: <IndicatorTable rows={r.indicators} family="core" />,
            },
          ]}
        />
      </Card>
      <Card title={t('unit.months')} size="small">
        <TrendChart months={r.months} testId="unit-trend" />
      </Card>
      <Card title={t('unit.procedures')} size="small">
        <Table<ProcedureRow>
          rowKey="procedureId"
          size="small"
          data-testid="procedure-table"
          scroll={{ x: 'max-content' }}
          dataSource={r.procedures}
          pagination={r.procedures.length > 10 ? { pageSize: 10 } : false}
          columns={[
            {
              title: t('col.procedure'),
              render: (_, p) => (
                <a
                  onClick={() => update({ 'thu-tuc': p.procedureId, 'linh-vuc': undefined })}
                  data-testid={`procedure-link-${p.code}`}
                >
                  {p.name}
                </a>
              ),
            },
            {
              title: t('col.field'),
              render: (_, p) =>
                field ? (
                  p.field
                ) : (
                  <a onClick={() => update({ 'linh-vuc': p.field, 'thu-tuc': undefined })}>{p.field}</a>
                ),
            },
            { title: t('portal.received'), align: 'right', dataIndex: 'received' },
            { title: t('col.finished'), align: 'right', dataIndex: 'finished' },
            { title: t('col.late'), align: 'right', dataIndex: 'finishedLate' },
            {
              title: t('portal.onTime'),
              align: 'right',
              render: (_, p) => formatPercent(p.onTimeRate, locale),
            },
            { title: t('col.online'), align: 'right', render: (_, p) => formatPercent(p.onlineRate, locale) },
          ]}
        />
      </Card>
      {r.children.length > 0 ? (
        <Card title={t('unit.children')} size="small">
          <RankTable rows={r.children} period={period} testId="children-table" />
        </Card>
      ) : null}
      <Typography.Text type="secondary">{t('portal.asOf', { time: formatDateTime(r.asOf) })}</Typography.Text>
    </Space>
  );
}
