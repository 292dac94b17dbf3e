/** Routes of feedback and complaints (PAKN): reporting, public answer look-up, the queue and its handling. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, OkResponse } from '../../../contracts/common.js';
import {
  AnswerFeedbackRequest,
  CreatedFeedback,
  CreateFeedbackRequest,
  FeedbackDetail,
  FeedbackListQuery,
  FeedbackPage,
  FeedbackPolicy,
  FeedbackStats,
  FeedbackStatsQuery,
  FeedbackVersion,
  ForwardFeedbackRequest,
  UpdateFeedbackPolicyRequest,
} from '../../../contracts/feedback.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { FEEDBACK_KINDS } from '../../../domain/feedback/rules.js';
import { requireActor, requireOfficial } from '../../http/session.js';
import * as handling from './feedback.handling.js';
import { feedbackPublicRoutes } from './feedback.public.routes.js';
import { presentFeedbackDetail, presentFeedbackItem } from './feedback.present.js';
import { findFeedback, listPolicies } from './feedback.queries.js';
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

export async function feedbackRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await feedbackPublicRoutes(app);

  r.post(
    '/feedback',
    {
      schema: {
        tags,
        summary: 'Gửi phản ánh, kiến nghị, khiếu nại',
        body: CreateFeedbackRequest,
        response: { 201: CreatedFeedback, ...errors },
      },
    },
    async (request, reply) => {
      const created = await service.createFeedback(request.ctx, request.body);
      return reply.status(201).send({ ...created, dueAt: formatInstant(created.dueAt.getTime()) });
    },
  );

  r.get(
    '/feedback',
    {
      schema: {
        tags,
        summary: 'Hàng đợi xử lý phản ánh / phản ánh của tôi',
        querystring: FeedbackListQuery,
        response: { 200: FeedbackPage, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      const { rows, total } = await service.listFeedbackFor(request.ctx, request.query);
      const now = request.ctx.deps.clock.now();
      return {
        items: rows.map((row) => presentFeedbackItem(row, now)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.get(
    '/feedback/stats',
    {
      schema: {
        tags,
        summary: 'Tỷ lệ xử lý phản ánh đúng hạn',
        querystring: FeedbackStatsQuery,
        response: { 200: FeedbackStats, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return handling.getFeedbackStats(request.ctx, request.query);
    },
  );

  r.get(
    '/feedback/policies',
    {
      schema: {
        tags,
        summary: 'Thời hạn xử lý theo loại (ngày làm việc)',
        response: { 200: z.array(FeedbackPolicy), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const rows = await listPolicies(request.ctx.deps.database.db);
      return rows.map((row) => ({
        kind: row.kind,
        handlingDays: row.handling_days,
        legalBasis: row.legal_basis,
      }));
    },
  );

  r.put(
    '/feedback/policies/:kind',
    {
      schema: {
        tags,
        summary: 'Đặt thời hạn xử lý',
        params: z.object({ kind: z.enum(FEEDBACK_KINDS) }),
        body: UpdateFeedbackPolicyRequest,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await handling.updateFeedbackPolicy(request.ctx, request.params.kind, request.body);
      return { ok: true as const };
    },
  );

  r.get(
    '/feedback/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết phản ánh',
        params: IdParams,
        response: { 200: FeedbackDetail, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return presentFeedbackDetail(
        await service.getFeedback(request.ctx, request.params.id),
        request.ctx.deps.clock.now(),
      );
    },
  );

  const afterStep = async (request: { ctx: Parameters<typeof service.getFeedback>[0] }, id: string) =>
    presentFeedbackDetail(await service.getFeedback(request.ctx, id), request.ctx.deps.clock.now());

  r.post(
    '/feedback/:id/take',
    {
      schema: {
        tags,
        summary: 'Nhận xử lý',
        params: IdParams,
        body: FeedbackVersion,
        response: { 200: FeedbackDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await handling.takeFeedback(request.ctx, request.params.id, request.body.version);
      return afterStep(request, request.params.id);
    },
  );

  r.post(
    '/feedback/:id/forward',
    {
      schema: {
        tags,
        summary: 'Chuyển đơn vị có trách nhiệm',
        params: IdParams,
        body: ForwardFeedbackRequest,
        response: { 200: FeedbackDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await handling.forwardFeedback(request.ctx, request.params.id, request.body);
      // the item may now lie outside the handler's subtree: show what was written once more
      const row = await findFeedback(request.ctx.deps.database.db, request.params.id);
      return presentFeedbackDetail(row!, request.ctx.deps.clock.now());
    },
  );

  r.post(
    '/feedback/:id/answer',
    {
      schema: {
        tags,
        summary: 'Trả lời (công khai cho công dân)',
        params: IdParams,
        body: AnswerFeedbackRequest,
        response: { 200: FeedbackDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await handling.answerFeedback(request.ctx, request.params.id, request.body);
      return afterStep(request, request.params.id);
    },
  );
}
