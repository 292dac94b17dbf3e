/**
 * Form 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04 of both editions), A5 portrait, built from the
 * dossier's apology: its number and addressee, the reason, the legal appointment and the new one, signed by
 * the approving leader. A pending apology prints as a draft (DỰ THẢO) so it can be reviewed before approval.
 */
import { formatMomentVi } from './format.js';
import { findLegalDue } from './due.js';
import { describeFormNumber } from './editions.js';
import type { FormBlock, FormDocument } from './model.js';
import { describeApplicant, headingOf } from './receipt.js';
import type { DossierFormSource } from './source.js';

export interface ApologySource {
  reason: string;
  previousDueAt: number;
  newDueAt: number;
  /** When it was approved (or drafted, for a draft). */
  issuedAt: number;
  signerName: string | null;
  draft: boolean;
  /** The apology's number in its dossier (1 for the first), printed as `Số: 1/PXL`. */
  number: number;
  /**
   * Approved after its latest moment (one working day before the due date, domain.md §7): the register
   * line says so, with that moment. Null for a draft or when not late.
   */
  lateAfter: number | null;
}

const line = (label: string, text: string): FormBlock => ({ kind: 'line', line: { label, text } });

/** Builds form 04 for a dossier's apology. */
export function buildApologyForm(source: DossierFormSource, apology: ApologySource): FormDocument {
  return {
    title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả — ${source.code}`,
    fileName: `mau-04-xin-loi-hen-lai-${source.code}`,
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber(source.edition, 'apology') } },
      headingOf(source, apology.issuedAt),
      line('Số: ', `${apology.draft ? '……' : apology.number}/PXL`),
      {
        kind: 'title',
        text: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
        subtitle: `${apology.draft ? 'DỰ THẢO — ' : ''}Mã hồ sơ: ${source.code}`,
      },
      line('Kính gửi: ', source.applicant.organisationName ?? `Ông/Bà ${source.applicant.fullName}`),
      {
        kind: 'line',
        line: {
          text: `${source.receivingUnit} đã tiếp nhận hồ sơ của:`,
        },
      },
      ...describeApplicant(source.applicant),
      line('Nội dung yêu cầu giải quyết: ', source.procedureName),
      line('Thời gian tiếp nhận: ', source.receivedAt === null ? '' : formatMomentVi(source.receivedAt)),
      line(
        'Thời gian hẹn trả kết quả theo quy định: ',
        formatMomentVi(findLegalDue(source) ?? apology.previousDueAt),
      ),
      {
        kind: 'line',
        line: {
          text: 'Tuy nhiên đến nay, cơ quan giải quyết hồ sơ chưa trả kết quả cho Ông/Bà đúng thời hạn.',
        },
      },
      line('Lý do: ', apology.reason),
      {
        kind: 'line',
        line: {
          text:
            'Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà. ' +
            `${source.authority} thành thật xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả như sau:`,
        },
      },
      line('Thời gian trả kết quả: ', formatMomentVi(apology.newDueAt)),
      ...(apology.lateAfter === null
        ? []
        : [
            line(
              'Ghi chú: ',
              `Phiếu xin lỗi muộn — gửi sau thời hạn chậm nhất ${formatMomentVi(apology.lateAfter)} (01 ngày làm việc trước ngày hẹn trả).`,
            ),
          ]),
      { kind: 'line', line: { text: 'Rất mong nhận được sự thông cảm của Ông/Bà.' } },
      {
        kind: 'signatures',
        blocks: [
          {
            title: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
            hint: '(Ký, ghi rõ họ tên và đóng dấu)',
            name: apology.signerName ?? '',
          },
        ],
      },
    ],
  };
}
