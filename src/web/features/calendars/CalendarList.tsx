/** The calendars to choose from, each with its code and current version; the chosen one is highlighted. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, theme, Typography } from 'antd';
import type { CalendarSummary } from '../../../contracts/calendars';
import { useCalendars } from './calendars.api';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

interface Props {
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Shown only to those who may create a calendar. */
  onCreate?: () => void;
}

function CalendarRow({
  calendar,
  selected,
  onSelect,
}: {
  calendar: CalendarSummary;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useFeatureI18n(calendarMessages);
  const { token } = theme.useToken();
  return (
    <button
      type="button"
      onClick={onSelect}
      aria-pressed={selected}
      data-testid={`calendar-item-${calendar.code}`}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        padding: '8px 12px',
        border: `1px solid ${selected ? token.colorPrimaryBorder : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        background: selected ? token.colorPrimaryBg : token.colorBgContainer,
        cursor: 'pointer',
        font: 'inherit',
      }}
    >
      <Typography.Text strong={selected}>{calendar.name}</Typography.Text>
      <Flex gap={4} wrap style={{ marginTop: 4 }}>
        <Tag>{calendar.code}</Tag>
        <Tag color="blue">{t('calendars.versionTag', { number: calendar.currentVersionNumber })}</Tag>
        {calendar.isNationalDefault ? <Tag color="red">{t('calendars.nationalDefault')}</Tag> : null}
        {calendar.active ? null : <Tag>{t('calendars.inactive')}</Tag>}
      </Flex>
    </button>
  );
}

export function CalendarList({ selectedId, onSelect, onCreate }: Props) {
  const { t } = useFeatureI18n(calendarMessages);
  const calendars = useCalendars();
  return (
    <Card
      title={t('calendars.list')}
      extra={
        onCreate ? (
          <Button icon={<PlusOutlined />} onClick={onCreate} data-testid="calendar-create">
            {t('calendars.create')}
          </Button>
        ) : null
      }
      data-testid="calendar-list"
    >
      {calendars.isPending ? <Skeleton active /> : null}
      {calendars.isError ? (
        <Alert type="error" showIcon title={t('error.load')} description={calendars.error.message} />
      ) : null}
      {calendars.data?.length === 0 ? <Empty description={t('calendars.none')} /> : null}
      <Flex vertical gap={8}>
        {calendars.data?.map((calendar) => (
          <CalendarRow
            key={calendar.id}
            calendar={calendar}
            selected={calendar.id === selectedId}
            onSelect={() => onSelect(calendar.id)}
          />
        ))}
      </Flex>
    </Card>
  );
}
