/** Shapes of the national portal synchronisation API (system administrators). */
import { z } from 'zod';

export const PortalSyncFailure = z.object({
  id: z.string(),
  dossierId: z.string(),
  dossierCode: z.string().nullable(),
  seq: z.number().int(),
  status: z.enum(['failed', 'dead']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string(),
  createdAt: z.string(),
});
export type PortalSyncFailure = z.infer<typeof PortalSyncFailure>;

export const PortalSyncStatus = z.object({
  /** Off: no NATIONAL_PORTAL_URL and no development stand-in; nothing is queued. */
  enabled: z.boolean(),
  standIn: z.boolean(),
  /** Changes not yet delivered (pending, sending, failed, given up). */
  backlog: z.number().int(),
  failed: z.number().int(),
  dead: z.number().int(),
  sent: z.number().int(),
  oldestAt: z.string().nullable(),
  /** Age of the oldest undelivered change, in seconds. */
  oldestAgeSeconds: z.number().int().nullable(),
  dossiers: z.object({ total: z.number().int(), synced: z.number().int() }),
  failures: z.array(PortalSyncFailure),
});
export type PortalSyncStatus = z.infer<typeof PortalSyncStatus>;

export const PortalSyncRetryResponse = z.object({ retried: z.number().int() });
export type PortalSyncRetryResponse = z.infer<typeof PortalSyncRetryResponse>;
