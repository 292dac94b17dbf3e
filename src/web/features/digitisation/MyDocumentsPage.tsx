/** /kho-giay-to: the citizen's personal document store (kho dữ liệu cá nhân), readable on a 390 px phone. */
import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { formatDate } from '../../app/i18n/format';
import { useMyStore } from './digitisation.api';
import { useDigitisationI18n } from './digitisation.messages';

export function MyDocumentsPage() {
  const { t } = useDigitisationI18n();
  const store = useMyStore();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="store-title">
        {t('store.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('store.subtitle')}</Typography.Paragraph>
      {store.isError && <Alert type="error" showIcon title={t('store.error')} />}
      {store.isPending ? (
        <Skeleton active />
      ) : (store.data ?? []).length === 0 ? (
        <Empty description={t('store.empty')} />
      ) : (
        <Flex vertical gap={12} role="list" data-testid="store-list">
          {store.data!.map((item) => (
            <Card key={item.id} size="small" role="listitem">
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  <Tag color={item.kind === 'result' ? 'blue' : undefined}>
                    {t(item.kind === 'result' ? 'store.kind.result' : 'store.kind.component')}
                  </Tag>
                  <Tag color={item.valid ? 'green' : 'red'}>
                    {t(item.valid ? 'store.valid' : 'store.expired')}
                  </Tag>
                </Flex>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {item.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {t('store.source', { code: item.sourceDossier.code ?? '' })} ·{' '}
                  {item.sourceDossier.procedureName}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {item.validUntil
                    ? t('store.validUntil', { day: formatDate(item.validUntil) })
                    : t('store.noEnd')}
                  {' · '}
                  {t('store.addedAt', { day: formatDate(item.createdAt) })}
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}
