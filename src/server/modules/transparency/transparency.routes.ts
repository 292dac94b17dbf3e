/** Public routes of the transparency portal (no sign-in): rankings, unit reports, open data, live board. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { DefinitionsQuery, DefinitionsResponse } from '../../../contracts/indicators.js';
import {
  BoardResponse,
  PortalQuery,
  PortalResponse,
  PortalSearchQuery,
  PortalSearchResponse,
  UnitReport,
  UnitReportQuery,
} from '../../../contracts/transparency.js';
import { MEASURE_TEXT, previousPeriod } from '../../../domain/indicators/index.js';
import { loadCatalogues } from '../indicators/indicators.config.js';
import { findRollupState } from '../indicators/indicators.queries.js';
import { getBoard } from './transparency.board.js';
import { buildExportRows, toCsv, toJsonDocument } from './transparency.export.js';
import { presentMonth, presentProcedure, presentRanked, presentUnit } from './transparency.present.js';
import {
  getUnitReport,
  listPortalUnits,
  pickPortalPage,
  resolvePeriod,
  searchPortalUnits,
} from './transparency.service.js';

const errors = { 400: ErrorResponse, 404: ErrorResponse };
const tags = ['transparency'];
const periodInfo = (p: { key: string; from: string; to: string }) => ({ key: p.key, from: p.from, to: p.to });

export async function transparencyRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/transparency/definitions',
    {
      schema: {
        tags,
        summary: 'Định nghĩa chỉ tiêu, chỉ số đang áp dụng cho một kỳ (công khai)',
        querystring: DefinitionsQuery,
        response: { 200: DefinitionsResponse, ...errors },
      },
    },
    async (request) => {
      const period = resolvePeriod(request.query.period, request.ctx.deps.clock.now());
      const catalogue = (await loadCatalogues(request.ctx.deps.database.readDb)).forPeriod(period.from);
      return {
        formulaVersion: catalogue.formulaVersion,
        configVersion: catalogue.configVersion,
        groups: [...catalogue.groups],
        indicators: [...catalogue.definitions],
        measures: MEASURE_TEXT as Record<string, { vi: string; en: string }>,
      };
    },
  );

  r.get(
    '/transparency/units',
    {
      schema: {
        tags,
        summary: 'Xếp hạng đơn vị cùng cấp theo chỉ số phục vụ (công khai)',
        querystring: PortalQuery,
        response: { 200: PortalResponse, ...errors },
      },
    },
    async (request) => {
      const period = resolvePeriod(request.query.period, request.ctx.deps.clock.now());
      const { parent, ranked, catalogue, refreshedAt } = await listPortalUnits(
        request.ctx,
        request.query,
        period,
      );
      const { rows, total, counts } = pickPortalPage(ranked, request.query);
      return {
        period: periodInfo(period),
        previousPeriod: periodInfo(previousPeriod(period)),
        parent: parent ? presentUnit(parent) : null,
        units: rows.map(presentRanked),
        total,
        counts,
        formulaVersion: catalogue.formulaVersion,
        asOf: (refreshedAt ?? request.ctx.deps.clock.now()).toISOString(),
      };
    },
  );

  r.get(
    '/transparency/search',
    {
      schema: {
        tags,
        summary: 'Tìm đơn vị hành chính mọi cấp theo tên, không phân biệt dấu (công khai)',
        querystring: PortalSearchQuery,
        response: { 200: PortalSearchResponse, ...errors },
      },
    },
    async (request) => ({
      units: (await searchPortalUnits(request.ctx, request.query.q)).map(presentUnit),
    }),
  );

  r.get(
    '/transparency/units/:id',
    {
      schema: {
        tags,
        summary: 'Chỉ số của một đơn vị, theo thủ tục và theo tháng (công khai)',
        params: IdParams,
        querystring: UnitReportQuery,
        response: { 200: UnitReport, ...errors },
      },
    },
    async (request) => {
      const result = await getUnitReport(request.ctx, request.params.id, request.query);
      const { refreshedAt: asOf } = await findRollupState(request.ctx.deps.database.readDb);
      return {
        unit: presentUnit(result.unit),
        parent: result.parent ? presentUnit(result.parent) : null,
        period: periodInfo(result.period),
        procedure: result.procedure,
        field: result.field,
        index: result.report.qd766,
        tt01: result.report.tt01,
        groups: result.report.groups,
        indicators: result.report.indicators,
        rank: result.rank,
        groupRanks: result.groupRanks,
        live: result.live,
        procedures: result.procedures.map(presentProcedure),
        months: result.months.map(presentMonth),
        children: result.children.map(presentRanked),
        asOf: (asOf ?? request.ctx.deps.clock.now()).toISOString(),
      };
    },
  );

  r.get(
    '/transparency/export.:format',
    {
      schema: {
        tags,
        summary: 'Dữ liệu mở: chỉ tiêu của các đơn vị cùng cấp (CSV hoặc JSON, kèm định nghĩa)',
        params: z.object({ format: z.enum(['csv', 'json']) }),
        querystring: PortalQuery,
      },
    },
    async (request, reply) => {
      const period = resolvePeriod(request.query.period, request.ctx.deps.clock.now());
      const { ranked, catalogue } = await listPortalUnits(request.ctx, request.query, period);
      const rows = buildExportRows(ranked, period, catalogue);
      const name = `chi-so-phuc-vu-${period.key}`;
      if (request.params.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', `attachment; filename="${name}.csv"`);
        return reply.send(toCsv(rows));
      }
      reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return reply.send(toJsonDocument(rows, period, catalogue));
    },
  );

  r.get(
    '/transparency/board/:id',
    {
      schema: {
        tags,
        summary: 'Bảng tin trực tiếp tại Bộ phận Một cửa (công khai)',
        params: IdParams,
        response: { 200: BoardResponse, ...errors },
      },
    },
    async (request) => getBoard(request.ctx, request.params.id),
  );
}
