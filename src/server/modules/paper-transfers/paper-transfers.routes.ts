/**
 * Paper transfers over HTTP: dossiers awaiting hand-over, batches (create with an Idempotency-Key, read,
 * confirm receipt), the transfer slip as HTML or PDF, late transfers, and a dossier's own transfer.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  CreatePaperTransferBatchRequest,
  DossierPaperTransfer,
  PaperTransferBatch,
  PaperTransferBatchList,
  PaperTransferDossierList,
} from '../../../contracts/paper-transfers.js';
import { requireActor, requireOfficial } from '../../http/session.js';
import { FORM_PAGE_CSP, renderFormHtml } from '../forms/forms.html.js';
import { renderFormPdf } from '../forms/forms.pdf.js';
import {
  confirmTransferBatch,
  createTransferBatch,
  getTransferBatch,
  listAwaitingTransfers,
  listLateTransfers,
  listTransferBatches,
} from './paper-transfers.service.js';
import { getDossierPaperTransfer, getTransferSlip } from './paper-transfers.views.js';

const tags = ['paper-transfers'];
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });
const SlipParams = z.object({ id: z.string().uuid(), format: z.enum(['html', 'pdf']) });

/** Sends the slip; it holds personal data, so it is never cached by a shared cache. */
function sendSlip(reply: FastifyReply, format: 'html' | 'pdf', body: string | Buffer, fileName?: string) {
  reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff');
  if (format === 'html')
    return reply.type('text/html; charset=utf-8').header('content-security-policy', FORM_PAGE_CSP).send(body);
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${(fileName ?? 'phieu.pdf').replace(/[^\w.-]/g, '_')}"`)
    .send(body);
}

export async function paperTransferRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/paper-transfers/awaiting',
    {
      schema: {
        tags,
        summary: 'Hồ sơ giấy chờ chuyển đến đơn vị xử lý (quy tắc 15 giờ), hạn chuyển sớm nhất trước',
        response: { 200: PaperTransferDossierList, ...errors },
      },
    },
    async (request) => listAwaitingTransfers(request.ctx),
  );
  r.get(
    '/paper-transfers/late',
    {
      schema: {
        tags,
        summary: 'Hồ sơ giấy chuyển trễ hoặc quá hạn chưa chuyển, trong đơn vị và đơn vị trực thuộc',
        response: { 200: PaperTransferDossierList, ...errors },
      },
    },
    async (request) => listLateTransfers(request.ctx),
  );
  r.get(
    '/paper-transfers/batches',
    {
      schema: {
        tags,
        summary: 'Phiếu chuyển hồ sơ đã giao hoặc nhận trong đơn vị và đơn vị trực thuộc',
        response: { 200: PaperTransferBatchList, ...errors },
      },
    },
    async (request) => listTransferBatches(request.ctx),
  );
  r.post(
    '/paper-transfers/batches',
    {
      schema: {
        tags,
        summary:
          'Lập phiếu chuyển hồ sơ giấy (Idempotency-Key: gửi lại cùng nội dung nhận lại cùng phiếu, header idempotent-replayed)',
        headers: IdempotencyHeaders,
        body: CreatePaperTransferBatchRequest,
        response: { 201: PaperTransferBatch, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const created = await createTransferBatch(
        request.ctx,
        request.body,
        request.headers['idempotency-key'] ?? null,
      );
      if (created.replay) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(await getTransferBatch(request.ctx, created.id));
    },
  );
  r.get(
    '/paper-transfers/batches/:id',
    {
      schema: {
        tags,
        summary: 'Một phiếu chuyển hồ sơ và các hồ sơ trong phiếu',
        params: IdParams,
        response: { 200: PaperTransferBatch, ...errors },
      },
    },
    async (request) => getTransferBatch(request.ctx, request.params.id),
  );
  r.post(
    '/paper-transfers/batches/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Đơn vị nhận xác nhận đã nhận hồ sơ giấy của phiếu chuyển',
        params: IdParams,
        response: { 200: PaperTransferBatch, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return confirmTransferBatch(request.ctx, request.params.id);
    },
  );
  r.get(
    '/paper-transfers/batches/:id/slip.:format',
    {
      schema: {
        tags,
        summary: 'In phiếu chuyển hồ sơ (A4) dạng HTML hoặc PDF',
        produces: ['text/html', 'application/pdf'],
        params: SlipParams,
        response: errors,
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const document = await getTransferSlip(request.ctx, request.params.id);
      if (request.params.format === 'html') return sendSlip(reply, 'html', await renderFormHtml(document));
      return sendSlip(reply, 'pdf', await renderFormPdf(document), `${document.fileName}.pdf`);
    },
  );
  r.get(
    '/dossiers/:id/paper-transfer',
    {
      schema: {
        tags,
        summary: 'Hạn và tình trạng chuyển hồ sơ giấy của một hồ sơ',
        params: IdParams,
        response: { 200: DossierPaperTransfer, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return getDossierPaperTransfer(request.ctx, request.params.id);
    },
  );
}
