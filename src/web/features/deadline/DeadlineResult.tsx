/**
 * The calculator's answer: the due time with its weekday, where counting started when that is not the
 * time of receipt, the working time counted, the calendar used, and the days that were not counted.
 */
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import type { PublicDeadlineResponse } from '../../../contracts/calendars';
import { formatDateTime } from '../../app/i18n/format';
import { useFeatureI18n, type FeatureTranslate } from '../../app/i18n/feature-i18n';
import { formatIsoDateForPeople, weekdayOf } from '../calendars/month-grid';
import { weekdayKey, dateNameMessages } from '../calendars/date-names.messages';
import { isSameInstant, splitMinutes, weekdayInVietnam } from './deadline-input';
import { deadlineMessages } from './deadline.messages';

type Translate = FeatureTranslate<typeof deadlineMessages>;

/** "Thứ Tư, 25/02/2026 10:00" in Vietnam time. */
function formatInstant(instant: string, t: Translate): string {
  return `${t(weekdayKey(weekdayInVietnam(instant)))}, ${formatDateTime(instant)}`;
}

function weekdayOfIsoDate(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return weekdayOf(year ?? 0, month ?? 1, day ?? 1);
}

/** "Thứ Bảy, 14/02/2026". */
function formatDay(isoDate: string, t: Translate): string {
  return `${t(weekdayKey(weekdayOfIsoDate(isoDate)))}, ${formatIsoDateForPeople(isoDate)}`;
}

/** The server names a weekly rest day by its (Vietnamese) weekday, and a day off by the holiday's name. */
function isWeeklyRest(day: { date: string; reason: string }): boolean {
  return day.reason === dateNameMessages[weekdayKey(weekdayOfIsoDate(day.date))].vi;
}

function formatWorkingTime(total: number, t: Translate): string {
  const { hours, minutes } = splitMinutes(total);
  return minutes ? t('deadline.hoursMinutes', { hours, minutes }) : t('deadline.hours', { hours });
}

export function DeadlineResult({ result }: { result: PublicDeadlineResponse }) {
  const { t } = useFeatureI18n(deadlineMessages);
  const movedStart = !isSameInstant(result.start, result.countingFrom);
  const items = [
    {
      key: 'due',
      label: t('deadline.due'),
      children: (
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="deadline-due">
          {formatInstant(result.due, t)}
        </Typography.Text>
      ),
    },
    ...(movedStart
      ? [
          {
            key: 'countingFrom',
            label: t('deadline.countingFrom'),
            children: (
              <span data-testid="deadline-counting-from">{formatInstant(result.countingFrom, t)}</span>
            ),
          },
        ]
      : []),
    {
      key: 'workingTime',
      label: t('deadline.workingTime'),
      children: (
        <span data-testid="deadline-working-time">{formatWorkingTime(result.workingMinutes, t)}</span>
      ),
    },
    {
      key: 'calendar',
      label: t('deadline.calendar'),
      children: t('deadline.calendar.value', {
        name: result.calendarVersion.name,
        number: result.calendarVersion.number,
      }),
    },
  ];

  return (
    <div data-testid="deadline-result">
      <Descriptions column={1} size="small" bordered items={items} style={{ marginBottom: 16 }} />
      {movedStart ? (
        <Alert type="info" showIcon title={t('deadline.countingFrom.help')} style={{ marginBottom: 16 }} />
      ) : null}
      <Typography.Title level={5}>
        {result.skippedDays.length
          ? t('deadline.skipped', { count: result.skippedDays.length })
          : t('deadline.skipped.title')}
      </Typography.Title>
      {result.skippedDays.length === 0 ? (
        <Typography.Text type="secondary">{t('deadline.skipped.none')}</Typography.Text>
      ) : (
        <Table
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={result.skippedDays}
          data-testid="deadline-skipped"
          columns={[
            {
              key: 'date',
              title: t('deadline.skipped.date'),
              render: (_v, day) => formatDay(day.date, t),
            },
            {
              key: 'reason',
              title: t('deadline.skipped.reason'),
              render: (_v, day) =>
                isWeeklyRest(day) ? (
                  <Tag>{t('deadline.weeklyRest')}</Tag>
                ) : (
                  <Tag color="red">{day.reason}</Tag>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
