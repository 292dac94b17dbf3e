/**
 * Dossier codes (domain.md §3, §5): `<agency code>-<YYMMDD>-<NNNN>`.
 *
 * The agency code is the electronic identifier of the receiving agency, `V1V2V3.Z1Z2.Y1Y2.H1H2H3`
 * (QĐ 20/2020/QĐ-TTg, formerly QCVN 102:2016/BTTTT): H1H2H3 the level-1 agency (a ministry or a province, a
 * letter and two digits, e.g. `H26` for Hà Nội), Y1Y2 the level-2 unit under it, Z1Z2 level 3, V1V2V3 level 4,
 * each a fixed number of digits, zero when the unit sits at a higher level (`000.00.00.H26` is the province's
 * People's Committee). A segment never grows: a commune's 5-digit administrative code is not an agency code.
 * The daily sequence is 4 digits and restarts each day per receiving unit; the 10,000th dossier of a day has
 * no code, it is refused.
 */
import { fail } from '../errors.js';

/** The four segments of an agency code, from the lowest level to the highest. */
export interface AgencyCodeParts {
  /** Level 4, 0–999. */
  level4: number;
  /** Level 3, 0–99. */
  level3: number;
  /** Level 2, 0–99. */
  level2: number;
  /** Level 1: a capital letter and two digits, e.g. `H26`. */
  level1: string;
}

const AGENCY_CODE = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-Z]\d{2})$/;
const DOSSIER_CODE = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;
/** The largest daily sequence a 4-digit slot holds. */
export const MAX_DAILY_SEQUENCE = 9999;

function isInRange(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}

/** Whether `code` is a well-formed agency code (fixed widths; a lower level set only under a higher one). */
export function isAgencyCode(code: string): boolean {
  const match = AGENCY_CODE.exec(code);
  if (!match) return false;
  const [, level4, level3, level2] = match;
  // a level may be non-zero only when every level above it (towards H) is set
  if (level3 !== '00' && level2 === '00') return false;
  if (level4 !== '000' && level3 === '00') return false;
  return true;
}

/** Builds an agency code from its segments; throws `validation_failed` when a segment does not fit its width. */
export function buildAgencyCode(parts: AgencyCodeParts): string {
  if (!isInRange(parts.level4, 999) || !isInRange(parts.level3, 99) || !isInRange(parts.level2, 99)) {
    throw fail.validation('Mã định danh cơ quan vượt quá độ dài của từng nhóm (3.2.2).');
  }
  const code = [
    String(parts.level4).padStart(3, '0'),
    String(parts.level3).padStart(2, '0'),
    String(parts.level2).padStart(2, '0'),
    parts.level1,
  ].join('.');
  if (!isAgencyCode(code)) throw fail.validation(`Mã định danh cơ quan "${code}" không đúng cấu trúc.`);
  return code;
}

/**
 * Builds the dossier code of the `sequence`-th dossier received on `day` (local date `YYYY-MM-DD`) by the
 * agency `agencyCode`. Throws `validation_failed` for a malformed agency code or day, and `conflict` when the
 * day's 4-digit sequence is exhausted.
 */
export function buildDossierCode(agencyCode: string, day: string, sequence: number): string {
  if (!isAgencyCode(agencyCode)) {
    throw fail.validation(`Mã định danh cơ quan "${agencyCode}" không đúng cấu trúc (000.00.00.H00).`);
  }
  const date = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(day);
  if (!date || !isCalendarDate(day)) throw fail.validation(`Ngày "${day}" không hợp lệ.`);
  if (!Number.isInteger(sequence) || sequence < 1) throw fail.validation('Số thứ tự hồ sơ phải từ 1.');
  if (sequence > MAX_DAILY_SEQUENCE) {
    throw fail.conflict('Đơn vị đã hết số thứ tự mã hồ sơ trong ngày (tối đa 9999).');
  }
  return `${agencyCode}-${date[1]}${date[2]}${date[3]}-${String(sequence).padStart(4, '0')}`;
}

/** Whether `code` is a well-formed dossier code: a valid agency code, a real date and a sequence 0001–9999. */
export function isDossierCode(code: string): boolean {
  const match = DOSSIER_CODE.exec(code);
  if (!match) return false;
  const [, agency, yy, mm, dd, sequence] = match;
  return isAgencyCode(agency!) && isCalendarDate(`20${yy}-${mm}-${dd}`) && sequence !== '0000';
}

function isCalendarDate(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, date));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date;
}

/**
 * Whether an intake decision takes a number of the dossier-code series. A dossier refused (form 03) or sent
 * back for supplements (form 02) at the counter was not received and gets no code (TT 01/2018 has no
 * separate series for them); one accepted, or submitted online (tracked by its code from then on), does.
 */
export function isReceivedAtIntake(decision: 'accept' | 'request_supplement' | 'reject' | 'submit'): boolean {
  return decision === 'accept' || decision === 'submit';
}
