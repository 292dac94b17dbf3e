/**
 * Differences between two versions of a procedure definition, as a list of changed paths. Arrays of objects
 * with an `id` (steps, documents, variants, workflows) are matched by id, so reordering reads as a move
 * rather than as every later element changing.
 */
export interface DefinitionChange {
  path: string;
  kind: 'added' | 'removed' | 'changed' | 'moved';
  before?: unknown;
  after?: unknown;
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasIds(items: unknown[]): items is (Plain & { id: string })[] {
  return items.every((item) => isPlain(item) && typeof item.id === 'string');
}

function diffInto(before: unknown, after: unknown, path: string, out: DefinitionChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (hasIds(before) && hasIds(after)) {
      const afterIds = after.map((item) => item.id);
      before.forEach((item, index) => {
        const to = afterIds.indexOf(item.id);
        const itemPath = `${path}[${item.id}]`;
        if (to === -1) out.push({ path: itemPath, kind: 'removed', before: item });
        else {
          if (to !== index) out.push({ path: itemPath, kind: 'moved', before: index + 1, after: to + 1 });
          diffInto(item, after[to], itemPath, out);
        }
      });
      const beforeIds = new Set(before.map((item) => item.id));
      for (const item of after)
        if (!beforeIds.has(item.id)) out.push({ path: `${path}[${item.id}]`, kind: 'added', after: item });
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1)
      diffInto(before[index], after[index], `${path}[${index}]`, out);
    return;
  }
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) diffInto(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (before === undefined && after !== undefined) out.push({ path, kind: 'added', after });
  else if (after === undefined && before !== undefined) out.push({ path, kind: 'removed', before });
  else if (JSON.stringify(before) !== JSON.stringify(after))
    out.push({ path, kind: 'changed', before, after });
}

/** Lists what changed from `before` to `after`. */
export function diffDefinitions(before: unknown, after: unknown): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  diffInto(before, after, '', out);
  return out;
}
