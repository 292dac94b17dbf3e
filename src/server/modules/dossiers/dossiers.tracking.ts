/**
 * Public tracking (no sign-in): a dossier code and the 6-digit PIN printed on the receipt slip (10^6
 * values; the code itself follows a day sequence, so the PIN carries the secret). The attempt is counted
 * per client address and per code BEFORE the PIN is checked; a wrong PIN answers exactly like an unknown
 * code, so codes cannot be probed. A citizen who lost the slip signs in or asks the counter.
 */
import { formatInstant } from '../../../domain/calendar/index.js';
import { SECRET_ADDRESS_POLICY, SECRET_CODE_POLICY } from '../../../domain/access/attempts.js';
import {
  ACTION_LABELS,
  STATUS_LABELS,
  type DossierStatus,
  type LoggedActionType,
} from '../../../domain/dossiers/status.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import { claimAttempt, type AttemptKey } from '../../http/attempts.js';
import { isTrackingPinRight } from './dossiers.intake.js';
import * as q from './dossiers.queries.js';
import {
  derivePaymentStatus,
  PAYMENT_STATUS_LABELS,
  type StoredFeeLine,
} from '../../../domain/payments/fee-status.js';

/** The limits a receipt-PIN guess counts against (public tracking, and feedback about a dossier). */
export function trackingAttemptKeys(ip: string, code: string): AttemptKey[] {
  return [
    { key: `track-ip:${ip}`, policy: SECRET_ADDRESS_POLICY },
    { key: `track-code:${code.trim()}`, policy: SECRET_CODE_POLICY },
  ];
}

/**
 * Public tracking in three round trips whatever the dossier holds: count the attempt (one statement for
 * both keys), read everything shown (one statement), give the attempt back on success (one statement).
 */
export async function trackDossier(ctx: RequestContext, code: string, secret: string) {
  const typed = code.trim();
  const attempt = await claimAttempt(
    ctx.deps.database.db,
    ctx.deps.clock.now(),
    trackingAttemptKeys(ctx.ip, typed),
  );
  const row = await q.findTrackingView(ctx.deps.database.readDb, typed);
  if (!isTrackingPinRight(row, secret)) {
    throw fail.notFound('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.');
  }
  await attempt.succeeded();
  const paymentStatus = derivePaymentStatus(row.fees as StoredFeeLine[], row.payment_status);
  const at = (value: Date | null) => (value === null ? null : formatInstant(value.getTime()));
  const iso = (value: string) => formatInstant(new Date(value).getTime());
  return {
    code: row.code ?? typed,
    procedureName: row.procedure_name,
    statusLabel: STATUS_LABELS[row.status as DossierStatus].vi,
    receivedAt: at(row.received_at),
    dueAt: at(row.due_at),
    currentStep: row.step_task ? `${row.step_task} — ${row.step_unit ?? ''}` : null,
    returnedAt: at(row.returned_at),
    paymentStatusLabel: paymentStatus === 'none' ? null : PAYMENT_STATUS_LABELS[paymentStatus],
    receiptAvailable: row.payment_status === 'paid' || row.payment_status === 'refunded',
    hasSignedResult: row.has_signed_result,
    history: row.history.map((a) => ({
      at: iso(a.at),
      label: ACTION_LABELS[a.type as LoggedActionType]?.vi ?? a.type,
    })),
    apologies: row.apologies.map((a) => ({
      id: a.id,
      unitName: a.unitName,
      reason: a.reason,
      previousDueAt: iso(a.previousDueAt),
      newDueAt: iso(a.newDueAt),
      issuedAt: iso(a.issuedAt),
    })),
  };
}
