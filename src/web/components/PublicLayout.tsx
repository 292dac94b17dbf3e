/**
 * The frame of the public pages (no sign-in needed): procedures, the deadline calculator, dossier tracking.
 * A signed-in person sees their name where "Đăng nhập" would be; on a phone the menu opens from a button.
 */
import {
  BarChartOutlined,
  CalculatorOutlined,
  FileSearchOutlined,
  LoginOutlined,
  ReadOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../app/i18n/context';
import { AppFooter } from './AppFooter';
import { LanguageSwitch } from './LanguageSwitch';
import { NavDrawer } from './NavDrawer';
import { initialsOf, useIsPhone } from './phone';
import { useSession } from '../features/auth/session';
import { usePublicFeedbackMenuItem } from '../features/satisfaction/satisfaction-menu';

/** Menu key of a public path: its first segment. */
function publicKeyOf(pathname: string): string {
  return `/${pathname.split('/')[1] ?? ''}`;
}

export function PublicLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const feedback = usePublicFeedbackMenuItem();
  const user = useSession().data;
  const phone = useIsPhone();
  const items = [
    {
      key: '/thu-tuc',
      icon: <ReadOutlined />,
      label: (
        <Link to="/thu-tuc" data-testid="nav-public-procedures">
          {t('nav.public.procedures')}
        </Link>
      ),
    },
    {
      key: '/tinh-han',
      icon: <CalculatorOutlined />,
      label: (
        <Link to="/tinh-han" data-testid="nav-public-deadline">
          {t('nav.public.deadline')}
        </Link>
      ),
    },
    {
      key: '/tra-cuu',
      icon: <FileSearchOutlined />,
      label: (
        <Link to="/tra-cuu" data-testid="nav-public-track">
          {t('nav.public.track')}
        </Link>
      ),
    },
    feedback,
    {
      key: '/minh-bach',
      icon: <BarChartOutlined />,
      label: (
        <Link to="/minh-bach" data-testid="nav-public-transparency">
          {t('nav.public.transparency')}
        </Link>
      ),
    },
    {
      key: '/ket-qua-danh-gia',
      icon: <TrophyOutlined />,
      label: (
        <Link to="/ket-qua-danh-gia" data-testid="nav-public-evaluation">
          {t('nav.public.evaluation')}
        </Link>
      ),
    },
    // a signed-in person sees their name (back to their pages), not "Đăng nhập"
    user
      ? {
          key: '/',
          icon: <UserOutlined />,
          label: (
            <Link to="/" data-testid="nav-public-account" title={user.fullName}>
              {user.fullName}
            </Link>
          ),
        }
      : {
          key: '/login',
          icon: <LoginOutlined />,
          label: (
            <Link to="/login" data-testid="nav-public-login">
              {t('nav.public.login')}
            </Link>
          ),
        },
  ];
  const selectedKeys = [publicKeyOf(location.pathname)];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: phone ? 8 : 24,
          background: '#fff',
          paddingInline: phone ? 8 : 24,
        }}
        data-testid="public-header"
      >
        {phone && <NavDrawer items={items} selectedKeys={selectedKeys} />}
        <Link to="/thu-tuc" style={{ flex: 'none' }}>
          <Typography.Title
            level={phone ? 4 : 3}
            style={{ margin: 0, color: '#b71c1c', whiteSpace: 'nowrap' }}
          >
            {t('app.name')}
          </Typography.Title>
        </Link>
        {phone ? (
          <div style={{ flex: 1 }} />
        ) : (
          <Menu
            mode="horizontal"
            selectedKeys={selectedKeys}
            items={items}
            style={{ borderBottom: 'none', flex: 1, minWidth: 0 }}
          />
        )}
        {phone && user && (
          <Link to="/" aria-label={user.fullName} data-testid="public-account-avatar">
            <Avatar style={{ background: '#b71c1c' }}>{initialsOf(user.fullName)}</Avatar>
          </Link>
        )}
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content
        style={{ padding: phone ? 12 : 24, maxWidth: 1200, width: '100%', margin: '0 auto', minWidth: 0 }}
      >
        <Outlet />
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
