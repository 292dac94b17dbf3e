/** Routes of one official's evaluation: read, evidence, report, self-assessment, review (also without a self-assessment), approval, appeals. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common.js';
import * as c from '../../../contracts/evaluation.js';
import { reviewWithoutSelfAssessment } from './evaluation.absent.js';
import { decideAppeal, fileAppeal } from './evaluation.appeals.js';
import { getMeetingReport, listEvidenceItems } from './evaluation.items.js';
import { listMyEvaluations } from './evaluation.period-views.js';
import * as records from './evaluation.records.js';
import { errors, official, tags } from './evaluation.route-options.js';

/** Registers the routes of evaluations and appeals (called by `evaluationRoutes`). */
export async function recordRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/evaluation/mine',
    {
      ...official,
      schema: {
        tags,
        summary: 'Phiếu đánh giá của tôi',
        response: { 200: z.object({ items: z.array(c.EvaluationSummary) }), ...errors },
      },
    },
    async (request) => ({
      items: await listMyEvaluations(request.ctx),
    }),
  );
  r.get(
    '/evaluation/records/:id',
    {
      ...official,
      schema: {
        tags,
        summary: 'Phiếu đánh giá (minh chứng, điểm, lịch sử)',
        params: IdParams,
        response: { 200: c.EvaluationDetail, ...errors },
      },
    },
    async (request) => records.getEvaluation(request.ctx, request.params.id),
  );
  r.get(
    '/evaluation/records/:id/evidence',
    {
      ...official,
      schema: {
        tags,
        summary: 'Minh chứng chi tiết',
        params: IdParams,
        response: { 200: c.EvidenceItems, ...errors },
      },
    },
    async (request) => listEvidenceItems(request.ctx, request.params.id),
  );
  r.get(
    '/evaluation/records/:id/report',
    {
      ...official,
      schema: {
        tags,
        summary: 'Báo cáo họp kiểm điểm',
        params: IdParams,
        response: { 200: c.MeetingReport, ...errors },
      },
    },
    async (request) => getMeetingReport(request.ctx, request.params.id),
  );
  const step = (path: string, kind: 'self_assess' | 'review', summary: string) =>
    r.post(
      `/evaluation/records/:id/${path}`,
      {
        ...official,
        schema: {
          tags,
          summary,
          params: IdParams,
          body: c.AssessRequest,
          response: { 200: c.EvaluationDetail, ...errors },
        },
      },
      async (request) => {
        await records.assessEvaluation(request.ctx, request.params.id, kind, request.body);
        return records.getEvaluation(request.ctx, request.params.id);
      },
    );
  step('self-assessment', 'self_assess', 'Tự đánh giá');
  step('review', 'review', 'Lãnh đạo nhận xét, chấm điểm');
  r.post(
    '/evaluation/records/:id/review-absent',
    {
      ...official,
      schema: {
        tags,
        summary: 'Lãnh đạo đánh giá thay cán bộ chưa tự đánh giá (vắng mặt, nghỉ phép, chưa đăng nhập)',
        params: IdParams,
        body: c.AbsentReviewRequest,
        response: { 200: c.EvaluationDetail, ...errors },
      },
    },
    async (request) => {
      await reviewWithoutSelfAssessment(request.ctx, request.params.id, request.body);
      return records.getEvaluation(request.ctx, request.params.id);
    },
  );
  r.post(
    '/evaluation/records/:id/approve',
    {
      ...official,
      schema: {
        tags,
        summary: 'Thủ trưởng phê duyệt',
        params: IdParams,
        body: c.ApproveRequest,
        response: { 200: c.EvaluationDetail, ...errors },
      },
    },
    async (request) => {
      await records.approveEvaluation(request.ctx, request.params.id, request.body);
      return records.getEvaluation(request.ctx, request.params.id);
    },
  );
  r.post(
    '/evaluation/records/:id/appeals',
    {
      ...official,
      schema: {
        tags,
        summary: 'Kiến nghị kết quả',
        params: IdParams,
        body: c.AppealRequest,
        response: { 201: c.EvaluationDetail, ...errors },
      },
    },
    async (request, reply) => {
      await fileAppeal(request.ctx, request.params.id, request.body.reason);
      return reply.status(201).send(await records.getEvaluation(request.ctx, request.params.id));
    },
  );
  r.post(
    '/evaluation/appeals/:id/decision',
    {
      ...official,
      schema: {
        tags,
        summary: 'Giải quyết kiến nghị',
        params: IdParams,
        body: c.AppealDecisionRequest,
        response: { 200: c.EvaluationDetail, ...errors },
      },
    },
    async (request) =>
      records.getEvaluation(request.ctx, await decideAppeal(request.ctx, request.params.id, request.body)),
  );
}
