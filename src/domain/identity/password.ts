/**
 * Password strength rules, shared by the server (with the shipped list of common passwords) and the web
 * forms (without it): at least 10 characters or a passphrase of 4 words or more, not a common password
 * (also once its leading and trailing digits and symbols are taken off), not a few characters repeated,
 * and not containing the person's login name, phone or ID number.
 */

export type PasswordWeakness = 'too_short' | 'repetitive' | 'common' | 'contains_identifier';

export const MIN_PASSWORD_LENGTH = 10;
const MIN_PASSPHRASE_WORDS = 4;
const MIN_PASSPHRASE_LENGTH = 8;
const MIN_DISTINCT_CHARACTERS = 4;

/** A phrase of at least four words separated by spaces (length is then allowed below 10). */
export function isPassphrase(password: string): boolean {
  const words = password.trim().split(/\s+/u);
  return words.length >= MIN_PASSPHRASE_WORDS && password.trim().length >= MIN_PASSPHRASE_LENGTH;
}

/** The forms of the password compared with the common list: whole, without spaces, without the affixes. */
function commonForms(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const joined = lower.replace(/\s+/gu, '');
  const core = joined.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [lower, joined, core].filter((form) => form.length > 0);
}

/** Identifiers as they may appear in a password: lower case, and a phone also without its leading 0. */
function identifierForms(identifiers: readonly string[]): string[] {
  return identifiers
    .map((identifier) => identifier.trim().toLowerCase())
    .flatMap((identifier) => (/^0\d{9}$/.test(identifier) ? [identifier, identifier.slice(1)] : [identifier]))
    .filter((identifier) => identifier.length >= 4);
}

/** The first rule a password breaks, or null when it is acceptable. */
export function findPasswordWeakness(
  password: string,
  context: { identifiers: readonly string[]; isCommon: (candidate: string) => boolean },
): PasswordWeakness | null {
  if ([...password].length < MIN_PASSWORD_LENGTH && !isPassphrase(password)) return 'too_short';
  if (new Set(password.toLowerCase()).size < MIN_DISTINCT_CHARACTERS) return 'repetitive';
  if (commonForms(password).some((form) => context.isCommon(form))) return 'common';
  const lower = password.toLowerCase();
  if (identifierForms(context.identifiers).some((identifier) => lower.includes(identifier))) {
    return 'contains_identifier';
  }
  return null;
}

/** What to tell a person whose password breaks a rule (Vietnamese, English). */
export const PASSWORD_WEAKNESS_MESSAGES: Record<PasswordWeakness, { vi: string; en: string }> = {
  too_short: {
    vi: 'Mật khẩu cần ít nhất 10 ký tự, hoặc là một cụm từ gồm 4 từ trở lên.',
    en: 'The password needs at least 10 characters, or a phrase of 4 words or more.',
  },
  repetitive: {
    vi: 'Mật khẩu lặp lại quá ít ký tự khác nhau.',
    en: 'The password repeats too few different characters.',
  },
  common: {
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.',
    en: 'This password is too common and easy to guess; choose another.',
  },
  contains_identifier: {
    vi: 'Mật khẩu không được chứa tên đăng nhập, số điện thoại hoặc số định danh.',
    en: 'The password must not contain the login name, phone number or ID number.',
  },
};
