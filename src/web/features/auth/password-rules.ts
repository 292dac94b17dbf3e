/** Form rules for a new password, mirroring the server's rule (8+ characters, a letter and a digit). */
import type { FormRule } from 'antd';
import type { I18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';

/** Rules for a new password field. */
export function newPasswordRules(t: I18n['t'], label: string): FormRule[] {
  return [
    requiredRule(t, label),
    { min: 8, message: t('password.tooShort') },
    { pattern: /[A-Za-z]/, message: t('password.needLetter') },
    { pattern: /[0-9]/, message: t('password.needDigit') },
  ];
}

/** Rules for the "repeat the password" field: it must equal the field named `otherField`. */
export function confirmPasswordRules(t: I18n['t'], otherField: string, label: string): FormRule[] {
  return [
    requiredRule(t, label),
    ({ getFieldValue }) => ({
      validator: (_rule, value: unknown) =>
        !value || getFieldValue(otherField) === value
          ? Promise.resolve()
          : Promise.reject(new Error(t('password.mismatch'))),
    }),
  ];
}
