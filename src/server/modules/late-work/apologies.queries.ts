/** SQL of explanations and apologies, and of the late-and-at-risk board. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import { dossierInScope } from '../dossiers/dossier-scope.queries.js';

export async function insertExplanation(
  db: Executor,
  row: {
    dossierId: string;
    stepId: string;
    periodIndex: number;
    userId: string;
    unitId: string | null;
    reasonCode: string;
    text: string;
    attachmentId: string | null;
    stepDueAt: Date;
    now: Date;
  },
): Promise<string> {
  const inserted = await db
    .insertInto('step_explanation')
    .values({
      dossier_id: row.dossierId,
      step_id: row.stepId,
      period_index: row.periodIndex,
      user_id: row.userId,
      unit_id: row.unitId,
      reason_code: row.reasonCode,
      text: row.text,
      attachment_id: row.attachmentId,
      step_due_at: row.stepDueAt,
      created_at: row.now,
    })
    .onConflict((oc) => oc.columns(['dossier_id', 'period_index']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new Error('explanation already filed');
  return inserted.id;
}

export async function listExplanations(db: Executor, dossierId: string) {
  return db
    .selectFrom('step_explanation as e')
    .innerJoin('app_user as u', 'u.id', 'e.user_id')
    .select([
      'e.id',
      'e.step_id',
      'e.period_index',
      'e.user_id',
      'u.full_name as user_name',
      'e.reason_code',
      'e.text',
      'e.attachment_id',
      'e.step_due_at',
      'e.created_at',
    ])
    .where('e.dossier_id', '=', dossierId)
    .orderBy('e.period_index')
    .execute();
}

function selectApology(db: Executor) {
  return db
    .selectFrom('dossier_apology as a')
    .innerJoin('dossier as d', 'd.id', 'a.dossier_id')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('app_user as dr', 'dr.id', 'a.drafted_by')
    .leftJoin('app_user as dc', 'dc.id', 'a.decided_by')
    .innerJoin('unit as un', 'un.id', 'a.unit_id')
    .selectAll('a')
    .select([
      'd.code',
      'd.scope_path',
      'd.receiving_path',
      'd.step_path',
      'd.holder_path',
      'd.applicant_user_id',
      'd.applicant',
      'p.name as procedure_name',
      'dr.full_name as drafted_by_name',
      'dc.full_name as decided_by_name',
      'un.full_name as unit_name',
    ]);
}

export type ApologyRow = NonNullable<Awaited<ReturnType<typeof findApology>>>;

export async function findApology(db: Executor, id: string) {
  return selectApology(db).where('a.id', '=', id).executeTakeFirst();
}

export async function listApologies(db: Executor, dossierId: string) {
  return selectApology(db).where('a.dossier_id', '=', dossierId).orderBy('a.created_at').execute();
}

/** A pending apology of the dossier, if one waits for a decision (its id only). */
export async function findPendingApology(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_apology')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Pending apologies of dossiers within a scope (null: everywhere), oldest first. */
export async function listPendingApologies(db: Executor, scopePath: string | null) {
  let query = selectApology(db).where('a.status', '=', 'pending');
  if (scopePath) query = query.where(dossierInScope(scopePath));
  return query.orderBy('a.created_at').limit(200).execute();
}

export async function insertApology(
  db: Executor,
  row: {
    dossierId: string;
    unitId: string;
    draftedBy: string;
    responsibleUserIds: string[];
    reasonCode: string;
    reason: string;
    originalDueAt: Date;
    previousDueAt: Date;
    proposedDueAt: Date;
    latestAt: Date;
    now: Date;
  },
): Promise<string> {
  const inserted = await db
    .insertInto('dossier_apology')
    .values({
      dossier_id: row.dossierId,
      unit_id: row.unitId,
      drafted_by: row.draftedBy,
      responsible_user_ids: row.responsibleUserIds,
      reason_code: row.reasonCode,
      reason: row.reason,
      original_due_at: row.originalDueAt,
      previous_due_at: row.previousDueAt,
      proposed_due_at: row.proposedDueAt,
      latest_at: row.latestAt,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Records a decision if the apology is still pending at `version`; false otherwise. An approval carries its
 * lateness (`late`, `latestAt`); a rejection has none.
 */
export async function decideApology(
  db: Executor,
  id: string,
  version: number,
  decision: {
    status: 'approved' | 'rejected';
    by: string;
    comment: string | null;
    now: Date;
    late: boolean | null;
    latestAt: Date | null;
  },
): Promise<boolean> {
  const row = await db
    .updateTable('dossier_apology')
    .set((eb) => ({
      status: decision.status,
      decided_by: decision.by,
      decided_at: decision.now,
      decision_comment: decision.comment,
      late: decision.status === 'approved' ? decision.late : null,
      ...(decision.latestAt ? { latest_at: decision.latestAt } : {}),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Open dossiers in a scope that are overdue or due within `horizon` (step or dossier), with what the board
 * shows; read through the open-dossier scope index.
 */
export async function listBoard(db: Executor, scopePath: string | null, horizon: Date, limit: number) {
  let query = db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .leftJoin('app_user as h', 'h.id', 'd.current_holder_id')
    .select([
      'd.id',
      'd.code',
      'd.status',
      'd.step_due_at',
      'd.due_at',
      'd.original_due_at',
      'd.state',
      'd.calendar_version_id',
      'd.current_holder_id',
      'h.full_name as holder_name',
      'p.name as procedure_name',
      sql<boolean>`exists (select 1 from dossier_apology a where a.dossier_id = d.id and a.status = 'pending')`.as(
        'apology_pending',
      ),
      sql<boolean>`exists (select 1 from dossier_apology a where a.dossier_id = d.id and a.late)`.as(
        'apology_late',
      ),
    ])
    .where('d.finished_at', 'is', null)
    .where('d.status', 'in', ['received', 'processing'])
    .where((eb) => eb.or([eb('d.step_due_at', '<=', horizon), eb('d.due_at', '<=', horizon)]));
  if (scopePath) query = query.where(dossierInScope(scopePath));
  return query.orderBy('d.step_due_at').limit(limit).execute();
}
