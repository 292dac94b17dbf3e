/** Routes of the audit log (read-only: entries are written by the services that change state). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditListQuery, AuditPage } from '../../../contracts/audit.js';
import { ErrorResponse } from '../../../contracts/common.js';
import { canReadAudit } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { requireOfficial } from '../../http/session.js';
import { listAudit } from './audit.queries.js';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thao tác',
        querystring: AuditListQuery,
        response: { 200: AuditPage, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireOfficial(request);
      const everything = actor.roles.includes('sysadmin');
      if (!everything && !canReadAudit(actor, actor.unitPath)) throw fail.forbidden();
      const { page, pageSize } = request.query;
      const result = await listAudit(
        request.ctx.deps.database.db,
        everything ? null : actor.unitPath,
        request.query,
      );
      return {
        items: result.rows.map((row) => ({
          id: Number(row.id),
          at: row.at.toISOString(),
          actorId: row.actor_id,
          actorName: row.actor_name,
          unitId: row.unit_id,
          unitName: row.unit_name,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          summary: row.summary,
          requestId: row.request_id,
        })),
        total: result.total,
        page,
        pageSize,
      };
    },
  );
}
