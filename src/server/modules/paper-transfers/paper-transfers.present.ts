/** Rows of paper transfers → API shapes, field by field. */
import type { PaperTransferBatchSummary, PaperTransferDossier } from '../../../contracts/paper-transfers.js';
import { assessPaperTransfer } from '../../../domain/dossiers/paper-transfer.js';
import type { BatchRow, TransferRow } from './paper-transfers.queries.js';

/** One dossier's transfer, its state judged at `now` (handed over: on time or late, else pending or overdue). */
export function presentTransfer(row: TransferRow, now: number): PaperTransferDossier {
  const handedAt = row.handed_at ? row.handed_at.getTime() : null;
  return {
    dossierId: row.dossier_id,
    code: row.code,
    procedureName: row.procedure_name,
    applicantName: row.applicant_name,
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    status: assessPaperTransfer(row.due_at.getTime(), handedAt, now),
    fromUnit: { id: row.from_unit_id, name: row.from_unit_name },
    toUnit: { id: row.to_unit_id, name: row.to_unit_name },
    batch:
      row.batch_id && row.batch_number && row.handed_at
        ? {
            id: row.batch_id,
            number: row.batch_number,
            handedAt: row.handed_at.toISOString(),
            receivedAt: row.confirmed_at ? row.confirmed_at.toISOString() : null,
          }
        : null,
  };
}

export function presentBatch(row: BatchRow, canConfirm: boolean): PaperTransferBatchSummary {
  return {
    id: row.id,
    number: row.number,
    fromUnit: { id: row.from_unit_id, name: row.from_unit_name },
    toUnit: { id: row.to_unit_id, name: row.to_unit_name },
    handedBy: { id: row.handed_by, name: row.handed_by_name },
    handedAt: row.handed_at.toISOString(),
    receivedBy:
      row.received_by && row.received_by_name ? { id: row.received_by, name: row.received_by_name } : null,
    receivedAt: row.received_at ? row.received_at.toISOString() : null,
    itemCount: row.item_count,
    lateCount: row.late_count,
    canConfirm,
  };
}
