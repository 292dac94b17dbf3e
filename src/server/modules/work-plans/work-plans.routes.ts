/** Routes of work plans: list, assign or propose, approve or reject, complete, cancel. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import * as c from '../../../contracts/work-plans.js';
import { requireOfficial } from '../../http/session.js';
import * as service from './work-plans.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['work-plans'];

export async function workPlanRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const official = {
    preHandler: async (request: FastifyRequest) => {
      requireOfficial(request);
    },
  };
  r.get(
    '/work-tasks',
    {
      ...official,
      schema: {
        tags,
        summary: 'Kế hoạch công tác',
        querystring: c.WorkTaskQuery,
        response: { 200: c.WorkTaskList, ...errors },
      },
    },
    async (request) => ({
      items: await service.listTasks(request.ctx, request.query),
    }),
  );
  r.post(
    '/work-tasks',
    {
      ...official,
      schema: {
        tags,
        summary: 'Giao hoặc đề xuất nhiệm vụ',
        body: c.CreateWorkTaskRequest,
        response: { 201: c.WorkTask, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.getTask(request.ctx, await service.createTask(request.ctx, request.body))),
  );
  r.post(
    '/work-tasks/:id/decision',
    {
      ...official,
      schema: {
        tags,
        summary: 'Duyệt nhiệm vụ đề xuất',
        params: IdParams,
        body: c.DecideWorkTaskRequest,
        response: { 200: c.WorkTask, ...errors },
      },
    },
    async (request) => {
      await service.changeTask(
        request.ctx,
        request.params.id,
        request.body.approve ? 'approve' : 'reject',
        request.body,
      );
      return service.getTask(request.ctx, request.params.id);
    },
  );
  r.post(
    '/work-tasks/:id/complete',
    {
      ...official,
      schema: {
        tags,
        summary: 'Báo cáo hoàn thành',
        params: IdParams,
        body: c.CompleteWorkTaskRequest,
        response: { 200: c.WorkTask, ...errors },
      },
    },
    async (request) => {
      await service.changeTask(request.ctx, request.params.id, 'complete', request.body);
      return service.getTask(request.ctx, request.params.id);
    },
  );
  r.post(
    '/work-tasks/:id/cancel',
    {
      ...official,
      schema: {
        tags,
        summary: 'Hủy nhiệm vụ',
        params: IdParams,
        body: c.CancelWorkTaskRequest,
        response: { 200: c.WorkTask, ...errors },
      },
    },
    async (request) => {
      await service.changeTask(request.ctx, request.params.id, 'cancel', request.body);
      return service.getTask(request.ctx, request.params.id);
    },
  );
}
