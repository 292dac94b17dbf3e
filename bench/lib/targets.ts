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

/** One forward request: the dossier at the version the request must name. */
export interface ForwardTarget {
  id: string;
  version: number;
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
 * forward each, naming the dossier's version.
 */
export async function readForwardTargets(db: Db, unitId: string, limit: number): Promise<ForwardTarget[]> {
  const now = Date.now();
  const rows = await db
    .selectFrom('dossier as d')
    .innerJoin('unit as u', 'u.id', 'd.receiving_unit_id')
    .select(['d.id', 'd.version'])
    .where('d.receiving_unit_id', '=', unitId)
    .where('d.status', 'in', ['received', 'processing'])
    .where('d.finished_at', 'is', null)
    .where(sql<boolean>`d.step_path like u.path || '%'`)
    .where(sql<boolean>`(d.state->>'stepDueAt')::bigint > ${now}`)
    .where(sql<boolean>`d.state->'paused' = 'null'::jsonb`)
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, version: row.version }));
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
