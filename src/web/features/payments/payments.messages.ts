/** Messages of the payment card (fees, VietQR, simulator, e-receipt, refund) on the dossier page and of the fee report. */
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
  'report.title': { vi: 'Báo cáo thu phí, lệ phí', en: 'Fee report' },
  'report.subtitle': {
    vi: 'Hồ sơ có phí, lệ phí nộp hoặc tiếp nhận trong kỳ thuộc phạm vi đơn vị của bạn, với tình trạng nộp của từng hồ sơ.',
    en: "Dossiers with fees submitted or received in the period within your unit's scope, each with its payment status.",
  },
  'report.period': { vi: 'Kỳ báo cáo', en: 'Period' },
  'report.filter': { vi: 'Tình trạng', en: 'Status' },
  'report.all': { vi: 'Tất cả', en: 'All' },
  'report.status.unpaid': { vi: 'Chưa nộp', en: 'Unpaid' },
  'report.status.paid': { vi: 'Đã nộp', en: 'Paid' },
  'report.status.refunded': { vi: 'Đã hoàn', en: 'Refunded' },
  'report.count': { vi: '{count} hồ sơ', en: '{count} dossiers' },
  'report.col.code': { vi: 'Mã hồ sơ', en: 'Dossier' },
  'report.col.procedure': { vi: 'Thủ tục, người nộp', en: 'Procedure, applicant' },
  'report.col.submittedAt': { vi: 'Ngày nộp', en: 'Submitted' },
  'report.col.amount': { vi: 'Số tiền', en: 'Amount' },
  'report.col.status': { vi: 'Tình trạng', en: 'Status' },
  'report.col.payment': { vi: 'Hình thức, biên lai', en: 'Method, receipt' },
  'report.paidAt': { vi: 'Nộp lúc {at}', en: 'Paid {at}' },
  'report.refundedAt': { vi: 'Hoàn lúc {at}', en: 'Refunded {at}' },
  'report.empty': { vi: 'Không có hồ sơ có phí trong kỳ.', en: 'No dossier with fees in the period.' },
  'report.truncated': {
    vi: 'Kỳ có nhiều hồ sơ hơn số được liệt kê (chỉ hiện hồ sơ mới nhất): hãy chọn kỳ ngắn hơn.',
    en: 'The period has more dossiers than listed (the newest are shown): choose a shorter period.',
  },
});

export type PaymentMessageKey = keyof typeof paymentMessages;

/** The language and a translate function that knows the payment card's messages. */
export function usePaymentI18n() {
  return useFeatureI18n(paymentMessages);
}
