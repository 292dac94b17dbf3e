/**
 * Form 05 of TT 03/2025/TT-VPCP: Thông báo dừng xử lý hồ sơ (notice of stopping processing), A5 portrait,
 * built from the `stop` action: when, why, and who stopped it. TT 01/2018 had no such form.
 */
import { describeFormNumber } from './editions.js';
import { formatMomentVi } from './format.js';
import type { FormBlock, FormDocument } from './model.js';
import { describeApplicant, headingOf } from './receipt.js';
import type { DossierFormSource, NoticeSource } from './source.js';

const line = (label: string, text: string): FormBlock => ({ kind: 'line', line: { label, text } });

/** Builds the notice of stopping from the dossier's `stop` action. */
export function buildStopNoticeForm(source: DossierFormSource, notice: NoticeSource): FormDocument {
  return {
    title: `Thông báo dừng xử lý hồ sơ — ${source.code}`,
    fileName: `mau-05-thong-bao-dung-xu-ly-${source.code}`,
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber('tt03-2025', 'stop') } },
      headingOf(source, notice.at),
      { kind: 'title', text: 'THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ', subtitle: `Mã hồ sơ: ${source.code}` },
      { kind: 'line', line: { text: `${source.receivingUnit} đã tiếp nhận hồ sơ của:` } },
      ...describeApplicant(source.applicant),
      line('Nội dung yêu cầu giải quyết: ', source.procedureName),
      line('Thời gian tiếp nhận: ', source.receivedAt === null ? '' : formatMomentVi(source.receivedAt)),
      line('Thời điểm dừng xử lý: ', formatMomentVi(notice.at)),
      {
        kind: 'line',
        line: { text: `${source.authority} thông báo dừng xử lý hồ sơ nêu trên với lý do như sau:` },
      },
      line('Lý do: ', notice.reason ?? 'Theo quy định của pháp luật.'),
      { kind: 'line', line: { text: 'Xin thông báo để Ông/Bà được biết./.' } },
      {
        kind: 'signatures',
        blocks: [
          { title: 'NGƯỜI XỬ LÝ HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: notice.officerName ?? '' },
        ],
      },
    ],
  };
}
