/** Top bar of the signed-in app: brand, who is signed in and where, language switch and sign-out. */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { showSuccess } from '../app/feedback';
import { useI18n } from '../app/i18n/context';
import { useCurrentUser, useSignOut, useUpdateProfile } from '../features/auth/session';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const logout = useSignOut();
  const updateProfile = useUpdateProfile();
  const where = user.kind === 'citizen' ? t('app.citizen') : (user.unitName ?? '');

  const signOut = async () => {
    await logout.signOut(user.kind === 'citizen' ? '/login?tab=citizen' : '/login');
    showSuccess(t('app.loggedOut'));
  };

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#fff', paddingInline: 24 }}
      data-testid="app-header"
    >
      <Link to="/" style={{ flex: 'none' }}>
        <Typography.Title level={3} style={{ margin: 0, color: '#b71c1c' }} data-testid="brand">
          {t('app.name')}
        </Typography.Title>
      </Link>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
      <Space size="middle" align="center">
        <Flex vertical style={{ lineHeight: 1.3, textAlign: 'right' }}>
          <Typography.Text strong data-testid="header-user-name">
            <UserOutlined /> {user.fullName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="header-unit">
            {where}
          </Typography.Text>
        </Flex>
        <LanguageSwitch onChanged={(locale) => updateProfile.mutate({ locale })} />
        <Button
          icon={<LogoutOutlined />}
          onClick={() => void signOut()}
          loading={logout.isPending}
          data-testid="logout-button"
        >
          {t('app.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
