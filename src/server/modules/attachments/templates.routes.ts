/**
 * Form templates of a procedure (mẫu đơn, tờ khai in paper form): uploaded by those who may edit the
 * procedure, public to download from the procedure's page. The definition names them per document
 * (`documents[].templateAttachmentId`).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { canEditCatalogue } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import type { AppDeps } from '../../context.js';
import { requireActor } from '../../http/session.js';
import type { FileStore } from '../../storage/file-store.js';
import { findProcedure } from '../procedures/procedures.queries.js';
import { findPublicAttachment } from './attachments.queries.js';
import { Attachment, presentAttachment, storeUpload } from './attachments.store.js';

export async function templateRoutes(app: FastifyInstance, deps: AppDeps, files: FileStore): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/procedures/:id/templates',
    {
      schema: {
        tags: ['procedures'],
        summary: 'Tải lên mẫu đơn, tờ khai của thủ tục (PDF, JPEG, PNG; công khai cho mọi người tải về)',
        params: IdParams,
        response: {
          201: Attachment,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          413: ErrorResponse,
          429: ErrorResponse,
        },
      },
      bodyLimit: deps.config.maxUploadBytes,
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const procedure = await findProcedure(deps.database.db, request.params.id);
      if (!procedure) throw fail.notFound('Không tìm thấy thủ tục.');
      if (!canEditCatalogue(actor, procedure.owner_path))
        throw fail.forbidden('Bạn không có quyền sửa thủ tục này.');
      const row = await storeUpload(deps, files, request, procedure.id);
      return reply.status(201).send(presentAttachment(row));
    },
  );

  r.get(
    '/public/templates/:id',
    { schema: { tags: ['procedures'], summary: 'Tải mẫu đơn, tờ khai của thủ tục', params: IdParams } },
    async (request, reply) => {
      const row = await findPublicAttachment(deps.database.db, request.params.id);
      const bytes = row ? await files.get(row.hash) : null;
      if (!row || !bytes) throw fail.notFound('Không tìm thấy mẫu đơn, tờ khai.');
      return reply
        .header('content-type', row.content_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=3600')
        .send(bytes);
    },
  );
}
