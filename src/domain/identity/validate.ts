/**
 * Validation of Vietnamese identifiers (domain.md §12): personal ID numbers and mobile phone numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type IdNumberCheck =
  | { ok: true; kind: 'cccd' | 'cmnd'; provinceCode?: string; sex?: 'male' | 'female'; birthYear?: number }
  | { ok: false; reason: 'format' | 'century' };

/**
 * Checks a personal ID number: 12-digit CCCD (3-digit province code, a century/sex digit, 2 digits of the
 * birth year, 6 digits) or a 9-digit old CMND. There is no public check digit, so this checks shape only.
 */
export function checkIdNumber(value: string): IdNumberCheck {
  if (/^[0-9]{9}$/.test(value)) return { ok: true, kind: 'cmnd' };
  if (!/^[0-9]{12}$/.test(value)) return { ok: false, reason: 'format' };
  const centuryDigit = Number(value[3]);
  const centuryIndex = Math.floor(centuryDigit / 2);
  // digits 6–9 denote the 2200s and 2300s: no living person, so they are typing errors
  if (centuryIndex > 2) return { ok: false, reason: 'century' };
  const birthYear = 1900 + centuryIndex * 100 + Number(value.slice(4, 6));
  return {
    ok: true,
    kind: 'cccd',
    provinceCode: value.slice(0, 3),
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear,
  };
}

/**
 * Normalises a Vietnamese mobile number to its 10-digit national form (0xxxxxxxxx), accepting +84/84
 * prefixes, spaces and dots; returns null when it is not a valid Vietnamese mobile number.
 */
export function normaliseMobilePhone(value: string): string | null {
  const phone = parsePhoneNumberFromString(value.trim(), 'VN');
  if (!phone || phone.country !== 'VN' || !phone.isValid()) return null;
  const type = phone.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
  const national = `0${phone.nationalNumber}`;
  return /^0(3|5|7|8|9)[0-9]{8}$/.test(national) ? national : null;
}
