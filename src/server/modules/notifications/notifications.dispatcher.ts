/**
 * The dispatcher: one pass over the outbox. It reclaims rows a dead process left 'sending', claims a batch
 * of due rows, renders and sends each through its channel outside any transaction, then marks it sent or
 * schedules a retry with exponential backoff ('dead' after the last attempt). Delivery is at least once: a
 * crash between sending and marking re-sends, so adapters pass the outbox id on as a deduplication key.
 */
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/types.js';
import {
  PermanentDeliveryError,
  type ChannelRegistry,
  type NotificationChannel,
  type OutboundMessage,
} from './channels/channel.js';
import { parseStoredPayload } from './notifications.events.js';
import {
  claimDueNotifications,
  markNotificationFailed,
  markNotificationSent,
  reclaimStuckNotifications,
  type OutboxRow,
} from './notifications.queries.js';
import { renderNotification } from './notifications.templates.js';

/** Retry timing (from `config.notifications`) and batch size. */
export interface RetryPolicy {
  maxAttempts: number;
  retryBaseSeconds: number;
  /** A row 'sending' for longer than this belongs to a dead process and is reclaimed. */
  sendingTimeoutSeconds: number;
  batchSize: number;
}

/** Structured log calls (pino-compatible); no addresses or names are logged. */
export interface NotificationLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface DispatcherDeps {
  db: Db;
  clock: Clock;
  channels: ChannelRegistry;
  publicUrl: string;
  policy: RetryPolicy;
  logger?: NotificationLogger | undefined;
}

/** What one pass did. */
export interface DispatchReport {
  reclaimed: number;
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
}

const MAX_DELAY_MS = 24 * 3_600_000;

/** Wait before the next try after `attempts` failed tries: base × 2^(attempts − 1) (30 s, 60 s, 120 s, …). */
export function computeRetryDelayMs(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 1000 * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** Runs one pass; safe to run from several processes at once (they claim different rows). */
export async function dispatchDueNotifications(deps: DispatcherDeps): Promise<DispatchReport> {
  const { db, clock, policy } = deps;
  const now = clock.now();
  const staleBefore = new Date(now.getTime() - policy.sendingTimeoutSeconds * 1000);
  const reclaimed = await reclaimStuckNotifications(db, now, staleBefore, policy.maxAttempts);
  if (reclaimed > 0) deps.logger?.warn({ reclaimed }, 'notifications: reclaimed interrupted deliveries');
  const rows = await claimDueNotifications(db, now, policy.batchSize);
  const outcomes = await Promise.all(rows.map((row) => deliver(deps, row)));
  return {
    reclaimed,
    claimed: rows.length,
    sent: outcomes.filter((o) => o === 'sent').length,
    retried: outcomes.filter((o) => o === 'retried').length,
    dead: outcomes.filter((o) => o === 'dead').length,
  };
}

function messageOf(row: OutboxRow, publicUrl: string): OutboundMessage {
  let parsed;
  try {
    parsed = parseStoredPayload(row.event, row.payload);
  } catch (error) {
    throw new PermanentDeliveryError(`Nội dung thông báo không hợp lệ: ${(error as Error).message}`);
  }
  const rendered = renderNotification(parsed, publicUrl, row.channel);
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    dossierId: row.dossier_id,
    code: parsed.code,
    event: row.event,
    channel: row.channel,
    to: row.address,
    recipientName: parsed.fullName,
    ...rendered,
  };
}

async function sendWithin(channel: NotificationChannel, message: OutboundMessage, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    await Promise.race([channel.send(message), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function deliver(deps: DispatcherDeps, row: OutboxRow): Promise<'sent' | 'retried' | 'dead'> {
  const { policy } = deps;
  const channel = deps.channels.resolve(row.channel);
  try {
    if (!channel) throw new Error(`Kênh ${row.channel} chưa được cấu hình (channel not configured)`);
    const sendLimitMs = Math.min(60_000, (policy.sendingTimeoutSeconds * 1000) / 2);
    await sendWithin(channel, messageOf(row, deps.publicUrl), sendLimitMs);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof PermanentDeliveryError;
    const retry = !permanent && row.attempts < policy.maxAttempts;
    const retryAt = retry
      ? new Date(deps.clock.now().getTime() + computeRetryDelayMs(row.attempts, policy.retryBaseSeconds))
      : null;
    await markNotificationFailed(deps.db, row, text, retryAt);
    const details = {
      id: row.id,
      channel: row.channel,
      event: row.event,
      attempts: row.attempts,
      error: text,
    };
    if (retry) deps.logger?.warn(details, 'notifications: delivery failed, will retry');
    else deps.logger?.error(details, 'notifications: delivery failed for good');
    return retry ? 'retried' : 'dead';
  }
  // if this write fails the row stays 'sending' and is re-sent after the timeout (at least once)
  await markNotificationSent(deps.db, row.id, deps.clock.now(), channel.name);
  return 'sent';
}
