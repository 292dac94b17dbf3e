/**
 * What the HTTP benchmarks send, read from the benchmark database before the load: the intake target
 * (Phường Ba Đình's one-stop unit and a same-day procedure with its documents), open dossiers to move one
 * step, and dossiers to look up with a valid secret (the last 4 digits of the applicant's phone).
 */
import { listCaseDocuments } from '../../src/domain/dossiers/documents.js';
import type { ProcedureDefinition } from '../../src/domain/procedures/definition.js';
import { workflowFor } from '../../src/domain/procedures/validate.js';
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
 * Forward requests over open dossiers of `unitId`, in passes: pass k moves every dossier that still has k
 * steps ahead, naming version + k − 1 (by then the previous pass has moved it).
 */
export async function readForwardTargets(db: Db, unitId: string, limit: number): Promise<ForwardTarget[]> {
  const rows = await db
    .selectFrom('dossier as d')
    .innerJoin('procedure_version as v', 'v.id', 'd.procedure_version_id')
    .select(['d.id', 'd.version', 'd.variant_id', 'd.state', 'v.definition'])
    .where('d.receiving_unit_id', '=', unitId)
    .where('d.status', 'in', ['received', 'processing'])
    .where('d.finished_at', 'is', null)
    .limit(limit)
    .execute();
  const dossiers = rows.map((row) => {
    const steps = workflowFor(row.definition as ProcedureDefinition, row.variant_id)?.steps.length ?? 0;
    const index = (row.state as { stepIndex: number | null }).stepIndex ?? steps;
    return { id: row.id, version: row.version, ahead: steps - index };
  });
  const targets: ForwardTarget[] = [];
  const passes = Math.max(0, ...dossiers.map((d) => d.ahead));
  for (let pass = 0; pass < passes; pass += 1) {
    for (const d of dossiers) if (d.ahead > pass) targets.push({ id: d.id, version: d.version + pass });
  }
  return targets;
}

/** A random sample of dossiers (uuid order from a random point) with the secret that opens them. */
export async function readTrackTargets(db: Db, count: number): Promise<TrackTarget[]> {
  const start = crypto.randomUUID();
  const pick = (from: 'after' | 'before') =>
    db
      .selectFrom('dossier')
      .select(['code', 'applicant'])
      .where('id', from === 'after' ? '>' : '<=', start)
      .where('code', 'is not', null)
      .orderBy('id')
      .limit(count)
      .execute();
  const rows = [...(await pick('after')), ...(await pick('before'))].slice(0, count);
  return rows.flatMap((row) => {
    const phone = (row.applicant as { phone?: string }).phone;
    return row.code && phone ? [{ code: row.code, secret: phone.slice(-4) }] : [];
  });
}
