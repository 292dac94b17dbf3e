/**
 * Which signing adapter signs a unit's results: the configured PKCS#12 file (SIGNING_P12_PATH) for every
 * unit; otherwise, outside production only, the unit's development certificate issued by the development CA,
 * both generated the first time they are needed and kept in `signing_dev_identity`. In production without a
 * configured key there is none (null): results are then not signed.
 */
import fs from 'node:fs';
import type { AppConfig } from '../../config.js';
import type { Executor } from '../../db/types.js';
import { createDevCa, createDevUnitIdentity, DEV_P12_PASSWORD } from '../../signing/dev-identities.js';
import { createP12Adapter, LocalP12Adapter, type SigningAdapter } from '../../signing/signing-adapter.js';
import { findDevIdentity, insertDevIdentity } from './signed-results.queries.js';

let configured: { path: string; adapter: SigningAdapter } | null = null;

/** The adapter of the configured file, read once per process. */
function configuredAdapter(p12Path: string, password: string): SigningAdapter {
  if (configured?.path !== p12Path) {
    configured = { path: p12Path, adapter: createP12Adapter(fs.readFileSync(p12Path), password) };
  }
  return configured.adapter;
}

async function devIdentity(
  db: Executor,
  owner: string,
  make: () => { p12: Buffer; certificatePem: string },
  now: Date,
) {
  // bytea comes back as a Uint8Array from PGlite and a Buffer from pg: always a Buffer here
  const asBuffer = (row: { p12: Uint8Array; certificate_pem: string }) => ({
    p12: Buffer.from(row.p12),
    certificatePem: row.certificate_pem,
  });
  const found = await findDevIdentity(db, owner);
  if (found) return asBuffer(found);
  const made = make();
  return asBuffer(
    await insertDevIdentity(db, {
      owner,
      p12: made.p12,
      certificate_pem: made.certificatePem,
      created_at: now,
    }),
  );
}

/** The adapter that signs for `unitId`, or null when signing is turned off (`RESULT_SIGNING=off`). */
export async function findResultSigner(
  db: Executor,
  config: AppConfig,
  unit: { id: string; name: string },
  now: Date,
): Promise<SigningAdapter | null> {
  const { p12Path, p12Password, devIdentities, enabled } = config.signing;
  if (!enabled) return null;
  if (p12Path) return configuredAdapter(p12Path, p12Password);
  if (!devIdentities || config.mode === 'production') return null;
  const ca = await devIdentity(db, 'ca', () => createDevCa(now), now);
  const own = await devIdentity(db, unit.id, () => createDevUnitIdentity(ca, unit.name, now), now);
  return new LocalP12Adapter(own.p12, DEV_P12_PASSWORD, own.certificatePem);
}
