/**
 * Attachments: scanned documents uploaded as the raw request body (PDF, JPEG or PNG; size-limited; the
 * first bytes must match the declared type; at most `UPLOAD_QUOTA_MB_PER_DAY` per person in 24 hours),
 * stored by content hash, readable by the uploader and by whoever may see the dossier they belong to.
 * Uploads never linked are deleted by `attachments.cleanup.ts`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { fail } from '../../../domain/errors.js';
import type { AppDeps } from '../../context.js';
import { requireActor } from '../../http/session.js';
import { canSeeDossier } from '../dossiers/dossier-scope.js';
import { findDossierScope } from '../dossiers/dossier-scope.queries.js';
import { findAttachment } from './attachments.queries.js';
import {
  ALLOWED_TYPES,
  Attachment,
  fileStoreOf,
  presentAttachment,
  storeUpload,
} from './attachments.store.js';
import { templateRoutes } from './templates.routes.js';

export { ALLOWED_TYPES, decodeFileName, fileStoreOf } from './attachments.store.js';

export async function attachmentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const files = fileStoreOf(deps);
  const limit = deps.config.maxUploadBytes;
  app.addContentTypeParser(
    Object.keys(ALLOWED_TYPES),
    { parseAs: 'buffer', bodyLimit: limit },
    (_request, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = {
    400: ErrorResponse,
    401: ErrorResponse,
    403: ErrorResponse,
    404: ErrorResponse,
    413: ErrorResponse,
    429: ErrorResponse,
  };

  r.post(
    '/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: `Tải lên tệp đính kèm (PDF, JPEG, PNG; tối đa ${Math.round(limit / 1024 / 1024)} MB; tên tệp trong header x-file-name)`,
        response: { 201: Attachment, ...errors },
      },
      bodyLimit: limit,
    },
    async (request, reply) => {
      const row = await storeUpload(deps, files, request, null);
      return reply.status(201).send(presentAttachment(row));
    },
  );

  await templateRoutes(app, deps, files);

  r.get(
    '/attachments/:id',
    { schema: { tags: ['attachments'], summary: 'Tải tệp đính kèm', params: IdParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { db } = deps.database;
      const row = await findAttachment(db, request.params.id);
      let allowed = row?.uploaded_by === actor.userId;
      if (row?.dossier_id && !allowed) {
        const dossier = await findDossierScope(db, row.dossier_id);
        allowed = dossier !== undefined && canSeeDossier(actor, dossier);
      }
      const bytes = row && allowed ? await files.get(row.hash) : null;
      if (!row || !bytes) throw fail.notFound('Không tìm thấy tệp.');
      return reply
        .header('content-type', row.content_type)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
}
