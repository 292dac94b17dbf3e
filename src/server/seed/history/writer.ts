/**
 * Writes generated dossiers in batches, one transaction per batch: the dossier rows, their action rows and
 * the `dossier_sequence` rows (the highest number used per unit-day). Several batches may be in flight on
 * PostgreSQL, so the server writes while the next batch is generated.
 */
import type { Db } from '../../db/types.js';
import type { GeneratedDossier } from './generate.js';
import * as q from './history.queries.js';
import { toActionRows, toDossierRow, toLateWorkRows } from './rows.js';

const ROWS_PER_STATEMENT = 1_000;
const ACTION_ROWS_PER_STATEMENT = 5_000;

/** Writes one batch in one transaction; returns how many unit-day sequences it touched. */
export async function writeBatch(
  db: Db,
  batch: readonly GeneratedDossier[],
  actorUnits: ReadonlyMap<string, string>,
): Promise<number> {
  const sequences = new Map<string, { unitId: string; day: string; last: number }>();
  for (const d of batch) {
    const key = `${d.unit.id}/${d.day}`;
    const last = Math.max(d.sequence, sequences.get(key)?.last ?? 0);
    sequences.set(key, { unitId: d.unit.id, day: d.day, last });
  }
  // the same order in every batch, so concurrent batches never deadlock on a shared unit-day
  const ordered = [...sequences.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  const dossiers = batch.map(toDossierRow);
  const actions = batch.flatMap((d) => toActionRows(d, actorUnits));
  const late = batch.map((d) => toLateWorkRows(d, actorUnits));
  const explanations = late.flatMap((l) => l.explanations);
  const apologies = late.flatMap((l) => l.apologies);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < dossiers.length; i += ROWS_PER_STATEMENT) {
      await q.insertDossierRows(trx, dossiers.slice(i, i + ROWS_PER_STATEMENT));
    }
    for (let i = 0; i < actions.length; i += ACTION_ROWS_PER_STATEMENT) {
      await q.insertActionRows(trx, actions.slice(i, i + ACTION_ROWS_PER_STATEMENT));
    }
    await q.upsertSequences(trx, ordered);
    await q.insertLateWorkRows(trx, { explanations, apologies });
  });
  return sequences.size;
}

/** Queues batches with at most `concurrency` transactions in flight; the first failure is rethrown. */
export function createBatchWriter(db: Db, actorUnits: ReadonlyMap<string, string>, concurrency: number) {
  const pending: Promise<void>[] = [];
  let failure: unknown = null;
  let sequences = 0;
  const waitUntil = async (limit: number) => {
    while (pending.length > limit) await pending.shift();
    if (failure) throw failure;
  };
  return {
    /** Starts writing `batch`, after waiting for room. */
    async write(batch: readonly GeneratedDossier[]): Promise<void> {
      await waitUntil(Math.max(0, concurrency - 1));
      pending.push(
        writeBatch(db, batch, actorUnits).then(
          (count) => {
            sequences += count;
          },
          (error: unknown) => {
            failure ??= error;
          },
        ),
      );
    },
    /** Waits for every batch; returns the number of sequence rows written. */
    async finish(): Promise<number> {
      await waitUntil(0);
      return sequences;
    },
  };
}
