/** Routes of dialogues with citizens: sessions, publication of minutes, reminders, the public minutes. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  Dialogue,
  DialogueDue,
  DialogueListQuery,
  PublishDialogueRequest,
  SaveDialogueRequest,
} from '../../../contracts/dialogues.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { DIALOGUE_STATUS_LABELS } from '../../../domain/feedback/dialogues.js';
import { requireOfficial } from '../../http/session.js';
import type { Executor } from '../../db/types.js';
import { findUnitIdAndPath } from '../units/units.queries.js';
import * as q from './dialogues.queries.js';
import * as service from './dialogues.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['dialogues'];

async function presentDialogues(db: Executor, rows: q.DialogueRow[]): Promise<Dialogue[]> {
  const items = await q.listItems(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    title: row.title,
    heldAt: formatInstant(row.held_at.getTime()),
    location: row.location,
    chairedBy: row.chaired_by,
    participants: row.participants,
    status: row.status,
    statusLabel: DIALOGUE_STATUS_LABELS[row.status].vi,
    minutes: row.minutes,
    publishedAt: row.published_at ? formatInstant(row.published_at.getTime()) : null,
    items: items
      .filter((item) => item.dialogue_id === row.id)
      .map((item) => ({
        question: item.question,
        askedBy: item.asked_by,
        answer: item.answer,
        commitment: item.commitment,
        commitmentDue: item.commitment_due,
      })),
    version: row.version,
  }));
}

export async function dialogueRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const one = async (ctx: Parameters<typeof service.getDialogue>[0], id: string) =>
    (await presentDialogues(ctx.deps.database.db, [await service.getDialogue(ctx, id)]))[0]!;

  r.get(
    '/dialogues',
    {
      schema: {
        tags,
        summary: 'Các buổi đối thoại với người dân',
        querystring: DialogueListQuery,
        response: { 200: z.array(Dialogue), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return presentDialogues(
        request.ctx.deps.database.db,
        await service.listDialoguesFor(request.ctx, request.query.unitId),
      );
    },
  );

  r.get(
    '/dialogues/due',
    {
      schema: {
        tags,
        summary: 'Đơn vị đến hạn đối thoại (6 tháng một lần)',
        response: { 200: z.array(DialogueDue), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const rows = await service.listDueDialogues(request.ctx);
      return rows.map(({ unit, due }) => ({
        unit: { id: unit.id, name: unit.full_name },
        lastHeldAt: unit.last_held_at ? formatInstant(unit.last_held_at.getTime()) : null,
        dueBy: due.dueBy,
        overdue: due.overdue,
      }));
    },
  );

  r.post(
    '/dialogues',
    {
      schema: {
        tags,
        summary: 'Ghi nhận buổi đối thoại',
        body: SaveDialogueRequest,
        response: { 201: Dialogue, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const id = await service.saveDialogue(request.ctx, null, request.body);
      return reply.status(201).send(await one(request.ctx, id));
    },
  );

  r.put(
    '/dialogues/:id',
    {
      schema: {
        tags,
        summary: 'Sửa buổi đối thoại (chưa công khai)',
        params: IdParams,
        body: SaveDialogueRequest,
        response: { 200: Dialogue, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.saveDialogue(request.ctx, request.params.id, request.body);
      return one(request.ctx, request.params.id);
    },
  );

  r.post(
    '/dialogues/:id/publish',
    {
      schema: {
        tags,
        summary: 'Công khai biên bản',
        params: IdParams,
        body: PublishDialogueRequest,
        response: { 200: Dialogue, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.publishDialogue(request.ctx, request.params.id, request.body);
      return one(request.ctx, request.params.id);
    },
  );

  r.get(
    '/public/dialogues',
    {
      schema: {
        tags,
        summary: 'Biên bản đối thoại đã công khai',
        querystring: DialogueListQuery,
        response: { 200: z.array(Dialogue), ...errors },
      },
    },
    async (request) => {
      const { db } = request.ctx.deps.database;
      const unit = request.query.unitId ? await findUnitIdAndPath(db, request.query.unitId) : undefined;
      return presentDialogues(db, await q.listDialogues(db, unit?.path ?? null, true));
    },
  );
}
