/**
 * The indicator configuration (/chi-tieu/cau-hinh, system and home-affairs administrators): maximum points
 * and targets of the QĐ 766 indicators, edited from the version in force and published as a new version from
 * the first day of a month; the history of versions below.
 */
import { Alert, Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDate, formatDateTime } from '../../app/i18n/format';
import { useIndicatorConfig, usePublishConfig, type IndicatorConfigResponse } from './config.api';
import { useConfigI18n } from './config.messages';

type Row = IndicatorConfigResponse['indicators'][number];
interface Draft {
  /** Null: no points of its own (the group's points are not split between its indicators). */
  maxPoints: number | null;
  /** Percent (1..100), or null for no target. */
  targetPercent: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The first days of the twelve months from `first` (an ISO month start). */
function monthsFrom(first: string): string[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    return d.toISOString().slice(0, 10);
  });
}

export function IndicatorConfigPage() {
  const { t, locale } = useConfigI18n();
  const config = useIndicatorConfig();
  const publish = usePublishConfig();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [effectiveFrom, setEffectiveFrom] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const data = config.data;

  // start from the version in force whenever it changes
  useEffect(() => {
    if (!data) return;
    setDrafts(
      Object.fromEntries(
        data.indicators.map((i) => [
          i.code,
          {
            maxPoints: i.inForce.maxPoints,
            targetPercent: i.inForce.target === null ? null : round(i.inForce.target * 100),
          },
        ]),
      ),
    );
    setEffectiveFrom(data.earliestEffectiveFrom);
  }, [data]);

  // a group whose indicators have no points of their own keeps its shipped points (as the server counts)
  const groupPoints = (code: string) => {
    const own = (data?.indicators ?? [])
      .filter((i) => i.group === code)
      .map((i) => drafts[i.code]?.maxPoints ?? null)
      .filter((p): p is number => p !== null);
    const shipped = data?.groups.find((g) => g.code === code)?.shippedWeight ?? 0;
    return round(own.length === 0 ? shipped : own.reduce((s, p) => s + p, 0));
  };
  const total = round((data?.groups ?? []).reduce((sum, g) => sum + groupPoints(g.code), 0));
  if (config.error) return <Alert type="error" showIcon message={config.error.message} />;
  if (!data) return null;

  const set = (code: string, change: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [code]: { ...all[code]!, ...change } }));

  const submit = () => {
    // only what differs from the shipped definitions is stored
    const indicators: Record<string, { maxPoints?: number; target?: number | null }> = {};
    for (const row of data.indicators) {
      const draft = drafts[row.code]!;
      const target = draft.targetPercent === null ? null : round(draft.targetPercent) / 100;
      const setting: { maxPoints?: number; target?: number | null } = {};
      if (draft.maxPoints !== null && draft.maxPoints !== row.shipped.maxPoints) {
        setting.maxPoints = draft.maxPoints;
      }
      if (row.scoring === 'target' && target !== row.shipped.target) setting.target = target;
      if (Object.keys(setting).length > 0) indicators[row.code] = setting;
    }
    publish.mutate(
      { effectiveFrom: effectiveFrom ?? data.earliestEffectiveFrom, note, settings: { indicators } },
      { onSuccess: () => setNote('') },
    );
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Typography.Text data-testid="config-current">
          {t('current', {
            version: data.currentVersion === null ? t('shipped') : t('versionN', { n: data.currentVersion }),
            formula: data.formulaVersion,
          })}
        </Typography.Text>
      </div>
      {publish.isSuccess ? (
        <Alert
          type="success"
          showIcon
          message={t('published', { n: publish.data.versions[0]?.number ?? '' })}
        />
      ) : null}
      <Card size="small">
        <Table<Row>
          data-testid="config-table"
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={data.indicators}
          columns={[
            { title: t('col.code'), dataIndex: 'code', width: 110 },
            {
              title: t('col.name'),
              render: (_, r) => (
                <span>
                  {r.name[locale]} {r.measured ? null : <Tag>{t('notMeasured')}</Tag>}
                </span>
              ),
            },
            {
              title: t('col.shipped'),
              align: 'right',
              render: (_, r) => r.shipped.maxPoints ?? t('notSplit'),
            },
            {
              title: t('col.points'),
              width: 130,
              render: (_, r) => (
                <InputNumber
                  aria-label={`${r.code} ${t('col.points')}`}
                  data-testid={`points-${r.code}`}
                  min={0}
                  max={100}
                  decimalSeparator=","
                  value={drafts[r.code]?.maxPoints ?? null}
                  onChange={(value) => set(r.code, { maxPoints: value ?? null })}
                />
              ),
            },
            {
              title: t('col.target'),
              width: 130,
              render: (_, r) =>
                r.scoring === 'target' ? (
                  <InputNumber
                    aria-label={`${r.code} ${t('col.target')}`}
                    data-testid={`target-${r.code}`}
                    min={1}
                    max={100}
                    value={drafts[r.code]?.targetPercent ?? null}
                    onChange={(value) => set(r.code, { targetPercent: value ?? null })}
                  />
                ) : (
                  '—'
                ),
            },
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          {data.groups.map((g) => (
            <Tag key={g.code}>{t('group', { name: g.name[locale], points: groupPoints(g.code) })}</Tag>
          ))}
          <Typography.Text strong data-testid="config-total">
            {t('total', { points: total })}
          </Typography.Text>
        </Space>
        {total !== 100 ? (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message={t('totalWrong', { points: total })}
          />
        ) : null}
      </Card>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('effectiveFrom')}</span>
            <Select
              data-testid="config-effective"
              style={{ width: 160 }}
              value={effectiveFrom}
              onChange={setEffectiveFrom}
              options={monthsFrom(data.earliestEffectiveFrom).map((m) => ({
                value: m,
                label: t('month', { month: `${m.slice(5, 7)}/${m.slice(0, 4)}` }),
              }))}
            />
          </Space>
          <Input.TextArea
            data-testid="config-note"
            placeholder={t('note')}
            aria-label={t('note')}
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {publish.error ? <Alert type="error" showIcon message={publish.error.message} /> : null}
          <Button
            type="primary"
            data-testid="config-publish"
            disabled={total !== 100 || note.trim().length < 5}
            loading={publish.isPending}
            onClick={submit}
          >
            {t('publish')}
          </Button>
        </Space>
      </Card>
      <Card size="small" title={t('history')}>
        <Table
          data-testid="config-history"
          rowKey="number"
          size="small"
          pagination={false}
          dataSource={data.versions}
          columns={[
            { title: t('col.version'), dataIndex: 'number', width: 90 },
            { title: t('effectiveFrom'), render: (_, v) => formatDate(v.effectiveFrom) },
            {
              title: t('col.changes'),
              render: (_, v) => {
                const entries = Object.entries(v.settings.indicators);
                if (entries.length === 0) return t('noChanges');
                return entries
                  .map(([code, s]) =>
                    [
                      code,
                      s.maxPoints === undefined ? null : `${s.maxPoints}đ`,
                      s.target === undefined ? null : s.target === null ? '—' : `${round(s.target * 100)}%`,
                    ]
                      .filter(Boolean)
                      .join(' '),
                  )
                  .join('; ');
              },
            },
            { title: t('note'), dataIndex: 'note' },
            { title: t('col.by'), render: (_, v) => v.createdBy ?? '—' },
            { title: t('col.at'), render: (_, v) => formatDateTime(v.createdAt) },
          ]}
        />
      </Card>
    </Space>
  );
}
