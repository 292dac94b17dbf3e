/**
 * Routes of the printable forms: GET /dossiers/{id}/forms/{form}.{format} (receipt, supplement, refusal,
 * apology, stop, control-sheet as HTML or PDF; the TT 01/2018 numbers 01–05 stay as aliases) and
 * GET /units/{unitId}/tracking-book.{format} (the tracking book as HTML or Excel).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../contracts/common.js';
import { computeLocalEpochDay, formatEpochDay } from '../../../domain/calendar/index.js';
import { requireActor } from '../../http/session.js';
import { FORM_PAGE_CSP, renderFormHtml } from './forms.html.js';
import { renderFormPdf } from './forms.pdf.js';
import {
  DOSSIER_FORM_NAMES,
  FORM_EDITIONS,
  LEGACY_FORM_NUMBERS,
  type DossierFormName,
} from '../../../domain/forms/editions.js';
import { getDossierForm, getTrackingBook } from './forms.service.js';
import { buildTrackingBookWorkbook } from './forms.xlsx.js';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['forms'];
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');

const FormParams = z.object({
  id: z.string().uuid(),
  form: z
    .enum([...DOSSIER_FORM_NAMES, ...(Object.keys(LEGACY_FORM_NUMBERS) as ['01', '02', '03', '04', '05'])])
    .describe('Tên phiếu, hoặc số mẫu theo TT 01/2018 (01–05) như trước'),
  format: z.enum(['html', 'pdf']),
});
const FormQuery = z.object({
  edition: z
    .enum(FORM_EDITIONS)
    .optional()
    .describe('Mẫu theo thông tư (mặc định: thông tư có hiệu lực khi tiếp nhận hồ sơ)'),
  pin: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('Mã PIN cấp khi tiếp nhận, chỉ để in trên giấy tiếp nhận lần đầu (được đối chiếu)'),
});
const BookParams = z.object({ unitId: z.string().uuid(), format: z.enum(['html', 'xlsx']) });
const BookQuery = z.object({
  from: IsoDate.optional().describe('Từ ngày (mặc định: hôm nay)'),
  to: IsoDate.optional().describe('Đến ngày, tính cả ngày này (mặc định: bằng từ ngày)'),
});

/** Sends a generated page or file; it is personal data, so never cached by a shared cache. */
function sendFile(
  reply: FastifyReply,
  type: string,
  body: string | Buffer,
  file?: { disposition: 'inline' | 'attachment'; name: string },
) {
  reply.type(type).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff');
  // codes come from configured unit identifiers: keep the header to safe characters whatever they hold
  if (file)
    reply.header(
      'content-disposition',
      `${file.disposition}; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
    );
  if (type.startsWith('text/html')) reply.header('content-security-policy', FORM_PAGE_CSP);
  return reply.send(body);
}

export async function formRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/dossiers/:id/forms/:form.:format',
    {
      schema: {
        tags,
        summary:
          'In phiếu của hồ sơ: giấy tiếp nhận và hẹn trả, yêu cầu bổ sung, từ chối, xin lỗi và hẹn lại, thông báo dừng xử lý, phiếu kiểm soát',
        produces: ['text/html', 'application/pdf'],
        params: FormParams,
        querystring: FormQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      requireActor(request);
      const { id, form, format } = request.params;
      const name: DossierFormName = LEGACY_FORM_NUMBERS[form] ?? (form as DossierFormName);
      const document = await getDossierForm(request.ctx, id, name, request.query);
      if (format === 'html')
        return sendFile(reply, 'text/html; charset=utf-8', await renderFormHtml(document));
      return sendFile(reply, 'application/pdf', await renderFormPdf(document), {
        disposition: 'inline',
        name: `${document.fileName}.pdf`,
      });
    },
  );

  r.get(
    '/units/:unitId/tracking-book.:format',
    {
      schema: {
        tags,
        summary: 'Sổ theo dõi hồ sơ (mẫu 07 TT 03/2025; mẫu 06 TT 01/2018) của đơn vị trong một khoảng ngày',
        produces: ['text/html', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        params: BookParams,
        querystring: BookQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      requireActor(request);
      const today = formatEpochDay(computeLocalEpochDay(request.ctx.deps.clock.now().getTime()));
      const from = request.query.from ?? request.query.to ?? today;
      const book = await getTrackingBook(request.ctx, request.params.unitId, {
        from,
        to: request.query.to ?? from,
      });
      if (request.params.format === 'html')
        return sendFile(reply, 'text/html; charset=utf-8', await renderFormHtml(book.form));
      return sendFile(
        reply,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        await buildTrackingBookWorkbook(book),
        { disposition: 'attachment', name: `${book.form.fileName}.xlsx` },
      );
    },
  );
}
