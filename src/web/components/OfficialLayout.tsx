/** The officials' frame: header, a side menu with only the screens the role may use, and the page. */
import {
  AuditOutlined,
  ApartmentOutlined,
  HomeOutlined,
  IdcardOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu, type MenuProps } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { canUseArea } from '../app/access';
import { useI18n } from '../app/i18n/context';
import { ForcedPasswordChange } from '../features/auth/ForcedPasswordChange';
import { useCurrentUser } from '../features/auth/session';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';

type MenuItem = Required<MenuProps>['items'][number];

function link(path: string, testId: string, text: string) {
  return (
    <Link to={path} data-testid={testId}>
      {text}
    </Link>
  );
}

/** The first path segment, which is the menu key ('/' for the home page). */
export function menuKeyOf(pathname: string): string {
  const first = pathname.split('/').filter(Boolean)[0];
  return first ? `/${first}` : '/';
}

export function OfficialLayout() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const location = useLocation();

  const admin: MenuItem[] = [];
  if (canUseArea(user, 'units')) {
    admin.push({
      key: '/units',
      icon: <ApartmentOutlined />,
      label: link('/units', 'nav-units', t('nav.units')),
    });
  }
  if (canUseArea(user, 'users')) {
    admin.push({ key: '/users', icon: <TeamOutlined />, label: link('/users', 'nav-users', t('nav.users')) });
  }
  if (canUseArea(user, 'audit')) {
    admin.push({
      key: '/audit',
      icon: <AuditOutlined />,
      label: link('/audit', 'nav-audit', t('nav.audit')),
    });
  }
  const items: MenuItem[] = [
    { key: '/', icon: <HomeOutlined />, label: link('/', 'nav-home', t('nav.home')) },
    ...(admin.length
      ? [{ type: 'group' as const, key: 'admin', label: t('nav.admin'), children: admin }]
      : []),
    { key: '/profile', icon: <IdcardOutlined />, label: link('/profile', 'nav-profile', t('nav.profile')) },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider width={220} breakpoint="lg" collapsedWidth={64} theme="light" data-testid="side-menu">
          <Menu
            mode="inline"
            selectedKeys={[menuKeyOf(location.pathname)]}
            items={items}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout style={{ padding: 24 }}>
          <Layout.Content>
            <Outlet />
          </Layout.Content>
          <AppFooter />
        </Layout>
      </Layout>
      <ForcedPasswordChange />
    </Layout>
  );
}
