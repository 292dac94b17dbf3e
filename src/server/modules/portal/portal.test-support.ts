/** Test helpers of the portal synchronisation: delivery through the real stand-in route, and its record. */
import type { TestApp } from '../../testing/harness.js';
import { createHttpPortalAdapter, type PortalFetch } from './portal.adapter.js';
import { deliverDuePortalChanges, PORTAL_BATCH_SIZE, type PortalDeliveryDeps } from './portal.delivery.js';

/** What the stand-in holds (GET /dev/national-portal/changes). */
export interface StandInView {
  attemptKeys: string[];
  duplicates: number;
  accepted: {
    idempotencyKey: string;
    record: { statusCode: number; changeSeq: number; dossierCode: string };
  }[];
}

/** Delivery deps whose adapter posts to the stand-in inside the app (the configured development endpoint). */
export function standInDelivery(t: TestApp, overrides: Partial<PortalDeliveryDeps> = {}): PortalDeliveryDeps {
  const settings = t.deps.config.nationalPortal;
  return {
    db: t.deps.database.db,
    clock: t.clock,
    adapter: createHttpPortalAdapter(settings.endpoint!, t.deps.outboundFetch as unknown as PortalFetch),
    policy: { ...settings, batchSize: PORTAL_BATCH_SIZE },
    ...overrides,
  };
}

/** Runs passes until one claims nothing (changes waiting for a retry time stay queued). */
export async function deliverAllDue(deps: PortalDeliveryDeps): Promise<void> {
  while ((await deliverDuePortalChanges(deps)).claimed > 0);
}

/** The stand-in's record. */
export async function readStandIn(t: TestApp): Promise<StandInView> {
  const response = await t.app.inject({ url: '/dev/national-portal/changes' });
  return response.json<StandInView>();
}

/** Tells the stand-in to fail its next `times` deliveries. */
export async function failStandIn(t: TestApp, times: number): Promise<void> {
  await t.app.inject({ method: 'POST', url: '/dev/national-portal/fail', payload: { times } });
}
