/**
 * Routes of notifications (register under /api/v1): the development sink's messages and a dossier's
 * queued messages with their delivery state.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { requireOfficial } from '../../http/session.js';
import { DevSinkPage, DevSinkQuery, DossierNotificationList } from './notifications.contracts.js';
import { presentDossierNotification, presentSinkMessage } from './notifications.present.js';
import { listDevSinkMessages, listNotificationsOfDossier } from './notifications.service.js';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['notifications'];

/** GET /notifications/dev-sink and GET /dossiers/{id}/notifications. */
export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/notifications/dev-sink',
    {
      schema: {
        tags,
        summary: 'Tin nhắn hộp thư thử nghiệm (thay cho email/SMS khi chưa cấu hình kênh gửi)',
        querystring: DevSinkQuery,
        response: { 200: DevSinkPage, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const result = await listDevSinkMessages(request.ctx, request.query);
      const { page, pageSize } = request.query;
      return { items: result.rows.map(presentSinkMessage), total: result.total, page, pageSize };
    },
  );

  r.get(
    '/dossiers/:id/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo gửi công dân của hồ sơ',
        params: IdParams,
        response: { 200: DossierNotificationList, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const rows = await listNotificationsOfDossier(request.ctx, request.params.id);
      return { items: rows.map(presentDossierNotification) };
    },
  );
}
