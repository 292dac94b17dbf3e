/**
 * The working-calendar screen: the calendars on the left, the chosen one's facts, office hours and
 * versions on the right, and below them one year of it as twelve month grids. Calendar, year and a past
 * version on view are kept in the address (?calendar=<id>&year=2026&version=3). Days clicked and not saved
 * are kept here, so choosing another year or calendar asks before dropping them.
 */
import { Alert, App, Card, Col, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { actorOf } from '../../app/access';
import { canEditCalendars } from '../../../domain/access/policy';
import { useCurrentUser } from '../auth/session';
import { useCalendar, useCalendars } from './calendars.api';
import { calendarMessages } from './calendars.messages';
import { CalendarInfo } from './CalendarInfo';
import { CalendarList } from './CalendarList';
import { CreateCalendarModal } from './CreateCalendarModal';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { isoDateInVietnam } from './month-grid';
import { YEAR_RANGE } from './YearPicker';
import { YearView } from './YearView';
import type { DayChanges } from './year-draft';

function readNumber(text: string | null, min: number, max: number): number | null {
  const value = Number(text);
  return text && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** Unsaved clicks, tied to the calendar, year and version they were made on. */
interface Draft {
  key: string;
  changes: DayChanges;
}

export function CalendarsPage() {
  const { t } = useFeatureI18n(calendarMessages);
  const { modal } = App.useApp();
  const actor = actorOf(useCurrentUser());
  const calendars = useCalendars();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<Draft>({ key: '', changes: {} });

  const selectedId = params.get('calendar') ?? calendars.data?.[0]?.id ?? null;
  const thisYear = Number(isoDateInVietnam(new Date()).slice(0, 4));
  const year = readNumber(params.get('year'), YEAR_RANGE.min, YEAR_RANGE.max) ?? thisYear;
  const viewedVersion = readNumber(params.get('version'), 1, Number.MAX_SAFE_INTEGER);
  const calendar = useCalendar(selectedId);
  const data = calendar.data;
  const isPastVersion = viewedVersion !== null && viewedVersion !== data?.currentVersionNumber;
  const shownVersion = isPastVersion ? viewedVersion : null;

  const draftKey = `${selectedId}:${year}:${shownVersion ?? data?.currentVersionNumber}`;
  const changes = draft.key === draftKey ? draft.changes : {};
  const changedCount = Object.keys(changes).length;

  // Leaving the page (reload, closing the tab) with unsaved clicks asks the browser's own question.
  useEffect(() => {
    if (changedCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changedCount]);

  const navigate = (next: { calendar?: string; year?: number; version?: number | null }) => {
    const go = () =>
      setParams(
        (current) => {
          const result = new URLSearchParams(current);
          if (next.calendar) result.set('calendar', next.calendar);
          if (next.year) result.set('year', String(next.year));
          if (next.calendar || next.version === null) result.delete('version');
          if (next.version) result.set('version', String(next.version));
          return result;
        },
        { replace: true },
      );
    if (changedCount === 0) return go();
    void modal.confirm({
      title: t('calendars.year.discard.confirm', { count: changedCount }),
      okText: t('action.confirm'),
      cancelText: t('action.cancel'),
      onOk: () => {
        setDraft({ key: '', changes: {} });
        go();
      },
    });
  };

  // the server says whether this person may edit this calendar (its owner unit must be in their subtree)
  const canEdit = data?.canEdit ?? false;
  const canCreate = canEditCalendars(actor);

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('calendars.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('calendars.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={7}>
          <CalendarList
            selectedId={selectedId}
            onSelect={(id) => navigate({ calendar: id })}
            onCreate={canCreate ? () => setCreating(true) : undefined}
          />
        </Col>
        <Col xs={24} xl={17}>
          {calendar.isPending && selectedId ? (
            <Card>
              <Skeleton active />
            </Card>
          ) : null}
          {calendar.isError ? (
            <Alert type="error" showIcon title={t('error.load')} description={calendar.error.message} />
          ) : null}
          {data ? (
            <CalendarInfo
              key={data.id}
              calendar={data}
              canEdit={canEdit}
              canCreate={canCreate}
              viewedVersion={shownVersion}
              onViewVersion={(version) => navigate({ version })}
            />
          ) : null}
        </Col>
      </Row>
      {data ? (
        <YearView
          key={`${data.id}:${year}`}
          calendar={data}
          year={year}
          onYearChange={(next) => navigate({ year: next })}
          viewedVersion={shownVersion}
          onBackToCurrent={() => navigate({ version: null })}
          canEdit={canEdit}
          changes={changes}
          onChangesChange={(next) => setDraft({ key: draftKey, changes: next })}
        />
      ) : null}
      <CreateCalendarModal
        open={creating}
        copyFromId={selectedId}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          navigate({ calendar: created.id });
        }}
      />
    </>
  );
}
