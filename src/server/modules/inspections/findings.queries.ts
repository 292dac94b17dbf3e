/** SQL of findings: the row joined with what due process and presentation need, events and photos. */
import type { Executor } from '../../db/types.js';
import type { InspectionFindingTable, InspectionPhotoTable } from '../../db/schema.js';
import type { Insertable, Updateable } from 'kysely';

/** Columns a due-process step changes. */
export type FindingChanges = Pick<
  Updateable<InspectionFindingTable>,
  'status' | 'explanation' | 'explained_at' | 'decision' | 'decision_note' | 'decided_by' | 'decided_at'
>;

function selectFindings(db: Executor) {
  return db
    .selectFrom('inspection_finding as f')
    .innerJoin('unit as un', 'un.id', 'f.unit_id')
    .leftJoin('app_user as o', 'o.id', 'f.official_id')
    .leftJoin('unit as ou', 'ou.id', 'o.unit_id')
    .selectAll('f')
    .select([
      'un.path as unit_path',
      'un.kind as unit_kind',
      'un.full_name as unit_name',
      'o.full_name as official_name',
      'ou.path as official_unit_path',
      'ou.kind as official_unit_kind',
    ]);
}

export type FindingRow = NonNullable<Awaited<ReturnType<typeof findFinding>>>;

/** One finding with its unit and official, or undefined. */
export async function findFinding(db: Executor, id: string) {
  return selectFindings(db).where('f.id', '=', id).executeTakeFirst();
}

/** Findings matching a filter, newest first (at most 500). */
export async function listFindings(
  db: Executor,
  filter: {
    inspectionId?: string;
    officialId?: string;
    scopePath?: string | null;
    from?: Date;
    to?: Date;
    undecided?: boolean;
  },
): Promise<FindingRow[]> {
  let query = selectFindings(db);
  if (filter.inspectionId) query = query.where('f.inspection_id', '=', filter.inspectionId);
  if (filter.officialId) query = query.where('f.official_id', '=', filter.officialId);
  if (filter.scopePath) query = query.where('un.path', 'like', `${filter.scopePath}%`);
  if (filter.from) query = query.where('f.occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('f.occurred_at', '<', filter.to);
  if (filter.undecided) query = query.where('f.status', '<>', 'decided');
  return query.orderBy('f.occurred_at', 'desc').limit(500).execute();
}

/** Inserts a finding and returns its id. */
export async function insertFinding(db: Executor, row: Insertable<InspectionFindingTable>): Promise<string> {
  const inserted = await db
    .insertInto('inspection_finding')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Updates a finding only at the version seen; false when someone changed it meanwhile. */
export async function updateFindingAt(
  db: Executor,
  id: string,
  version: number,
  changes: FindingChanges,
): Promise<boolean> {
  const result = await db
    .updateTable('inspection_finding')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Appends a due-process event. */
export async function insertFindingEvent(
  db: Executor,
  event: {
    findingId: string;
    type: 'recorded' | 'explained' | 'decided';
    at: Date;
    actorId: string | null;
    payload: object;
  },
): Promise<void> {
  await db
    .insertInto('inspection_finding_event')
    .values({
      finding_id: event.findingId,
      type: event.type,
      at: event.at,
      actor_id: event.actorId,
      payload: JSON.stringify(event.payload),
    })
    .execute();
}

/** Events of findings, in order. */
export async function listFindingEvents(db: Executor, findingIds: readonly string[]) {
  if (findingIds.length === 0) return [];
  return db
    .selectFrom('inspection_finding_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.finding_id', 'e.type', 'e.at', 'e.payload', 'u.full_name as actor_name'])
    .where('e.finding_id', 'in', findingIds)
    .orderBy('e.id')
    .execute();
}

/** Photos of findings. */
export async function listFindingPhotos(db: Executor, findingIds: readonly string[]) {
  if (findingIds.length === 0) return [];
  return db
    .selectFrom('inspection_photo')
    .selectAll()
    .where('finding_id', 'in', findingIds)
    .orderBy('taken_at')
    .execute();
}

/** Attaches an on-site photo to a visit and a finding. */
export async function insertInspectionPhoto(db: Executor, row: Insertable<InspectionPhotoTable>) {
  return db.insertInto('inspection_photo').values(row).execute();
}

/** The citizen's report a case is opened from (code, kind, unit, official named), or undefined. */
export async function findFeedbackReport(db: Executor, feedbackId: string) {
  return db
    .selectFrom('feedback')
    .select(['code', 'kind', 'unit_id', 'official_id'])
    .where('id', '=', feedbackId)
    .executeTakeFirst();
}

/** The finding already opened from a citizen's report, or undefined. */
export async function findFindingBySourceFeedback(db: Executor, feedbackId: string) {
  return db
    .selectFrom('inspection_finding')
    .select('id')
    .where('source_feedback_id', '=', feedbackId)
    .executeTakeFirst();
}
