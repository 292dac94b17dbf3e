/** The chosen calendar: its facts, current version, office hours (editable) and version history. */
import { Alert, Card, Descriptions, Divider, Tag, Typography } from 'antd';
import type { CalendarDetail } from '../../../contracts/calendars';
import { formatDateTime } from '../../app/i18n/format';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { ServerError } from './ServerError';
import { SessionsForm } from './SessionsForm';
import { useEditFeedback } from './useEditFeedback';
import { VersionList } from './VersionList';

interface Props {
  calendar: CalendarDetail;
  canEdit: boolean;
  /** Whether the person may create calendars (then a read-only default suggests copying it). */
  canCreate: boolean;
  viewedVersion: number | null;
  onViewVersion: (versionNumber: number | null) => void;
}

function formatHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

export function CalendarInfo({ calendar, canEdit, canCreate, viewedVersion, onViewVersion }: Props) {
  const { t } = useFeatureI18n(calendarMessages);
  const feedback = useEditFeedback(calendar.id, {
    conflictTitle: t('calendars.conflict.title'),
    conflictText: t('calendars.conflict.text'),
    errorTitle: t('calendars.error.title'),
  });
  const minutes = calendar.current.effectiveMinutesPerWorkingDay;

  return (
    <Card
      title={
        <span data-testid="calendar-title">
          {calendar.name}{' '}
          {calendar.isNationalDefault ? <Tag color="red">{t('calendars.nationalDefault')}</Tag> : null}
          {calendar.active ? null : <Tag>{t('calendars.inactive')}</Tag>}
        </span>
      }
      data-testid="calendar-info"
    >
      {canEdit ? null : (
        <Alert
          type="info"
          showIcon
          title={
            canCreate && calendar.ownerUnitName
              ? t('calendars.readOnly.otherUnit', { unit: calendar.ownerUnitName })
              : t(
                  canCreate && calendar.isNationalDefault
                    ? 'calendars.readOnly.default'
                    : 'calendars.readOnly',
                )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: t('calendars.field.code'), children: calendar.code },
          {
            key: 'owner',
            label: t('calendars.field.owner'),
            children: calendar.ownerUnitName ?? t('calendars.owner.system'),
          },
          {
            key: 'version',
            label: t('calendars.field.currentVersion'),
            children: <span data-testid="calendar-current-version">{calendar.currentVersionNumber}</span>,
          },
          {
            key: 'updatedAt',
            label: t('calendars.field.updatedAt'),
            children: formatDateTime(calendar.updatedAt),
          },
          {
            key: 'workingDay',
            label: t('calendars.field.workingDay'),
            children: t('calendars.workingDay.value', { hours: formatHours(minutes), minutes }),
          },
        ]}
      />
      <ServerError error={feedback.error} onClose={feedback.clear} />
      <SessionsForm calendar={calendar} editable={canEdit} fail={feedback.fail} onSaved={feedback.clear} />
      <Divider titlePlacement="start" style={{ marginTop: 24 }}>
        <Typography.Text strong>{t('calendars.versions')}</Typography.Text>
      </Divider>
      <VersionList calendar={calendar} viewedVersion={viewedVersion} onView={onViewVersion} />
    </Card>
  );
}
