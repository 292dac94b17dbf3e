/** Translated form rules used by many forms. */
import type { FormRule } from 'antd';
import type { I18n } from './context';

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * "Please enter …" for text, "Please select …" for a picker of one value ('select') or of several
 * ('select-many', whose value is an array and must not be empty), naming the field.
 */
export function requiredRule(
  t: I18n['t'],
  label: string,
  kind: 'enter' | 'select' | 'select-many' = 'enter',
): FormRule {
  const message = t(kind === 'enter' ? 'form.required' : 'form.select', { field: lowerFirst(label) });
  if (kind === 'select-many') return { required: true, type: 'array', min: 1, message };
  return { required: true, whitespace: kind === 'enter', message };
}

const MOBILE = /^(0|\+?84)(3|5|7|8|9)[0-9]{8}$/;

/** A Vietnamese mobile number (spaces and dots allowed); empty passes, pair with requiredRule. */
export function mobilePhoneRule(t: I18n['t']): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.replace(/[\s.]/g, '') : '';
      return !text || MOBILE.test(text)
        ? Promise.resolve()
        : Promise.reject(new Error(t('form.invalidPhone')));
    },
  };
}

/** An email address; empty passes. */
export function emailRule(t: I18n['t']): FormRule {
  return { type: 'email', message: t('form.invalidEmail') };
}
