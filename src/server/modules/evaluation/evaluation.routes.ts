/** Routes of evaluation: frameworks, periods, evaluations and appeals (yearly ratings and the public page: evaluation-yearly.routes.ts). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common.js';
import * as c from '../../../contracts/evaluation.js';
import { createFrameworkVersion, listFrameworks, type FrameworkRow } from './evaluation.frameworks.js';
import { listPeriodEvaluations } from './evaluation.items.js';
import * as periods from './evaluation.periods.js';
import { getPeriod, listPeriods } from './evaluation.period-views.js';
import { iso } from './evaluation.present.js';
import { recordRoutes } from './evaluation-records.routes.js';
import { errors, official, tags } from './evaluation.route-options.js';
import { yearlyAndPublicRoutes } from './evaluation-yearly.routes.js';

const presentFramework = (f: FrameworkRow) => ({
  id: f.id,
  code: f.code,
  version: f.version,
  name: f.name,
  definition: f.definition,
  createdAt: iso(f.created_at)!,
});

/** Registers every evaluation route under the API prefix. */
export async function evaluationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/evaluation/frameworks',
    {
      ...official,
      schema: {
        tags,
        summary: 'Khung đánh giá (các phiên bản)',
        response: { 200: z.object({ items: z.array(c.Framework) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listFrameworks(request.ctx.deps.database.db, request.ctx.deps.clock.now())).map(
        presentFramework,
      ),
    }),
  );
  r.post(
    '/evaluation/frameworks',
    {
      ...official,
      schema: {
        tags,
        summary: 'Thêm phiên bản khung đánh giá',
        body: c.CreateFrameworkVersionRequest,
        response: { 201: c.Framework, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentFramework(await createFrameworkVersion(request.ctx, request.body))),
  );

  r.get(
    '/evaluation/periods',
    {
      ...official,
      schema: {
        tags,
        summary: 'Các kỳ đánh giá',
        querystring: c.PeriodListQuery,
        response: { 200: z.object({ items: z.array(c.Period) }), ...errors },
      },
    },
    async (request) => ({
      items: await listPeriods(request.ctx, request.query.unitId),
    }),
  );
  r.post(
    '/evaluation/periods',
    {
      ...official,
      schema: {
        tags,
        summary: 'Mở kỳ đánh giá tháng (thu thập minh chứng)',
        body: c.OpenPeriodRequest,
        response: { 201: c.Period, ...errors },
      },
    },
    async (request, reply) => {
      const id = await periods.openPeriod(request.ctx, request.body);
      return reply.status(201).send(await getPeriod(request.ctx, id));
    },
  );
  r.get(
    '/evaluation/periods/:id',
    {
      ...official,
      schema: { tags, summary: 'Kỳ đánh giá', params: IdParams, response: { 200: c.Period, ...errors } },
    },
    async (request) => getPeriod(request.ctx, request.params.id),
  );
  r.get(
    '/evaluation/periods/:id/evaluations',
    {
      ...official,
      schema: {
        tags,
        summary: 'Phiếu đánh giá của kỳ',
        params: IdParams,
        querystring: c.EvaluationListQuery,
        response: { 200: c.EvaluationPage, ...errors },
      },
    },
    async (request) => listPeriodEvaluations(request.ctx, request.params.id, request.query),
  );
  const periodAction = (path: string, summary: string, run: typeof periods.lockPeriod) =>
    r.post(
      `/evaluation/periods/:id/${path}`,
      {
        ...official,
        schema: {
          tags,
          summary,
          params: IdParams,
          body: c.VersionRequest,
          response: { 200: c.Period, ...errors },
        },
      },
      async (request) => {
        await run(request.ctx, request.params.id, request.body.version);
        return getPeriod(request.ctx, request.params.id);
      },
    );
  periodAction('refresh', 'Thu thập lại minh chứng', periods.refreshPeriod);
  periodAction('lock', 'Khóa kỳ đánh giá (kiểm tra tỷ lệ)', periods.lockPeriod);
  periodAction('publish', 'Công khai kết quả', periods.publishPeriod);
  await recordRoutes(app);
  await yearlyAndPublicRoutes(app);
}
