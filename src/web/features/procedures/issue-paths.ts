/**
 * The server's validation problems, each with an exact path such as
 * `definition.workflows[0].steps[2].allotted.value`: read out of an API error, turned into the editor's
 * field names (to mark the field itself) and into words a person can follow ("Quy trình 1 › Bước 3 › …").
 */
import type { I18n } from '../../app/i18n/context';
import { isApiError } from '../../app/http';
import type { MessageKey } from '../../app/i18n/messages';

/** One problem: where (the server's path) and what. */
export interface PathIssue {
  path: string;
  message: string;
}

/** The problems listed in a validation error (empty for other errors). */
export function issuesOf(error: unknown): PathIssue[] {
  if (!isApiError(error, 'validation_failed') || !Array.isArray(error.details)) return [];
  return error.details.flatMap((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null) return [];
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== 'string') return [];
    return [{ path, message: typeof message === 'string' ? message : error.message }];
  });
}

/** Splits `a.b[0].c` into ['a', 'b', 0, 'c'], after removing a leading prefix such as `definition`. */
export function toNamePath(path: string, prefix = 'definition'): (string | number)[] {
  let rest = path;
  if (rest === prefix) rest = '';
  else if (rest.startsWith(`${prefix}.`)) rest = rest.slice(prefix.length + 1);
  const parts: (string | number)[] = [];
  for (const match of rest.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

/** Paths that name a pair of inputs (value and unit): their problem is shown under the value. */
const COMPOSITE_FIELDS = new Set(['processingTime', 'allotted']);

/** The editor's field that shows a problem: its exact path, or the value input of a value-and-unit pair. */
export function fieldNameOf(path: string, prefix = 'definition'): (string | number)[] {
  const name = toNamePath(path, prefix);
  const last = name[name.length - 1];
  return typeof last === 'string' && COMPOSITE_FIELDS.has(last) ? [...name, 'value'] : name;
}

const LIST_KEYS: Record<string, MessageKey> = {
  workflows: 'proc.path.workflow',
  steps: 'proc.path.step',
  documents: 'proc.path.document',
  fees: 'proc.path.fee',
  variants: 'proc.path.variant',
  legalBasis: 'proc.path.legalBasis',
};

const FIELD_KEYS: Record<string, MessageKey> = {
  code: 'proc.field.code',
  name: 'proc.field.name',
  field: 'proc.field.field',
  level: 'proc.field.level',
  competentAuthority: 'proc.field.authority',
  processingTime: 'proc.field.processingTime',
  onlineLevel: 'proc.field.onlineLevel',
  resultType: 'proc.field.resultType',
  supplementMode: 'proc.field.supplementMode',
  supplementPauseBasis: 'proc.field.supplementPauseBasis',
  task: 'proc.step.task',
  unitKind: 'proc.step.unitKind',
  unitName: 'proc.step.unitName',
  role: 'proc.step.role',
  allotted: 'proc.step.allotted',
  result: 'proc.step.result',
  actions: 'proc.step.actions',
  next: 'proc.step.next',
  amount: 'proc.fee.amount',
  group: 'proc.fee.group',
  condition: 'proc.fee.condition',
  per: 'proc.fee.per',
  max: 'proc.fee.max',
  rates: 'proc.fee.rates',
  form: 'proc.doc.form',
  count: 'proc.doc.count',
};

/**
 * "Quy trình 1 › Bước 3 › Thời gian" for `definition.workflows[0].steps[2].allotted.value`; an import's
 * leading index reads "Thủ tục 4" for `[3].code`.
 */
export function describePath(path: string, t: I18n['t'], prefix = 'definition'): string {
  const parts = toNamePath(path, prefix);
  const words: string[] = [];
  parts.forEach((part, index) => {
    if (typeof part === 'number') {
      if (index === 0) words.push(t('proc.path.entry', { n: part + 1 }));
      return;
    }
    const following = parts[index + 1];
    const listKey = LIST_KEYS[part];
    const fieldKey = FIELD_KEYS[part];
    if (listKey && typeof following === 'number') words.push(t(listKey, { n: following + 1 }));
    else if (fieldKey) words.push(t(fieldKey));
  });
  return words.length > 0 ? words.join(' › ') : t('proc.path.whole');
}
