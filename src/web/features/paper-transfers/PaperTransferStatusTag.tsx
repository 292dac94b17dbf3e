/** The state of a paper dossier's transfer as a coloured tag: pending, overdue, on time or late. */
import { Tag } from 'antd';
import type { PaperTransferStatus } from '../../../contracts/paper-transfers';
import { usePaperTransferI18n } from './paper-transfers.messages';

const COLORS: Record<PaperTransferStatus, string> = {
  pending: 'processing',
  overdue: 'error',
  on_time: 'success',
  late: 'warning',
};

export function PaperTransferStatusTag({ status }: { status: PaperTransferStatus }) {
  const { t } = usePaperTransferI18n();
  return (
    <Tag color={COLORS[status]} data-testid={`paper-transfer-status-${status}`}>
      {t(`status.${status}`)}
    </Tag>
  );
}
