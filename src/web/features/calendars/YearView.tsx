/**
 * One year of a calendar: twelve month grids coloured by kind of day, whether the year is an official
 * schedule or generated from the law, and (for those who may edit the current version) clicking days to
 * change them, then saving the year as a new version.
 */
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CalendarDetail, CalendarYearDay } from '../../../contracts/calendars';
import { useCalendarYear } from './calendars.api';
import { calendarMessages } from './calendars.messages';
import { DayLegend } from './DayLegend';
import { DayOffNameModal } from './DayOffNameModal';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { isoDateInVietnam } from './month-grid';
import { MonthGrid } from './MonthGrid';
import { ServerError } from './ServerError';
import { useEditFeedback } from './useEditFeedback';
import { YearActions } from './YearActions';
import { YearPicker } from './YearPicker';
import { applyChange, changeDay, listWorkingWeekdays, nextKind, type DayChanges } from './year-draft';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

interface Props {
  calendar: CalendarDetail;
  year: number;
  onYearChange: (year: number) => void;
  /** A past version to show read only; null for the current one. */
  viewedVersion: number | null;
  onBackToCurrent: () => void;
  /** Whether the person may edit this calendar. */
  canEdit: boolean;
  /** The days clicked and not saved yet (kept by the page, which asks before dropping them). */
  changes: DayChanges;
  onChangesChange: (changes: DayChanges) => void;
}

export function YearView(props: Props) {
  const { calendar, year, viewedVersion, canEdit, changes, onChangesChange } = props;
  const { t } = useFeatureI18n(calendarMessages);
  const versionNumber = viewedVersion ?? calendar.currentVersionNumber;
  const query = useCalendarYear(calendar.id, year, versionNumber);
  const view = query.data;
  const [naming, setNaming] = useState<string | null>(null);
  const feedback = useEditFeedback(
    calendar.id,
    {
      conflictTitle: t('calendars.conflict.title'),
      conflictText: t('calendars.conflict.text'),
      errorTitle: t('calendars.error.title'),
    },
    () => onChangesChange({}),
  );
  const editable = canEdit && viewedVersion === null;

  const original = useMemo(
    () => new Map<string, CalendarYearDay>((view?.days ?? []).map((day) => [day.date, day])),
    [view],
  );
  const shown = useMemo(
    () => new Map([...original].map(([date, day]) => [date, applyChange(day, changes)])),
    [original, changes],
  );
  const workingWeekdays = useMemo(() => listWorkingWeekdays(view?.days ?? []), [view]);
  const changed = useMemo(() => new Set(Object.keys(changes)), [changes]);

  const clickDay = (date: string) => {
    const day = original.get(date);
    if (!day) return;
    const kind = nextKind(applyChange(day, changes).kind, workingWeekdays.has(day.weekday));
    if (kind === 'day_off') return setNaming(date);
    onChangesChange(changeDay(changes, day, { kind, name: null }));
  };

  const nameDayOff = (name: string) => {
    const day = naming ? original.get(naming) : undefined;
    if (day) onChangesChange(changeDay(changes, day, { kind: 'day_off', name }));
    setNaming(null);
  };

  const source = view ? (
    <Tag color={view.source === 'official' ? 'green' : 'default'} data-testid="year-source">
      {t(view.source === 'official' ? 'calendars.source.official' : 'calendars.source.generated')}
    </Tag>
  ) : null;

  return (
    <Card
      title={
        <Flex align="center" gap={12} wrap>
          <span>{t('calendars.year.title', { year })}</span>
          {source}
        </Flex>
      }
      extra={<YearPicker year={year} onChange={props.onYearChange} />}
      data-testid="year-view"
    >
      {viewedVersion !== null ? (
        <Alert
          type="info"
          showIcon
          title={t('calendars.oldVersion', { number: viewedVersion })}
          action={
            <Button size="small" onClick={props.onBackToCurrent} data-testid="back-to-current">
              {t('calendars.oldVersion.back')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <ServerError error={feedback.error} onClose={feedback.clear} />
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {view ? (
          <YearActions
            calendar={calendar}
            view={view}
            changes={changes}
            editable={editable}
            isCurrentVersion={viewedVersion === null}
            onDiscard={() => onChangesChange({})}
            onSaved={() => {
              feedback.clear();
              onChangesChange({});
            }}
            fail={feedback.fail}
          />
        ) : null}
        {editable ? (
          <Typography.Text type="secondary" data-testid="year-hint">
            {t('calendars.year.hint')}
          </Typography.Text>
        ) : null}
        <DayLegend t={t} />
      </Flex>
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? (
        <Alert type="error" showIcon title={t('error.load')} description={query.error.message} />
      ) : null}
      {view ? (
        <Row gutter={[24, 20]}>
          {MONTHS.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
              <MonthGrid
                year={year}
                month={month}
                days={shown}
                changed={changed}
                today={isoDateInVietnam(new Date())}
                onDayClick={editable ? clickDay : undefined}
                t={t}
              />
            </Col>
          ))}
        </Row>
      ) : null}
      <DayOffNameModal date={naming} onCancel={() => setNaming(null)} onConfirm={nameDayOff} />
    </Card>
  );
}
