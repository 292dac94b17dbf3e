/** Routes of inspection teams, checklists, visits, findings with due process, photos and reports. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  Checklist,
  CreateInspectionRequest,
  CreateTeamRequest,
  Inspection,
  InspectionList,
  InspectionReport,
  InspectionTeam,
  ReportQuery,
  UpdateInspectionRequest,
} from '../../../contracts/inspections.js';
import { fail } from '../../../domain/errors.js';
import type { AppDeps } from '../../context.js';
import { requireOfficial } from '../../http/session.js';
import { fileStoreOf } from '../attachments/attachments.routes.js';
import { findingRoutes } from './findings.routes.js';
import * as findings from './findings.service.js';
import * as iq from './inspections.queries.js';
import { buildInspectionReport } from './inspections.reports.js';
import * as service from './inspections.service.js';
import * as teams from './teams.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['inspections'];
const Created = z.object({ id: z.string().uuid() });

export async function inspectionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const files = fileStoreOf(deps);

  r.get(
    '/inspections/teams',
    {
      schema: {
        tags,
        summary: 'Đoàn kiểm tra công vụ',
        response: { 200: z.object({ items: z.array(InspectionTeam) }), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return { items: await teams.listTeams(request.ctx) };
    },
  );
  r.post(
    '/inspections/teams',
    {
      schema: {
        tags,
        summary: 'Lập đoàn kiểm tra',
        body: CreateTeamRequest,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      return reply.status(201).send({ id: await teams.createTeam(request.ctx, request.body) });
    },
  );
  r.get(
    '/inspections/checklists',
    {
      schema: {
        tags,
        summary: 'Bảng kiểm (phiên bản mới nhất)',
        response: { 200: z.object({ items: z.array(Checklist) }), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return { items: await teams.listChecklists(request.ctx) };
    },
  );
  r.get(
    '/inspections',
    { schema: { tags, summary: 'Các cuộc kiểm tra', response: { 200: InspectionList, ...errors } } },
    async (request) => {
      requireOfficial(request);
      return { items: await service.listInspections(request.ctx) };
    },
  );
  r.post(
    '/inspections',
    {
      schema: {
        tags,
        summary: 'Lập cuộc kiểm tra (theo kế hoạch hoặc đột xuất)',
        body: CreateInspectionRequest,
        response: { 201: Inspection, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const id = await service.createInspection(request.ctx, request.body);
      return reply.status(201).send(await service.getInspection(request.ctx, id));
    },
  );
  r.get(
    '/inspections/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết cuộc kiểm tra',
        params: IdParams,
        response: { 200: Inspection, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return service.getInspection(request.ctx, request.params.id);
    },
  );
  r.patch(
    '/inspections/:id',
    {
      schema: {
        tags,
        summary: 'Ghi kết quả bảng kiểm, bắt đầu / kết thúc kiểm tra',
        params: IdParams,
        body: UpdateInspectionRequest,
        response: { 200: Inspection, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.updateInspection(request.ctx, request.params.id, request.body);
      return service.getInspection(request.ctx, request.params.id);
    },
  );
  await findingRoutes(app);

  r.get(
    '/inspections/reports',
    {
      schema: {
        tags,
        summary: 'Báo cáo vi phạm, tái phạm, độ phủ kiểm tra',
        querystring: ReportQuery,
        response: { 200: InspectionReport, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return buildInspectionReport(request.ctx, request.query);
    },
  );
  r.get(
    '/inspections/photos/:id',
    { schema: { tags, summary: 'Ảnh hiện trường', params: IdParams } },
    async (request, reply) => {
      requireOfficial(request);
      const { db } = deps.database;
      const photo = await iq.findPhoto(db, request.params.id);
      if (!photo) throw fail.notFound('Không tìm thấy ảnh.');
      if (photo.finding_id) await findings.getVisibleFinding(request.ctx, photo.finding_id);
      else await service.getInspection(request.ctx, photo.inspection_id);
      const bytes = await files.get(photo.hash);
      if (!bytes) throw fail.notFound('Không tìm thấy ảnh.');
      return reply
        .header('content-type', photo.content_type)
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
}
