/**
 * One month as a wall calendar, Monday first: each day coloured by its kind, the lunar date small under
 * the solar one, the holiday name and full details on hover. Editable days are buttons.
 */
import { Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { CalendarYearDay } from '../../../contracts/calendars';
import type { FeatureTranslate } from '../../app/i18n/feature-i18n';
import type { calendarMessages } from './calendars.messages';
import { CHANGED_OUTLINE, DAY_KIND_STYLES, TODAY_RING } from './day-style';
import {
  buildMonthWeeks,
  formatIsoDateForPeople,
  formatLunarCell,
  MONDAY_FIRST_WEEKDAYS,
} from './month-grid';
import { monthKey, weekdayKey, weekdayShortKey } from './date-names.messages';

type Translate = FeatureTranslate<typeof calendarMessages>;

interface Props {
  year: number;
  month: number;
  /** The days as they stand on screen (changes applied), by ISO date. */
  days: ReadonlyMap<string, CalendarYearDay>;
  changed: ReadonlySet<string>;
  today: string;
  /** Called with a clicked day; absent when the year is read only. */
  onDayClick?: (date: string) => void;
  t: Translate;
}

/** What a person reads about a day: weekday and date, kind, holiday name, lunar date. */
export function describeDay(day: CalendarYearDay, isChanged: boolean, t: Translate): string[] {
  const lines = [`${t(weekdayKey(day.weekday))}, ${formatIsoDateForPeople(day.date)}`];
  lines.push(day.kind === 'day_off' && day.name ? day.name : t(`calendars.kind.${day.kind}`));
  const leap = day.lunar.isLeapMonth ? ` ${t('calendars.day.leap')}` : '';
  lines.push(`${t('calendars.day.lunar', { text: day.lunar.text })}${leap}`);
  if (isChanged) lines.push(t('calendars.legend.changed'));
  return lines;
}

function DayCell({
  day,
  isChanged,
  isToday,
  onClick,
  t,
}: {
  day: CalendarYearDay;
  isChanged: boolean;
  isToday: boolean;
  onClick?: () => void;
  t: Translate;
}) {
  const lines = describeDay(day, isChanged, t);
  const solarDay = Number(day.date.slice(8));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onClick?.();
  };
  return (
    <Tooltip
      title={lines.map((line, i) => (
        <div key={i} style={i === 1 ? { fontWeight: 600 } : undefined}>
          {line}
        </div>
      ))}
      mouseEnterDelay={0.15}
    >
      <div
        role={onClick ? 'button' : undefined}
        tabIndex={onClick ? 0 : undefined}
        aria-label={lines.join('. ')}
        onClick={onClick}
        onKeyDown={onClick ? onKeyDown : undefined}
        data-testid={`day-${day.date}`}
        data-kind={day.kind}
        style={{
          ...DAY_KIND_STYLES[day.kind],
          ...(isToday ? TODAY_RING : {}),
          ...(isChanged ? CHANGED_OUTLINE : {}),
          borderWidth: 1,
          borderStyle: 'solid',
          borderRadius: 4,
          padding: '2px 0',
          textAlign: 'center',
          lineHeight: 1.15,
          cursor: onClick ? 'pointer' : 'default',
          userSelect: 'none',
        }}
      >
        <div style={{ fontSize: 14, fontWeight: day.kind === 'day_off' ? 600 : 400 }}>{solarDay}</div>
        <div style={{ fontSize: 10, opacity: 0.7 }}>{formatLunarCell(day.lunar, solarDay)}</div>
      </div>
    </Tooltip>
  );
}

export function MonthGrid({ year, month, days, changed, today, onDayClick, t }: Props) {
  const weeks = buildMonthWeeks(year, month);
  return (
    <div data-testid={`month-${month}`}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {t(monthKey(month))}
      </Typography.Text>
      <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 2 }}>
        <thead>
          <tr>
            {MONDAY_FIRST_WEEKDAYS.map((weekday) => (
              <th
                key={weekday}
                scope="col"
                style={{
                  fontSize: 12,
                  fontWeight: 500,
                  color: weekday === 0 || weekday === 6 ? '#8c8c8c' : undefined,
                }}
              >
                {t(weekdayShortKey(weekday))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, row) => (
            <tr key={row}>
              {week.map((date, column) => {
                const day = date ? days.get(date) : undefined;
                return (
                  <td key={column} style={{ padding: 0 }}>
                    {day ? (
                      <DayCell
                        day={day}
                        isChanged={changed.has(day.date)}
                        isToday={day.date === today}
                        onClick={onDayClick ? () => onDayClick(day.date) : undefined}
                        t={t}
                      />
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
