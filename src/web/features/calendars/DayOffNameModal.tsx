/** Asks for the name of a new day off (e.g. "Nghỉ bù Quốc khánh"); "Nghỉ" unless the person types another. */
import { Form, Input, Modal } from 'antd';
import { requiredRule } from '../../app/i18n/rules';
import { useI18n } from '../../app/i18n/context';
import { calendarMessages } from './calendars.messages';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { formatIsoDateForPeople } from './month-grid';
import { DEFAULT_DAY_OFF_NAME } from './year-draft';

interface Props {
  /** The ISO date being made a day off; null closes the dialog. */
  date: string | null;
  onCancel: () => void;
  onConfirm: (name: string) => void;
}

export function DayOffNameModal({ date, onCancel, onConfirm }: Props) {
  const { t } = useFeatureI18n(calendarMessages);
  const app = useI18n();
  const [form] = Form.useForm<{ name: string }>();
  return (
    <Modal
      open={date !== null}
      title={date ? t('calendars.dayOff.title', { date: formatIsoDateForPeople(date) }) : ''}
      okText={t('calendars.dayOff.ok')}
      cancelText={t('action.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: DEFAULT_DAY_OFF_NAME }}
        onFinish={(values) => onConfirm(values.name.trim())}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('calendars.dayOff.name')}
          rules={[requiredRule(app.t, t('calendars.dayOff.name')), { max: 200 }]}
        >
          <Input autoFocus maxLength={200} data-testid="day-off-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
