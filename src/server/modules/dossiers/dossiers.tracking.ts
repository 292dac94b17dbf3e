/**
 * Public tracking (no sign-in): a dossier code and a secret — the PIN printed on the receipt slip, or the
 * last 4 digits of the applicant's phone. Throttled per client; a wrong secret answers exactly like an
 * unknown code, so codes cannot be probed.
 */
import { timingSafeEqual } from 'node:crypto';
import { formatInstant } from '../../../domain/calendar/index.js';
import {
  ACTION_LABELS,
  STATUS_LABELS,
  type DossierStatus,
  type LoggedActionType,
} from '../../../domain/dossiers/status.js';
import { AppError, fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import { bumpLoginThrottle, readLoginThrottle } from '../auth/auth.queries.js';
import { hashTrackingPin } from './dossiers.intake.js';
import * as q from './dossiers.queries.js';
import { listPublicApologies } from '../late-work/apologies.queries.js';

const WINDOW_MINUTES = 15;
const MAX_FAILURES = 20;

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function trackDossier(ctx: RequestContext, code: string, secret: string) {
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const key = `track:${ctx.ip}`;
  if ((await readLoginThrottle(db, key, now, WINDOW_MINUTES)) >= MAX_FAILURES)
    throw new AppError('rate_limited');
  const row = await q.findTrackingRow(ctx.deps.database.readDb, code.trim());
  const phone = row?.phone ?? '';
  const matches =
    row !== undefined &&
    ((row.tracking_pin_hash !== null && sameText(hashTrackingPin(row.id, secret), row.tracking_pin_hash)) ||
      (secret.length === 4 && phone.length >= 4 && sameText(phone.slice(-4), secret)));
  if (!row || !matches) {
    await bumpLoginThrottle(db, key, now, WINDOW_MINUTES);
    throw fail.notFound('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.');
  }
  const actions = await q.listPublicHistory(ctx.deps.database.readDb, row.id);
  const apologies = await listPublicApologies(ctx.deps.database.readDb, row.id);
  const at = (value: Date | null) => (value === null ? null : formatInstant(value.getTime()));
  return {
    code: row.code ?? code,
    procedureName: row.procedure_name,
    statusLabel: STATUS_LABELS[row.status as DossierStatus].vi,
    receivedAt: at(row.received_at),
    dueAt: at(row.due_at),
    currentStep: row.step_task ? `${row.step_task} — ${row.step_unit ?? ''}` : null,
    returnedAt: at(row.returned_at),
    // explanations are internal accountability; the citizen sees the apology instead
    history: actions
      .filter((a) => a.type !== 'explain')
      .map((a) => ({
        at: formatInstant(a.at.getTime()),
        label: ACTION_LABELS[a.type as LoggedActionType]?.vi ?? a.type,
      })),
    apologies: apologies.map((a) => ({
      id: a.id,
      unitName: a.unit_name,
      reason: a.reason,
      previousDueAt: formatInstant(a.previous_due_at.getTime()),
      newDueAt: formatInstant(a.proposed_due_at.getTime()),
      issuedAt: formatInstant((a.decided_at ?? a.created_at).getTime()),
    })),
  };
}
