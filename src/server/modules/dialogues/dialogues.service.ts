/**
 * Dialogues with citizens (seed 004): a unit's organisers record a session with its questions, answers and
 * commitments, then publish the minutes (public from then on, and no longer editable). Units of the
 * organiser's subtree that are due for their six-monthly dialogue are listed as reminders.
 */
import type { z } from 'zod';
import type { PublishDialogueRequest, SaveDialogueRequest } from '../../../contracts/dialogues.js';
import { fail } from '../../../domain/errors.js';
import { computeDialogueDue } from '../../../domain/feedback/dialogues.js';
import { canOrganiseDialogues, canReadSatisfaction } from '../../../domain/satisfaction/policy.js';
import type { Actor } from '../../../domain/access/policy.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { findUnitIdAndPath } from '../units/units.queries.js';
import * as q from './dialogues.queries.js';

function officialOf(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'official') throw fail.forbidden();
  return actor;
}

const canRead = (actor: Actor, path: string) =>
  canOrganiseDialogues(actor, path) || canReadSatisfaction(actor, path);

/** A session an official may read. */
export async function getDialogue(ctx: RequestContext, id: string): Promise<q.DialogueRow> {
  const actor = officialOf(ctx);
  const row = await q.findDialogue(ctx.deps.database.db, id);
  if (!row || !canRead(actor, row.unit_path)) throw fail.notFound('Không tìm thấy buổi đối thoại.');
  return row;
}

/** Creates (no id) or edits a session that is not yet published. */
export async function saveDialogue(
  ctx: RequestContext,
  id: string | null,
  input: SaveDialogueRequest,
): Promise<string> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const unit = await findUnitIdAndPath(db, input.unitId);
  if (!unit || !canOrganiseDialogues(actor, unit.path)) throw fail.forbidden();
  const existing = id ? await getDialogue(ctx, id) : null;
  if (existing && existing.status === 'published')
    throw fail.validation('Biên bản đã công khai, không sửa được.');
  if (existing && input.version !== existing.version) throw fail.conflict();
  const now = ctx.deps.clock.now();
  const values = {
    unit_id: unit.id,
    title: input.title,
    held_at: new Date(input.heldAt),
    location: input.location ?? null,
    chaired_by: input.chairedBy ?? null,
    participants: input.participants ?? null,
    status: input.status,
    updated_at: now,
  };
  return db.transaction().execute(async (trx) => {
    let dialogueId: string;
    if (existing) {
      const updated = await q.updateDialogueAtVersion(trx, existing.id, existing.version, {
        ...values,
        version: existing.version + 1,
      });
      if (!updated) throw fail.conflict();
      dialogueId = existing.id;
    } else {
      const inserted = await q.insertDialogue(trx, { ...values, created_by: actor.userId, created_at: now });
      dialogueId = inserted.id;
    }
    await q.replaceItems(trx, dialogueId, input.items);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: existing ? 'dialogue.update' : 'dialogue.create',
        targetType: 'citizen_dialogue',
        targetId: dialogueId,
        unitId: unit.id,
        summary: { title: input.title, status: input.status, items: input.items.length },
      }),
    );
    return dialogueId;
  });
}

/** Publishes the minutes of a session held (then public and frozen). */
export async function publishDialogue(
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof PublishDialogueRequest>,
) {
  const actor = officialOf(ctx);
  const row = await getDialogue(ctx, id);
  if (!canOrganiseDialogues(actor, row.unit_path)) throw fail.forbidden();
  if (row.status !== 'held') throw fail.validation('Chỉ công khai biên bản của buổi đối thoại đã tổ chức.');
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    const updated = await q.updateDialogueAtVersion(trx, id, input.version, {
      status: 'published',
      minutes: input.minutes,
      published_at: now,
      updated_at: now,
      version: row.version + 1,
    });
    if (!updated) throw fail.conflict();
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'dialogue.publish',
        targetType: 'citizen_dialogue',
        targetId: id,
        unitId: row.unit_id,
        summary: { title: row.title },
      }),
    );
  });
}

/** Sessions of a unit subtree (default: the official's unit). */
export async function listDialoguesFor(ctx: RequestContext, unitId: string | undefined) {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const id = unitId ?? actor.unitId;
  const unit = id ? await findUnitIdAndPath(db, id) : undefined;
  if (!unit || !canRead(actor, unit.path)) throw fail.notFound('Không tìm thấy đơn vị.');
  return q.listDialogues(db, unit.path, false);
}

/** Units of the official's subtree due (or overdue) for a dialogue, the most overdue first. */
export async function listDueDialogues(ctx: RequestContext) {
  const actor = officialOf(ctx);
  if (!actor.unitPath || !canRead(actor, actor.unitPath)) throw fail.forbidden();
  const now = ctx.deps.clock.now().getTime();
  const units = await q.listUnitsWithLastDialogue(ctx.deps.database.db, actor.unitPath);
  return units
    .map((unit) => ({ unit, due: computeDialogueDue(unit.last_held_at?.getTime() ?? null, now) }))
    .sort((a, b) => (a.due.dueBy ?? '').localeCompare(b.due.dueBy ?? ''));
}
