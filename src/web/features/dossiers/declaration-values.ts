/** The declaration form's values as the browser holds them (dates as day objects) and as the API takes them. */
import type { DeclarationAnswers } from '../../../domain/procedures/declaration';
import type { Declaration } from '../../../domain/procedures/definition';

/** A day picked in the form: anything with `format` (a dayjs value). */
interface DayValue {
  format: (template: string) => string;
}

function isDayValue(value: unknown): value is DayValue {
  return typeof value === 'object' && value !== null && typeof (value as DayValue).format === 'function';
}

/** Answers in the API's shape: dates `yyyy-mm-dd`, empty fields left out, boxes as booleans. */
export function toDeclarationAnswers(
  declaration: Declaration,
  values: Record<string, unknown> | undefined,
): DeclarationAnswers {
  const answers: DeclarationAnswers = {};
  for (const field of declaration.fields) {
    const value = values?.[field.key];
    if (value === undefined || value === null || value === '') continue;
    if (field.type === 'date') {
      if (isDayValue(value)) answers[field.key] = value.format('YYYY-MM-DD');
    } else if (field.type === 'checkbox') answers[field.key] = value === true;
    else if (typeof value === 'string' || typeof value === 'number') answers[field.key] = value;
  }
  return answers;
}
