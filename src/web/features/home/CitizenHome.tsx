/** A citizen's home: a welcome, their account and the public services (submit, follow, track, rate). */
import {
  CloudUploadOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  SmileOutlined,
} from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/context';
import type { MessageKey } from '../../app/i18n/messages';
import { useCurrentUser } from '../auth/session';

interface Service {
  path: string;
  icon: ReactNode;
  title: MessageKey;
  text: MessageKey;
  testId: string;
}

const SERVICES: Service[] = [
  {
    path: '/dossiers/submit',
    icon: <CloudUploadOutlined />,
    title: 'citizen.submit',
    text: 'citizen.submit.text',
    testId: 'home-submit',
  },
  {
    path: '/dossiers',
    icon: <FolderOpenOutlined />,
    title: 'citizen.myDossiers',
    text: 'citizen.myDossiers.text',
    testId: 'home-my-dossiers',
  },
  {
    path: '/tra-cuu',
    icon: <FileSearchOutlined />,
    title: 'citizen.track',
    text: 'citizen.track.text',
    testId: 'home-track',
  },
  {
    path: '/danh-gia-cua-toi',
    icon: <SmileOutlined />,
    title: 'citizen.feedback',
    text: 'citizen.feedback.text',
    testId: 'home-rate',
  },
];

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
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('citizen.services')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {SERVICES.map((service) => (
          <Col xs={24} md={12} xl={6} key={service.path}>
            <Link to={service.path} data-testid={service.testId}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta avatar={service.icon} title={t(service.title)} description={t(service.text)} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
