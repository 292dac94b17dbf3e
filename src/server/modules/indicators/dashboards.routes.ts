/**
 * Leaders' dashboards for their subtree (unit leaders, one-stop heads, home-affairs and inspectors; the
 * system administrator anywhere): late and soon-due dossiers by holder, the at-risk list and the trend.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../contracts/common.js';
import { IndicatorConfigResponse, PublishIndicatorConfigRequest } from '../../../contracts/indicators.js';
import { DashboardQuery, DashboardResponse } from '../../../contracts/transparency.js';
import { canReadDashboards } from '../../../domain/indicators/access.js';
import { fail } from '../../../domain/errors.js';
import { requireOfficial } from '../../http/session.js';
import { presentMonth, presentUnit } from '../transparency/transparency.present.js';
import {
  getUnit,
  resolveAdminUnit,
  resolvePeriod,
  trailingMonths,
} from '../transparency/transparency.service.js';
import { countOpenByHolder, listAtRisk } from './dashboards.queries.js';
import { loadCatalogues, publishIndicatorConfig, readIndicatorConfig } from './indicators.config.js';
import { computeTotals, reportFor } from './indicators.service.js';

const SOON_HOURS = 24;

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
  r.get(
    '/indicators/config',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Cấu hình điểm tối đa, mục tiêu của chỉ tiêu QĐ 766 (các phiên bản)',
        response: { 200: IndicatorConfigResponse, ...errors },
      },
    },
    async (request) => readIndicatorConfig(request.ctx),
  );
  r.post(
    '/indicators/config',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Ban hành phiên bản cấu hình chỉ tiêu mới (áp dụng từ đầu một tháng chưa qua)',
        body: PublishIndicatorConfigRequest,
        response: { 200: IndicatorConfigResponse, ...errors },
      },
    },
    async (request) => publishIndicatorConfig(request.ctx, request.body),
  );
  r.get(
    '/dashboards/leader',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'Bảng điều hành của lãnh đạo: trễ hạn theo người giữ, hồ sơ có nguy cơ, xu hướng',
        querystring: DashboardQuery,
        response: { 200: DashboardResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireOfficial(request);
      const ctx = request.ctx;
      const db = ctx.deps.database.readDb;
      const unitId = request.query.unitId ?? actor.unitId;
      if (!unitId) throw fail.forbidden();
      const asked = await getUnit(db, unitId);
      if (!canReadDashboards(actor, asked.path)) {
        throw fail.forbidden('Bạn không có quyền xem bảng điều hành của đơn vị này.');
      }
      const unit = await resolveAdminUnit(db, asked);
      const now = ctx.deps.clock.now();
      const year = resolvePeriod(undefined, now);
      const trendRange = trailingMonths(year, 12);
      const [byHolder, atRisk, trend, catalogues] = await Promise.all([
        countOpenByHolder(db, unit.path, now, SOON_HOURS),
        listAtRisk(db, unit.path, now, SOON_HOURS, 50),
        computeTotals(db, { by: 'month', path: unit.path }, trendRange, now),
        loadCatalogues(db),
      ]);
      return {
        unit: presentUnit(unit),
        asOf: now.toISOString(),
        byHolder: byHolder.map((h) => ({
          holderId: h.holder_id,
          holderName: h.holder_name,
          overdue: h.overdue,
          dueSoon: h.due_soon,
          oldestDueAt: h.oldest_due_at ? new Date(h.oldest_due_at).toISOString() : null,
        })),
        atRisk: atRisk.map((d) => ({
          dossierId: d.id,
          code: d.code,
          procedureName: d.procedure_name,
          holderName: d.holder_name,
          dueAt: new Date(d.due_at).toISOString(),
          overdue: new Date(d.due_at).getTime() < now.getTime(),
        })),
        trend: [...trend.totals.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([month, totals]) =>
            presentMonth({
              month,
              totals: totals as Record<string, number>,
              report: reportFor(totals, { from: month }, catalogues.forPeriod(month)),
            }),
          ),
      };
    },
  );
}
