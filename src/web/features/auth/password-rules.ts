/**
 * Form rules for a new password, the server's rules without the common-password list (which only the
 * server holds): 10+ characters or a passphrase of 4 words, not repetitive.
 */
import type { FormRule } from 'antd';
import type { I18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { findPasswordWeakness } from '../../../domain/identity/password';

/** Rules for a new password field. */
export function newPasswordRules(t: I18n['t'], label: string): FormRule[] {
  return [
    requiredRule(t, label),
    () => ({
      validator: (_rule, value: unknown) => {
        const weakness =
          typeof value === 'string' && value.length > 0
            ? findPasswordWeakness(value, { identifiers: [], isCommon: () => false })
            : null;
        return weakness === 'too_short'
          ? Promise.reject(new Error(t('password.tooShort')))
          : weakness === 'repetitive'
            ? Promise.reject(new Error(t('password.repetitive')))
            : Promise.resolve();
      },
    }),
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
