/**
 * A realistic past year of dossiers for the demo (and, scaled up, for the benchmarks): generated through
 * the real domain functions (see `history/`), written in bulk, one transaction per batch, with the
 * `dossier_sequence` rows that let live intake continue each unit's daily numbering.
 *
 * Actors: at Phường Ba Đình (00004.MC) the demo officials act (tiepnhan receives and returns, chuyenvien
 * appraises, lanhdao signs, truongmotcua heads the one-stop unit), so their work queues hold real dossiers;
 * 00008.MC and 01.TTPVHCC have no demo officials, so their actions are logged with no named actor and their
 * open steps are unassigned (any official of the step's role there may take them). A few of Ba Đình's online
 * dossiers belong to the demo citizen. No per-dossier audit entries are written; one entry records the run.
 */
import { scheduleMissingTimers } from '../modules/late-work/late-work.queries.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/types.js';
import { appendAudit } from '../modules/audit/audit.queries.js';
import { loadHistoryContext, type HistoryUnitSpec } from './history/context.js';
import { generateHistory, type GeneratedDossier } from './history/generate.js';
import * as q from './history/history.queries.js';
import { countDossier, createHistoryReport, type HistoryReport } from './history/report.js';
import { createBatchWriter } from './history/writer.js';
import { DEFAULT_HISTORY_SHARES, type HistoryShares } from './history/shares.js';
import { DEMO_CITIZEN } from './demo.js';

export type { HistoryReport } from './history/report.js';
export type { HistoryUnitSpec } from './history/context.js';

const DEMO_ACTORS = {
  reception: 'tiepnhan',
  specialist: 'chuyenvien',
  unit_leader: 'lanhdao',
  one_stop_head: 'truongmotcua',
};

/** The demo's receiving units: two communes' one-stop units (60% online) and the province's centre. */
export const DEMO_HISTORY_UNITS: HistoryUnitSpec[] = [
  { code: '00004.MC', weight: 1.2, onlineShare: 0.6, actors: DEMO_ACTORS, citizen: DEMO_CITIZEN.username },
  { code: '00008.MC', weight: 0.8, onlineShare: 0.6 },
  { code: '01.TTPVHCC', weight: 1, onlineShare: 0.45 },
];

export interface DemoHistoryOptions {
  /** Seed of the generator (default 2026): the same seed, clock and catalogue give the same dossiers. */
  seed?: number;
  /** Days of history up to the clock's day (default 365). */
  days?: number;
  /** Mean arrivals per working day per unit of weight 1 (default 5: about 3,900 dossiers a year). */
  perUnitDay?: number;
  units?: HistoryUnitSpec[];
  shares?: Partial<HistoryShares>;
  /** Dossiers per transaction (default 1,000). */
  batchSize?: number;
  /**
   * Batch transactions in flight at once (default 1). On PostgreSQL 2–3 lets the server write while the
   * next batch is generated; PGlite has one connection, so more gains nothing there.
   */
  writeConcurrency?: number;
  onProgress?: (report: HistoryReport) => void;
}

export interface DemoHistoryResult extends HistoryReport {
  sequences: number;
  ms: number;
}

/** Generates and stores the history (whatever dossiers already exist); returns what was written. */
export async function generateDemoHistory(
  db: Db,
  clock: Clock,
  options: DemoHistoryOptions = {},
): Promise<DemoHistoryResult> {
  const started = performance.now();
  const now = clock.now().getTime();
  const { units, actorUnits } = await loadHistoryContext(db, options.units ?? DEMO_HISTORY_UNITS);
  const generation = {
    seed: options.seed ?? 2026,
    now,
    days: options.days ?? 365,
    perUnitDay: options.perUnitDay ?? 5,
    shares: { ...DEFAULT_HISTORY_SHARES, ...options.shares },
  };
  const batchSize = options.batchSize ?? 1_000;
  const writer = createBatchWriter(db, actorUnits, Math.max(1, options.writeConcurrency ?? 1));
  const report = createHistoryReport();
  let batch: GeneratedDossier[] = [];
  for (const day of generateHistory(units, generation)) {
    for (const dossier of day) {
      countDossier(report, dossier, now);
      batch.push(dossier);
    }
    if (batch.length < batchSize) continue;
    await writer.write(batch);
    batch = [];
    options.onProgress?.(report);
  }
  if (batch.length > 0) await writer.write(batch);
  const sequences = await writer.finish();
  await db.transaction().execute((trx) => q.enterHistoryInBook(trx));
  await scheduleMissingTimers(db);
  await recordRun(db, now, report, generation);
  return { ...report, sequences, ms: Math.round(performance.now() - started) };
}

async function recordRun(
  db: Db,
  now: number,
  report: HistoryReport,
  generation: { seed: number; days: number },
) {
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      at: new Date(now),
      actorId: null,
      actorUnitId: null,
      unitId: null,
      action: 'system.seed_demo_history',
      targetType: 'dossier',
      targetId: null,
      summary: {
        dossiers: report.dossiers,
        actions: report.actions,
        seed: generation.seed,
        days: generation.days,
      },
      requestId: null,
    }),
  );
}

/** Generates the demo history when there is no dossier yet; null when there already is one. */
export async function seedDemoHistoryIfEmpty(
  db: Db,
  clock: Clock,
  options: DemoHistoryOptions = {},
): Promise<DemoHistoryResult | null> {
  if (await q.hasAnyDossier(db)) return null;
  return generateDemoHistory(db, clock, options);
}
