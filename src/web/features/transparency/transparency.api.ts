/** Queries of the public transparency portal (/api/v1/transparency): rankings, unit reports, the live board. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DefinitionsResponse } from '../../../contracts/indicators';
import type { BoardResponse, PortalResponse, UnitReport } from '../../../contracts/transparency';
import { api } from '../../app/http';

export type { BoardResponse, DefinitionsResponse, PortalResponse, UnitReport };

/** Ranked units under a parent (provinces without one) for a period ('YYYY-MM', 'YYYY-Qn', 'YYYY'). */
export function usePortalUnits(parentId: string | undefined, period: string) {
  return useQuery({
    queryKey: ['transparency', 'units', parentId ?? null, period],
    queryFn: () => api.get<PortalResponse>('/transparency/units', { parentId, period }),
    placeholderData: keepPreviousData,
  });
}

/** One unit's report, optionally for one procedure. */
export function useUnitReport(unitId: string, period: string, procedureId: string | undefined) {
  return useQuery({
    queryKey: ['transparency', 'unit', unitId, period, procedureId ?? null],
    queryFn: () => api.get<UnitReport>(`/transparency/units/${unitId}`, { period, procedureId }),
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

/** Address of the open-data export of a level. */
export function exportUrl(format: 'csv' | 'json', parentId: string | undefined, period: string): string {
  const params = new URLSearchParams({ period });
  if (parentId) params.set('parentId', parentId);
  return `/api/v1/transparency/export.${format}?${params.toString()}`;
}
