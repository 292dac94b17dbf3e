/**
 * The paper transfer a dossier owes, written in the transaction that receives it (intake at the counter, or
 * the one-stop accepting a dossier submitted earlier). ND 61/2018 art. 20(1)(b), as amended and carried into
 * ND 118/2025: "Chuyển ngay hồ sơ tiếp nhận trực tiếp trong ngày làm việc hoặc chuyển vào đầu giờ ngày làm
 * việc tiếp theo đối với trường hợp tiếp nhận sau 15 giờ hằng ngày" — for every procedure, not only same-day
 * ones. The due time is `computePaperTransferDueTime` on the dossier's
 * calendar. Online dossiers have no paper, and a procedure handled wholly at the one-stop moves none
 * (the query decides both from the stored dossier).
 */
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { computePaperTransferDueTime } from '../../../domain/dossiers/paper-transfer.js';
import type { Executor } from '../../db/types.js';
import { insertPaperTransfer } from './paper-transfers.queries.js';

/** Records the transfer owed by a paper dossier received at `receivedAt`; true when one is owed. */
export async function recordPaperTransferDue(
  db: Executor,
  input: { dossierId: string; receivedAt: number; calendar: WorkingCalendar; now: Date },
): Promise<boolean> {
  const dueAt = computePaperTransferDueTime(input.calendar, input.receivedAt);
  return insertPaperTransfer(db, {
    dossierId: input.dossierId,
    receivedAt: new Date(input.receivedAt),
    dueAt: new Date(dueAt),
    now: input.now,
  });
}
