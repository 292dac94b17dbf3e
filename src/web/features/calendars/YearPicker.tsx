/** Chooses the year shown: a year picker between "previous" and "next" buttons (years 1900–2100). */
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

/** The years the calendar API accepts. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useFeatureI18n(calendarMessages);
  return (
    <Space.Compact>
      <Button
        icon={<LeftOutlined />}
        aria-label={t('calendars.year.prev')}
        disabled={year <= YEAR_RANGE.min}
        onClick={() => onChange(year - 1)}
        data-testid="year-prev"
      />
      <DatePicker
        picker="year"
        allowClear={false}
        value={dayjs(new Date(year, 0, 1))}
        format="YYYY"
        aria-label={t('calendars.year.pick')}
        disabledDate={(date) => date.year() < YEAR_RANGE.min || date.year() > YEAR_RANGE.max}
        onChange={(date) => {
          if (date) onChange(date.year());
        }}
        style={{ width: 110 }}
        data-testid="year-picker"
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('calendars.year.next')}
        disabled={year >= YEAR_RANGE.max}
        onClick={() => onChange(year + 1)}
        data-testid="year-next"
      />
    </Space.Compact>
  );
}
