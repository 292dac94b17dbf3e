/** The synchronisation backlog for system administrators, and "retry now" of failed changes. */
import { fail } from '../../../domain/errors.js';
import { formatInstant } from '../../../domain/calendar/instant.js';
import type { PortalSyncStatus } from '../../../contracts/portal-sync.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { listPortalFailures, retryPortalChangesNow, selectPortalBacklog } from './portal.queries.js';

const FAILURES_SHOWN = 50;

function assertSysadmin(ctx: RequestContext): void {
  if (!ctx.actor) throw fail.unauthenticated();
  if (ctx.actor.kind !== 'official' || !ctx.actor.roles.includes('sysadmin')) throw fail.forbidden();
}

/** Backlog, oldest undelivered change and its age, failures (the whole country: sysadmin only). */
export async function getPortalSyncStatus(ctx: RequestContext): Promise<PortalSyncStatus> {
  assertSysadmin(ctx);
  const db = ctx.deps.database.db;
  const now = ctx.deps.clock.now();
  const [backlog, failures] = await Promise.all([
    selectPortalBacklog(db),
    listPortalFailures(db, FAILURES_SHOWN),
  ]);
  const endpoint = ctx.deps.config.nationalPortal.endpoint;
  return {
    enabled: endpoint !== null,
    standIn: endpoint?.standIn ?? false,
    backlog: backlog.backlog,
    failed: backlog.failed,
    dead: backlog.dead,
    sent: backlog.sent,
    oldestAt: backlog.oldest_at ? formatInstant(new Date(backlog.oldest_at).getTime()) : null,
    oldestAgeSeconds: backlog.oldest_at
      ? Math.max(0, Math.floor((now.getTime() - new Date(backlog.oldest_at).getTime()) / 1000))
      : null,
    dossiers: backlog.dossiers,
    failures: failures.map((row) => ({
      id: row.id,
      dossierId: row.dossier_id,
      dossierCode: row.code,
      seq: row.seq,
      status: row.status as 'failed' | 'dead',
      attempts: row.attempts,
      lastError: row.last_error,
      nextAttemptAt: formatInstant(row.next_attempt_at.getTime()),
      createdAt: formatInstant(row.created_at.getTime()),
    })),
  };
}

/** Makes every failed or given-up change due now with fresh attempts ("gửi lại"), audited. */
export async function retryPortalSync(ctx: RequestContext): Promise<{ retried: number }> {
  assertSysadmin(ctx);
  const now = ctx.deps.clock.now();
  return ctx.deps.database.db.transaction().execute(async (trx) => {
    const retried = await retryPortalChangesNow(trx, now);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'portal_sync.retry',
        targetType: 'portal_sync',
        targetId: null,
        unitId: null,
        summary: { retried },
      }),
    );
    return { retried };
  });
}
