/** SQL of dialogues with citizens: sessions with their items, and the last session held per unit. */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { SaveDialogueRequest } from '../../../contracts/dialogues.js';
import type { CitizenDialogueTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

function selectDialogue(db: Executor) {
  return db
    .selectFrom('citizen_dialogue as g')
    .innerJoin('unit as u', 'u.id', 'g.unit_id')
    .selectAll('g')
    .select(['u.full_name as unit_name', 'u.path as unit_path']);
}

export type DialogueRow = NonNullable<Awaited<ReturnType<typeof findDialogue>>>;

/** One session. */
export async function findDialogue(db: Executor, id: string) {
  return selectDialogue(db).where('g.id', '=', id).executeTakeFirst();
}

/** Sessions of a unit subtree, newest first (published only, for the public). */
export async function listDialogues(db: Executor, unitPath: string | null, publishedOnly: boolean) {
  let query = selectDialogue(db);
  if (unitPath) query = query.where('u.path', 'like', `${unitPath}%`);
  if (publishedOnly) query = query.where('g.status', '=', 'published');
  return query.orderBy('g.held_at', 'desc').limit(200).execute();
}

/** The items of sessions, in order. */
export async function listItems(db: Executor, dialogueIds: string[]) {
  if (dialogueIds.length === 0) return [];
  return db
    .selectFrom('citizen_dialogue_item')
    .selectAll()
    .where('dialogue_id', 'in', dialogueIds)
    .orderBy('dialogue_id')
    .orderBy('position')
    .execute();
}

/** Replaces a session's items. */
export async function replaceItems(trx: Executor, dialogueId: string, items: SaveDialogueRequest['items']) {
  await trx.deleteFrom('citizen_dialogue_item').where('dialogue_id', '=', dialogueId).execute();
  if (items.length === 0) return;
  await trx
    .insertInto('citizen_dialogue_item')
    .values(
      items.map((item, index) => ({
        dialogue_id: dialogueId,
        position: index + 1,
        question: item.question,
        asked_by: item.askedBy ?? null,
        answer: item.answer ?? null,
        commitment: item.commitment ?? null,
        commitment_due: item.commitmentDue ?? null,
      })),
    )
    .execute();
}

/** Units of a subtree that must hold dialogues (communes, districts, provinces, departments) with their last one held. */
export async function listUnitsWithLastDialogue(db: Executor, unitPath: string | null) {
  let query = db
    .selectFrom('unit as u')
    .select([
      'u.id',
      'u.full_name',
      sql<Date | null>`(select max(g.held_at) from citizen_dialogue g where g.unit_id = u.id and g.status <> 'planned')`.as(
        'last_held_at',
      ),
    ])
    .where('u.kind', 'in', ['commune', 'district', 'province', 'department'])
    .where('u.active', '=', true);
  if (unitPath) query = query.where('u.path', 'like', `${unitPath}%`);
  return query.orderBy('u.full_name').limit(500).execute();
}

/** Writes `values` to a session still at `version`; undefined when it changed meanwhile. */
export async function updateDialogueAtVersion(
  trx: Executor,
  id: string,
  version: number,
  values: Updateable<CitizenDialogueTable>,
) {
  return trx
    .updateTable('citizen_dialogue')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/** Stores a new session; returns its id. */
export async function insertDialogue(trx: Executor, row: Insertable<CitizenDialogueTable>) {
  return trx.insertInto('citizen_dialogue').values(row).returning('id').executeTakeFirstOrThrow();
}
