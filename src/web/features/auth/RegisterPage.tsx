/** Citizen self-registration: name, mobile phone, 12-digit ID number and a password; signs the citizen in. */
import { Button, Form, Input, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { mobilePhoneRule, requiredRule } from '../../app/i18n/rules';
import { AuthCard } from './AuthCard';
import { LoginError } from './LoginError';
import { confirmPasswordRules, newPasswordRules } from './password-rules';
import { useRegisterCitizen } from './session';

interface Values {
  fullName: string;
  phone: string;
  idNumber: string;
  password: string;
  confirm: string;
}

export function RegisterPage() {
  const { t } = useI18n();
  const register = useRegisterCitizen();

  const submit = (values: Values) =>
    register.mutate(
      {
        fullName: values.fullName.trim(),
        phone: values.phone.replace(/[\s.]/g, ''),
        idNumber: values.idNumber.trim(),
        password: values.password,
      },
      { onSuccess: (session) => showSuccess(t('register.welcome', { name: session.user.fullName })) },
    );

  return (
    <AuthCard title={t('register.title')}>
      <Form<Values>
        name="register"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="register-form"
      >
        <LoginError error={register.error} title={t('register.failed')} />
        <Form.Item
          name="fullName"
          label={t('register.fullName')}
          rules={[requiredRule(t, t('register.fullName'))]}
        >
          <Input autoComplete="name" data-testid="register-fullName" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('register.phone')}
          rules={[requiredRule(t, t('register.phone')), mobilePhoneRule(t)]}
        >
          <Input inputMode="tel" autoComplete="tel" placeholder="09xxxxxxxx" data-testid="register-phone" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('register.idNumber')}
          extra={t('register.idNumber.help')}
          rules={[
            requiredRule(t, t('register.idNumber')),
            { pattern: /^[0-9]{12}$/, message: t('register.idNumber.invalid') },
          ]}
        >
          <Input inputMode="numeric" maxLength={12} data-testid="register-idNumber" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('register.password')}
          extra={t('password.rules')}
          rules={newPasswordRules(t, t('register.password'))}
        >
          <Input.Password autoComplete="new-password" data-testid="register-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('register.confirm')}
          dependencies={['password']}
          rules={confirmPasswordRules(t, 'password', t('register.confirm'))}
        >
          <Input.Password autoComplete="new-password" data-testid="register-confirm" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={register.isPending}
          data-testid="register-submit"
        >
          {t('register.submit')}
        </Button>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('register.haveAccount')} <Link to="/login?tab=citizen">{t('register.loginLink')}</Link>
        </Typography.Paragraph>
      </Form>
    </AuthCard>
  );
}
