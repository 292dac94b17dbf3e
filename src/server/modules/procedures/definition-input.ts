/** Turns untrusted JSON into a valid procedure definition, or a validation error naming every exact path. */
import type { z } from 'zod';
import { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { validateDefinition, type DefinitionIssue } from '../../../domain/procedures/validate.js';
import { fail } from '../../../domain/errors.js';

/** Formats a zod path as `workflows[0].steps[2].allotted.value`. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, prefix);
}

/** Problems of shape (zod) and of meaning (workflow, references, time), each with its path. */
export function checkDefinition(
  input: unknown,
  prefix = '',
): { definition?: ProcedureDefinition; issues: DefinitionIssue[] } {
  const parsed = ProcedureDefinition.safeParse(input);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
        path: formatPath(prefix, issue.path),
        message: issue.message,
      })),
    };
  }
  const issues = validateDefinition(parsed.data).map((issue) => ({
    path: issue.path ? (prefix ? `${prefix}.${issue.path}` : issue.path) : prefix,
    message: issue.message,
  }));
  return { definition: parsed.data, issues };
}

/** The valid definition, or throws `validation_failed` listing every problem (shape only when `shapeOnly`). */
export function parseDefinition(
  input: unknown,
  options: { shapeOnly?: boolean; prefix?: string } = {},
): ProcedureDefinition {
  const { definition, issues } = checkDefinition(input, options.prefix ?? '');
  const blocking = definition && options.shapeOnly ? [] : issues;
  if (!definition || blocking.length > 0) {
    const summary = blocking
      .slice(0, 5)
      .map((i) => `${i.path || '(gốc)'}: ${i.message}`)
      .join('; ');
    throw fail.validation(`Thủ tục không hợp lệ — ${summary}${blocking.length > 5 ? '; …' : ''}`, blocking);
  }
  return definition;
}
