/** A citizen's home: a welcome, their account and the public services to come. */
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n/context';
import { ComingSoonList } from '../../components/ComingSoonList';
import { useCurrentUser } from '../auth/session';

export function CitizenHome() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="citizen-home">
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="welcome">
          {t('home.welcome', { name: user.fullName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('citizen.welcome.text')}</Typography.Paragraph>
        <Descriptions
          title={t('citizen.account')}
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'phone', label: t('citizen.phone'), children: user.phone ?? t('state.none') },
            { key: 'id', label: t('citizen.idNumber'), children: user.idNumber ?? t('state.none') },
          ]}
        />
      </Card>
      <Card title={t('citizen.services')}>
        <Alert type="info" showIcon title={t('home.upcoming.text')} style={{ marginBottom: 16 }} />
        <ComingSoonList items={[t('citizen.submit'), t('citizen.track'), t('citizen.feedback')]} />
      </Card>
    </Space>
  );
}
