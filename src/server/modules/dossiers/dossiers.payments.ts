/**
 * Fees of a dossier: the amounts come from the procedure version at intake; the one-stop officer records
 * payment with a receipt number; unpaid fees come with a VietQR code the citizen can scan to pay.
 */
import QRCode from 'qrcode';
import { z } from 'zod';
import { DossierFee } from '../../../contracts/dossiers.js';
import { fail } from '../../../domain/errors.js';
import { sumFees } from '../../../domain/procedures/fees.js';
import { buildVietQrPayload } from '../../../domain/payments/vietqr.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { presentFees } from './dossiers.present.js';
import { getDossier } from './dossiers.service.js';

export const RecordPaymentRequest = z.object({
  version: z.number().int(),
  receiptNumber: z.string().trim().min(1).max(50),
  method: z.enum(['cash', 'transfer', 'online']),
});

export const PaymentInfo = z.object({
  fees: z.array(DossierFee),
  total: z.number().int(),
  paid: z.boolean(),
  receiptNumber: z.string().nullable(),
  method: z.string().nullable(),
  qrPayload: z.string().nullable(),
  qrSvg: z.string().nullable(),
});

interface StoredFee {
  name: string;
  amount: number;
  paid?: boolean;
  receiptNumber?: string;
  method?: string;
}

/** The fees of a dossier, paid or not, with a VietQR code while something is unpaid. */
export async function getPayment(ctx: RequestContext, id: string) {
  const { row } = await getDossier(ctx, id);
  const fees = row.fees as StoredFee[];
  // the stored lines are what the dossier owes: only the chosen alternatives, after any exemption
  const total = sumFees(fees);
  const paid = fees.every((fee) => fee.paid || fee.amount === 0);
  const qrPayload =
    !paid && total > 0
      ? buildVietQrPayload({
          ...ctx.deps.config.payment,
          amount: total,
          description: `Le phi ho so ${row.code ?? ''}`,
        })
      : null;
  return {
    fees: presentFees(fees),
    total,
    paid,
    receiptNumber: fees.find((fee) => fee.receiptNumber)?.receiptNumber ?? null,
    method: fees.find((fee) => fee.method)?.method ?? null,
    qrPayload,
    qrSvg: qrPayload ? await QRCode.toString(qrPayload, { type: 'svg', margin: 1, width: 180 }) : null,
  };
}

/** Records payment of every fee with one receipt (one-stop officers), with optimistic concurrency. */
export async function recordPayment(
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof RecordPaymentRequest>,
) {
  const { row } = await getDossier(ctx, id);
  const actor = ctx.actor!;
  if (actor.kind !== 'official' || !actor.roles.some((r) => r === 'reception' || r === 'one_stop_head')) {
    throw fail.forbidden('Chỉ cán bộ Bộ phận Một cửa ghi nhận thu phí, lệ phí.');
  }
  const fees = (row.fees as StoredFee[]).map((fee) => ({
    ...fee,
    paid: true,
    receiptNumber: input.receiptNumber,
    method: input.method,
  }));
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('dossier')
      .set((eb) => ({ fees: JSON.stringify(fees), updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw fail.conflict('Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.');
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'dossier.record_payment',
        targetType: 'dossier',
        targetId: id,
        unitId: row.receiving_unit_id,
        summary: {
          receiptNumber: input.receiptNumber,
          method: input.method,
          total: sumFees(fees),
        },
      }),
    );
  });
  return getPayment(ctx, id);
}
