/** An official's home: who and where they are, their roles and the screens open to them (dossiers first). */
import {
  ApartmentOutlined,
  AuditOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  IdcardOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { canUseArea } from '../../app/access';
import { useI18n } from '../../app/i18n/context';
import { roleLabel } from '../../app/i18n/labels';
import type { MessageKey } from '../../app/i18n/messages';
import { useCurrentUser } from '../auth/session';

interface QuickLink {
  path: string;
  icon: ReactNode;
  title: MessageKey;
  text: MessageKey;
}

export function OfficialHome() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();

  const links: QuickLink[] = [];
  if (canUseArea(user, 'dossiers'))
    links.push({
      path: '/dossiers',
      icon: <FolderOpenOutlined />,
      title: 'nav.dossiers',
      text: 'home.dossiers.text',
    });
  if (canUseArea(user, 'intake'))
    links.push({
      path: '/dossiers/new',
      icon: <FileAddOutlined />,
      title: 'nav.intake',
      text: 'home.intake.text',
    });
  if (canUseArea(user, 'units'))
    links.push({ path: '/units', icon: <ApartmentOutlined />, title: 'nav.units', text: 'home.units.text' });
  if (canUseArea(user, 'users'))
    links.push({ path: '/users', icon: <TeamOutlined />, title: 'nav.users', text: 'home.users.text' });
  if (canUseArea(user, 'audit'))
    links.push({ path: '/audit', icon: <AuditOutlined />, title: 'nav.audit', text: 'home.audit.text' });
  links.push({ path: '/profile', icon: <IdcardOutlined />, title: 'nav.profile', text: 'home.profile.text' });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="official-home">
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="welcome">
          {t('home.welcome', { name: user.fullName })}
        </Typography.Title>
        <Descriptions
          column={1}
          items={[
            { key: 'unit', label: t('home.unit'), children: user.unitName ?? t('state.none') },
            {
              key: 'roles',
              label: t('home.roles'),
              children: user.roles.length ? (
                <Space wrap data-testid="home-roles">
                  {user.roles.map((role) => (
                    <Tag color="geekblue" key={role}>
                      {roleLabel(role, locale)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                t('home.noRole')
              ),
            },
          ]}
        />
      </Card>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.quickLinks')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links.map((link) => (
          <Col xs={24} md={12} xl={6} key={link.path}>
            <Link to={link.path}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta avatar={link.icon} title={t(link.title)} description={t(link.text)} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
