/** What a service needs to act on behalf of a request: the database, the clock and who is acting. */
import type { CustomFetch } from 'openid-client';
import type { Actor } from '../domain/access/policy.js';
import type { FileStore } from './storage/file-store.js';
import type { PopulationRegistry } from './identity/population.js';
import type { AppConfig } from './config.js';
import type { Clock } from './clock.js';
import type { DatabaseHandle } from './db/connection.js';
import type { AuditInput } from './modules/audit/audit.queries.js';

export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  /** Name of the latest applied migration, for the health route. */
  migration: string | null;
  /** The population database adapter (the development registry when none is given). */
  population?: PopulationRegistry;
  /** Where attachments' bytes live (local disk by default). */
  files?: FileStore;
  /** Outbound HTTP for the identity provider (tests route it into the app itself). */
  outboundFetch?: CustomFetch;
}

export interface RequestContext {
  deps: AppDeps;
  actor: Actor | null;
  requestId: string;
  ip: string;
  userAgent: string | null;
}

/** Audit fields filled from the request: who, from which unit, when, with which request id. */
export function auditFrom(
  ctx: RequestContext,
  entry: Pick<AuditInput, 'action' | 'targetType' | 'targetId' | 'unitId' | 'summary'>,
  actorOverride?: { id: string; unitId: string | null },
): AuditInput {
  return {
    ...entry,
    at: ctx.deps.clock.now(),
    actorId: actorOverride?.id ?? ctx.actor?.userId ?? null,
    actorUnitId: actorOverride ? actorOverride.unitId : (ctx.actor?.unitId ?? null),
    requestId: ctx.requestId,
  };
}
