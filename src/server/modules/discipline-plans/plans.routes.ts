/** Routes of discipline plans: list, create, detail with the matrix, completion reports, reminders. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  CreatePlanRequest,
  MatrixQuery,
  PlanDetail,
  PlanList,
  PlanReminders,
  ReportCompletionRequest,
} from '../../../contracts/discipline-plans.js';
import { requireOfficial } from '../../http/session.js';
import * as service from './plans.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['discipline-plans'];

export async function disciplinePlanRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/discipline-plans',
    { schema: { tags, summary: 'Kế hoạch kỷ luật, kỷ cương', response: { 200: PlanList, ...errors } } },
    async (request) => {
      requireOfficial(request);
      return { items: await service.listPlans(request.ctx) };
    },
  );
  r.post(
    '/discipline-plans',
    {
      schema: {
        tags,
        summary: 'Ban hành kế hoạch',
        body: CreatePlanRequest,
        response: { 201: PlanDetail, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const id = await service.createPlan(request.ctx, request.body);
      return reply.status(201).send(await service.getPlan(request.ctx, id));
    },
  );
  r.get(
    '/discipline-plans/:id',
    {
      schema: {
        tags,
        summary: 'Kế hoạch và ma trận đơn vị × nhiệm vụ (asOf: tính đến thời điểm)',
        params: IdParams,
        querystring: MatrixQuery,
        response: { 200: PlanDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return service.getPlan(request.ctx, request.params.id, request.query.asOf);
    },
  );
  r.post(
    '/discipline-plans/actions/:id/reports',
    {
      schema: {
        tags,
        summary: 'Báo cáo hoàn thành nhiệm vụ (kèm minh chứng)',
        params: IdParams,
        body: ReportCompletionRequest,
        response: { 200: PlanDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const planId = await service.reportCompletion(request.ctx, request.params.id, request.body);
      return service.getPlan(request.ctx, planId);
    },
  );
  r.get(
    '/discipline-plans/:id/reminders',
    {
      schema: {
        tags,
        summary: 'Nhắc việc: nhiệm vụ chưa hoàn thành (quá hạn hoặc sắp đến hạn)',
        params: IdParams,
        response: { 200: PlanReminders, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return service.listPlanReminders(request.ctx, request.params.id);
    },
  );
}
