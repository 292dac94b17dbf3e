/** Username (officials) or phone / ID number (citizens) and password; shows why a sign-in failed. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { LoginError } from './LoginError';
import { useLogin } from './session';

interface Values {
  username: string;
  password: string;
}

export function LoginForm({ audience }: { audience: 'official' | 'citizen' }) {
  const { t } = useI18n();
  const login = useLogin();
  const loginLabel = audience === 'official' ? t('login.username') : t('login.citizenId');
  const placeholder =
    audience === 'official' ? t('login.username.placeholder') : t('login.citizenId.placeholder');

  return (
    <Form<Values>
      name={`${audience}-login`}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => login.mutate({ username: values.username.trim(), password: values.password })}
      data-testid={`login-form-${audience}`}
    >
      <LoginError error={login.error} title={t('login.failed')} />
      <Form.Item name="username" label={loginLabel} rules={[requiredRule(t, loginLabel)]}>
        <Input
          prefix={<UserOutlined />}
          placeholder={placeholder}
          autoComplete="username"
          inputMode={audience === 'citizen' ? 'numeric' : 'text'}
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[requiredRule(t, t('login.password'))]}>
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
