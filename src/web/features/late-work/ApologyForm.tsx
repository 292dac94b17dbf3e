/**
 * The apology with a new return date (form 04): a reason group, the reason told to the applicant, and the
 * new date (only weekdays after the current due date are offered; the server checks holidays).
 */
import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { showError, showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { requiredRule } from '../../app/i18n/rules';
import { isOfferedNewDate } from './late-work-rules';
import { useDraftApology, type DossierLateWork } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

interface Values {
  reasonCode: string;
  reason: string;
  newDate: Dayjs;
}

export function ApologyForm({ view, currentDueAt }: { view: DossierLateWork; currentDueAt: string | null }) {
  const { t } = useLateWorkI18n();
  const [form] = Form.useForm<Values>();
  const draft = useDraftApology(view.dossierId);

  const submit = (values: Values) => {
    draft.mutate(
      {
        reasonCode: values.reasonCode,
        reason: values.reason.trim(),
        proposedDueDate: values.newDate.format('YYYY-MM-DD'),
      },
      {
        onSuccess: () => {
          showSuccess(t('apology.done'));
          form.resetFields();
        },
        onError: showError,
      },
    );
  };

  return (
    <Card size="small" type="inner" title={t('apology.title')} data-testid="apology-form">
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reasonCode"
          label={t('apology.reason')}
          rules={[requiredRule(t, t('apology.reason'), 'select')]}
        >
          <Select
            options={view.apologyReasons.map((r) => ({ value: r.code, label: r.label }))}
            data-testid="apology-reason"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('apology.text')}
          rules={[
            requiredRule(t, t('apology.text')),
            { min: 10, whitespace: true, message: t('apology.text.min') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={4000} showCount data-testid="apology-text" />
        </Form.Item>
        <Form.Item
          name="newDate"
          label={t('apology.newDate')}
          extra={t('apology.newDate.help', { due: formatDateTime(currentDueAt) })}
          rules={[{ required: true, type: 'object', message: t('apology.newDate.required') }]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            disabledDate={(day) =>
              !isOfferedNewDate(day.format('YYYY-MM-DD'), currentDueAt, new Date().toISOString())
            }
            data-testid="apology-date"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={draft.isPending} data-testid="apology-submit">
          {t('apology.submit')}
        </Button>
      </Form>
    </Card>
  );
}
