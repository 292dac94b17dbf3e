/** The list's search and filters kept in the address (?q=&field=&level=&unit=&page=), so a search can be shared. */
import type { ProcedureFilter } from './procedures.api';
import { LEVELS, type ProcedureLevel } from './procedure-labels';

export const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZES = [10, 20, 50, 100];

function positive(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function isLevel(value: string | null): value is ProcedureLevel {
  return LEVELS.some((level) => level === value);
}

/** The filter an address asks for; anything unreadable falls back to "all, first page". */
export function filterFromParams(params: URLSearchParams): ProcedureFilter {
  const level = params.get('level');
  const size = positive(params.get('size'), DEFAULT_PAGE_SIZE);
  return {
    q: params.get('q')?.trim() ?? '',
    field: params.get('field') || null,
    level: isLevel(level) ? level : null,
    unitId: params.get('unit') || null,
    page: positive(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address of a filter: only what differs from the defaults. */
export function paramsFromFilter(filter: ProcedureFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.field) params.set('field', filter.field);
  if (filter.level) params.set('level', filter.level);
  if (filter.unitId) params.set('unit', filter.unitId);
  if (filter.page > 1) params.set('page', String(filter.page));
  if (filter.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filter.pageSize));
  return params;
}

/** The filter after a change of search or filters: back to the first page unless the page itself changed. */
export function refineFilter(filter: ProcedureFilter, change: Partial<ProcedureFilter>): ProcedureFilter {
  const next = { ...filter, ...change };
  return change.page === undefined && change.pageSize === undefined ? { ...next, page: 1 } : next;
}
