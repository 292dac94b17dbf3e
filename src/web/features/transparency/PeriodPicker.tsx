/** Choice of the reporting period: month, quarter or year, then which one. */
import { Segmented, Select, Space } from 'antd';
import { periodKindOf, periodOptions, todayInVietnam, type PeriodKind } from './figures';
import { useTransparencyI18n } from './transparency.messages';

export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTransparencyI18n();
  const kind = periodKindOf(value);
  const today = todayInVietnam();
  return (
    <Space wrap>
      <span>{t('portal.period')}</span>
      <Segmented<PeriodKind>
        value={kind}
        options={[
          { value: 'month', label: t('portal.period.month') },
          { value: 'quarter', label: t('portal.period.quarter') },
          { value: 'year', label: t('portal.period.year') },
        ]}
        onChange={(next) => onChange(periodOptions(next, today)[0]!.value)}
      />
      <Select
        data-testid="period-select"
        style={{ width: 130 }}
        value={value}
        options={periodOptions(kind, today)}
        onChange={onChange}
      />
    </Space>
  );
}
