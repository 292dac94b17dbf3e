/**
 * The buttons of a year: save the clicked changes (the whole year's days off and extra working days, as
 * one new version), discard them, restore the generated default, import a schedule file, and export the
 * year as JSON or iCalendar.
 */
import { DownloadOutlined, SaveOutlined, UndoOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Upload } from 'antd';
import type { CalendarDetail, CalendarYearView } from '../../../contracts/calendars';
import { showSuccess } from '../../app/feedback';
import { exportUrl, useEditCalendar, useImportCalendar, type ImportFile } from './calendars.api';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { noteImport, noteYearEdit, noteYearReset } from './version-notes';
import { buildYearSchedule, type DayChanges } from './year-draft';

interface Props {
  calendar: CalendarDetail;
  view: CalendarYearView;
  changes: DayChanges;
  /** False for a reader, or for a past version: only the exports are offered. */
  editable: boolean;
  /** False for a past version: the exports give the current version, so they are not offered either. */
  isCurrentVersion: boolean;
  onDiscard: () => void;
  /** Called after a save, a reset or an import (the calendar then has a new version). */
  onSaved: () => void;
  /** Shows why an edit failed (or reloads on a conflict). */
  fail: (error: unknown, title?: string) => void;
}

function isICalendar(file: File): boolean {
  return file.name.toLowerCase().endsWith('.ics') || file.type === 'text/calendar';
}

export function YearActions(props: Props) {
  const { calendar, view, changes, editable, isCurrentVersion, onDiscard, onSaved, fail } = props;
  const { t, locale } = useFeatureI18n(calendarMessages);
  const edit = useEditCalendar();
  const importer = useImportCalendar({
    network: t('calendars.error.network'),
    unexpected: t('calendars.error.unexpected'),
    locale,
  });
  const { year } = view;
  const changedCount = Object.keys(changes).length;

  const save = () =>
    edit.mutate(
      {
        action: 'replace-year',
        id: calendar.id,
        year,
        body: {
          version: calendar.version,
          ...buildYearSchedule(view.days, changes),
          note: noteYearEdit(year, changes),
        },
      },
      {
        onSuccess: (saved) => {
          showSuccess(t('calendars.year.saved', { year, version: saved.currentVersionNumber }));
          onSaved();
        },
        onError: (error) => fail(error),
      },
    );

  const reset = () =>
    edit.mutate(
      { action: 'reset-year', id: calendar.id, year, version: calendar.version, note: noteYearReset(year) },
      {
        onSuccess: (saved) => {
          showSuccess(t('calendars.year.reset.done', { year, version: saved.currentVersionNumber }));
          onSaved();
        },
        onError: (error) => fail(error),
      },
    );

  const importFile = async (file: File) => {
    const failedTitle = t('calendars.import.failed', { file: file.name });
    const text = await file.text();
    const upload: ImportFile = {
      text,
      format: isICalendar(file) ? 'ics' : 'json',
      note: noteImport(file.name),
    };
    if (upload.format === 'json') {
      try {
        JSON.parse(text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail(new Error(t('calendars.import.badJson', { reason })), failedTitle);
      }
    }
    importer.mutate(
      { id: calendar.id, version: calendar.version, file: upload },
      {
        onSuccess: (result) => {
          const years = result.years.join(', ');
          showSuccess(t('calendars.import.done', { years, version: result.calendar.currentVersionNumber }));
          onSaved();
        },
        onError: (error) => fail(error, failedTitle),
      },
    );
  };

  return (
    <Flex wrap gap={8} align="center" data-testid="year-actions">
      {editable ? (
        <>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={changedCount === 0}
            loading={edit.isPending && edit.variables.action === 'replace-year'}
            onClick={save}
            data-testid="year-save"
          >
            {t('calendars.year.save')}
          </Button>
          <Popconfirm
            title={t('calendars.year.discard.confirm', { count: changedCount })}
            okText={t('action.confirm')}
            cancelText={t('action.cancel')}
            onConfirm={onDiscard}
            disabled={changedCount === 0}
          >
            <Button disabled={changedCount === 0} data-testid="year-discard">
              {t('calendars.year.discard')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('calendars.year.reset.confirm', { year })}
            okText={t('action.confirm')}
            cancelText={t('action.cancel')}
            onConfirm={reset}
            disabled={view.source !== 'official'}
          >
            <Button
              danger
              icon={<UndoOutlined />}
              disabled={view.source !== 'official'}
              loading={edit.isPending && edit.variables.action === 'reset-year'}
              data-testid="year-reset"
            >
              {t('calendars.year.reset')}
            </Button>
          </Popconfirm>
          <Upload
            accept=".json,.ics,application/json,text/calendar"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={importer.isPending} data-testid="year-import">
              {t('calendars.import')}
            </Button>
          </Upload>
        </>
      ) : null}
      {isCurrentVersion ? (
        <>
          <Button
            icon={<DownloadOutlined />}
            href={exportUrl(calendar.id, year, 'json')}
            data-testid="year-export-json"
          >
            {t('calendars.export.json')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={exportUrl(calendar.id, year, 'ics')}
            data-testid="year-export-ics"
          >
            {t('calendars.export.ics')}
          </Button>
        </>
      ) : null}
      {changedCount > 0 ? (
        <Tag color="orange" data-testid="year-changed">
          {t('calendars.year.changed', { count: changedCount })}
        </Tag>
      ) : null}
    </Flex>
  );
}
