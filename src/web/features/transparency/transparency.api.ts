/** Queries of the public transparency portal (/api/v1/transparency): rankings, unit reports, the live board. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DefinitionsResponse } from '../../../contracts/indicators';
import type {
  BoardResponse,
  PortalResponse,
  PortalSearchResponse,
  UnitReport,
} from '../../../contracts/transparency';
import { api } from '../../app/http';

export type { BoardResponse, DefinitionsResponse, PortalResponse, UnitReport };

/** Where the ranked units come from: the children of a parent (provinces without one), or a whole level. */
export interface PortalScope {
  parentId?: string | undefined;
  level?: 'province' | 'commune' | undefined;
}

/** Ordering, search and page of the portal list (server side: a level can hold thousands of units). */
export interface PortalListOptions {
  group?: string | undefined;
  q?: string | undefined;
  /** Only the units with enough data to rank, or only those listed apart; each list paged on its own. */
  list?: 'ranked' | 'unranked' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** Ranked units of a scope for a period ('YYYY-MM', 'YYYY-Qn', 'YYYY'). */
export function usePortalUnits(
  scope: PortalScope,
  period: string,
  options: PortalListOptions = {},
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: ['transparency', 'units', scope.parentId ?? null, scope.level ?? null, period, options],
    queryFn: () =>
      api.get<PortalResponse>('/transparency/units', {
        parentId: scope.level ? undefined : scope.parentId,
        level: scope.level,
        period,
        ...options,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Units of any level whose name contains `q` (diacritics ignored); nothing for an empty text. */
export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: ['transparency', 'search', q],
    queryFn: () => api.get<PortalSearchResponse>('/transparency/search', { q }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });
}

/** One unit's report, optionally for one procedure or one field. */
export function useUnitReport(
  unitId: string,
  period: string,
  filter: { procedureId?: string | undefined; field?: string | undefined },
) {
  return useQuery({
    queryKey: ['transparency', 'unit', unitId, period, filter.procedureId ?? null, filter.field ?? null],
    queryFn: () =>
      api.get<UnitReport>(`/transparency/units/${unitId}`, {
        period,
        procedureId: filter.procedureId,
        field: filter.field,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The indicator definitions (names, numerators, denominators, targets, versions). */
export function useDefinitions() {
  return useQuery({
    queryKey: ['transparency', 'definitions'],
    queryFn: () => api.get<DefinitionsResponse>('/transparency/definitions'),
    staleTime: Infinity,
  });
}

/** The live board, refreshed every `refreshMs`. */
export function useBoard(unitId: string, refreshMs: number) {
  return useQuery({
    queryKey: ['transparency', 'board', unitId],
    queryFn: () => api.get<BoardResponse>(`/transparency/board/${unitId}`),
    refetchInterval: refreshMs,
  });
}

/** Address of the open-data export of a scope. */
export function exportUrl(format: 'csv' | 'json', scope: PortalScope, period: string): string {
  const params = new URLSearchParams({ period });
  if (scope.level) params.set('level', scope.level);
  else if (scope.parentId) params.set('parentId', scope.parentId);
  return `/api/v1/transparency/export.${format}?${params.toString()}`;
}
