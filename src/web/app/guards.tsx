/** Route guards: signed-in only, signed-out only, and per-screen access. */
import { Button, Flex, Result, Spin } from 'antd';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../features/auth/session';
import { canUseArea, type Area } from './access';
import { useI18n } from './i18n/context';

function FullPageSpinner() {
  const { t } = useI18n();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}

function SessionError() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <Result
      status="error"
      title={t('error.load')}
      subTitle={session.error?.message}
      extra={<Button onClick={() => void session.refetch()}>{t('action.reload')}</Button>}
    />
  );
}

interface FromState {
  from?: string;
}

/** Renders the nested routes for a signed-in person; otherwise goes to the login page and back afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpinner />;
  if (session.isError) return <SessionError />;
  if (!session.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from } satisfies FromState} />;
  }
  return <Outlet />;
}

/** Renders the public pages only for someone signed out; a signed-in person goes where they were heading. */
export function PublicOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpinner />;
  if (session.data) {
    const from = (location.state as FromState | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return <Outlet />;
}

/** Renders the screen when the person may use the area, otherwise a 403 page. */
export function RequireArea({ area }: { area: Area }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.data && canUseArea(session.data, area)) return <Outlet />;
  return (
    <Result
      status="403"
      title={t('error.forbidden.title')}
      subTitle={t('error.forbidden.text')}
      extra={
        <Link to="/">
          <Button type="primary">{t('action.backHome')}</Button>
        </Link>
      }
      data-testid="forbidden"
    />
  );
}
