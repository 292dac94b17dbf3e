/**
 * Phiếu chuyển hồ sơ giấy (transfer slip), A4: the paper dossiers the one-stop hands to a processing unit in
 * one batch, each with the moment it was due there by the 15:00 rule (`computePaperTransferDueTime`) and
 * whether the hand-over is on time or late; signed by the officer who hands over and the one who receives.
 */
import { assessPaperTransfer } from '../dossiers/paper-transfer.js';
import { formatMomentVi, formatShortMomentVi } from './format.js';
import type { FormDocument } from './model.js';

/** One dossier on the slip. */
export interface TransferSlipItem {
  code: string | null;
  procedureName: string;
  applicantName: string;
  receivedAt: number;
  /** When the paper file had to reach the processing unit. */
  dueAt: number;
}

/** What the slip is made from: the batch, both sides and the moment of the hand-over. */
export interface TransferSlipSource {
  number: string;
  authority: string;
  fromUnit: string;
  toUnit: string;
  handedAt: number;
  giverName: string;
  receiverName: string | null;
  items: TransferSlipItem[];
}

/** Builds the transfer slip; a line handed over after its due time reads "Trễ" with the delay's due time. */
export function buildTransferSlip(source: TransferSlipSource): FormDocument {
  const late = source.items.filter(
    (item) => assessPaperTransfer(item.dueAt, source.handedAt, source.handedAt) === 'late',
  ).length;
  return {
    title: `Phiếu chuyển hồ sơ số ${source.number}`,
    fileName: `phieu-chuyen-ho-so-${source.number.replace(/[^0-9A-Za-z-]/g, '-')}`,
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', authority: source.authority, unit: source.fromUnit },
      { kind: 'title', text: 'PHIẾU CHUYỂN HỒ SƠ', subtitle: `Số: ${source.number}` },
      { kind: 'line', line: { label: 'Bên giao: ', text: source.fromUnit } },
      { kind: 'line', line: { label: 'Bên nhận: ', text: source.toUnit } },
      { kind: 'line', line: { label: 'Thời điểm bàn giao: ', text: formatMomentVi(source.handedAt) } },
      {
        kind: 'line',
        line: { label: 'Số hồ sơ: ', text: `${source.items.length} (chuyển trễ: ${late})` },
      },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 1, align: 'center' },
          { title: 'Mã hồ sơ', width: 5 },
          { title: 'Thủ tục', width: 6 },
          { title: 'Người nộp', width: 4 },
          { title: 'Tiếp nhận lúc', width: 3 },
          { title: 'Hạn chuyển', width: 3 },
          { title: 'Đánh giá', width: 2, align: 'center' },
        ],
        rows: source.items.map((item, index) => [
          String(index + 1),
          item.code ?? '—',
          item.procedureName,
          item.applicantName,
          formatShortMomentVi(item.receivedAt),
          formatShortMomentVi(item.dueAt),
          assessPaperTransfer(item.dueAt, source.handedAt, source.handedAt) === 'late' ? 'Trễ' : 'Đúng hạn',
        ]),
      },
      {
        kind: 'signatures',
        blocks: [
          { title: 'NGƯỜI GIAO', hint: '(Ký, ghi rõ họ tên)', name: source.giverName },
          { title: 'NGƯỜI NHẬN', hint: '(Ký, ghi rõ họ tên)', name: source.receiverName ?? '' },
        ],
      },
    ],
  };
}
