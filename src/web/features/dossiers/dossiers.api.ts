/**
 * Queries and mutations of dossiers (/api/v1/dossiers) and what their screens read besides: the
 * procedures a unit offers, a procedure's definition (as a dossier was received under it) and the
 * officials who may take the next step.
 */
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreatedDossier as CreatedDossierSchema,
  CreateDossierRequest,
  Dossier,
  DossierActionRequest,
  DossierListQuery,
  DossierPage as DossierPageSchema,
} from '../../../contracts/dossiers';
import type { ProcedureDetail, ProcedureSummary } from '../../../contracts/procedures';
import type { User } from '../../../contracts/users';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { api, ApiError } from '../../app/http';
import type { Locale } from '../../app/i18n/define';
import { withReuseChoices } from '../digitisation/digitisation.api';

export type Queue = DossierListQuery['queue'];
export type DossierPage = z.infer<typeof DossierPageSchema>;
export type DossierSummary = DossierPage['items'][number];
export type CreatedDossier = z.infer<typeof CreatedDossierSchema>;
export type { Dossier, ProcedureDetail, ProcedureSummary };

/** What a queue shows: the queue, a search and the page. */
export interface QueueFilter {
  queue: Queue;
  q: string;
  page: number;
  pageSize: number;
}

export const dossierKeys = {
  all: ['dossiers'] as const,
  list: (filter: QueueFilter) => ['dossiers', 'list', filter] as const,
  count: (queue: Queue) => ['dossiers', 'count', queue] as const,
  detail: (id: string) => ['dossiers', 'detail', id] as const,
  offered: (unitId: string) => ['dossiers', 'offered-procedures', unitId] as const,
  online: ['dossiers', 'online-procedures'] as const,
  procedure: (id: string) => ['dossiers', 'procedure', id] as const,
  version: (id: string, number: number) => ['dossiers', 'procedure-version', id, number] as const,
  handlers: ['dossiers', 'handlers'] as const,
};

/** A page of a work queue (officials) or of the citizen's own dossiers. */
export function useDossierQueue(filter: QueueFilter) {
  return useQuery({
    queryKey: dossierKeys.list(filter),
    queryFn: () =>
      api.get<DossierPage>('/dossiers', {
        queue: filter.queue,
        q: filter.q || undefined,
        page: filter.page,
        pageSize: filter.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

/** How many dossiers each queue holds (one row asked for, the total read). */
export function useQueueCounts(queues: readonly Queue[]) {
  return useQueries({
    queries: queues.map((queue) => ({
      queryKey: dossierKeys.count(queue),
      queryFn: () => api.get<DossierPage>('/dossiers', { queue, page: 1, pageSize: 1 }),
      meta: { silent: true },
    })),
    combine: (results) =>
      Object.fromEntries(queues.map((queue, index) => [queue, results[index]?.data?.total])) as Partial<
        Record<Queue, number>
      >,
  });
}

/** One dossier with what the signed-in person may do with it now. */
export function useDossier(id: string) {
  return useQuery({
    queryKey: dossierKeys.detail(id),
    queryFn: () => api.get<Dossier>(`/dossiers/${id}`),
    meta: { silent: true },
  });
}

/** Performs an action on the dossier; the answer (the updated dossier) replaces the cached one. */
export function useDossierAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DossierActionRequest) => api.post<Dossier>(`/dossiers/${id}/actions`, input),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierKeys.detail(id), dossier);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'dossiers' && query.queryKey[1] !== 'detail',
      });
    },
    meta: { silent: true },
  });
}

const CSRF_COOKIE = 'kc_csrf';

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Texts for failures that have no server message. */
export interface TransportTexts {
  network: string;
  unexpected: string;
}

/**
 * POST /dossiers with an Idempotency-Key header (the shared client sends no custom headers): a retry
 * with the same key answers with the dossier the first try created. Errors become ApiError, as elsewhere.
 */
export async function postDossier(
  body: CreateDossierRequest,
  idempotencyKey: string,
  locale: Locale,
  texts: TransportTexts,
): Promise<CreatedDossier> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
    'accept-language': locale,
    'idempotency-key': idempotencyKey,
  };
  const csrf = readCookie(CSRF_COOKIE);
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch('/api/v1/dossiers', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: texts.network });
  }
  const payload = (await response.json().catch(() => null)) as
    (CreatedDossier & { code?: unknown; message?: unknown; details?: unknown }) | null;
  if (response.ok && payload) return payload;
  if (payload && typeof payload.code === 'string' && typeof payload.message === 'string') {
    throw new ApiError(response.status, {
      code: payload.code,
      message: payload.message,
      details: payload.details,
    });
  }
  throw new ApiError(response.status, { code: 'internal', message: texts.unexpected });
}

/** Receives (counter) or submits (online) a dossier. */
export function useCreateDossier(locale: Locale, texts: TransportTexts) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: CreateDossierRequest; key: string }) =>
      postDossier(withReuseChoices(body), key, locale, texts),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
    meta: { silent: true },
  });
}

interface ProcedurePage {
  items: ProcedureSummary[];
  total: number;
}

/** The published procedures a unit receives. */
export function useOfferedProcedures(unitId: string | null) {
  return useQuery({
    queryKey: dossierKeys.offered(unitId ?? ''),
    queryFn: async () =>
      (await api.get<ProcedurePage>('/procedures', { unitId, page: 1, pageSize: 200 })).items,
    enabled: !!unitId,
    staleTime: 5 * 60_000,
  });
}

/** The published procedures that can be submitted online (fully or partly). */
export function useOnlineProcedures() {
  return useQuery({
    queryKey: dossierKeys.online,
    queryFn: async () =>
      (await api.get<ProcedurePage>('/procedures', { page: 1, pageSize: 200 })).items.filter(
        (procedure) => procedure.onlineLevel !== 'none',
      ),
    staleTime: 5 * 60_000,
  });
}

/** A procedure: its current definition and the units that receive it. */
export function useProcedureDetail(id: string | null) {
  return useQuery({
    queryKey: dossierKeys.procedure(id ?? ''),
    queryFn: () => api.get<ProcedureDetail>(`/procedures/${id ?? ''}`),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
}

/** The definition a dossier was received under (its procedure version). */
export function useProcedureVersion(id: string | null, number: number | null) {
  return useQuery({
    queryKey: dossierKeys.version(id ?? '', number ?? 0),
    queryFn: async () =>
      (await api.get<{ definition: ProcedureDefinition }>(`/procedures/${id ?? ''}/versions/${number ?? 0}`))
        .definition,
    enabled: !!id && number !== null,
    staleTime: Infinity,
    meta: { silent: true },
  });
}

/**
 * Active officials the person may hand a dossier to (their own unit's subtree). Only some roles may
 * list users: for the others the list is refused and the dialog simply offers no choice.
 */
export function useHandlers(enabled: boolean) {
  return useQuery({
    queryKey: dossierKeys.handlers,
    queryFn: async () =>
      (await api.get<{ items: User[] }>('/users', { active: 'true', page: 1, pageSize: 200 })).items,
    enabled,
    retry: false,
    staleTime: 5 * 60_000,
    meta: { silent: true },
  });
}
