/** Routes of feedback that need no official: the public look-up and reaction, units, a dossier's officials. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../contracts/common.js';
import { fail } from '../../../domain/errors.js';
import {
  DossierOfficial,
  FeedbackReactionRequest,
  PublicFeedback,
  PublicFeedbackQuery,
} from '../../../contracts/feedback.js';
import { canSeeDossier } from '../dossiers/dossier-scope.js';
import { findDossierScope } from '../dossiers/dossier-scope.queries.js';
import { requireActor } from '../../http/session.js';
import { listDossierOfficials } from '../satisfaction/satisfaction.queries.js';
import * as handling from './feedback.handling.js';
import { listUserNames } from '../users/users.queries.js';
import { findFeedbackUnits } from './feedback.queries.js';
import { presentPublicFeedback } from './feedback.present.js';
import * as service from './feedback.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['feedback'];

/** Registers the public feedback routes and the applicant's list of a dossier's officials. */
export async function feedbackPublicRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/feedback/dossier-officials',
    {
      schema: {
        tags,
        summary: 'Cán bộ đã xử lý hồ sơ của tôi (để phản ánh về một cán bộ)',
        querystring: z.object({ dossierId: z.string().uuid() }),
        response: { 200: z.array(DossierOfficial), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { db } = request.ctx.deps.database;
      const dossier = await findDossierScope(db, request.query.dossierId);
      // a dossier that is not the actor's is answered like one that does not exist
      if (!dossier || !canSeeDossier(actor, dossier)) throw fail.notFound('Không tìm thấy hồ sơ.');
      const officials = await listDossierOfficials(db, dossier.id);
      const names = await listUserNames(
        db,
        officials.length ? officials.map((o) => o.user_id) : ['00000000-0000-0000-0000-000000000000'],
      );
      const byId = new Map(names.map((n) => [n.id, n.full_name]));
      return officials.map((o) => ({ id: o.user_id, name: byId.get(o.user_id) ?? '', step: o.step_id }));
    },
  );

  r.get(
    '/public/feedback/units',
    {
      schema: {
        tags,
        summary: 'Tìm đơn vị nhận phản ánh (công khai)',
        querystring: z.object({ q: z.string().trim().max(100).default('') }),
        response: { 200: z.array(z.object({ id: z.string().uuid(), name: z.string() })), ...errors },
      },
    },
    async (request) => findFeedbackUnits(request.ctx.deps.database.readDb, request.query.q),
  );

  r.get(
    '/public/feedback',
    {
      schema: {
        tags,
        summary: 'Tra cứu kết quả xử lý phản ánh (công khai)',
        querystring: PublicFeedbackQuery,
        response: { 200: PublicFeedback, ...errors },
      },
    },
    async (request) =>
      presentPublicFeedback(
        await service.findPublicFeedback(request.ctx, request.query.code, request.query.pin),
      ),
  );

  r.post(
    '/public/feedback/reaction',
    {
      schema: {
        tags,
        summary: 'Công dân đồng ý / chưa đồng ý với trả lời',
        body: FeedbackReactionRequest,
        response: { 200: PublicFeedback, ...errors },
      },
    },
    async (request) => {
      await handling.reactToFeedback(request.ctx, request.body);
      return presentPublicFeedback(
        await service.findPublicFeedback(request.ctx, request.body.code, request.body.pin),
      );
    },
  );
}
