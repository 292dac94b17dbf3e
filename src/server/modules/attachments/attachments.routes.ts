/**
 * Attachments: scanned documents uploaded as the raw request body (PDF, JPEG or PNG; size-limited; the
 * first bytes must match the declared type; at most `UPLOAD_QUOTA_MB_PER_DAY` per person in 24 hours),
 * stored by content hash, readable by the uploader and by whoever may see the dossier they belong to.
 * Uploads never linked are deleted by `attachments.cleanup.ts`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { AppError, fail } from '../../../domain/errors.js';
import type { AppDeps } from '../../context.js';
import { hasInvalidCodePoint } from '../../http/input.js';
import { requireActor } from '../../http/session.js';
import { LocalFileStore, type FileStore } from '../../storage/file-store.js';
import { auditFrom } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { canSeeDossier, DOSSIER_SCOPE_COLUMNS } from '../dossiers/dossier-scope.js';
import { lockAndSumUploadsSince } from './attachments.queries.js';

export const ALLOWED_TYPES: Record<string, (bytes: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 4).toString('latin1') === '%PDF',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

export const Attachment = z.object({
  id: z.string().uuid(),
  name: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  hash: z.string(),
  dossierId: z.string().uuid().nullable(),
  createdAt: z.string(),
});

/**
 * The stored name of an upload from its percent-encoded `x-file-name` (at most 255 characters, never split
 * inside a character); undecodable names fall back to a neutral one, names holding NUL or a lone surrogate
 * are refused (the database cannot store them).
 */
export function decodeFileName(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return 'tep-dinh-kem';
  }
  if (hasInvalidCodePoint(decoded))
    throw fail.validation('Tên tệp chứa ký tự không hợp lệ.', [{ path: 'x-file-name' }]);
  return Array.from(decoded).slice(0, 255).join('') || 'tep-dinh-kem';
}

/** The answer once a person's uploads of the last 24 hours would pass the configured quota. */
function quotaExceeded(deps: AppDeps): AppError {
  const megabytes = Math.round(deps.config.uploadQuotaBytesPerDay / 1024 / 1024);
  return new AppError(
    'rate_limited',
    `Đã vượt hạn mức tải lên ${megabytes} MB trong 24 giờ; vui lòng thử lại sau.`,
    { retryAfterSeconds: 3600 },
    `Upload quota of ${megabytes} MB per 24 hours reached; try again later.`,
  );
}

/** The file store of the app: the one given in the dependencies, or local disk under FILES_DIR. */
export function fileStoreOf(deps: AppDeps): FileStore {
  return deps.files ?? new LocalFileStore(deps.config.filesDir);
}

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
      const actor = requireActor(request);
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      const bytes = request.body;
      const check = ALLOWED_TYPES[type];
      if (!check || !Buffer.isBuffer(bytes))
        throw fail.validation('Chỉ nhận tệp PDF, JPEG hoặc PNG.', [{ path: 'content-type', message: type }]);
      if (bytes.length === 0 || !check(bytes))
        throw fail.validation('Nội dung tệp không đúng định dạng đã khai báo.');
      const rawName = String(request.headers['x-file-name'] ?? 'tep-dinh-kem');
      const name = decodeFileName(rawName);
      const now = deps.clock.now();
      const row = await deps.database.db.transaction().execute(async (trx) => {
        const since = new Date(now.getTime() - 24 * 3600_000);
        const used = await lockAndSumUploadsSince(trx, actor.userId, since);
        if (used + bytes.length > deps.config.uploadQuotaBytesPerDay) throw quotaExceeded(deps);
        const stored = await files.put(bytes);
        const inserted = await trx
          .insertInto('attachment')
          .values({
            hash: stored.hash,
            size: stored.size,
            content_type: type,
            name,
            uploaded_by: actor.userId,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(
          trx,
          auditFrom(request.ctx, {
            action: 'attachment.upload',
            targetType: 'attachment',
            targetId: inserted.id,
            unitId: actor.unitId,
            summary: { size: stored.size, type },
          }),
        );
        return inserted;
      });
      return reply.status(201).send({
        id: row.id,
        name: row.name,
        size: row.size,
        contentType: row.content_type,
        hash: row.hash,
        dossierId: row.dossier_id,
        createdAt: row.created_at.toISOString(),
      });
    },
  );

  r.get(
    '/attachments/:id',
    { schema: { tags: ['attachments'], summary: 'Tải tệp đính kèm', params: IdParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { db } = deps.database;
      const row = await db
        .selectFrom('attachment')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      let allowed = row?.uploaded_by === actor.userId;
      if (row?.dossier_id && !allowed) {
        const dossier = await db
          .selectFrom('dossier')
          .select(DOSSIER_SCOPE_COLUMNS)
          .where('id', '=', row.dossier_id)
          .executeTakeFirst();
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
