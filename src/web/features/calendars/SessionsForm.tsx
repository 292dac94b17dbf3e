/**
 * Office hours of a calendar (e.g. 07:30-11:30,13:00-17:00) and the length of one working day; saving
 * makes a new version. The server checks the text and says what is wrong with it.
 */
import { Button, Form, Input, InputNumber } from 'antd';
import type { CalendarDetail } from '../../../contracts/calendars';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { useEditCalendar } from './calendars.api';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { noteSessions } from './version-notes';

interface Values {
  sessions: string;
  minutesPerWorkingDay: number | null;
}

interface Props {
  calendar: CalendarDetail;
  editable: boolean;
  fail: (error: unknown) => void;
  onSaved: () => void;
}

export function SessionsForm({ calendar, editable, fail, onSaved }: Props) {
  const { t } = useFeatureI18n(calendarMessages);
  const app = useI18n();
  const edit = useEditCalendar();
  const { current } = calendar;

  const submit = (values: Values) => {
    const sessions = values.sessions.trim();
    const minutesPerWorkingDay = values.minutesPerWorkingDay ?? null;
    edit.mutate(
      {
        action: 'sessions',
        id: calendar.id,
        body: {
          version: calendar.version,
          sessions,
          minutesPerWorkingDay,
          note: noteSessions(sessions, minutesPerWorkingDay),
        },
      },
      {
        onSuccess: (saved) => {
          showSuccess(t('calendars.sessions.saved', { version: saved.currentVersionNumber }));
          onSaved();
        },
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <Form<Values>
      key={`${calendar.id}:${calendar.version}`}
      name="calendar-sessions"
      layout="vertical"
      disabled={!editable}
      initialValues={{ sessions: current.sessions, minutesPerWorkingDay: current.minutesPerWorkingDay }}
      onFinish={submit}
      data-testid="sessions-form"
    >
      <Form.Item
        name="sessions"
        label={t('calendars.sessions')}
        extra={t('calendars.sessions.help')}
        rules={[requiredRule(app.t, t('calendars.sessions')), { max: 500 }]}
      >
        <Input data-testid="sessions-input" />
      </Form.Item>
      <Form.Item
        name="minutesPerWorkingDay"
        label={t('calendars.minutesPerDay')}
        extra={t('calendars.minutesPerDay.help')}
      >
        <InputNumber min={1} max={1440} precision={0} style={{ width: 160 }} data-testid="minutes-input" />
      </Form.Item>
      {editable ? (
        <Button type="primary" htmlType="submit" loading={edit.isPending} data-testid="sessions-save">
          {t('calendars.sessions.save')}
        </Button>
      ) : null}
    </Form>
  );
}
