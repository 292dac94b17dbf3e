/**
 * Routes of signed results: GET /dossiers/{id}/signed-result (+ /file), GET /public/track/result (code +
 * PIN), GET /public/signed-results/{id} (verification), POST /public/signed-results/check (a PDF body).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { TrackQuery } from '../../../contracts/dossiers.js';
import {
  SignedResult,
  SignedResultVerification,
  UploadedPdfCheck,
} from '../../../contracts/signed-results.js';
import { fail } from '../../../domain/errors.js';
import { requireActor } from '../../http/session.js';
import * as service from './signed-results.service.js';

const tags = ['signed-results'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse };

function sendPdf(reply: FastifyReply, file: service.ResultFile) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

/** Registers the routes; the PDF body parser is the attachments' one (same plugin scope). */
export async function signedResultRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/dossiers/:id/signed-result',
    {
      schema: {
        tags,
        summary: 'Kết quả điện tử đã ký số của hồ sơ',
        params: IdParams,
        response: { 200: SignedResult, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return (await service.getDossierSignedResult(request.ctx, request.params.id)).result;
    },
  );

  r.get(
    '/dossiers/:id/signed-result/file',
    { schema: { tags, summary: 'Tải tệp kết quả điện tử đã ký số', params: IdParams } },
    async (request, reply) => {
      requireActor(request);
      const found = await service.getDossierSignedResult(request.ctx, request.params.id);
      return sendPdf(reply, await found.file());
    },
  );

  r.get(
    '/public/track/result',
    {
      schema: {
        tags,
        summary: 'Tải kết quả điện tử bằng mã hồ sơ và mã tra cứu (công khai)',
        querystring: TrackQuery,
      },
    },
    async (request, reply) => {
      const file = await service.getTrackedSignedResult(
        request.ctx,
        request.query.code,
        request.query.secret,
      );
      return sendPdf(reply, file);
    },
  );

  r.get(
    '/public/signed-results/:id',
    {
      schema: {
        tags,
        summary: 'Xác thực kết quả điện tử (công khai)',
        params: IdParams,
        response: { 200: SignedResultVerification, ...errors },
      },
    },
    async (request) => service.verifySignedResult(request.ctx, request.params.id),
  );

  r.post(
    '/public/signed-results/check',
    {
      schema: {
        tags,
        summary: 'Kiểm tra chữ ký số của một tệp PDF tải lên (công khai)',
        response: { 200: UploadedPdfCheck, ...errors, 413: ErrorResponse },
      },
    },
    async (request) => {
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.subarray(0, 4).toString('latin1') !== '%PDF')
        throw fail.validation('Chỉ kiểm tra được tệp PDF.', [{ path: 'content-type' }]);
      return service.checkUploadedPdf(request.ctx, bytes);
    },
  );
}
