/**
 * Routes of digitisation and reuse: GET/POST /dossiers/{id}/digitisation (the marks of a dossier; an officer
 * of the receiving unit marks a component digitised) and GET /personal-documents (the citizen's own store).
 * The result is digitised by `return_result` (POST /dossiers/{id}/actions); a submission reuses a store item
 * with `documents[].reuseStoreItemId` (POST /dossiers).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import { DigitisationList, MarkDigitisedRequest, StoreList } from '../../../contracts/digitisation.js';
import { requireActor } from '../../http/session.js';
import { listDossierMarks, listMyStore, markComponentDigitised } from './digitisation.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['digitisation'];

export async function digitisationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/dossiers/:id/digitisation',
    {
      schema: {
        tags,
        summary: 'Các thành phần và kết quả đã số hóa của hồ sơ',
        params: IdParams,
        response: { 200: DigitisationList, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: await listDossierMarks(request.ctx, request.params.id) };
    },
  );

  r.post(
    '/dossiers/:id/digitisation',
    {
      schema: {
        tags,
        summary: 'Đánh dấu một thành phần hồ sơ đã số hóa (Bộ phận Một cửa của đơn vị tiếp nhận)',
        params: IdParams,
        body: MarkDigitisedRequest,
        response: { 200: DigitisationList, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: await markComponentDigitised(request.ctx, request.params.id, request.body) };
    },
  );

  r.get(
    '/personal-documents',
    {
      schema: {
        tags,
        summary: 'Kho giấy tờ của tôi: giấy tờ đã số hóa và kết quả (công dân)',
        response: { 200: StoreList, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: await listMyStore(request.ctx) };
    },
  );
}
