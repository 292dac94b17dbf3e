/**
 * Bulk import of dossiers with their logs (issue #20 item 5): reads CSV or JSON lines, checks every record
 * with the app's rules (`domain/dossiers/import-record.ts`, look-ups in memory), reports refused lines with a
 * Vietnamese reason, and writes accepted ones in batches, one transaction per batch: staging (COPY on
 * PostgreSQL, `unnest` inserts on PGlite), then set-based inserts so the tables' triggers keep scope paths
 * and the roll-up queue, and one audit entry per batch. Roll-ups are refreshed at the end.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/connection.js';
import type { Db } from '../../db/types.js';
import {
  checkImportRecord,
  type ImportedDossier,
  type ImportLookups,
  type ImportRecord,
} from '../../../domain/dossiers/import-record.js';
import { appendAudit } from '../audit/audit.queries.js';
import { refreshRollups } from '../rollups/rollups.service.js';
import { loadImportLookups } from './import.lookups.js';
import { parseCsvLine } from './import.csv.js';
import * as q from './import.queries.js';

export type ImportFormat = 'csv' | 'jsonl';

export interface ImportProgress {
  lines: number;
  accepted: number;
  rejected: number;
  /** Stored rows (dossiers + actions) per second since the start. */
  rowsPerSecond: number;
}

export interface ImportReject {
  line: number;
  code: string;
  reason: string;
}

export interface ImportResult extends ImportProgress {
  actions: number;
  batches: number;
  loader: 'copy' | 'insert';
  ms: number;
  /** Where the time went: staging (COPY or unnest) and the set-based inserts with their triggers. */
  stageMs: number;
  insertMs: number;
  rollupMs: number;
}

export interface ImportOptions {
  format: ImportFormat;
  /** Records per transaction. */
  batchSize?: number;
  /** A name for the audit entries (the file). */
  source: string;
  onReject(reject: ImportReject): void;
  onProgress?(progress: ImportProgress): void;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toStageRows(line: number, d: ImportedDossier) {
  const id = randomUUID();
  const last = d.actions[d.actions.length - 1]!.at;
  const s = d.state;
  const dossier: q.DossierStageRow = {
    line,
    id,
    code: d.code,
    receiving_unit_id: d.unit.id,
    authority_unit_id: d.unit.authorityId,
    scope_path: d.unit.scopePath,
    procedure_id: d.procedure.id,
    procedure_version_id: d.procedure.versionId,
    calendar_version_id: d.unit.calendarVersionId,
    channel: d.channel,
    applicant: JSON.stringify(d.applicant),
    status: d.status,
    outcome: s.outcome,
    received_at: iso(s.receivedAt),
    due_at: iso(s.dueAt),
    finished_at: iso(s.finishedAt),
    returned_at: iso(s.returnedAt),
    state: JSON.stringify(s),
    last_seq: s.lastSeq,
    created_at: iso(d.createdAt),
    updated_at: iso(Math.max(last, d.createdAt)),
  };
  const actions = d.actions.map((a) => ({ dossier_id: id, seq: a.seq, type: a.type, at: iso(a.at)! }));
  return { dossier, actions };
}

/** Parses one line into a record, or gives the reason it is unreadable. */
function readRecord(format: ImportFormat, text: string, header: string[]): ImportRecord | string {
  if (format === 'jsonl') {
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as ImportRecord)
        : 'Dòng không phải một đối tượng JSON.';
    } catch {
      return 'Dòng không phải JSON hợp lệ.';
    }
  }
  const fields = parseCsvLine(text);
  if (fields === null) return 'Dòng CSV có dấu ngoặc kép không đóng.';
  if (fields.length !== header.length)
    return `Dòng CSV có ${fields.length} cột, tiêu đề có ${header.length} cột.`;
  return Object.fromEntries(header.map((name, i) => [name, fields[i]])) as ImportRecord;
}

/**
 * Imports every line `openLines` gives (opened only once the look-ups are loaded: a readline interface made
 * earlier would drop the lines it read meanwhile); refused lines go to `onReject`, nothing refused is stored. Throws only on a
 * database failure (the batch in flight is rolled back; earlier batches stay).
 */
