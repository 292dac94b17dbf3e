/**
 * Delivery of queued portal changes, as the notifications dispatcher does it: reclaim changes a dead process
 * left 'sending', claim a batch (SKIP LOCKED), send each through the adapter outside any transaction, then
 * mark it sent or due again after an exponential backoff ('dead' after NATIONAL_PORTAL_MAX_ATTEMPTS).
 * At least once: a crash between sending and marking sends again with the same idempotency key.
 */
import type { Clock } from '../../clock.js';
import type { AppConfig } from '../../config.js';
import type { Db } from '../../db/types.js';
import { computeRetryDelayMs, type NotificationLogger } from '../notifications/notifications.dispatcher.js';
import {
  createHttpPortalAdapter,
  PortalRefusedError,
  type PortalAdapter,
  type PortalFetch,
} from './portal.adapter.js';
import {
  claimDuePortalChanges,
  markPortalChangeFailed,
  markPortalChangeSent,
  reclaimStuckPortalChanges,
  releasePortalClaim,
  type PortalOutboxRow,
} from './portal.queries.js';

/** Changes claimed per pass. */
export const PORTAL_BATCH_SIZE = 20;

export interface PortalDeliveryDeps {
  db: Db;
  clock: Clock;
  adapter: PortalAdapter;
  policy: { maxAttempts: number; retryBaseSeconds: number; sendingTimeoutSeconds: number; batchSize: number };
  logger?: NotificationLogger | undefined;
  /** Asked before each change of a batch: true once the loop is stopping (the rest is given back). */
  isStopping?: () => boolean;
}

/** What one pass did. */
export interface PortalPassReport {
  reclaimed: number;
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
  released: number;
}

/** One pass; several processes may run passes at once (they claim different changes). */
export async function deliverDuePortalChanges(deps: PortalDeliveryDeps): Promise<PortalPassReport> {
  const now = deps.clock.now();
  const staleBefore = new Date(now.getTime() - deps.policy.sendingTimeoutSeconds * 1000);
  const reclaimed = await reclaimStuckPortalChanges(deps.db, now, staleBefore, deps.policy.maxAttempts);
  const rows = await claimDuePortalChanges(deps.db, now, deps.policy.batchSize);
  const report: PortalPassReport = {
    reclaimed,
    claimed: rows.length,
    sent: 0,
    retried: 0,
    dead: 0,
    released: 0,
  };
  // one at a time, in order: a stopping loop gives back what it has not tried
  for (const row of rows) {
    if (deps.isStopping?.()) {
      await releasePortalClaim(deps.db, row, deps.clock.now());
      report.released += 1;
      continue;
    }
    report[await deliverOne(deps, row)] += 1;
  }
  return report;
}

async function deliverOne(
  deps: PortalDeliveryDeps,
  row: PortalOutboxRow,
): Promise<'sent' | 'retried' | 'dead'> {
  const payload = row.payload as { record: unknown };
  try {
    await deps.adapter.send({ idempotencyKey: row.idempotency_key, record: payload.record });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const retry = !(error instanceof PortalRefusedError) && row.attempts < deps.policy.maxAttempts;
    const retryAt = retry
      ? new Date(deps.clock.now().getTime() + computeRetryDelayMs(row.attempts, deps.policy.retryBaseSeconds))
      : null;
    await markPortalChangeFailed(deps.db, row, text, retryAt);
    const details = { id: row.id, attempts: row.attempts, error: text };
    if (retry) deps.logger?.warn(details, 'national portal: delivery failed, will retry');
    else deps.logger?.error(details, 'national portal: delivery failed for good');
    return retry ? 'retried' : 'dead';
  }
  await markPortalChangeSent(deps.db, row, deps.clock.now());
  return 'sent';
}

/** A running loop; `stop` lets the change in flight finish, gives back the rest of the batch and waits. */
export interface PortalLoop {
  stop(): Promise<void>;
  /** Runs a pass now (after the one in progress); resolves when it is done. */
  runNow(): Promise<void>;
}

export interface PortalLoopDeps {
  config: AppConfig;
  db: Db;
  clock: Clock;
  logger?: NotificationLogger | undefined;
  /** The adapter to use instead of the HTTP one built from the configuration (tests). */
  adapter?: PortalAdapter | undefined;
  fetch?: PortalFetch | undefined;
}

/** Starts delivering (null when the synchronisation is off): a pass at once, then every poll interval. */
export function startPortalLoop(deps: PortalLoopDeps): PortalLoop | null {
  const settings = deps.config.nationalPortal;
  if (!settings.endpoint) return null;
  let stopped = false;
  const delivery: PortalDeliveryDeps = {
    db: deps.db,
    clock: deps.clock,
    adapter: deps.adapter ?? createHttpPortalAdapter(settings.endpoint, deps.fetch),
    policy: { ...settings, batchSize: PORTAL_BATCH_SIZE },
    logger: deps.logger,
    isStopping: () => stopped,
  };
  let timer: NodeJS.Timeout | undefined;
  const runPass = async (): Promise<void> => {
    try {
      let report;
      // go on while changes went out: the next change of a dossier is claimable only after the previous one
      do report = await deliverDuePortalChanges(delivery);
      while (!stopped && report.sent > 0);
    } catch (error) {
      deps.logger?.error({ err: error }, 'national portal: delivery pass failed');
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = runPass().then(schedule);
    }, settings.pollSeconds * 1000);
  };
  let current = runPass().then(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
    async runNow() {
      await current;
      clearTimeout(timer);
      current = runPass().then(schedule);
      await current;
    },
  };
}
