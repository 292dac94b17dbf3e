/**
 * /hai-long — the satisfaction dashboard of the official's unit: headline figures with the small-sample
 * warning, the five elements, the monthly trend, breakdowns by channel, official and procedure, the inputs
 * of the national indicator, and the responses (anonymous ones without dossier, day or officials).
 */
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Row,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SatisfactionDashboard } from '../../../contracts/satisfaction';
import { BreakdownTable, DistributionBar, formatRate, TrendBars } from './DashboardParts';
import { useDashboard, useResponses } from './satisfaction.api';
import { useSatisfactionI18n } from './satisfaction.messages';

type ElementRow = SatisfactionDashboard['indices']['elements'][number];

function ResponsesTab({ filter }: { filter: { unitId?: string; from?: string; to?: string } }) {
  const { t } = useSatisfactionI18n();
  const [page, setPage] = useState(1);
  const responses = useResponses({ ...filter, page });
  return (
    <Table
      data-testid="sat-responses"
      rowKey={(row, index) => row.id ?? `anonymous-${page}-${index}`}
      size="small"
      loading={responses.isPending}
      dataSource={responses.data?.items ?? []}
      pagination={{ current: page, pageSize: 20, total: responses.data?.total ?? 0, onChange: setPage }}
      columns={[
        { title: t('sat.dash.when'), dataIndex: 'submitted' },
        {
          title: t('sat.survey.dossier'),
          key: 'dossier',
          render: (_, row) => row.dossierCode ?? <Tag>{t('sat.dash.anonymous')}</Tag>,
        },
        {
          title: t('sat.kiosk.channel'),
          dataIndex: 'channel',
          render: (channel: string) => t(`sat.channel.${channel}` as 'sat.channel.qr'),
        },
        {
          title: t('sat.dash.overall'),
          dataIndex: 'overallSatisfied',
          render: (ok: boolean | null) =>
            ok === null ? '—' : <Tag color={ok ? 'success' : 'error'}>{ok ? '✓' : '✗'}</Tag>,
        },
        { title: t('sat.dash.comment'), dataIndex: 'comment' },
        {
          title: t('sat.dash.officials'),
          dataIndex: 'officials',
          render: (names: string[]) => names.join(', '),
        },
      ]}
    />
  );
}

export function SatisfactionDashboardPage() {
  const { t } = useSatisfactionI18n();
  const [params] = useSearchParams();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(364, 'day'), dayjs()]);
  const filter = {
    unitId: params.get('unitId') ?? undefined,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  };
  const dashboard = useDashboard(filter);
  const d = dashboard.data;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="sat-dash-title">
          {t('sat.dash.title')} {d ? `— ${d.unit.name}` : ''}
        </Typography.Title>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{t('sat.dash.period')}</Typography.Text>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            allowClear={false}
            value={range}
            onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          />
        </Flex>
      </Flex>
      {dashboard.isError && <Alert type="error" showIcon title={dashboard.error.message} />}
      {d && (
        <>
          <Row gutter={[16, 16]}>
            {[
              { key: 'returned', title: t('sat.dash.returned'), value: d.returned.toLocaleString('vi-VN') },
              {
                key: 'responses',
                title: t('sat.dash.responses'),
                value: d.indices.responses.toLocaleString('vi-VN'),
              },
              { key: 'rate', title: t('sat.dash.responseRate'), value: formatRate(d.responseRate) },
              { key: 'index', title: t('sat.dash.index'), value: formatRate(d.indices.index) },
              { key: 'overall', title: t('sat.dash.overall'), value: formatRate(d.indices.overallRate) },
            ].map((item) => (
              <Col key={item.key} xs={12} md={8} xl={4}>
                <Card data-testid={`sat-kpi-${item.key}`}>
                  <Statistic title={item.title} value={item.value} />
                </Card>
              </Col>
            ))}
          </Row>
          {d.indices.smallSample && (
            <Alert type="warning" showIcon title={t('sat.dash.small')} data-testid="sat-small-sample" />
          )}
          <Card
            title={t('sat.dash.element')}
            extra={
              <Typography.Text type="secondary">
                {t('sat.dash.formula')}: {d.formula.version}
              </Typography.Text>
            }
          >
            <Table<ElementRow>
              data-testid="sat-elements"
              rowKey="element"
              size="small"
              pagination={false}
              dataSource={d.indices.elements}
              columns={[
                {
                  title: t('sat.dash.element'),
                  dataIndex: 'element',
                  render: (code: string) => t(`sat.el.${code}` as 'sat.el.access'),
                },
                { title: t('sat.dash.valid'), dataIndex: 'valid', align: 'right' },
                { title: t('sat.dash.rate'), dataIndex: 'rate', align: 'right', render: formatRate },
                {
                  title: t('sat.dash.distribution'),
                  dataIndex: 'distribution',
                  render: (dist: number[]) => <DistributionBar distribution={dist} />,
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {d.formula.description}
            </Typography.Paragraph>
          </Card>
          <Card title={t('sat.dash.byMonth')}>
            <TrendBars rows={d.byMonth} />
          </Card>
          <Tabs
            items={[
              {
                key: 'month',
                label: t('sat.dash.byMonth'),
                children: <BreakdownTable rows={d.byMonth} testId="sat-by-month" />,
              },
              {
                key: 'channel',
                label: t('sat.dash.byChannel'),
                children: <BreakdownTable rows={d.byChannel} testId="sat-by-channel" showReturned={false} />,
              },
              {
                key: 'official',
                label: t('sat.dash.byOfficial'),
                children: <BreakdownTable rows={d.byOfficial} testId="sat-by-official" />,
              },
              {
                key: 'procedure',
                label: t('sat.dash.byProcedure'),
                children: <BreakdownTable rows={d.byProcedure} testId="sat-by-procedure" />,
              },
              {
                key: 'responses',
                label: t('sat.dash.responsesList'),
                children: <ResponsesTab filter={filter} />,
              },
            ]}
          />
          <Card title={t('sat.dash.national')}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 5 }}
              items={Object.entries(d.nationalInputs).map(([key, value]) => ({
                key,
                label: t(`sat.nat.${key}` as 'sat.nat.rated'),
                children: value.toLocaleString('vi-VN'),
              }))}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
