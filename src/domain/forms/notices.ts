/**
 * Form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) and form 03 (Phiếu từ chối tiếp nhận giải quyết hồ
 * sơ), A5 portrait, built from the action that asked for the supplement or refused the dossier.
 */
import { describeFormNumber } from './editions.js';
import { formatMomentVi } from './format.js';
import type { FormBlock, FormDocument } from './model.js';
import { describeApplicant, headingOf } from './receipt.js';
import type { DossierFormSource, NoticeSource } from './source.js';

const line = (label: string, text: string): FormBlock => ({ kind: 'line', line: { label, text } });

/** Builds form 02 from a `request_supplement` action. */
export function buildSupplementForm(source: DossierFormSource, notice: NoticeSource): FormDocument {
  const items = notice.items.length > 0 ? notice.items : [notice.reason ?? 'Theo hướng dẫn của cán bộ.'];
  return {
    title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — ${source.code}`,
    fileName: `mau-02-yeu-cau-bo-sung-${source.code}`,
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber(source.edition, 'supplement') } },
      headingOf(source, notice.at),
      {
        kind: 'title',
        text: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
        subtitle: `Mã hồ sơ: ${source.code}`,
      },
      { kind: 'line', line: { text: 'Hồ sơ của:' } },
      ...describeApplicant(source.applicant),
      line('Nội dung yêu cầu giải quyết: ', source.procedureName),
      line('Thời điểm yêu cầu: ', formatMomentVi(notice.at)),
      { kind: 'list', lead: 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', items },
      line('Lý do: ', notice.reason ?? 'Hồ sơ chưa đầy đủ, hợp lệ theo quy định.'),
      {
        kind: 'line',
        line: {
          text:
            `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${source.receivingUnit}` +
            `${notice.officerName ? ` (cán bộ ${notice.officerName})` : ''} để được hướng dẫn.`,
        },
      },
      {
        kind: 'signatures',
        blocks: [{ title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: notice.officerName ?? '' }],
      },
    ],
  };
}

/** Builds form 03 from a `reject` (at the counter) or `refuse` (after appraisal) action. */
export function buildRefusalForm(source: DossierFormSource, notice: NoticeSource): FormDocument {
  const atCounter = notice.type === 'reject';
  return {
    title: `Phiếu từ chối tiếp nhận giải quyết hồ sơ — ${source.code}`,
    fileName: `mau-03-tu-choi-${source.code}`,
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber(source.edition, 'refusal') } },
      headingOf(source, notice.at),
      {
        kind: 'title',
        text: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
        subtitle: `Mã hồ sơ: ${source.code}`,
      },
      { kind: 'line', line: { text: `${source.receivingUnit} tiếp nhận hồ sơ của:` } },
      ...describeApplicant(source.applicant),
      line('Nội dung yêu cầu giải quyết: ', source.procedureName),
      {
        kind: 'line',
        line: {
          text: atCounter
            ? 'Qua xem xét, cơ quan thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:'
            : 'Qua thẩm định, cơ quan thông báo không giải quyết hồ sơ này với lý do cụ thể như sau:',
        },
      },
      line('Lý do: ', notice.reason ?? 'Hồ sơ không đủ điều kiện giải quyết theo quy định.'),
      { kind: 'line', line: { text: 'Xin thông báo để Ông/Bà được biết và thực hiện./.' } },
      {
        kind: 'signatures',
        blocks: [
          {
            title: atCounter ? 'NGƯỜI TIẾP NHẬN HỒ SƠ' : 'NGƯỜI XỬ LÝ HỒ SƠ',
            hint: '(Ký và ghi rõ họ tên)',
            name: notice.officerName ?? '',
          },
        ],
      },
    ],
  };
}
