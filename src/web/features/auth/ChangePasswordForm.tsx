/** Current password, new password twice; used on the profile page and by the forced-change prompt. */
import { Button, Form, Input } from 'antd';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { LoginError } from './LoginError';
import { confirmPasswordRules, newPasswordRules } from './password-rules';
import { useChangePassword } from './session';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ formName = 'change-password' }: { formName?: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const submit = (values: Values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          showSuccess(t('password.change.done'));
        },
      },
    );

  return (
    <Form<Values>
      form={form}
      name={formName}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      style={{ maxWidth: 420 }}
      data-testid="change-password-form"
    >
      <LoginError error={change.error} title={t('password.change.title')} />
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[requiredRule(t, t('password.current'))]}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rules')}
        rules={newPasswordRules(t, t('password.new'))}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirmNew')}
        dependencies={['newPassword']}
        rules={confirmPasswordRules(t, 'newPassword', t('password.confirmNew'))}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={change.isPending}
        data-testid="change-password-submit"
      >
        {t('password.change.submit')}
      </Button>
    </Form>
  );
}
