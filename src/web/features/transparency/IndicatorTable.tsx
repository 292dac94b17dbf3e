/** Every indicator of a report with what explains it: numerator, denominator, points, target, version, flags. */
import { TAP_OR_HOVER } from '../../components/phone';
import { Table, Tag, Tooltip } from 'antd';
import type { UnitReport } from './transparency.api';
import { formatNumber, formatPercent, formatValue } from './figures';
import { useDefinitions } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

type Row = UnitReport['indicators'][number];

export function IndicatorTable({ rows, family }: { rows: Row[]; family: 'qd766' | 'tt01' | 'core' }) {
  const { t, locale } = useTransparencyI18n();
  const definitions = useDefinitions().data;
  const byCode = new Map((definitions?.indicators ?? []).map((d) => [d.code, d]));
  const shown = rows.filter((r) => byCode.get(r.code)?.family === family);
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={shown}
      data-testid={`indicators-${family}`}
      columns={[
        { title: t('col.code'), dataIndex: 'code', width: 100 },
        {
          title: t('col.indicator'),
          render: (_, r) => {
            const d = byCode.get(r.code);
            return d ? (
              <Tooltip
                title={`${d.numeratorText[locale]} / ${d.denominatorText[locale]}`}
                trigger={TAP_OR_HOVER}
              >
                {d.name[locale]}
              </Tooltip>
            ) : (
              r.code
            );
          },
        },
        {
          title: t('col.numerator'),
          align: 'right',
          render: (_, r) =>
            r.parts.length > 0
              ? r.parts.map((p) => formatNumber(p.numerator, locale)).join('; ')
              : formatNumber(r.numerator, locale),
        },
        {
          title: t('col.denominator'),
          align: 'right',
          render: (_, r) =>
            r.parts.length > 0
              ? r.parts.map((p) => formatNumber(p.denominator, locale)).join('; ')
              : formatNumber(r.denominator, locale),
        },
        {
          title: t('col.value'),
          align: 'right',
          render: (_, r) => formatValue(r.value, byCode.get(r.code)?.unit, locale),
        },
        {
          title: t('col.score'),
          align: 'right',
          render: (_, r) =>
            r.maxPoints === null ? '—' : `${formatNumber(r.score, locale)} / ${r.maxPoints}`,
        },
        {
          title: t('col.target'),
          align: 'right',
          render: (_, r) => (r.target === null ? '—' : formatPercent(r.target, locale)),
        },
        { title: t('col.version'), dataIndex: 'formulaVersion', width: 90 },
        {
          title: t('col.flags'),
          render: (_, r) =>
            r.flags.map((f) => (
              <Tag key={f} color={f === 'not_measured' ? 'default' : 'orange'}>
                {t(`flag.${f}`)}
              </Tag>
            )),
        },
      ]}
    />
  );
}
