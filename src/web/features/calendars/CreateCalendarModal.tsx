/** Creates a calendar as a copy of an existing one (by default the one on screen), to edit it afterwards. */
import { Form, Input, Modal, Select } from 'antd';
import type { CalendarDetail } from '../../../contracts/calendars';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { useCalendars, useCreateCalendar } from './calendars.api';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { ServerError } from './ServerError';

interface Values {
  code: string;
  name: string;
  copyFromId: string;
}

interface Props {
  open: boolean;
  copyFromId: string | null;
  onClose: () => void;
  onCreated: (calendar: CalendarDetail) => void;
}

const CODE = /^[a-z0-9][a-z0-9.-]{0,63}$/;

export function CreateCalendarModal({ open, copyFromId, onClose, onCreated }: Props) {
  const { t } = useFeatureI18n(calendarMessages);
  const app = useI18n();
  const calendars = useCalendars();
  const create = useCreateCalendar();
  const [form] = Form.useForm<Values>();
  const codeLabel = t('calendars.field.code');
  const failure = create.error ? { title: t('calendars.error.title'), message: create.error.message } : null;

  const submit = (values: Values) =>
    create.mutate(
      { code: values.code.trim(), name: values.name.trim(), copyFromId: values.copyFromId },
      {
        onSuccess: (calendar) => {
          showSuccess(t('calendars.create.done', { name: calendar.name }));
          onCreated(calendar);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('calendars.create.title')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      afterClose={() => create.reset()}
      destroyOnHidden
    >
      <ServerError error={failure} onClose={() => create.reset()} />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ copyFromId: copyFromId ?? undefined }}
        onFinish={submit}
      >
        <Form.Item
          name="code"
          label={codeLabel}
          extra={t('calendars.create.code.help')}
          rules={[
            requiredRule(app.t, codeLabel),
            { pattern: CODE, message: t('calendars.create.code.help') },
          ]}
        >
          <Input maxLength={64} data-testid="calendar-create-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendars.create.name')}
          rules={[requiredRule(app.t, t('calendars.create.name')), { max: 200 }]}
        >
          <Input maxLength={200} data-testid="calendar-create-name" />
        </Form.Item>
        <Form.Item
          name="copyFromId"
          label={t('calendars.create.copyFrom')}
          rules={[requiredRule(app.t, t('calendars.create.copyFrom'), 'select')]}
        >
          <Select
            options={(calendars.data ?? []).map((calendar) => ({ value: calendar.id, label: calendar.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
