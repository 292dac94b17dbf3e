/**
 * VietQR payment codes (NAPAS 247 "transfer to account" in the EMVCo merchant-presented QR format): the
 * text a banking app scans to pre-fill the payee, the amount and the description (the dossier code).
 */

export interface VietQrRequest {
  /** 6-digit NAPAS bank identification number (BIN) of the payee's bank. */
  bankBin: string;
  accountNumber: string;
  /** Amount in đồng (whole number); omitted for an open amount. */
  amount?: number;
  /** What the payer's bank shows and sends as the transfer content (ASCII is safest). */
  description?: string;
}

function field(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo requires, in upper-case hex. */
export function computeCrc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Removes Vietnamese diacritics and anything a bank might reject from a transfer description. */
export function toTransferText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 .-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 50);
}

/** Builds the VietQR payload; throws on a malformed bank BIN, account or amount. */
export function buildVietQrPayload(request: VietQrRequest): string {
  if (!/^[0-9]{6}$/.test(request.bankBin)) throw new Error('bank BIN must be 6 digits');
  if (!/^[0-9A-Za-z]{1,19}$/.test(request.accountNumber))
    throw new Error('account number must be 1–19 letters or digits');
  if (request.amount !== undefined && (!Number.isInteger(request.amount) || request.amount <= 0)) {
    throw new Error('amount must be a positive whole number of đồng');
  }
  const beneficiary = field('00', request.bankBin) + field('01', request.accountNumber);
  const merchant = field('00', 'A000000727') + field('01', beneficiary) + field('02', 'QRIBFTTA');
  const description = request.description ? toTransferText(request.description) : '';
  const body =
    field('00', '01') +
    field('01', request.amount ? '12' : '11') +
    field('38', merchant) +
    field('53', '704') +
    (request.amount ? field('54', String(request.amount)) : '') +
    field('58', 'VN') +
    (description ? field('62', field('08', description)) : '');
  return `${body}6304${computeCrc16(`${body}6304`)}`;
}
