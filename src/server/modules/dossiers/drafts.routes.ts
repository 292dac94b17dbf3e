/**
 * Drafts of online submissions, private to the person who wrote them: saved as often as they like, then
 * submitted through POST /dossiers (which does not delete the draft: the web app deletes it on success).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, OkResponse } from '../../../contracts/common.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { requireActor } from '../../http/session.js';
import { findProcedure } from '../procedures/procedures.queries.js';
import { findUnit } from '../units/units.queries.js';
import * as q from './dossiers.queries.js';

const DraftBody = z.object({
  procedureId: z.string().uuid(),
  receivingUnitId: z.string().uuid().nullable().optional(),
  /** Whatever the e-form holds so far (applicant, documents, variant…); at most 64 kB. */
  data: z
    .record(z.string(), z.unknown())
    .refine((d) => JSON.stringify(d).length <= 65_536, 'Bản nháp quá lớn'),
});
const Draft = DraftBody.extend({ id: z.string().uuid(), procedureName: z.string(), updatedAt: z.string() });
const MAX_DRAFTS = 50;

/** A draft names a procedure and a unit that exist (a clear 400 instead of a foreign-key failure). */
async function assertDraftTargets(db: Executor, body: z.infer<typeof DraftBody>): Promise<void> {
  if (!(await findProcedure(db, body.procedureId)))
    throw fail.validation('Thủ tục không tồn tại.', [{ path: 'procedureId' }]);
  if (body.receivingUnitId && !(await findUnit(db, body.receivingUnitId)))
    throw fail.validation('Đơn vị tiếp nhận không tồn tại.', [{ path: 'receivingUnitId' }]);
}
const tags = ['dossiers'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse };

export async function draftRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const present = (row: {
    id: string;
    procedure_id: string;
    receiving_unit_id: string | null;
    data: unknown;
    updated_at: Date;
    name: string;
  }) => ({
    id: row.id,
    procedureId: row.procedure_id,
    receivingUnitId: row.receiving_unit_id,
    data: row.data as Record<string, unknown>,
    procedureName: row.name,
    updatedAt: row.updated_at.toISOString(),
  });

  r.get(
    '/dossier-drafts',
    { schema: { tags, summary: 'Bản nháp hồ sơ của tôi', response: { 200: z.array(Draft), ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      const rows = await q.listDraftsOfUser(request.ctx.deps.database.db, actor.userId);
      return rows.map(present);
    },
  );

  r.post(
    '/dossier-drafts',
    { schema: { tags, summary: 'Lưu bản nháp mới', body: DraftBody, response: { 201: Draft, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { db } = request.ctx.deps.database;
      const count = await q.countDraftsOfUser(db, actor.userId);
      if (Number(count.n) >= MAX_DRAFTS)
        throw fail.validation(`Mỗi người giữ tối đa ${MAX_DRAFTS} bản nháp.`);
      await assertDraftTargets(db, request.body);
      const now = request.ctx.deps.clock.now();
      const row = await q.insertDraft(
        db,
        actor.userId,
        {
          procedureId: request.body.procedureId,
          receivingUnitId: request.body.receivingUnitId ?? null,
          data: request.body.data,
        },
        now,
      );
      const saved = await q.findDraftById(db, row.id);
      return reply.status(201).send(present(saved));
    },
  );

  r.put(
    '/dossier-drafts/:id',
    {
      schema: {
        tags,
        summary: 'Cập nhật bản nháp',
        params: IdParams,
        body: DraftBody,
        response: { 200: Draft, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await assertDraftTargets(request.ctx.deps.database.db, request.body);
      const updated = await q.updateDraftOfUser(
        request.ctx.deps.database.db,
        request.params.id,
        actor.userId,
        {
          procedureId: request.body.procedureId,
          receivingUnitId: request.body.receivingUnitId ?? null,
          data: request.body.data,
        },
        request.ctx.deps.clock.now(),
      );
      if (!updated) throw fail.notFound('Không tìm thấy bản nháp.');
      return present(await q.findDraftById(request.ctx.deps.database.db, updated.id));
    },
  );

  r.delete(
    '/dossier-drafts/:id',
    { schema: { tags, summary: 'Xóa bản nháp', params: IdParams, response: { 200: OkResponse, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      const deleted = await q.deleteDraftOfUser(
        request.ctx.deps.database.db,
        request.params.id,
        actor.userId,
      );
      if (!deleted) throw fail.notFound('Không tìm thấy bản nháp.');
      return { ok: true as const };
    },
  );
}
