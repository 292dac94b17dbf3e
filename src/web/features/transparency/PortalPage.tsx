/**
 * The public portal (/minh-bach): units of one level ranked on the service index for a period, a chart,
 * and the open-data exports. `?cap-tren=<unit id>` lists the units below that unit; `?ky=` the period.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { Chart } from './Chart';
import { todayInVietnam } from './figures';
import { PeriodPicker } from './PeriodPicker';
import { RankTable } from './RankTable';
import { exportUrl, usePortalUnits } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

export function PortalPage() {
  const { t } = useTransparencyI18n();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? todayInVietnam().slice(0, 7);
  const parentId = params.get('cap-tren') ?? undefined;
  const query = usePortalUnits(parentId, period);
  const data = query.data;
  const scored = (data?.units ?? []).filter((u) => u.index.score !== null);
  const update = (next: Record<string, string | undefined>) => {
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
          ...(data?.parent ? [{ title: data.parent.name }] : []),
        ]}
      />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <PeriodPicker value={period} onChange={(ky) => update({ ky })} />
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            href={exportUrl('csv', parentId, period)}
            data-testid="export-csv"
          >
            {t('portal.export.csv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl('json', parentId, period)}>
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
              xAxis: { type: 'value', max: 100 },
              yAxis: { type: 'category', inverse: true, data: scored.slice(0, 15).map((u) => u.unit.name) },
              series: [
                { type: 'bar', data: scored.slice(0, 15).map((u) => Number(u.index.score!.toFixed(1))) },
              ],
            }}
            height={Math.max(120, scored.slice(0, 15).length * 32 + 40)}
          />
        </Card>
      ) : null}
      <RankTable rows={data?.units ?? []} period={period} testId="portal-table" />
      <Typography.Paragraph type="secondary">
        {t('portal.note.measured')} {data ? t('portal.asOf', { time: formatDateTime(data.asOf) }) : null}
      </Typography.Paragraph>
    </Space>
  );
}
