/**
 * What the HTTP benchmarks send, read from the benchmark database before the load: the intake target
 * (Phường Ba Đình's one-stop unit and a same-day procedure with its documents), open dossiers to move one
 * step, and dossiers to look up with a valid secret (a receipt PIN the benchmark sets on its sample).
 */
import { sql } from 'kysely';
import { listCaseDocuments } from '../../src/domain/dossiers/documents.js';
import type { ProcedureDefinition } from '../../src/domain/procedures/definition.js';
import type { Db } from '../../src/server/db/types.js';

export interface IntakeTarget {
  unitId: string;
  procedureId: string;
  documents: { documentId: string; provided: boolean }[];
}

/** One forward request: the dossier at the version the request must name, and when its step falls due. */
export interface ForwardTarget {
  id: string;
  version: number;
  /** Epoch ms; a step past due must be explained before it moves, so it is no target after that. */
  dueAt: number;
}

/** What the dashboard requests name: the intake unit's commune and that commune's province. */
export interface DashboardTarget {
  communeId: string;
  provinceId: string;
}

export interface TrackTarget {
  code: string;
  secret: string;
}

const INTAKE_PROCEDURE = '1.001193.000.00.00.H26';

export async function readIntakeTarget(db: Db): Promise<IntakeTarget> {
  const unit = await db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', '00004.MC')
    .executeTakeFirstOrThrow();
  const procedure = await db
    .selectFrom('procedure as p')
    .innerJoin('procedure_version as v', 'v.id', 'p.current_version_id')
    .select(['p.id', 'v.definition'])
    .where('p.code', '=', INTAKE_PROCEDURE)
    .executeTakeFirstOrThrow();
  const documents = listCaseDocuments(procedure.definition as ProcedureDefinition, null).map((doc) => ({
    documentId: doc.id,
    provided: true,
  }));
  return { unitId: unit.id, procedureId: procedure.id, documents };
}

/**
 * Forward requests over open dossiers received by `unitId` whose current step lies in that unit and is not
 * overdue (an overdue step must be explained first; a step of another unit belongs to other officials): one
 * forward each, naming the dossier's version. `createdAfter` keeps to dossiers made since then (read
 * through the receiving unit's index on the creation time, instead of all the unit's dossiers).
 */
export async function readForwardTargets(
  db: Db,
  unitId: string,
  limit: number,
  createdAfter?: Date,
): Promise<ForwardTarget[]> {
  const now = Date.now();
  let query = db
    .selectFrom('dossier as d')
    .innerJoin('unit as u', 'u.id', 'd.receiving_unit_id')
    .select(['d.id', 'd.version', sql<string>`d.state->>'stepDueAt'`.as('due_at')])
    .where('d.receiving_unit_id', '=', unitId)
    .where('d.status', 'in', ['received', 'processing'])
    .where('d.finished_at', 'is', null)
    .where(sql<boolean>`d.step_path like u.path || '%'`)
    .where(sql<boolean>`(d.state->>'stepDueAt')::bigint > ${now}`)
    .where(sql<boolean>`d.state->'paused' = 'null'::jsonb`)
    .limit(limit);
  if (createdAfter) query = query.where('d.created_at', '>', createdAfter);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, version: row.version, dueAt: Number(row.due_at) }));
}

/** The commune holding `unitId` (its parent) and that commune's province. */
export async function readDashboardTarget(db: Db, unitId: string): Promise<DashboardTarget> {
  const row = await db
    .selectFrom('unit as u')
    .innerJoin('unit as commune', 'commune.id', 'u.parent_id')
    .select(['commune.id as communeId', 'commune.parent_id as provinceId'])
    .where('u.id', '=', unitId)
    .executeTakeFirstOrThrow();
  if (!row.provinceId) throw new Error(`the commune of unit ${unitId} has no province`);
  return { communeId: row.communeId, provinceId: row.provinceId };
}

/** The receipt PIN the benchmark gives its look-up sample (the real one is printed on the slip). */
const BENCH_PIN = '135790';

/**
 * A random sample of dossiers (uuid order from a random point) with the secret that opens them: the sample's
 * PIN hashes are set to BENCH_PIN the way intake stores them (sha256 of "<id>:<pin>").
 */
export async function readTrackTargets(db: Db, count: number): Promise<TrackTarget[]> {
  const start = crypto.randomUUID();
  const pick = (from: 'after' | 'before') =>
    db
      .selectFrom('dossier')
      .select(['id', 'code'])
      .where('id', from === 'after' ? '>' : '<=', start)
      .where('code', 'is not', null)
      .orderBy('id')
      .limit(count)
      .execute();
  const rows = [...(await pick('after')), ...(await pick('before'))].slice(0, count);
  const ids = rows.map((row) => row.id);
  await sql`update dossier set tracking_pin_hash = encode(sha256(convert_to(id::text || ':' || ${BENCH_PIN}, 'UTF8')), 'hex')
    where id = any(${ids}::uuid[])`.execute(db);
  return rows.flatMap((row) => (row.code ? [{ code: row.code, secret: BENCH_PIN }] : []));
}
