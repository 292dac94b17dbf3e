/** Routes of codes of conduct (public page per unit), acknowledgements, commitments and the conduct rules. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  Acknowledgements,
  CommitmentList,
  CommitmentQuery,
  ConductCode,
  ConductRulesList,
  CreateCommitmentRequest,
  MyConductCode,
  PublicConductCode,
  PublishCodeRequest,
} from '../../../contracts/conduct.js';
import { requireOfficial } from '../../http/session.js';
import { listCommitments, registerCommitment } from './conduct.commitments.js';
import { listConductRules } from './conduct.rules.js';
import * as service from './conduct.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['conduct'];

export async function conductRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/public/units/:id/conduct-code',
    {
      schema: {
        tags,
        summary: 'Quy tắc ứng xử của đơn vị (công khai)',
        params: IdParams,
        response: { 200: PublicConductCode, ...errors },
      },
    },
    async (request) => service.getPublicCode(request.ctx.deps.database.readDb, request.params.id),
  );
  r.post(
    '/units/:id/conduct-codes',
    {
      schema: {
        tags,
        summary: 'Công bố phiên bản mới của quy tắc ứng xử',
        params: IdParams,
        body: PublishCodeRequest,
        response: { 201: ConductCode, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      return reply.status(201).send(await service.publishCode(request.ctx, request.params.id, request.body));
    },
  );
  r.get(
    '/conduct/my-code',
    {
      schema: {
        tags,
        summary: 'Quy tắc ứng xử áp dụng cho tôi',
        response: { 200: MyConductCode, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return service.getMyCode(request.ctx);
    },
  );
  r.post(
    '/conduct/codes/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Xác nhận đã đọc quy tắc ứng xử',
        params: IdParams,
        response: { 200: MyConductCode, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return service.acknowledgeCode(request.ctx, request.params.id);
    },
  );
  r.get(
    '/conduct/codes/:id/acknowledgements',
    {
      schema: {
        tags,
        summary: 'Danh sách xác nhận quy tắc ứng xử',
        params: IdParams,
        response: { 200: Acknowledgements, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return service.listAcknowledgements(request.ctx, request.params.id);
    },
  );
  r.get(
    '/conduct/commitments',
    {
      schema: {
        tags,
        summary: 'Cam kết, đăng ký thi đua',
        querystring: CommitmentQuery,
        response: { 200: CommitmentList, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return { items: await listCommitments(request.ctx, request.query) };
    },
  );
  r.post(
    '/conduct/commitments',
    {
      schema: {
        tags,
        summary: 'Đăng ký cam kết / thi đua',
        body: CreateCommitmentRequest,
        response: { 201: z.object({ id: z.string().uuid() }), ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      return reply.status(201).send({ id: await registerCommitment(request.ctx, request.body) });
    },
  );
  r.get(
    '/conduct/rules',
    {
      schema: {
        tags,
        summary: 'Phiên bản quy định: hạn giải trình, điểm trừ theo mức độ',
        response: { 200: ConductRulesList, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return { items: await listConductRules(request.ctx.deps.database.readDb) };
    },
  );
}
