/** Routes of the procedure catalogue: public reading and simulation; drafts and publication for editors. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, OkResponse } from '../../../contracts/common.js';
import {
  CreateProcedureRequest,
  DiffQuery,
  DiffResponse,
  ImportResponse,
  ProcedureDetail,
  ProcedureListQuery,
  ProcedurePage,
  ProcedureVersionInfo,
  PublishRequest,
  SaveDraftRequest,
  ScheduleResponse,
  SimulateRequest,
  VersionParams,
} from '../../../contracts/procedures.js';
import { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { requireOfficial } from '../../http/session.js';
import { presentSummary, presentVersionInfo } from './procedures.present.js';
import { listFields } from './procedures.queries.js';
import * as service from './procedures.service.js';
import { simulateCase } from './procedures.simulate.js';
import { buildCatalogueWorkbook, exportDefinitions, importCatalogue } from './procedures.transfer.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['procedures'];

export async function procedureRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/procedures',
    {
      schema: {
        tags,
        summary: 'Tra cứu thủ tục hành chính (công khai)',
        querystring: ProcedureListQuery,
        response: { 200: ProcedurePage, ...errors },
      },
    },
    async (request) => {
      const result = await service.listProcedures(request.ctx, request.query);
      const { page, pageSize } = request.query;
      return { items: result.rows.map(presentSummary), total: result.total, page, pageSize };
    },
  );

  r.get(
    '/procedures/fields',
    { schema: { tags, summary: 'Danh sách lĩnh vực', response: { 200: z.array(z.string()) } } },
    async (request) => listFields(request.ctx.deps.database.readDb),
  );

  r.get(
    '/procedures/export.json',
    { schema: { tags, summary: 'Xuất danh mục (JSON)', response: { 200: z.array(ProcedureDefinition) } } },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="danh-muc-thu-tuc.json"');
      return exportDefinitions(request.ctx.deps.database.readDb);
    },
  );

  r.get(
    '/procedures/export.xlsx',
    { schema: { tags, summary: 'Xuất danh mục (Excel)' } },
    async (request, reply) => {
      const workbook = await buildCatalogueWorkbook(
        await exportDefinitions(request.ctx.deps.database.readDb),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="danh-muc-thu-tuc.xlsx"')
        .send(workbook);
    },
  );

  r.post(
    '/procedures/import',
    {
      schema: {
        tags,
        summary: 'Nhập danh mục (JSON)',
        querystring: z.object({ ownerUnitId: z.string().uuid().optional() }),
        body: z.unknown(),
        response: { 200: ImportResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return importCatalogue(request.ctx, request.body, request.query.ownerUnitId ?? null);
    },
  );

  r.get(
    '/procedures/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết thủ tục (công khai)',
        params: IdParams,
        response: { 200: ProcedureDetail, ...errors },
      },
    },
    async (request) => {
      const found = await service.getProcedure(request.ctx, request.params.id);
      return {
        id: found.row.id,
        version: found.row.version,
        ownerUnitId: found.row.owner_unit_id,
        current: found.current ? presentVersionInfo(found.current) : null,
        definition: (found.current?.definition as ProcedureDefinition | undefined) ?? null,
        draft: found.draft
          ? {
              info: presentVersionInfo(found.draft),
              definition: found.draft.definition as ProcedureDefinition,
            }
          : null,
        canEdit: found.editable,
        offeredBy: found.offeredBy.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name })),
      };
    },
  );

  r.post(
    '/procedures',
    {
      schema: {
        tags,
        summary: 'Thêm thủ tục (bản nháp)',
        body: CreateProcedureRequest,
        response: { 201: z.object({ id: z.string().uuid() }), ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const id = await service.createProcedure(request.ctx, request.body);
      return reply.status(201).send({ id });
    },
  );

  r.put(
    '/procedures/:id/draft',
    {
      schema: {
        tags,
        summary: 'Lưu bản nháp',
        params: IdParams,
        body: SaveDraftRequest,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.saveDraft(request.ctx, request.params.id, request.body);
      return { ok: true as const };
    },
  );

  r.delete(
    '/procedures/:id/draft',
    {
      schema: {
        tags,
        summary: 'Bỏ bản nháp',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int() }),
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.discardDraft(request.ctx, request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  r.post(
    '/procedures/:id/publish',
    {
      schema: {
        tags,
        summary: 'Công bố bản nháp',
        params: IdParams,
        body: PublishRequest,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.publishDraft(request.ctx, request.params.id, request.body);
      return { ok: true as const };
    },
  );

  r.get(
    '/procedures/:id/versions',
    {
      schema: {
        tags,
        summary: 'Lịch sử phiên bản',
        params: IdParams,
        response: { 200: z.array(ProcedureVersionInfo), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return (await service.listVersions(request.ctx, request.params.id)).map(presentVersionInfo);
    },
  );

  r.get(
    '/procedures/:id/versions/:number',
    {
      schema: {
        tags,
        summary: 'Một phiên bản',
        params: VersionParams,
        response: {
          200: z.object({ info: ProcedureVersionInfo, definition: ProcedureDefinition }),
          ...errors,
        },
      },
    },
    async (request) => {
      const version = await service.getVersion(request.ctx, request.params.id, request.params.number);
      return { info: presentVersionInfo(version), definition: version.definition as ProcedureDefinition };
    },
  );

  r.get(
    '/procedures/:id/diff',
    {
      schema: {
        tags,
        summary: 'So sánh hai phiên bản',
        params: IdParams,
        querystring: DiffQuery,
        response: { 200: DiffResponse, ...errors },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      return { from, to, changes: await service.diffVersions(request.ctx, request.params.id, from, to) };
    },
  );

  r.post(
    '/procedures/:id/simulate',
    {
      schema: {
        tags,
        summary: 'Mô phỏng thời hạn (công khai)',
        params: IdParams,
        body: SimulateRequest,
        response: { 200: ScheduleResponse, ...errors },
      },
    },
    async (request) => simulateCase(request.ctx, request.params.id, request.body),
  );

  r.put(
    '/units/:unitId/procedures/:procedureId',
    {
      schema: {
        tags,
        summary: 'Bật/tắt thủ tục đơn vị tiếp nhận',
        params: z.object({ unitId: z.string().uuid(), procedureId: z.string().uuid() }),
        body: z.object({ enabled: z.boolean() }),
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await service.setUnitOffer(
        request.ctx,
        request.params.unitId,
        request.params.procedureId,
        request.body.enabled,
      );
      return { ok: true as const };
    },
  );
}
