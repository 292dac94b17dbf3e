/** Routes of findings and their due process: record on site, open a case from a report, list, explain, decide. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  CreateCaseRequest,
  CreateFindingRequest,
  DecideRequest,
  ExplainRequest,
  Finding,
  FindingList,
  FindingListQuery,
} from '../../../contracts/inspections.js';
import { requireOfficial } from '../../http/session.js';
import { listFindingsFor, readFinding } from './findings.read.js';
import { openCaseFromReport } from './findings.cases.js';
import * as findings from './findings.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['inspections'];

/** Registers the finding routes (called by `inspectionRoutes`). */
export async function findingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/inspections/:id/findings',
    {
      schema: {
        tags,
        summary: 'Ghi nhận vi phạm tại chỗ (kèm ảnh)',
        params: IdParams,
        body: CreateFindingRequest,
        response: { 201: Finding, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const id = await findings.recordFinding(request.ctx, request.params.id, request.body);
      return reply.status(201).send(await readFinding(request.ctx, id));
    },
  );
  r.post(
    '/inspections/cases',
    {
      schema: {
        tags,
        summary: 'Mở vụ việc từ phản ánh của người dân',
        body: CreateCaseRequest,
        response: { 201: Finding, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const id = await openCaseFromReport(request.ctx, request.body);
      return reply.status(201).send(await readFinding(request.ctx, id));
    },
  );
  r.get(
    '/inspections/findings',
    {
      schema: {
        tags,
        summary: 'Kết luận kiểm tra (của tôi / chờ tôi kết luận / của đơn vị)',
        querystring: FindingListQuery,
        response: { 200: FindingList, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return listFindingsFor(request.ctx, request.query);
    },
  );
  r.get(
    '/inspections/findings/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết kết luận kiểm tra',
        params: IdParams,
        response: { 200: Finding, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return readFinding(request.ctx, request.params.id);
    },
  );
  r.post(
    '/inspections/findings/:id/explanation',
    {
      schema: {
        tags,
        summary: 'Giải trình (trong thời hạn)',
        params: IdParams,
        body: ExplainRequest,
        response: { 200: Finding, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await findings.explainFinding(request.ctx, request.params.id, request.body);
      return readFinding(request.ctx, request.params.id);
    },
  );
  r.post(
    '/inspections/findings/:id/decision',
    {
      schema: {
        tags,
        summary: 'Thủ trưởng kết luận',
        params: IdParams,
        body: DecideRequest,
        response: { 200: Finding, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await findings.decideFinding(request.ctx, request.params.id, request.body);
      return readFinding(request.ctx, request.params.id);
    },
  );
}
