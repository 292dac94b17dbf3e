/** A one-line footer naming the system and the time zone of every time shown. */
import { Layout, Typography } from 'antd';
import { useI18n } from '../app/i18n/context';

export function AppFooter() {
  const { t } = useI18n();
  return (
    <Layout.Footer style={{ textAlign: 'center', background: 'transparent', padding: '16px 0 0' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('app.footer')}
      </Typography.Text>
    </Layout.Footer>
  );
}
