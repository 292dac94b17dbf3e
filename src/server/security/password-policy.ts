/**
 * The server's password policy: the shared rules (`domain/identity/password.ts`) with the common-password
 * list shipped beside this file (`common-passwords.txt`, see `common-passwords.LICENSE`). Applied to
 * registration, password changes and passwords an administrator sets from the command line.
 */
import fs from 'node:fs';
import { fail } from '../../domain/errors.js';
import { findPasswordWeakness, PASSWORD_WEAKNESS_MESSAGES } from '../../domain/identity/password.js';

const LIST_URL = new URL('./common-passwords.txt', import.meta.url);
let commonPasswords: Set<string> | null = null;

/** Whether a (lower-case) candidate is on the shipped list; the list is read once, on first use. */
export function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set(
    fs
      .readFileSync(LIST_URL, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  );
  return commonPasswords.has(candidate);
}

/** Throws `validation_failed` (on `path`) when the password breaks a rule; identifiers are the person's. */
export function assertAcceptablePassword(
  password: string,
  identifiers: readonly string[],
  path = 'password',
): void {
  const weakness = findPasswordWeakness(password, { identifiers, isCommon: isCommonPassword });
  if (!weakness) return;
  const message = PASSWORD_WEAKNESS_MESSAGES[weakness];
  throw fail.validation(message.vi, [{ path, message: message.en, reason: weakness }]);
}
