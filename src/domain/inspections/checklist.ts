/**
 * Inspection checklists (configuration data, versioned in the database) and the results an inspector
 * records on site: one answer per item, `fail` being the items that should carry a finding.
 */
import { VIOLATION_TYPES, type ViolationType } from '../conduct/violations.js';

export interface ChecklistItem {
  code: string;
  label: string;
  labelEn: string;
  violationType: ViolationType;
}

export const ITEM_RESULTS = ['pass', 'fail', 'na'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

/** Reads stored checklist items, dropping malformed ones (the stored JSON is configuration, not input). */
export function parseChecklistItems(raw: unknown): ChecklistItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is ChecklistItem =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as ChecklistItem).code === 'string' &&
      typeof (item as ChecklistItem).label === 'string' &&
      (VIOLATION_TYPES as readonly string[]).includes((item as ChecklistItem).violationType),
  );
}

/** Item codes answered with an unknown code, for a `validation_failed` naming them. */
export function findUnknownItems(
  items: readonly ChecklistItem[],
  results: Record<string, ItemResult>,
): string[] {
  const known = new Set(items.map((i) => i.code));
  return Object.keys(results).filter((code) => !known.has(code));
}

/** Failed items that still have no finding: the inspector should record one per item (or mark it otherwise). */
export function listUnrecordedFailures(
  results: Record<string, ItemResult>,
  findingItems: readonly (string | null)[],
): string[] {
  const recorded = new Set(findingItems.filter((x): x is string => x !== null));
  return Object.entries(results)
    .filter(([code, result]) => result === 'fail' && !recorded.has(code))
    .map(([code]) => code);
}
