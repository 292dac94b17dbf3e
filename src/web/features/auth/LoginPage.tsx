/** Sign-in page with one tab for officials and one for citizens. */
import { Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/context';
import { AuthCard } from './AuthCard';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'citizen' ? 'citizen' : 'official';

  return (
    <AuthCard title={t('login.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'citizen' ? { tab: 'citizen' } : {}, { replace: true })}
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
