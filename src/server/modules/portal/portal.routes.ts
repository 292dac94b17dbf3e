/** Routes of the national portal synchronisation (register under /api/v1): backlog and "retry now". */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../contracts/common.js';
import { PortalSyncRetryResponse, PortalSyncStatus } from '../../../contracts/portal-sync.js';
import { requireOfficial } from '../../http/session.js';
import { getPortalSyncStatus, retryPortalSync } from './portal.service.js';

const errors = { 401: ErrorResponse, 403: ErrorResponse };
const tags = ['portal-sync'];

/** GET /portal-sync and POST /portal-sync/retry (system administrators). */
export async function portalSyncRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/portal-sync',
    {
      schema: {
        tags,
        summary: 'Đồng bộ Cổng Dịch vụ công quốc gia: tồn đọng, lỗi',
        response: { 200: PortalSyncStatus, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return getPortalSyncStatus(request.ctx);
    },
  );
  r.post(
    '/portal-sync/retry',
    {
      schema: {
        tags,
        summary: 'Gửi lại ngay các thay đổi gửi lỗi lên Cổng Dịch vụ công quốc gia',
        response: { 200: PortalSyncRetryResponse, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return retryPortalSync(request.ctx);
    },
  );
}
