/**
 * Every indicator of a report in plain words: its name (tap for what it counts and how it scores),
 * numerator and denominator labelled, value, points, target and data-quality notes. No raw codes are shown;
 * each row carries its code as its key (`data-row-key`) for tests and links.
 */
import { Table, Tag, Typography } from 'antd';
import type { UnitReport } from './transparency.api';
import { Explain } from './Explain';
import { formatNumber, formatPercent, formatValue } from './figures';
import { useDefinitions } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

type Row = UnitReport['indicators'][number];

export function IndicatorTable({ rows, family }: { rows: Row[]; family: 'qd766' | 'tt01' | 'core' }) {
  const { t, locale } = useTransparencyI18n();
  const definitions = useDefinitions().data;
  const byCode = new Map((definitions?.indicators ?? []).map((d) => [d.code, d]));
  const shown = rows.filter((r) => byCode.get(r.code)?.family === family);
  const notMeasured = (r: Row) => r.flags.includes('not_measured');
  const ratioCell = (r: Row) => {
    if (notMeasured(r)) return '—';
    const d = byCode.get(r.code);
    const parts = r.parts.length > 0 ? r.parts : [{ numerator: r.numerator, denominator: r.denominator }];
    const numeratorLabels = d?.numeratorText[locale].split('; ') ?? [];
    const denominatorLabels = d?.denominatorText[locale].split('; ') ?? [];
    return parts.map((p, i) => (
      <div key={i} data-testid="ratio">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {numeratorLabels[i] ?? numeratorLabels[0]}:{' '}
        </Typography.Text>
        {formatNumber(p.numerator, locale)}
        {' / '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {denominatorLabels[i] ?? denominatorLabels[0]}:{' '}
        </Typography.Text>
        {formatNumber(p.denominator, locale)}
      </div>
    ));
  };
  const pointsCell = (r: Row) => {
    const d = byCode.get(r.code);
    if (d?.scoring === 'none') return <Typography.Text type="secondary">{t('ind.tracked')}</Typography.Text>;
    const max = r.maxPoints === null ? t('ind.notSplit') : formatNumber(r.maxPoints, locale);
    if (notMeasured(r)) {
      return (
        <span>
          <Tag>{t('flag.not_measured')}</Tag>
          <Typography.Text type="secondary">/ {max}</Typography.Text>
        </span>
      );
    }
    return `${formatNumber(r.score, locale)} / ${max}`;
  };
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={shown}
      data-testid={`indicators-${family}`}
      columns={[
        {
          title: t('col.indicator'),
          render: (_, r) => {
            const d = byCode.get(r.code);
            if (!d) return null;
            return (
              <span>
                {d.name[locale]}{' '}
                <Explain testId={`explain-${r.code}`}>
                  <div>{t('ind.numerator', { text: d.numeratorText[locale] })}</div>
                  <div>{t('ind.denominator', { text: d.denominatorText[locale] })}</div>
                  {d.scoring === 'target' ? <div>{t('ind.scoring.target')}</div> : null}
                  <div>{t('ind.formula', { version: r.formulaVersion })}</div>
                </Explain>
              </span>
            );
          },
        },
        {
          title: `${t('col.numerator')} / ${t('col.denominator')}`,
          render: (_, r) => ratioCell(r),
        },
        {
          title: t('col.value'),
          align: 'right',
          render: (_, r) => formatValue(r.value, byCode.get(r.code)?.unit, locale),
        },
        { title: t('col.score'), align: 'right', render: (_, r) => pointsCell(r) },
        {
          title: t('col.target'),
          align: 'right',
          render: (_, r) => (r.target === null ? '—' : formatPercent(r.target, locale)),
        },
        {
          title: t('col.flags'),
          render: (_, r) =>
            r.flags
              .filter((f) => f !== 'not_measured')
              .map((f) => (
                <Tag key={f} color="orange">
                  {t(`flag.${f}`)}
                </Tag>
              )),
        },
      ]}
    />
  );
}
