/**
 * The printed parts of an electronic result: the result document the system generates when the officer
 * attaches none, and the verification page appended to an uploaded result. Both carry the address of the
 * public verification page as a QR code and as a printed line.
 *
 * ND 45/2020/NĐ-CP art. 3: "Kết quả giải quyết thủ tục hành chính điện tử là kết quả giải quyết thủ tục hành
 * chính được cơ quan có thẩm quyền cấp dưới dạng điện tử và được ký số hoặc xác thực theo quy định." The
 * signature, not the paper, makes the result valid; the page only tells a reader where to check it.
 */
import { formatMomentVi } from '../forms/format.js';
import type { FormDocument } from '../forms/model.js';

export interface ResultDocumentInput {
  /** The signing unit's name and the authority above it (may be empty). */
  unitName: string;
  authorityName: string;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  /** Epoch ms of the signature. */
  signedAt: number;
  verifyUrl: string;
}

/** The public verification address of a signed result. */
export function verificationUrl(publicUrl: string, signedResultId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/xac-thuc/${signedResultId}`;
}

function verifyBlocks(input: ResultDocumentInput): FormDocument['blocks'] {
  return [
    {
      kind: 'line',
      line: {
        label: 'Ký số bởi: ',
        text: `${input.unitName}, lúc ${formatMomentVi(input.signedAt)}`,
      },
    },
    { kind: 'line', line: { label: 'Xác thực văn bản tại: ', text: input.verifyUrl } },
    {
      kind: 'qr',
      url: input.verifyUrl,
      caption: 'Quét mã để kiểm tra chữ ký số và tính toàn vẹn của văn bản',
    },
  ];
}

/** The result the system generates: who asked for what, that the unit has decided, and how to verify it. */
export function buildResultDocument(input: ResultDocumentInput): FormDocument {
  return {
    title: `Kết quả giải quyết hồ sơ ${input.dossierCode}`,
    fileName: `ket-qua-${input.dossierCode}`,
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', authority: input.authorityName, unit: input.unitName },
      {
        kind: 'title',
        text: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
        subtitle: '(bản điện tử có chữ ký số)',
      },
      { kind: 'line', line: { label: 'Mã hồ sơ: ', text: input.dossierCode } },
      { kind: 'line', line: { label: 'Thủ tục: ', text: input.procedureName } },
      { kind: 'line', line: { label: 'Người nộp hồ sơ: ', text: input.applicantName } },
      {
        kind: 'line',
        line: {
          text: `${input.unitName} đã giải quyết xong hồ sơ và chấp thuận yêu cầu của người nộp hồ sơ.`,
        },
      },
      ...verifyBlocks(input),
    ],
  };
}

/** The page appended to a result the officer uploaded: the same verification line and QR code. */
export function buildVerificationPage(input: ResultDocumentInput): FormDocument {
  return {
    title: `Thông tin xác thực hồ sơ ${input.dossierCode}`,
    fileName: `xac-thuc-${input.dossierCode}`,
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'title', text: 'THÔNG TIN XÁC THỰC KẾT QUẢ ĐIỆN TỬ' },
      { kind: 'line', line: { label: 'Mã hồ sơ: ', text: input.dossierCode } },
      { kind: 'line', line: { label: 'Thủ tục: ', text: input.procedureName } },
      ...verifyBlocks(input),
    ],
  };
}
