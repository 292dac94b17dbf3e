/** A dossier's status as a coloured tag, in the interface language. */
import { Tag } from 'antd';
import type { DossierStatus } from '../../../domain/dossiers/status';
import { useI18n } from '../../app/i18n/context';
import { STATUS_COLORS, statusLabel } from './dossier-labels';

export function StatusTag({ status }: { status: DossierStatus }) {
  const { locale } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="status-tag">
      {statusLabel(status, locale)}
    </Tag>
  );
}
