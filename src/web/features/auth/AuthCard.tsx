/** The frame of the public pages (sign-in, registration): brand, language switch and a centred card. */
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/context';
import { LanguageSwitch } from '../../components/LanguageSwitch';

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', padding: '48px 16px', boxSizing: 'border-box' }}
      gap={24}
    >
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={1} style={{ margin: 0, color: '#b71c1c' }} data-testid="brand">
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
      </Flex>
      <Card
        title={title}
        extra={<LanguageSwitch />}
        style={{ width: '100%', maxWidth: 440 }}
        styles={{ body: { paddingTop: 8 } }}
      >
        {children}
      </Card>
    </Flex>
  );
}
