/**
 * The declaration form (tờ khai) of a procedure, filled online: the first values from the citizen's profile,
 * the check of the answers (the same in the browser and on the server) and the lines printed on its PDF.
 * Online submission with an electronic declaration rests on ND 45/2020/NĐ-CP (administrative procedures
 * by electronic means); its exact wording is not in domain.md and is not quoted here (to be checked). The
 * declaration is part of the dossier and is stored with it.
 */
import { checkIdNumber } from '../identity/validate.js';
import type { Declaration, DeclarationField, PrefillSource } from './definition.js';

/** One answer: text (also dates `yyyy-mm-dd`, ID numbers, choices), a number, a ticked box, or nothing. */
export type DeclarationAnswer = string | number | boolean | null;
export type DeclarationAnswers = Record<string, DeclarationAnswer>;

/** What the profile of the signed-in citizen knows (absent values stay empty). */
export type DeclarationProfile = Partial<Record<PrefillSource, string | null>>;

export interface DeclarationIssue {
  key: string;
  message: string;
}

/** The first answers of the form: each field with a prefill source takes the profile's value. */
export function prefillDeclaration(
  declaration: Declaration,
  profile: DeclarationProfile,
): DeclarationAnswers {
  const answers: DeclarationAnswers = {};
  for (const field of declaration.fields) {
    const value = field.prefill ? profile[field.prefill] : undefined;
    if (value) answers[field.key] = value;
  }
  return answers;
}

function isEmpty(value: DeclarationAnswer | undefined): boolean {
  return value === undefined || value === null || value === '' || value === false;
}

/** Whether `yyyy-mm-dd` names a real calendar day. */
function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === value;
}

/** The problem of one filled-in answer, or null. */
function checkAnswer(field: DeclarationField, value: DeclarationAnswer): string | null {
  const label = field.label;
  switch (field.type) {
    case 'checkbox':
      return typeof value === 'boolean' ? null : `"${label}" phải là có hoặc không.`;
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (typeof value === 'boolean' || !Number.isFinite(n)) return `"${label}" phải là một số.`;
      if (field.min !== undefined && n < field.min) return `"${label}" không được nhỏ hơn ${field.min}.`;
      if (field.max !== undefined && n > field.max) return `"${label}" không được lớn hơn ${field.max}.`;
      return null;
    }
    case 'date':
      return typeof value === 'string' && isCalendarDay(value)
        ? null
        : `"${label}" không phải là ngày hợp lệ.`;
    case 'select':
      return typeof value === 'string' && (field.options ?? []).some((o) => o.value === value)
        ? null
        : `"${label}" phải là một trong các lựa chọn đã cho.`;
    case 'id_number':
      return typeof value === 'string' && checkIdNumber(value.trim()).ok
        ? null
        : `"${label}" phải là số định danh cá nhân 12 chữ số (hoặc CMND 9 chữ số).`;
    case 'text': {
      if (typeof value !== 'string') return `"${label}" phải là chữ.`;
      const text = value.trim();
      if (text.length > (field.maxLength ?? 500)) return `"${label}" quá dài.`;
      if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(text))
        return `"${label}" không đúng định dạng.`;
      return null;
    }
  }
}

/**
 * Checks answers against the form: required fields filled, each answer of its field's type and rules,
 * no answer to a field the form does not have. Returns the cleaned answers and every problem found.
 */
export function validateDeclaration(
  declaration: Declaration,
  answers: DeclarationAnswers,
): { values: DeclarationAnswers; issues: DeclarationIssue[] } {
  const issues: DeclarationIssue[] = [];
  const values: DeclarationAnswers = {};
  const known = new Set(declaration.fields.map((f) => f.key));
  for (const key of Object.keys(answers))
    if (!known.has(key)) issues.push({ key, message: `Tờ khai không có mục "${key}".` });
  for (const field of declaration.fields) {
    const raw = answers[field.key];
    if (isEmpty(raw)) {
      if (field.required) issues.push({ key: field.key, message: `Chưa điền "${field.label}".` });
      values[field.key] = field.type === 'checkbox' ? false : null;
      continue;
    }
    const problem = checkAnswer(field, raw!);
    if (problem) issues.push({ key: field.key, message: problem });
    else
      values[field.key] = field.type === 'number' ? Number(raw) : typeof raw === 'string' ? raw.trim() : raw!;
  }
  return { values, issues };
}

/** The answer as printed: dates dd/mm/yyyy, boxes "Có"/"Không", choices by their label, empty as dots. */
export function formatDeclarationAnswer(
  field: DeclarationField,
  value: DeclarationAnswer | undefined,
): string {
  if (field.type === 'checkbox') return value === true ? 'Có' : 'Không';
  if (value === null || value === undefined || value === '') return '……………';
  if (field.type === 'date' && typeof value === 'string') return value.split('-').reverse().join('/');
  if (field.type === 'select') return field.options?.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}
