/** The late step holder's explanation: a reason from the rules, the text, and an optional attachment. */
import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Upload } from 'antd';
import { useState } from 'react';
import { showError, showSuccess } from '../../app/feedback';
import { requiredRule } from '../../app/i18n/rules';
import { uploadAttachment, useFileExplanation, type DossierLateWork } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

interface Values {
  reasonCode: string;
  text: string;
}

export function ExplanationForm({ view }: { view: DossierLateWork }) {
  const { t } = useLateWorkI18n();
  const [form] = Form.useForm<Values>();
  const file = useFileExplanation(view.dossierId);
  const [attachment, setAttachment] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);

  const submit = (values: Values) => {
    file.mutate(
      { reasonCode: values.reasonCode, text: values.text.trim(), attachmentId: attachment?.id },
      {
        onSuccess: () => {
          showSuccess(t('explain.done'));
          form.resetFields();
          setAttachment(null);
        },
        onError: showError,
      },
    );
  };

  return (
    <Card size="small" type="inner" title={t('explain.title')} data-testid="explanation-form">
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reasonCode"
          label={t('explain.reason')}
          rules={[requiredRule(t, t('explain.reason'), 'select')]}
        >
          <Select
            options={view.explanationReasons.map((r) => ({ value: r.code, label: r.label }))}
            data-testid="explanation-reason"
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('explain.text')}
          rules={[
            requiredRule(t, t('explain.text')),
            { min: 10, whitespace: true, message: t('explain.text.min') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={4000} showCount data-testid="explanation-text" />
        </Form.Item>
        <Form.Item label={t('explain.attachment')}>
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            maxCount={1}
            showUploadList={false}
            customRequest={({ file: raw, onSuccess, onError }) => {
              setUploading(true);
              uploadAttachment(raw as File)
                .then((id) => {
                  setAttachment({ id, name: (raw as File).name });
                  onSuccess?.(id);
                })
                .catch((error: Error) => {
                  showError(error);
                  onError?.(error);
                })
                .finally(() => setUploading(false));
            }}
          >
            <Button icon={<PaperClipOutlined />} loading={uploading} data-testid="explanation-attach">
              {attachment ? attachment.name : t('explain.attachment.button')}
            </Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="explanation-submit">
          {t('explain.submit')}
        </Button>
      </Form>
    </Card>
  );
}
