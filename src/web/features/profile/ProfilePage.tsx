/** The own account: what it is, contact details and language, and the password. */
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/context';
import { roleLabel } from '../../app/i18n/labels';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useCurrentUser } from '../auth/session';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const citizen = user.kind === 'citizen';

  const facts = [
    { key: 'username', label: t('profile.username'), children: user.username },
    {
      key: 'kind',
      label: t('profile.kind'),
      children: t(citizen ? 'profile.kind.citizen' : 'profile.kind.official'),
    },
    ...(citizen
      ? [{ key: 'id', label: t('profile.idNumber'), children: user.idNumber ?? t('state.none') }]
      : [
          { key: 'unit', label: t('profile.unit'), children: user.unitName ?? t('state.none') },
          {
            key: 'roles',
            label: t('profile.roles'),
            children: (
              <Space size={4} wrap>
                {user.roles.map((role) => (
                  <Tag key={role}>{roleLabel(role, locale)}</Tag>
                ))}
              </Space>
            ),
          },
        ]),
  ];

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="profile-title">
        {t(citizen ? 'profile.citizenTitle' : 'profile.title')}
      </Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('profile.account')}>
          <Descriptions column={{ xs: 1, md: 2 }} items={facts} data-testid="profile-facts" />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('profile.edit')} style={{ height: '100%' }}>
              <ProfileForm user={user} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('password.change.title')} style={{ height: '100%' }}>
              <ChangePasswordForm />
            </Card>
          </Col>
        </Row>
      </Space>
    </>
  );
}
