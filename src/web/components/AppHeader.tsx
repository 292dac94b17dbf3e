/**
 * Top bar of the signed-in app: brand, who is signed in and where, language switch and sign-out. On a
 * phone the menu opens from a button at the start (`navigation`), the person shows as initials (the full
 * name on tap) and sign-out as an icon, so the bar stays one line at 390 px.
 */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Layout, Popover, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { showSuccess } from '../app/feedback';
import { useI18n } from '../app/i18n/context';
import { useCurrentUser, useSignOut, useUpdateProfile } from '../features/auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { initialsOf, useIsPhone } from './phone';

interface Props {
  /** The wide-screen menu between the brand and the person (citizens' top menu). */
  children?: ReactNode;
  /** The phone's menu button (a NavDrawer), shown before the brand. */
  navigation?: ReactNode;
}

export function AppHeader({ children, navigation }: Props) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const logout = useSignOut();
  const updateProfile = useUpdateProfile();
  const phone = useIsPhone();
  const where = user.kind === 'citizen' ? t('app.citizen') : (user.unitName ?? '');

  const signOut = async () => {
    await logout.signOut(user.kind === 'citizen' ? '/login?tab=citizen' : '/login');
    showSuccess(t('app.loggedOut'));
  };

  const who = phone ? (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Flex vertical>
          <Typography.Text strong>{user.fullName}</Typography.Text>
          <Typography.Text type="secondary">{where}</Typography.Text>
        </Flex>
      }
    >
      <Button
        type="text"
        shape="circle"
        aria-label={user.fullName}
        data-testid="header-user-name"
        style={{ padding: 0, flex: 'none' }}
      >
        <Avatar style={{ background: '#b71c1c' }}>{initialsOf(user.fullName) || <UserOutlined />}</Avatar>
      </Button>
    </Popover>
  ) : (
    <Flex vertical style={{ lineHeight: 1.3, textAlign: 'right', minWidth: 0, maxWidth: 260 }}>
      <Typography.Text strong ellipsis={{ tooltip: user.fullName }} data-testid="header-user-name">
        <UserOutlined /> {user.fullName}
      </Typography.Text>
      <Typography.Text
        type="secondary"
        style={{ fontSize: 12 }}
        ellipsis={{ tooltip: where }}
        data-testid="header-unit"
      >
        {where}
      </Typography.Text>
    </Flex>
  );

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: phone ? 8 : 24,
        background: '#fff',
        paddingInline: phone ? 8 : 24,
      }}
      data-testid="app-header"
    >
      {phone && navigation}
      <Link to="/" style={{ flex: 'none' }}>
        <Typography.Title
          level={phone ? 4 : 3}
          style={{ margin: 0, color: '#b71c1c', whiteSpace: 'nowrap' }}
          data-testid="brand"
        >
          {t('app.name')}
        </Typography.Title>
      </Link>
      <div style={{ flex: 1, minWidth: 0 }}>{phone ? null : children}</div>
      <Space size={phone ? 'small' : 'middle'} align="center" style={{ minWidth: 0 }}>
        {who}
        <LanguageSwitch onChanged={(locale) => updateProfile.mutate({ locale })} />
        <Button
          icon={<LogoutOutlined />}
          onClick={() => void signOut()}
          loading={logout.isPending}
          aria-label={t('app.logout')}
          title={t('app.logout')}
          data-testid="logout-button"
        >
          {phone ? null : t('app.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
