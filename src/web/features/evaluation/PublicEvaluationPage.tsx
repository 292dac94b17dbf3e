/** The public page ("công khai"): each official's monthly grade (and score, if the unit chose) for a published month. */
import { formatNumber } from '../../app/numbers';
import { Card, Empty, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../../app/i18n/format';
import { usePublicEvaluation, usePublishedPeriods, type PublicEvaluation } from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';
import { formatMonth } from './evaluation-labels';

type Row = PublicEvaluation['rows'][number];

export function PublicEvaluationPage() {
  const { t, locale } = useEvaluationI18n();
  const periods = usePublishedPeriods();
  // `?don-vi=<unit code>&thang=<YYYY-MM>` (links from the portal's unit page) opens that published month
  const [params] = useSearchParams();
  const linked =
    params.get('don-vi') && params.get('thang') ? `${params.get('don-vi')}|${params.get('thang')}` : null;
  const [chosen, setChosen] = useState<string | null>(linked);
  const options = (periods.data?.items ?? []).map((p) => ({
    value: `${p.unitCode}|${p.month}`,
    label: `${p.unitName} — ${formatMonth(p.month)}`,
  }));
  const key = chosen ?? options[0]?.value ?? null;
  const [unitCode, month] = key ? (key.split('|') as [string, string]) : [null, null];
  const result = usePublicEvaluation(unitCode, month);
  const data = result.data;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('ev.public.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('ev.public.intro')}</Typography.Paragraph>
      <Card>
        {options.length === 0 && !periods.isPending ? (
          <Empty description={t('ev.public.none')} />
        ) : (
          <>
            <Select
              aria-label={t('ev.public.choose')}
              options={options}
              value={key ?? undefined}
              onChange={setChosen}
              style={{ width: '100%', maxWidth: 480, marginBottom: 16 }}
              data-testid="ev-public-choose"
            />
            {data && (
              <Typography.Paragraph type="secondary">
                {t('ev.public.publishedAt', {
                  at: formatDate(data.publishedAt),
                  framework: data.frameworkName,
                })}
              </Typography.Paragraph>
            )}
            <Table<Row>
              rowKey={(r) => `${r.unitName}:${r.officialName}`}
              size="small"
              pagination={false}
              loading={result.isFetching}
              dataSource={data?.rows ?? []}
              data-testid="ev-public-table"
              columns={[
                { key: 'name', title: t('ev.col.official'), dataIndex: 'officialName' },
                { key: 'title', title: t('ev.public.title_col'), render: (_v, r) => r.officialTitle ?? '' },
                { key: 'unit', title: t('ev.col.unit'), dataIndex: 'unitName' },
                {
                  key: 'grade',
                  title: t('ev.col.grade'),
                  render: (_v, r) => (
                    <>
                      <div>{r.gradeLabel}</div>
                      {r.tt01Staff && (
                        <Typography.Text
                          type="secondary"
                          style={{ fontSize: 12 }}
                          data-testid="ev-public-tt01"
                        >
                          {t('ev.public.tt01', {
                            points: formatNumber(r.tt01Staff.points, locale),
                            measured: r.tt01Staff.maxMeasured,
                            band: r.tt01Staff.complete
                              ? t(`ev.band.${r.tt01Staff.band}`)
                              : t('ev.rec.tt01AtLeast', { band: t(`ev.band.${r.tt01Staff.band}`) }),
                          })}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
                ...(data?.publishScores
                  ? [
                      {
                        key: 'score',
                        title: t('ev.col.score'),
                        render: (_v: unknown, r: Row) =>
                          r.score === null ? '' : formatNumber(r.score, locale),
                      },
                    ]
                  : []),
              ]}
            />
          </>
        )}
      </Card>
    </>
  );
}
