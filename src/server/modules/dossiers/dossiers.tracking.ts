/**
 * Public tracking (no sign-in): a dossier code and the 6-digit PIN printed on the receipt slip (10^6
 * values; the code itself follows a day sequence, so the PIN carries the secret). Wrong PINs are limited per
 * client address and per code, counted atomically before any answer, and a right PIN is answered only while
 * neither key waits; a wrong PIN answers exactly like an unknown code, so codes cannot be probed. A citizen who lost the slip signs in or asks the counter.
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
import { settleCheckedAttempt, type AttemptKey } from '../../http/attempts.js';
import { blockedUntilColumn } from '../../http/attempts.queries.js';
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
 * Public tracking in ONE round trip when the PIN is right: the statement that reads everything shown also
 * reads the attempt counters of the address and the code under a share lock, and a right PIN from keys that
 * do not wait writes nothing. A wrong PIN (or an unknown code) is counted against both keys in one atomic
 * statement before it is answered, so parallel guesses cannot pass the limits (`settleCheckedAttempt`).
 * The read goes to the primary: the counters are unlogged (never on a replica), and a citizen tracking the
 * dossier just received must find it.
 */
export async function trackDossier(ctx: RequestContext, code: string, secret: string) {
  const typed = code.trim();
  const db = ctx.deps.database.db;
  const now = ctx.deps.clock.now();
  const keys = trackingAttemptKeys(ctx.ip, typed);
  const row = await q.findTrackingView(db, typed, blockedUntilColumn(keys, now));
  const right = isTrackingPinRight(row, secret);
  await settleCheckedAttempt(db, now, keys, { right, blockedUntil: row?.blocked_until ?? null });
  if (!right) {
    throw fail.notFound('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.');
  }
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
