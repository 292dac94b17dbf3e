/** Routes of yearly ratings, HR cases and the public page of published months. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '../../../contracts/evaluation.js';
import { getPublicEvaluation, listPublishedPeriods } from './evaluation.public.js';
import { errors, official, tags } from './evaluation.route-options.js';
import { listHrCases, listYearly, rateUnitYear } from './evaluation.yearly.js';

/** Registers the yearly, HR-case and public routes (called by `evaluationRoutes`). */
export async function yearlyAndPublicRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/evaluation/yearly',
    {
      ...official,
      schema: {
        tags,
        summary: 'Xếp loại năm (quy tắc hai năm liên tiếp)',
        body: c.YearlyRequest,
        response: { 200: c.YearlyList, ...errors },
      },
    },
    async (request) => rateUnitYear(request.ctx, request.body),
  );
  r.get(
    '/evaluation/yearly',
    {
      ...official,
      schema: {
        tags,
        summary: 'Kết quả xếp loại năm',
        querystring: c.YearlyQuery,
        response: { 200: c.YearlyList, ...errors },
      },
    },
    async (request) => listYearly(request.ctx, request.query.unitId, request.query.year),
  );
  r.get(
    '/evaluation/hr-cases',
    {
      ...official,
      schema: {
        tags,
        summary: 'Hồ sơ nhân sự cần xử lý',
        querystring: c.HrCaseQuery,
        response: { 200: c.HrCaseList, ...errors },
      },
    },
    async (request) => listHrCases(request.ctx, request.query.unitId),
  );

  r.get(
    '/public/evaluations',
    {
      schema: {
        tags,
        summary: 'Công khai kết quả đánh giá tháng của đơn vị',
        querystring: c.PublicEvaluationQuery,
        response: { 200: c.PublicEvaluation, ...errors },
      },
    },
    async (request) =>
      getPublicEvaluation(request.ctx.deps.database.readDb, request.query.unitCode, request.query.month),
  );
  r.get(
    '/public/evaluation-periods',
    {
      schema: {
        tags,
        summary: 'Các tháng đã công khai (của mọi đơn vị, hoặc các đơn vị thuộc một đơn vị)',
        querystring: c.PublishedPeriodsQuery,
        response: { 200: c.PublishedPeriods, ...errors },
      },
    },
    async (request) => listPublishedPeriods(request.ctx.deps.database.readDb, request.query.unitId),
  );
}
