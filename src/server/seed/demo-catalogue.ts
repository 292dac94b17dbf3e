/**
 * The demo procedure catalogue (≥ 30 common commune- and province-level procedures, marked `demo`), loaded
 * on first start in demo mode: owned by Hà Nội, offered by the demo one-stop units of its level.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/types.js';
import { appendAudit } from '../modules/audit/audit.queries.js';
import { parseCatalogue, writeCatalogue } from '../modules/procedures/procedures.transfer.js';
import { findUnitByCode } from '../modules/units/units.queries.js';

export const DEMO_CATALOGUE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'demo-procedures.json',
);

/** One-stop units offering each level's procedures in the demo. */
const OFFERING_UNITS: Record<string, string[]> = {
  commune: ['00004.MC', '00008.MC'],
  province: ['01.TTPVHCC'],
  department: ['01.TTPVHCC'],
};

/** Loads the demo catalogue when there are no procedures yet; returns the number loaded. */
export async function seedDemoCatalogueIfEmpty(db: Db, clock: Clock): Promise<number> {
  const existing = await db
    .selectFrom('procedure')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return 0;
  const owner = await findUnitByCode(db, '01');
  const definitions = parseCatalogue(JSON.parse(fs.readFileSync(DEMO_CATALOGUE_FILE, 'utf8')));
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await writeCatalogue(trx, definitions, { ownerUnitId: owner?.id ?? null, actorId: null, now });
    for (const definition of definitions) {
      const procedure = await trx
        .selectFrom('procedure')
        .select('id')
        .where('code', '=', definition.code)
        .executeTakeFirstOrThrow();
      for (const code of OFFERING_UNITS[definition.level] ?? []) {
        const unit = await findUnitByCode(trx, code);
        if (!unit) continue;
        await trx
          .insertInto('unit_procedure')
          .values({ unit_id: unit.id, procedure_id: procedure.id, enabled_at: now, enabled_by: null })
          .execute();
      }
    }
    await appendAudit(trx, {
      at: now,
      actorId: null,
      actorUnitId: null,
      unitId: owner?.id ?? null,
      action: 'system.seed_demo_catalogue',
      targetType: 'procedure',
      targetId: null,
      summary: { procedures: definitions.length },
      requestId: null,
    });
  });
  return definitions.length;
}
