/** On a dossier: when its paper file is due at the processing unit, its state, and the slip it went in. */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions } from 'antd';
import { formatDateTime } from '../../app/i18n/format';
import { slipUrl, useDossierPaperTransfer } from './paper-transfers.api';
import { usePaperTransferI18n } from './paper-transfers.messages';
import { PaperTransferStatusTag } from './PaperTransferStatusTag';

export function DossierPaperTransferCard({ dossierId }: { dossierId: string }) {
  const { t } = usePaperTransferI18n();
  const query = useDossierPaperTransfer(dossierId);
  const transfer = query.data?.transfer;
  if (!transfer) return null;
  return (
    <Card title={t('dossier.title')} size="small" data-testid="dossier-paper-transfer">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('col.dueAt')}>{formatDateTime(transfer.dueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('col.status')}>
          <PaperTransferStatusTag status={transfer.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dossier.to')}>{transfer.toUnit.name}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.batch')}>
          {transfer.batch ? (
            <Button
              size="small"
              icon={<PrinterOutlined />}
              href={slipUrl(transfer.batch.id)}
              target="_blank"
              rel="noopener"
            >
              {transfer.batch.number} · {formatDateTime(transfer.batch.handedAt)}
            </Button>
          ) : (
            t('dossier.batchNone')
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
