/**
 * Biên lai điện tử (electronic fee receipt), A5 portrait: the receipt number, the payer, the dossier code and
 * procedure, the fee lines, the amount in figures and in words, how it was paid and when. A refunded payment
 * keeps its receipt, marked refunded with the reason and time.
 */
import { formatMomentVi, formatMoneyVi } from './format.js';
import { formatMoneyWordsVi } from './money-words.js';
import type { FormBlock, FormDocument } from './model.js';

export const PAYMENT_METHOD_LABELS = {
  cash: 'Tiền mặt tại Bộ phận Một cửa',
  transfer: 'Chuyển khoản',
  online: 'Thanh toán trực tuyến',
} as const;

/** What the receipt is made from. */
export interface PaymentReceiptSource {
  receiptNumber: string;
  reference: string;
  authority: string;
  unit: string;
  payerName: string;
  dossierCode: string;
  procedureName: string;
  fees: { name: string; amount: number }[];
  total: number;
  method: keyof typeof PAYMENT_METHOD_LABELS;
  paidAt: number;
  collectorName: string | null;
  refund: { at: number; reason: string } | null;
}

/** Builds the electronic receipt of a paid (or refunded) dossier fee. */
export function buildPaymentReceipt(source: PaymentReceiptSource): FormDocument {
  const blocks: FormBlock[] = [
    {
      kind: 'heading',
      authority: source.authority,
      unit: source.unit === source.authority ? '' : source.unit,
    },
    {
      kind: 'title',
      text: 'BIÊN LAI THU PHÍ, LỆ PHÍ',
      subtitle: `(Biên lai điện tử) — Số: ${source.receiptNumber}`,
    },
    { kind: 'line', line: { label: 'Người nộp: ', text: source.payerName } },
    { kind: 'line', line: { label: 'Mã hồ sơ: ', text: source.dossierCode } },
    { kind: 'line', line: { label: 'Thủ tục: ', text: source.procedureName } },
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Nội dung thu', width: 8 },
        { title: 'Số tiền', width: 3, align: 'right' },
      ],
      rows: [
        ...source.fees.map((fee, index) => [String(index + 1), fee.name, formatMoneyVi(fee.amount)]),
        ['', 'Tổng cộng', formatMoneyVi(source.total)],
      ],
    },
    { kind: 'line', line: { label: 'Số tiền bằng số: ', text: formatMoneyVi(source.total) } },
    { kind: 'line', line: { label: 'Số tiền bằng chữ: ', text: formatMoneyWordsVi(source.total) } },
    { kind: 'line', line: { label: 'Hình thức thanh toán: ', text: PAYMENT_METHOD_LABELS[source.method] } },
    { kind: 'line', line: { label: 'Mã thanh toán: ', text: source.reference } },
    { kind: 'line', line: { label: 'Thời điểm thanh toán: ', text: formatMomentVi(source.paidAt) } },
  ];
  if (source.refund) {
    blocks.push({
      kind: 'line',
      line: {
        label: 'ĐÃ HOÀN TRẢ: ',
        text: `${formatMomentVi(source.refund.at)} — lý do: ${source.refund.reason}`,
      },
    });
  }
  blocks.push({
    kind: 'signatures',
    blocks: [
      { title: 'NGƯỜI NỘP TIỀN', hint: '', name: source.payerName },
      {
        title: 'NGƯỜI THU TIỀN',
        hint: source.method === 'online' ? '(Thu qua hệ thống thanh toán trực tuyến)' : '(Ký, ghi rõ họ tên)',
        name: source.collectorName ?? '',
      },
    ],
  });
  return {
    title: `Biên lai thu phí, lệ phí số ${source.receiptNumber}`,
    fileName: `bien-lai-${source.receiptNumber.replace(/[^0-9A-Za-z-]/g, '-')}`,
    page: { size: 'A5', orientation: 'portrait' },
    blocks,
  };
}