export async function importDossiers(
  handle: DatabaseHandle,
  clock: Clock,
  openLines: () => AsyncIterable<string>,
  options: ImportOptions,
): Promise<ImportResult> {
  const started = performance.now();
  const now = clock.now().getTime();
  const batchSize = options.batchSize ?? 20_000;
  const lookups: ImportLookups = await loadImportLookups(handle.db);
  const session = handle.connectSession ? await handle.connectSession() : null;
  const db: Db = session ? q.kyselyOnSession(session) : handle.db;
  const seen = new Set<string>();
  const totals = { lines: 0, accepted: 0, rejected: 0, actions: 0, batches: 0, stageMs: 0, insertMs: 0 };
  let dossiers: q.DossierStageRow[] = [];
  let actions: q.ActionStageRow[] = [];
  const progress = (): ImportProgress => ({
    lines: totals.lines,
    accepted: totals.accepted,
    rejected: totals.rejected,
    rowsPerSecond: Math.round(((totals.accepted + totals.actions) * 1000) / (performance.now() - started)),
  });
  const reject = (line: number, code: string, reason: string) => {
    totals.rejected += 1;
    options.onReject({ line, code, reason });
  };
  const flush = async () => {
    if (dossiers.length === 0) return;
    const [batchDossiers, batchActions] = [dossiers, actions];
    dossiers = [];
    actions = [];
    await db.transaction().execute(async (trx) => {
      const stageStarted = performance.now();
      await q.createStagingTables(trx);
      if (session) await q.copyStage(session, batchDossiers, batchActions);
      else await q.insertStage(trx, batchDossiers, batchActions);
      const insertStarted = performance.now();
      totals.stageMs += insertStarted - stageStarted;
      for (const row of await q.dropStagedExistingCodes(trx))
        reject(row.line, row.code, 'Mã hồ sơ đã có trong hệ thống.');
      const stored = await q.insertFromStage(trx);
      totals.insertMs += performance.now() - insertStarted;
      totals.accepted += stored.dossiers;
      totals.actions += stored.actions;
      totals.batches += 1;
      await appendAudit(trx, {
        at: clock.now(),
        actorId: null,
        actorUnitId: null,
        unitId: null,
        action: 'dossier.import',
        targetType: 'dossier_import',
        targetId: null,
        summary: {
          source: options.source,
          firstLine: batchDossiers[0]!.line,
          lastLine: batchDossiers[batchDossiers.length - 1]!.line,
          dossiers: stored.dossiers,
          actions: stored.actions,
        },
        requestId: null,
      });
    });
    options.onProgress?.(progress());
  };
  try {
    let header: string[] = [];
    let lineNumber = 0;
    for await (const text of openLines()) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      if (options.format === 'csv' && lineNumber === 1) {
        header = (parseCsvLine(text.replace(/^\uFEFF/, '')) ?? []).map((h) => h.trim());
        continue;
      }
      totals.lines += 1;
      const record = readRecord(options.format, text, header);
      if (typeof record === 'string') {
        reject(lineNumber, '', record);
        continue;
      }
      const check = checkImportRecord(record, lookups, now);
      if (!check.ok) {
        reject(lineNumber, typeof record.MaHoSo === 'string' ? record.MaHoSo : '', check.reason);
        continue;
      }
      if (seen.has(check.dossier.code)) {
        reject(lineNumber, check.dossier.code, 'Mã hồ sơ trùng với một dòng trước trong tệp.');
        continue;
      }
      seen.add(check.dossier.code);
      const rows = toStageRows(lineNumber, check.dossier);
      dossiers.push(rows.dossier);
      for (const a of rows.actions) actions.push(a);
      if (dossiers.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    if (session) {
      await db.destroy();
      session.release();
    }
  }
  const ms = performance.now() - started;
  const rollupStarted = performance.now();
  await refreshRollups(handle.db, clock);
  return {
    ...progress(),
    rowsPerSecond: Math.round(((totals.accepted + totals.actions) * 1000) / ms),
    actions: totals.actions,
    batches: totals.batches,
    loader: session ? 'copy' : 'insert',
    ms: Math.round(ms),
    stageMs: Math.round(totals.stageMs),
    insertMs: Math.round(totals.insertMs),
    rollupMs: Math.round(performance.now() - rollupStarted),
  };
}
