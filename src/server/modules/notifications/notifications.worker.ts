/**
 * The delivery loop: a dispatcher pass now, then one every `NOTIFY_POLL_SECONDS` (draining full batches at
 * once). Runs in its own process (`src/server/worker.ts`, PostgreSQL) or inside the server process (PGlite,
 * whose single connection cannot be shared between processes).
 */
import type { Clock } from '../../clock.js';
import type { AppConfig } from '../../config.js';
import type { DatabaseHandle } from '../../db/connection.js';
import type { ChannelRegistry } from './channels/channel.js';
import type { Fetch } from './channels/http.js';
import { createChannelRegistry } from './channels/registry.js';
import {
  dispatchDueNotifications,
  type DispatcherDeps,
  type NotificationLogger,
} from './notifications.dispatcher.js';

/** Rows claimed per pass; small, so that each claim stays well inside the sending timeout. */
export const BATCH_SIZE = 10;

export interface NotificationWorkerDeps {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  logger?: NotificationLogger | undefined;
  /** Adapters to use instead of those built from the configuration (tests). */
  channels?: ChannelRegistry | undefined;
  /** Outbound HTTP for the SMS and Zalo adapters (the global fetch by default). */
  fetch?: Fetch | undefined;
}

/** A running loop. `stop` waits for the pass in progress, then closes the adapters. */
export interface NotificationWorker {
  stop(): Promise<void>;
}

/** Builds what a dispatcher pass needs from the application's dependencies. */
export function createDispatcherDeps(deps: NotificationWorkerDeps): DispatcherDeps {
  const settings = deps.config.notifications;
  return {
    db: deps.database.db,
    clock: deps.clock,
    channels:
      deps.channels ??
      createChannelRegistry({
        settings,
        db: deps.database.db,
        clock: deps.clock,
        publicHost: new URL(deps.config.publicUrl).hostname,
        fetch: deps.fetch,
      }),
    publicUrl: deps.config.publicUrl,
    policy: {
      maxAttempts: settings.maxAttempts,
      retryBaseSeconds: settings.retryBaseSeconds,
      sendingTimeoutSeconds: settings.sendingTimeoutSeconds,
      batchSize: BATCH_SIZE,
    },
    logger: deps.logger,
  };
}

/** Starts delivering: the first pass runs at once. A failing pass is logged and the loop goes on. */
export function startNotificationWorker(deps: NotificationWorkerDeps): NotificationWorker {
  const dispatcher = createDispatcherDeps(deps);
  const intervalMs = deps.config.notifications.pollSeconds * 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const runPass = async (): Promise<void> => {
    try {
      let report;
      do {
        report = await dispatchDueNotifications(dispatcher);
      } while (!stopped && report.claimed === BATCH_SIZE);
    } catch (error) {
      deps.logger?.error({ err: error }, 'notifications: dispatcher pass failed');
    }
  };
  const scheduleNext = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = runPass().then(scheduleNext);
    }, intervalMs);
  };
  current = runPass().then(scheduleNext);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      await dispatcher.channels.close();
    },
  };
}
