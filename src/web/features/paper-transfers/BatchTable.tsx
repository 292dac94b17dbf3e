/** Transfer slips sent from or received by the person's units: print, and confirm receipt when allowed. */
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import {
  slipUrl,
  useConfirmTransferBatch,
  useTransferBatches,
  type PaperTransferBatchSummary,
} from './paper-transfers.api';
import { usePaperTransferI18n } from './paper-transfers.messages';

export function BatchTable() {
  const { t } = usePaperTransferI18n();
  const batches = useTransferBatches();
  const confirm = useConfirmTransferBatch();
  return (
    <Table<PaperTransferBatchSummary>
      size="small"
      rowKey="id"
      loading={batches.isFetching}
      dataSource={batches.data?.items ?? []}
      pagination={false}
      locale={{ emptyText: t('batches.empty') }}
      scroll={{ x: 900 }}
      data-testid="paper-transfer-batches"
      columns={[
        {
          key: 'number',
          title: t('col.number'),
          width: 150,
          render: (_, b) => (
            <Flex vertical align="start">
              <strong data-testid="batch-number">{b.number}</strong>
              <Typography.Text type="secondary">
                {b.itemCount} {t('col.count').toLowerCase()}
              </Typography.Text>
              {b.lateCount > 0 && <Tag color="warning">{t('batches.late', { count: b.lateCount })}</Tag>}
            </Flex>
          ),
        },
        {
          key: 'units',
          title: `${t('col.fromUnit')} → ${t('col.toUnit')}`,
          render: (_, b) => `${b.fromUnit.name} → ${b.toUnit.name}`,
        },
        {
          key: 'handed',
          title: t('col.handed'),
          width: 170,
          render: (_, b) => (
            <Flex vertical>
              <span>{b.handedBy.name}</span>
              <Typography.Text type="secondary">{formatDateTime(b.handedAt)}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'received',
          title: t('col.received'),
          width: 170,
          render: (_, b) =>
            b.receivedBy && b.receivedAt ? (
              <Flex vertical>
                <span>{b.receivedBy.name}</span>
                <Typography.Text type="secondary">{formatDateTime(b.receivedAt)}</Typography.Text>
              </Flex>
            ) : (
              <Tag>{t('batches.notConfirmed')}</Tag>
            ),
        },
        {
          key: 'actions',
          title: '',
          width: 230,
          render: (_, b) => (
            <Space wrap>
              <Button
                size="small"
                icon={<PrinterOutlined />}
                href={slipUrl(b.id)}
                target="_blank"
                rel="noopener"
                data-testid="batch-print"
              >
                {t('batches.print')}
              </Button>
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                href={slipUrl(b.id, 'pdf')}
                target="_blank"
                rel="noopener"
                aria-label={t('batches.pdf')}
              />
              {b.canConfirm && (
                <Button
                  size="small"
                  type="primary"
                  loading={confirm.isPending && confirm.variables === b.id}
                  onClick={() =>
                    confirm.mutate(b.id, { onSuccess: () => showSuccess(t('batches.confirmed')) })
                  }
                  data-testid="batch-confirm"
                >
                  {t('batches.confirm')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
