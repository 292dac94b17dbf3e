/** Messages of the payment card (fees, VietQR, simulator, e-receipt, refund) on the dossier page. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const paymentMessages = defineMessages({
  'payment.title': { vi: 'Phí, lệ phí', en: 'Fees' },
  'payment.total': { vi: 'Tổng số tiền', en: 'Total' },
  'payment.status': { vi: 'Tình trạng', en: 'Status' },
  'payment.reference': { vi: 'Mã thanh toán', en: 'Payment reference' },
  'payment.method': { vi: 'Hình thức', en: 'Method' },
  'payment.paidAt': { vi: 'Thời điểm nộp', en: 'Paid at' },
  'payment.receiptNumber': { vi: 'Số biên lai', en: 'Receipt number' },
  'payment.refund.reason': { vi: 'Lý do hoàn trả', en: 'Refund reason' },
  'payment.qr.hint': {
    vi: 'Quét mã VietQR bằng ứng dụng ngân hàng để nộp đúng số tiền; giữ nguyên nội dung chuyển khoản (mã thanh toán).',
    en: 'Scan the VietQR code with a banking app to pay the exact amount; keep the transfer text (payment reference).',
  },
  'payment.simulate': { vi: 'Thanh toán (mô phỏng)', en: 'Pay (simulated)' },
  'payment.simulate.done': { vi: 'Đã nhận thanh toán.', en: 'Payment received.' },
  'payment.receipt.pdf': { vi: 'Tải biên lai điện tử (PDF)', en: 'Download the e-receipt (PDF)' },
  'payment.receipt.html': { vi: 'Xem biên lai', en: 'View the receipt' },
  'payment.refund': { vi: 'Hoàn trả phí', en: 'Refund' },
  'payment.refund.ok': { vi: 'Ghi nhận hoàn trả', en: 'Record the refund' },
  'payment.refund.placeholder': {
    vi: 'Ví dụ: hồ sơ bị từ chối, nộp thừa…',
    en: 'E.g. the dossier was refused, paid twice…',
  },
  'payment.refund.required': {
    vi: 'Cần ghi lý do hoàn trả (ít nhất 5 ký tự).',
    en: 'Give a reason (5+ characters).',
  },
  'payment.method.cash': { vi: 'Tiền mặt', en: 'Cash' },
  'payment.method.transfer': { vi: 'Chuyển khoản', en: 'Bank transfer' },
  'payment.method.online': { vi: 'Trực tuyến', en: 'Online' },
  'payment.error': { vi: 'Không tải được thông tin phí, lệ phí.', en: 'Could not load the fees.' },
});

export type PaymentMessageKey = keyof typeof paymentMessages;

/** The language and a translate function that knows the payment card's messages. */
export function usePaymentI18n() {
  return useFeatureI18n(paymentMessages);
}
