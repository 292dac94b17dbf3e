/**
 * Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment slip, mẫu 01 of both editions),
 * A5 portrait. The tracking PIN is stored only as a hash: the slip printed at intake carries it (the officer's
 * print passes it once, checked against the hash); a reprint says it was given on the first slip.
 * A reprint keeps the legal return time, adds an apology's new date and marks a late result.
 */
import {
  DOCUMENT_FORM_LABELS,
  formatCountVi,
  formatLegalTimeVi,
  formatMomentVi,
  formatMoneyVi,
  formatPlaceDateVi,
} from './format.js';
import { describeDueChanges, findLegalDue } from './due.js';
import { RETURN_METHOD_LABELS, RETURN_METHODS } from '../dossiers/return-method.js';
import { describeBookLine } from './book-line.js';
import { describeFormNumber } from './editions.js';
import type { FormBlock, FormDocument, Line } from './model.js';
import type { DossierFormSource, FormApplicant } from './source.js';

const UNKNOWN = '…………';

/** The applicant's identity and contact lines shared by forms 01, 02 and 03. */
/** Total of the fees as printed, e.g. `80.000 đồng`. */
function formatTotalFee(fees: { amount: number }[]): string {
  return `${fees.reduce((sum, fee) => sum + fee.amount, 0).toLocaleString('vi-VN')} đồng`;
}

export function describeApplicant(applicant: FormApplicant): FormBlock[] {
  const lines: Line[] = [{ label: 'Ông/Bà: ', text: applicant.fullName }];
  if (applicant.organisationName) lines.push({ label: 'Tổ chức: ', text: applicant.organisationName });
  if (applicant.idNumber) lines.push({ label: 'Số định danh cá nhân: ', text: applicant.idNumber });
  const contact = [applicant.phone ?? UNKNOWN, applicant.email ? `Email: ${applicant.email}` : null];
  lines.push({ label: 'Số điện thoại: ', text: contact.filter(Boolean).join(' — ') });
  lines.push({ label: 'Địa chỉ: ', text: applicant.address ?? UNKNOWN });
  return lines.map((line) => ({ kind: 'line', line }));
}

/**
 * The heading block of a dossier form: authority and unit upper-case (the unit left out when it is the
 * authority itself), place and date on the right.
 */
export function headingOf(source: DossierFormSource, at: number | null): FormBlock {
  const authority = source.authority.toUpperCase();
  const unit = source.receivingUnit.toUpperCase();
  return {
    kind: 'heading',
    authority,
    unit: unit === authority ? '' : unit,
    placeDate: at === null ? undefined : formatPlaceDateVi(source.place, at),
  };
}

function describeFees(fees: DossierFormSource['fees']): string {
  if (fees.length === 0) return 'Không thu';
  return fees.map((fee) => `${fee.name}: ${formatMoneyVi(fee.amount)}`).join('; ');
}

/**
 * The ways of receiving the result as tick boxes: the one chosen at intake ticked, or, once the result was
 * returned, the one it went out by.
 */
function describeReturnMethods(method: DossierFormSource['returnMethod']): string {
  return RETURN_METHODS.map((key) => `${key === method ? '■' : '□'} ${RETURN_METHOD_LABELS[key]}`).join(
    '   ',
  );
}

/** How the slip tells the tracking secret: the PIN itself on the first print, a pointer to it on a reprint. */
function describePin(pin: string | null | undefined): string {
  return pin
    ? `mã PIN tra cứu: ${pin} — giữ bí mật, mã không được in lại`
    : 'mã PIN tra cứu 6 số đã in trên giấy tiếp nhận lần đầu, không in lại';
}

/**
 * Builds form 01 for a received dossier; `pin` is the tracking PIN, given only on the print right after
 * intake (the caller has checked it against the stored hash).
 */
export function buildReceiptForm(
  source: DossierFormSource,
  options: { pin?: string | null } = {},
): FormDocument {
  const current = source.edition === 'tt03-2025';
  const legalDue = findLegalDue(source);
  const documentRows = source.documents.map((doc, index) => [
    String(index + 1),
    doc.name,
    DOCUMENT_FORM_LABELS[doc.form],
    formatCountVi(doc.count),
  ]);
  const line = (label: string, text: string): FormBlock => ({ kind: 'line', line: { label, text } });
  return {
    title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả — ${source.code}`,
    fileName: `mau-01-giay-tiep-nhan-${source.code}`,
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber(source.edition, 'receipt') } },
      headingOf(source, source.receivedAt),
      {
        kind: 'title',
        text: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        subtitle: `Mã hồ sơ: ${source.code}`,
      },
      { kind: 'line', line: { text: `${source.receivingUnit} tiếp nhận hồ sơ của:` } },
      ...describeApplicant(source.applicant),
      line('Nội dung yêu cầu giải quyết: ', source.procedureName),
      line('1. Thành phần hồ sơ nộp gồm:', ''),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 1, align: 'center' },
          { title: 'Tên giấy tờ', width: 7 },
          { title: 'Hình thức', width: 3, align: 'center' },
          { title: 'Số lượng', width: 2, align: 'center' },
        ],
        rows: documentRows,
      },
      line('2. Số lượng hồ sơ: ', `${formatCountVi(1)} bộ`),
      line('3. Thời gian giải quyết hồ sơ theo quy định: ', formatLegalTimeVi(source.legalTime)),
      line(
        '4. Thời gian nhận hồ sơ: ',
        source.receivedAt === null ? UNKNOWN : formatMomentVi(source.receivedAt),
      ),
      line('5. Thời gian trả kết quả: ', legalDue === null ? UNKNOWN : formatMomentVi(legalDue)),
      ...describeDueChanges(source),
      line('6. Nơi nhận kết quả: ', source.receivingUnit),
      ...(current ? [line('Hình thức nhận kết quả: ', describeReturnMethods(source.returnMethod))] : []),
      line('7. Phí, lệ phí: ', describeFees(source.fees)),
      line('Vào Sổ theo dõi hồ sơ, ', describeBookLine(source.book)),
      source.paymentQr
        ? {
            kind: 'qr-pair',
            codes: [
              {
                url: source.trackingUrl,
                caption: `Tra cứu hồ sơ: quét mã hoặc truy cập ${source.trackingUrl} (${describePin(options.pin)}).`,
              },
              {
                url: source.paymentQr,
                caption: `Nộp phí, lệ phí: quét mã VietQR bằng ứng dụng ngân hàng (${formatTotalFee(source.fees)}).`,
              },
            ],
          }
        : {
            kind: 'qr',
            url: source.trackingUrl,
            caption:
              `Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập ${source.trackingUrl} ` +
              `(${describePin(options.pin)}).`,
          },
      {
        kind: 'signatures',
        blocks: [
          { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: source.applicant.fullName },
          {
            title: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
            hint: '(Ký và ghi rõ họ tên)',
            name: source.receivedBy ?? '',
          },
        ],
      },
    ],
  };
}
