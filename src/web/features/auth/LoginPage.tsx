/**
 * Sign-in page with one tab for officials and one for citizens. Citizens may also sign in with VNeID when
 * the server offers it (a full-page trip to the identity provider and back).
 */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Divider, Tabs, Typography } from 'antd';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import type { AuthProviders as AuthProvidersSchema } from '../../../contracts/auth';
import { api } from '../../app/http';
import { useI18n } from '../../app/i18n/context';
import { AuthCard } from './AuthCard';
import { LoginForm } from './LoginForm';

type AuthProviders = z.infer<typeof AuthProvidersSchema>;

/** The VNeID button, when the server has an identity provider ("thử nghiệm" for the development stand-in). */
function VneidSignIn() {
  const { t } = useI18n();
  const providers = useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => api.get<AuthProviders>('/auth/providers', undefined, { redirectOnUnauthenticated: false }),
    staleTime: Infinity,
    meta: { silent: true },
  });
  if (!providers.data?.vneid) return null;
  const label = providers.data.vneidIsDevelopment
    ? `${t('login.vneid')} ${t('login.vneid.development')}`
    : t('login.vneid');
  return (
    <>
      <Divider plain>{t('login.or')}</Divider>
      <Button
        block
        icon={<SafetyCertificateOutlined />}
        href="/api/v1/auth/vneid/start"
        data-testid="login-vneid"
      >
        {label}
      </Button>
    </>
  );
}

export function LoginPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  // switching tabs keeps where the person was heading (the guard's `from`)
  const location = useLocation();
  const tab = params.get('tab') === 'citizen' ? 'citizen' : 'official';

  return (
    <AuthCard title={t('login.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(key === 'citizen' ? { tab: 'citizen' } : {}, { replace: true, state: location.state })
        }
        items={[
          {
            key: 'official',
            label: <span data-testid="login-tab-official">{t('login.tab.official')}</span>,
            children: (
              <>
                <LoginForm audience="official" />
                <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
                  {t('login.officialHint')}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            key: 'citizen',
            label: <span data-testid="login-tab-citizen">{t('login.tab.citizen')}</span>,
            children: (
              <>
                <LoginForm audience="citizen" />
                <VneidSignIn />
                <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
                  {t('login.noAccount')}{' '}
                  <Link to="/register" data-testid="register-link">
                    {t('login.registerLink')}
                  </Link>
                </Typography.Paragraph>
              </>
            ),
          },
        ]}
      />
    </AuthCard>
  );
}
