/**
 * The officials' frame: header, a side menu with only the screens the role may use, and the page; on a
 * phone (inspectors on a visit) the side menu opens from the menu button instead.
 */
import {
  AuditOutlined,
  CloudSyncOutlined,
  AlertOutlined,
  SolutionOutlined,
  SwapOutlined,
  AccountBookOutlined,
  ApartmentOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SlidersOutlined,
  DashboardOutlined,
  TrophyOutlined,
  IdcardOutlined,
  ProfileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu, type MenuProps } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { canEditSomeCalendars, canUseArea } from '../app/access';
import { useI18n } from '../app/i18n/context';
import { ForcedPasswordChange } from '../features/auth/ForcedPasswordChange';
import { useCurrentUser } from '../features/auth/session';
import { useSatisfactionMenu } from '../features/satisfaction/satisfaction-menu';
import { useConductMenuItems } from '../features/inspections/conduct-menu';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { NavDrawer } from './NavDrawer';
import { useIsPhone } from './phone';

type MenuItem = Required<MenuProps>['items'][number];

function link(path: string, testId: string, text: string) {
  return (
    <Link to={path} data-testid={testId}>
      {text}
    </Link>
  );
}

/** Menu entries whose path lies below another entry's: they are selected on their own. */
const OWN_MENU_PATHS: ReadonlySet<string> = new Set(['/dossiers/new', '/dossiers/submit']);

/** The first path segment, which is the menu key ('/' for the home page), or an entry of its own. */
export function menuKeyOf(pathname: string): string {
  if (OWN_MENU_PATHS.has(pathname)) return pathname;
  const first = pathname.split('/').filter(Boolean)[0];
  return first ? `/${first}` : '/';
}

export function OfficialLayout() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const location = useLocation();
  const phone = useIsPhone();

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
  if (canUseArea(user, 'procedures')) {
    admin.push({
      key: '/procedures',
      icon: <ProfileOutlined />,
      label: link('/procedures', 'nav-procedures', t('nav.procedures')),
    });
  }
  if (canUseArea(user, 'audit')) {
    admin.push({
      key: '/audit',
      icon: <AuditOutlined />,
      label: link('/audit', 'nav-audit', t('nav.audit')),
    });
  }
  if (canUseArea(user, 'portalSync')) {
    admin.push({
      key: '/dong-bo-cong-dvc',
      icon: <CloudSyncOutlined />,
      label: link('/dong-bo-cong-dvc', 'nav-portal-sync', t('nav.portalSync')),
    });
  }
  if (canUseArea(user, 'indicatorConfig')) {
    admin.push({
      key: '/chi-tieu/cau-hinh',
      icon: <SlidersOutlined />,
      label: link('/chi-tieu/cau-hinh', 'nav-indicator-config', t('nav.indicatorConfig')),
    });
  }
  if (canEditSomeCalendars(user)) {
    admin.push({
      key: '/calendars',
      icon: <CalendarOutlined />,
      label: link('/calendars', 'nav-calendars', t('nav.calendars')),
    });
  }
  const dossiers: MenuItem[] = [];
  if (canUseArea(user, 'dossiers')) {
    dossiers.push({
      key: '/dossiers',
      icon: <FolderOpenOutlined />,
      label: link('/dossiers', 'nav-dossiers', t('nav.dossiers')),
    });
  }
  if (canUseArea(user, 'intake')) {
    dossiers.push({
      key: '/dossiers/new',
      icon: <FileAddOutlined />,
      label: link('/dossiers/new', 'nav-intake', t('nav.intake')),
    });
  }
  if (canUseArea(user, 'lateWork')) {
    dossiers.push(
      {
        key: '/tre-han',
        icon: <AlertOutlined />,
        label: link('/tre-han', 'nav-late-work', t('nav.lateWork')),
      },
      {
        key: '/xin-loi',
        icon: <SolutionOutlined />,
        label: link('/xin-loi', 'nav-apologies', t('nav.apologies')),
      },
    );
  }
  if (canUseArea(user, 'paperTransfers')) {
    dossiers.push({
      key: '/chuyen-ho-so-giay',
      icon: <SwapOutlined />,
      label: link('/chuyen-ho-so-giay', 'nav-paper-transfers', t('nav.paperTransfers')),
    });
  }
  if (canUseArea(user, 'feeReport')) {
    dossiers.push({
      key: '/bao-cao-phi',
      icon: <AccountBookOutlined />,
      label: link('/bao-cao-phi', 'nav-fee-report', t('nav.feeReport')),
    });
  }
  if (canUseArea(user, 'dashboards')) {
    dossiers.push({
      key: '/bang-dieu-hanh',
      icon: <DashboardOutlined />,
      label: link('/bang-dieu-hanh', 'nav-dashboards', t('nav.dashboards')),
    });
  }
  if (canUseArea(user, 'evaluation')) {
    dossiers.push(
      {
        key: '/evaluation',
        icon: <TrophyOutlined />,
        label: link('/evaluation', 'nav-evaluation', t('nav.evaluation')),
      },
      {
        key: '/work-plans',
        icon: <ScheduleOutlined />,
        label: link('/work-plans', 'nav-work-plans', t('nav.workPlans')),
      },
    );
  }
  const conduct = useConductMenuItems(user);
  const satisfaction = useSatisfactionMenu(user);
  const items: MenuItem[] = [
    { key: '/', icon: <HomeOutlined />, label: link('/', 'nav-home', t('nav.home')) },
    ...dossiers,
    ...satisfaction,
    {
      key: '/tinh-han',
      icon: <CalculatorOutlined />,
      label: link('/tinh-han', 'nav-deadline', t('nav.public.deadline')),
    },
    ...conduct,
    ...(admin.length
      ? [{ type: 'group' as const, key: 'admin', label: t('nav.admin'), children: admin }]
      : []),
    { key: '/profile', icon: <IdcardOutlined />, label: link('/profile', 'nav-profile', t('nav.profile')) },
  ];

  const selectedKeys = [menuKeyOf(location.pathname)];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader navigation={<NavDrawer items={items} selectedKeys={selectedKeys} />} />
      <Layout>
        {!phone && (
          <Layout.Sider width={220} breakpoint="lg" collapsedWidth={64} theme="light" data-testid="side-menu">
            <Menu mode="inline" selectedKeys={selectedKeys} items={items} style={{ height: '100%' }} />
          </Layout.Sider>
        )}
        <Layout style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
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
