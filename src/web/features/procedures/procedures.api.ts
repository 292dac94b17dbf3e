/**
 * Queries and mutations of the procedure catalogue (/api/v1/procedures): the public list, detail and
 * deadline simulator; drafts, publication, versions, diff, import and unit offers for officials.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DiffResponse,
  ImportResponse,
  ProcedureDetail,
  ProcedurePage as ProcedurePageSchema,
  ProcedureVersionInfo,
  ScheduleResponse,
} from '../../../contracts/procedures';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { api, apiRequest } from '../../app/http';
import type { ProcedureLevel } from './procedure-labels';

export type ProcedurePage = z.infer<typeof ProcedurePageSchema>;
export type Diff = z.infer<typeof DiffResponse>;
export type ImportOutcome = z.infer<typeof ImportResponse>;
export type { ProcedureDetail, ProcedureVersionInfo, ScheduleResponse };

/** What the list shows: a search, filters and the page. */
export interface ProcedureFilter {
  q: string;
  field: string | null;
  level: ProcedureLevel | null;
  unitId: string | null;
  page: number;
  pageSize: number;
}

export const procedureKeys = {
  all: ['procedures'] as const,
  list: (filter: ProcedureFilter, includeDrafts: boolean) =>
    ['procedures', 'list', includeDrafts, filter] as const,
  fields: ['procedures', 'fields'] as const,
  detail: (id: string) => ['procedures', 'detail', id] as const,
  versions: (id: string) => ['procedures', 'versions', id] as const,
  version: (id: string, number: number) => ['procedures', 'version', id, number] as const,
  diff: (id: string, from: number, to: number) => ['procedures', 'diff', id, from, to] as const,
  simulation: (id: string, receivedAt: string, variantId: string | null) =>
    ['procedures', 'simulate', id, receivedAt, variantId] as const,
};

/** A page of procedures; editors may include those that exist only as drafts. */
export function useProcedureList(filter: ProcedureFilter, includeDrafts = false) {
  return useQuery({
    queryKey: procedureKeys.list(filter, includeDrafts),
    queryFn: () =>
      api.get<ProcedurePage>('/procedures', {
        q: filter.q || undefined,
        field: filter.field,
        level: filter.level,
        unitId: filter.unitId,
        includeDrafts: includeDrafts || undefined,
        page: filter.page,
        pageSize: filter.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The fields (lĩnh vực) of published procedures. */
export function useProcedureFields() {
  return useQuery({
    queryKey: procedureKeys.fields,
    queryFn: () => api.get<string[]>('/procedures/fields'),
    staleTime: 5 * 60_000,
  });
}

/** One procedure: its current definition, and its draft when the reader may edit it. */
export function useProcedure(id: string | null) {
  return useQuery({
    queryKey: procedureKeys.detail(id ?? ''),
    queryFn: () => api.get<ProcedureDetail>(`/procedures/${id ?? ''}`),
    enabled: !!id,
    meta: { silent: true },
  });
}

/** The due times of a case received at `receivedAt` (ISO with offset); null while no time is chosen. */
export function useSimulation(id: string, receivedAt: string | null, variantId: string | null) {
  return useQuery({
    queryKey: procedureKeys.simulation(id, receivedAt ?? '', variantId),
    queryFn: () => api.post<ScheduleResponse>(`/procedures/${id}/simulate`, { receivedAt, variantId }),
    enabled: !!receivedAt,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/** Every version of a procedure, newest first (editors). */
export function useVersions(id: string) {
  return useQuery({
    queryKey: procedureKeys.versions(id),
    queryFn: () => api.get<ProcedureVersionInfo[]>(`/procedures/${id}/versions`),
  });
}

/** What changed between two versions (disabled until both are chosen and differ). */
export function useDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: procedureKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: () => api.get<Diff>(`/procedures/${id}/diff`, { from, to }),
    enabled: from !== null && to !== null && from !== to,
  });
}

/** One version's definition, e.g. to start a new procedure from a copy. */
export function fetchVersion(id: string, number: number) {
  return api.get<{ info: ProcedureVersionInfo; definition: ProcedureDefinition }>(
    `/procedures/${id}/versions/${number}`,
  );
}

function useInvalidateProcedure() {
  const queryClient = useQueryClient();
  return (id?: string) =>
    queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] === 'procedures' &&
        (id === undefined || query.queryKey[1] === 'list' || query.queryKey.includes(id)),
    });
}

/** Saves the draft (the procedure row's version guards against a concurrent edit: 409). */
export function useSaveDraft(id: string) {
  const invalidate = useInvalidateProcedure();
  return useMutation({
    mutationFn: (input: { version: number; definition: unknown }) =>
      apiRequest<{ ok: true }>('PUT', `/procedures/${id}/draft`, { body: input }),
    onSuccess: () => invalidate(id),
    meta: { silent: true },
  });
}

/** Publishes the draft from a date (now when absent), after the server's full validation. */
export function usePublish(id: string) {
  const invalidate = useInvalidateProcedure();
  return useMutation({
    mutationFn: (input: { version: number; effectiveFrom?: string }) =>
      api.post<{ ok: true }>(`/procedures/${id}/publish`, input),
    onSuccess: () => invalidate(id),
    meta: { silent: true },
  });
}

/** Drops the draft, keeping the current version. */
export function useDiscardDraft(id: string) {
  const invalidate = useInvalidateProcedure();
  return useMutation({
    mutationFn: (version: number) =>
      apiRequest<{ ok: true }>('DELETE', `/procedures/${id}/draft`, { query: { version } }),
    onSuccess: () => invalidate(id),
  });
}

/** Creates a procedure as a first draft. */
export function useCreateProcedure() {
  const invalidate = useInvalidateProcedure();
  return useMutation({
    mutationFn: (input: { ownerUnitId: string | null; definition: unknown }) =>
      api.post<{ id: string }>('/procedures', input),
    onSuccess: () => invalidate(),
    meta: { silent: true },
  });
}

/** Imports a catalogue file (a JSON array of definitions), all or nothing. */
export function useImportCatalogue() {
  const invalidate = useInvalidateProcedure();
  return useMutation({
    mutationFn: (input: { definitions: unknown; ownerUnitId: string | null }) =>
      apiRequest<ImportOutcome>('POST', '/procedures/import', {
        body: input.definitions,
        query: { ownerUnitId: input.ownerUnitId },
      }),
    onSuccess: () => invalidate(),
    meta: { silent: true },
  });
}

/** Switches a procedure on or off at a unit's counter. */
export function useSetOffer(procedureId: string) {
  const invalidate = useInvalidateProcedure();
  return useMutation({
    mutationFn: (input: { unitId: string; enabled: boolean }) =>
      apiRequest<{ ok: true }>('PUT', `/units/${input.unitId}/procedures/${procedureId}`, {
        body: { enabled: input.enabled },
      }),
    onSuccess: () => invalidate(procedureId),
  });
}

/** Addresses of the catalogue exports (plain downloads; the export is public). */
export const EXPORT_URLS = {
  json: '/api/v1/procedures/export.json',
  xlsx: '/api/v1/procedures/export.xlsx',
};
