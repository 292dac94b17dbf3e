/**
 * The citizens' frame: a simple top menu (home, own dossiers, online submission, account) above the page;
 * on a phone the same entries open from the menu button.
 */
import { CloudUploadOutlined, FolderOpenOutlined, HomeOutlined, IdcardOutlined } from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../app/i18n/context';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { NavDrawer } from './NavDrawer';
import { menuKeyOf } from './OfficialLayout';
import { useIsPhone } from './phone';
import { useCitizenSatisfactionMenu } from '../features/satisfaction/satisfaction-menu';
import { useCitizenStoreMenu } from '../features/digitisation/store-menu';

export function CitizenLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const satisfaction = useCitizenSatisfactionMenu();
  const store = useCitizenStoreMenu();
  const phone = useIsPhone();
  const items = [
    {
      key: '/',
      icon: <HomeOutlined />,
      label: (
        <Link to="/" data-testid="nav-home">
          {t('nav.home')}
        </Link>
      ),
    },
    {
      key: '/dossiers',
      icon: <FolderOpenOutlined />,
      label: (
        <Link to="/dossiers" data-testid="nav-my-dossiers">
          {t('nav.myDossiers')}
        </Link>
      ),
    },
    {
      key: '/dossiers/submit',
      icon: <CloudUploadOutlined />,
      label: (
        <Link to="/dossiers/submit" data-testid="nav-submit">
          {t('nav.submit')}
        </Link>
      ),
    },
    ...store,
    ...satisfaction,
    {
      key: '/profile',
      icon: <IdcardOutlined />,
      label: (
        <Link to="/profile" data-testid="nav-account">
          {t('nav.account')}
        </Link>
      ),
    },
  ];
  const selectedKeys = [menuKeyOf(location.pathname)];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader navigation={<NavDrawer items={items} selectedKeys={selectedKeys} />}>
        {/* icons only in the phone drawer: the header row keeps every entry, the account included, in view */}
        <Menu
          mode="horizontal"
          selectedKeys={selectedKeys}
          items={items.map(({ icon: _icon, ...item }) => item)}
          style={{ borderBottom: 'none' }}
        />
      </AppHeader>
      <Layout.Content
        style={{ padding: phone ? 12 : 24, maxWidth: 1000, width: '100%', margin: '0 auto', minWidth: 0 }}
      >
        <Outlet />
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
