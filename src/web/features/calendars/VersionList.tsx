/** The versions of a calendar, newest first; any of them can be opened (read only) in the year view. */
import { Button, Table, Tag } from 'antd';
import type { CalendarDetail, CalendarVersionInfo } from '../../../contracts/calendars';
import { formatDateTime } from '../../app/i18n/format';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

interface Props {
  calendar: CalendarDetail;
  /** The version shown in the year view; null for the current one. */
  viewedVersion: number | null;
  onView: (versionNumber: number | null) => void;
}

export function VersionList({ calendar, viewedVersion, onView }: Props) {
  const { t } = useFeatureI18n(calendarMessages);
  const shown = viewedVersion ?? calendar.currentVersionNumber;
  return (
    <Table<CalendarVersionInfo>
      rowKey="id"
      size="small"
      dataSource={calendar.versions}
      pagination={calendar.versions.length > 5 ? { pageSize: 5, size: 'small' } : false}
      data-testid="calendar-versions"
      columns={[
        {
          key: 'number',
          title: t('calendars.version.number'),
          width: 130,
          render: (_v, version) => (
            <>
              {version.number}{' '}
              {version.number === calendar.currentVersionNumber ? (
                <Tag color="blue">{t('calendars.version.current')}</Tag>
              ) : null}
            </>
          ),
        },
        { key: 'note', title: t('calendars.version.note'), render: (_v, version) => version.note ?? '' },
        {
          key: 'createdAt',
          title: t('calendars.version.createdAt'),
          width: 140,
          render: (_v, version) => formatDateTime(version.createdAt),
        },
        {
          key: 'createdBy',
          title: t('calendars.version.createdBy'),
          width: 160,
          render: (_v, version) => version.createdBy ?? t('calendars.version.system'),
        },
        {
          key: 'view',
          width: 120,
          render: (_v, version) =>
            version.number === shown ? (
              <Tag>{t('calendars.version.viewing')}</Tag>
            ) : (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() =>
                  onView(version.number === calendar.currentVersionNumber ? null : version.number)
                }
                data-testid={`version-view-${version.number}`}
              >
                {t('calendars.version.view')}
              </Button>
            ),
        },
      ]}
    />
  );
}
