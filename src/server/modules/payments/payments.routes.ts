/**
 * Routes of fee payments: POST /payments/webhook/{provider} (the bank's or payment platform's signed
 * notification; no session), POST /dossiers/{id}/payment/refund (one-stop head), GET /payments/report (the
 * fee report with each dossier's payment status), the electronic receipt
 * GET /dossiers/{id}/payment/receipt.{html,pdf} and GET /public/payment-receipt.{html,pdf} (code + PIN), and
 * with DEV_TOOLS the simulator POST /dev/payments/{id}/simulate.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  FeeReport,
  FeeReportQuery,
  PaymentInfo,
  ReceiptByTrackingQuery,
  RefundRequest,
  WebhookAnswer,
} from '../../../contracts/payments.js';
import type { FormDocument } from '../../../domain/forms/model.js';
import { requireActor } from '../../http/session.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../security/webhook-signature.js';
import { getPayment } from '../dossiers/dossiers.payments.js';
import { FORM_PAGE_CSP, renderFormHtml } from '../forms/forms.html.js';
import { renderFormPdf } from '../forms/forms.pdf.js';
import { getFeeReport } from './payments.report.js';
import { getReceipt, getReceiptByTracking, refundPayment } from './payments.service.js';
import { simulatePayment } from './payments.simulator.js';
import { receivePaymentNotification } from './payments.webhook.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['payments'];
const ReceiptParams = IdParams.extend({ format: z.enum(['html', 'pdf']) });
const FormatParams = z.object({ format: z.enum(['html', 'pdf']) });

/** Sends the receipt as a page or a PDF download; personal data, so never cached by a shared cache. */
async function sendReceipt(reply: FastifyReply, document: FormDocument, format: 'html' | 'pdf') {
  reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff');
  if (format === 'html') {
    reply.type('text/html; charset=utf-8').header('content-security-policy', FORM_PAGE_CSP);
    return reply.send(await renderFormHtml(document));
  }
  reply
    .type('application/pdf')
    .header(
      'content-disposition',
      `attachment; filename="${document.fileName.replace(/[^\w.-]/g, '_')}.pdf"`,
    );
  return reply.send(await renderFormPdf(document));
}

/** The webhook, in its own scope: its JSON body is kept as received text, since the signature covers those bytes. */
async function webhookRoute(scope: FastifyInstance): Promise<void> {
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, typeof body === 'string' ? body : body.toString('utf8')),
  );
  scope.withTypeProvider<ZodTypeProvider>().post(
    '/payments/webhook/:provider',
    {
      schema: {
        tags,
        summary:
          `Thông báo thanh toán của ngân hàng / nền tảng thanh toán: ký HMAC-SHA256 trên "<${TIMESTAMP_HEADER}>.<nội dung>" ` +
          `bằng PAYMENT_WEBHOOK_SECRET, gửi ở ${SIGNATURE_HEADER}; gửi lại cùng notificationId: không có tác dụng`,
        params: z.object({ provider: z.string().max(40) }),
        body: z
          .string()
          .describe('JSON: notificationId, reference hoặc description, amount, payerName, paidAt'),
        response: { 200: WebhookAnswer, ...errors },
      },
    },
    async (request) => {
      const header = (name: string) => {
        const value = request.headers[name];
        return typeof value === 'string' ? value : undefined;
      };
      return receivePaymentNotification(request.ctx, request.params.provider, request.body, {
        timestamp: header(TIMESTAMP_HEADER),
        signature: header(SIGNATURE_HEADER),
      });
    },
  );
}

export async function paymentRoutes(app: FastifyInstance, options: { devTools: boolean }): Promise<void> {
  await app.register(webhookRoute);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/dossiers/:id/payment/refund',
    {
      schema: {
        tags,
        summary: 'Ghi nhận hoàn trả phí, lệ phí (Trưởng Bộ phận Một cửa)',
        params: IdParams,
        body: RefundRequest,
        response: { 200: PaymentInfo, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      await refundPayment(request.ctx, request.params.id, request.body.reason);
      return getPayment(request.ctx, request.params.id);
    },
  );

  r.get(
    '/payments/report',
    {
      schema: {
        tags,
        summary:
          'Báo cáo thu phí, lệ phí: hồ sơ có phí trong kỳ và trạng thái nộp (đã nộp, chưa nộp, đã hoàn)',
        querystring: FeeReportQuery,
        response: { 200: FeeReport, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return getFeeReport(request.ctx, request.query);
    },
  );

  r.get(
    '/dossiers/:id/payment/receipt.:format',
    {
      schema: {
        tags,
        summary: 'Biên lai điện tử thu phí, lệ phí',
        produces: ['text/html', 'application/pdf'],
        params: ReceiptParams,
        response: errors,
      },
    },
    async (request, reply) => {
      requireActor(request);
      return sendReceipt(reply, await getReceipt(request.ctx, request.params.id), request.params.format);
    },
  );

  r.get(
    '/public/payment-receipt.:format',
    {
      schema: {
        tags,
        summary: 'Biên lai điện tử theo mã hồ sơ và mã PIN tra cứu',
        produces: ['text/html', 'application/pdf'],
        params: FormatParams,
        querystring: ReceiptByTrackingQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      const { code, secret } = request.query;
      return sendReceipt(reply, await getReceiptByTracking(request.ctx, code, secret), request.params.format);
    },
  );

  if (!options.devTools) return;
  r.post(
    '/dev/payments/:id/simulate',
    {
      schema: {
        tags,
        summary: 'Thanh toán mô phỏng (chỉ khi bật DEV_TOOLS): gửi thông báo đã ký qua đúng webhook',
        params: IdParams,
        response: { 200: PaymentInfo, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      await simulatePayment(request.ctx, app, request.params.id);
      return getPayment(request.ctx, request.params.id);
    },
  );
}
