/** The frame of the public pages (no sign-in): procedures, the deadline calculator, dossier tracking. */
import {
  BarChartOutlined,
  CalculatorOutlined,
  FileSearchOutlined,
  LoginOutlined,
  ReadOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../app/i18n/context';
import { AppFooter } from './AppFooter';
import { LanguageSwitch } from './LanguageSwitch';
import { usePublicFeedbackMenuItem } from '../features/satisfaction/satisfaction-menu';

/** Menu key of a public path: its first segment. */
function publicKeyOf(pathname: string): string {
  return `/${pathname.split('/')[1] ?? ''}`;
}

export function PublicLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const feedback = usePublicFeedbackMenuItem();
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
    {
      key: '/login',
      icon: <LoginOutlined />,
      label: (
        <Link to="/login" data-testid="nav-public-login">
          {t('nav.public.login')}
        </Link>
      ),
    },
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#fff', paddingInline: 24 }}
        data-testid="public-header"
      >
        <Link to="/thu-tuc" style={{ flex: 'none' }}>
          <Typography.Title level={3} style={{ margin: 0, color: '#b71c1c' }}>
            {t('app.name')}
          </Typography.Title>
        </Link>
        <Menu
          mode="horizontal"
          selectedKeys={[publicKeyOf(location.pathname)]}
          items={items}
          style={{ borderBottom: 'none', flex: 1, minWidth: 0 }}
        />
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
