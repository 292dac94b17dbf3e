/**
 * Queries and mutations of late work (/api/v1): a dossier's obligations, explanations and apologies, the
 * leaders' approval queue, the late-and-at-risk board, the person's alerts and the development clock.
 * Every mutation refreshes the dossier (its allowed actions and blockers change) and the late-work views.
 */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AlertList,
  Apology,
  BoardResponse,
  DecideApologyRequest,
  DevClockResponse,
  DisciplineSummary,
  DossierLateWork,
  DraftApologyRequest,
  FileExplanationRequest,
} from '../../../contracts/late-work';
import { api, ApiError } from '../../app/http';
import { dossierKeys } from '../dossiers/dossiers.api';

export type { Apology, BoardResponse, DisciplineSummary, DossierLateWork };
export type BoardItem = BoardResponse['items'][number];
export type AlertItem = z.infer<typeof AlertList>['items'][number];
export type DevClock = z.infer<typeof DevClockResponse>;
export type BoardSort = 'late' | 'holder' | 'procedure';

export const lateWorkKeys = {
  all: ['late-work'] as const,
  dossier: (id: string) => ['late-work', 'dossier', id] as const,
  board: (sort: BoardSort) => ['late-work', 'board', sort] as const,
  discipline: (month: string | null) => ['late-work', 'discipline', month] as const,
  alerts: ['late-work', 'alerts'] as const,
  pending: ['late-work', 'pending'] as const,
  clock: ['late-work', 'dev-clock'] as const,
};

/** Refreshes the late-work views and every dossier query (details, queues, counts). */
function refreshAll(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: lateWorkKeys.all }),
    queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
  ]);
}

/** What late work says about one dossier (officials only). */
export function useDossierLateWork(id: string, enabled: boolean) {
  return useQuery({
    queryKey: lateWorkKeys.dossier(id),
    queryFn: () => api.get<DossierLateWork>(`/dossiers/${id}/late-work`),
    enabled,
    meta: { silent: true },
  });
}

/** Files the explanation of the dossier's late step; the answer replaces the cached late-work view. */
export function useFileExplanation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FileExplanationRequest) =>
      api.post<DossierLateWork>(`/dossiers/${id}/explanations`, body),
    onSuccess: (view) => {
      queryClient.setQueryData(lateWorkKeys.dossier(id), view);
      return refreshAll(queryClient);
    },
    meta: { silent: true },
  });
}

/** Drafts the apology with a proposed new return date. */
export function useDraftApology(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftApologyRequest) => api.post<DossierLateWork>(`/dossiers/${id}/apologies`, body),
    onSuccess: (view) => {
      queryClient.setQueryData(lateWorkKeys.dossier(id), view);
      return refreshAll(queryClient);
    },
    meta: { silent: true },
  });
}

/** Approves or rejects an apology (a unit leader other than its drafter). */
export function useDecideApology() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: DecideApologyRequest & { id: string }) =>
      api.post<{ ok: true }>(`/apologies/${id}/decision`, body),
    onSuccess: () => refreshAll(queryClient),
    meta: { silent: true },
  });
}

/** Pending apologies in the person's scope. */
export function usePendingApologies() {
  return useQuery({
    queryKey: lateWorkKeys.pending,
    queryFn: async () => (await api.get<{ items: Apology[] }>('/apologies/pending')).items,
  });
}

/** The late-and-at-risk board of the person's units. */
export function useLateBoard(sort: BoardSort) {
  return useQuery({
    queryKey: lateWorkKeys.board(sort),
    queryFn: () => api.get<BoardResponse>('/late-work/board', { sort, horizonHours: 8 }),
    placeholderData: keepPreviousData,
  });
}

/** The month's late apologies and supplement faults of the official's unit subtree (current month by default). */
export function useDiscipline(month: string | null) {
  return useQuery({
    queryKey: lateWorkKeys.discipline(month),
    queryFn: () => api.get<DisciplineSummary>('/late-work/discipline', month ? { month } : {}),
    placeholderData: keepPreviousData,
  });
}

/** The signed-in official's late-work alerts. */
export function useMyAlerts() {
  return useQuery({
    queryKey: lateWorkKeys.alerts,
    queryFn: async () => (await api.get<{ items: AlertItem[] }>('/late-work/alerts')).items,
    meta: { silent: true },
  });
}

/**
 * The development clock, or null where there is none (404 without DEV_TOOLS). Only system administrators
 * may read it (403 for others): `enabled` is false for everyone else, so nothing is asked.
 */
export function useDevClock(enabled: boolean) {
  return useQuery({
    queryKey: lateWorkKeys.clock,
    enabled,
    queryFn: async () => {
      try {
        return await api.get<DevClock>('/dev/clock');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
    meta: { silent: true },
  });
}

/** Moves the development clock (or resets it); the server sweeps at once, so everything is refreshed. */
export function useMoveDevClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { advanceMinutes?: number; reset?: boolean }) =>
      api.post<DevClock>('/dev/clock', body),
    onSuccess: (clock) => {
      queryClient.setQueryData(lateWorkKeys.clock, clock);
      return refreshAll(queryClient);
    },
    meta: { silent: true },
  });
}

/** Uploads a file (raw body, like every attachment: PDF, JPEG or PNG) and returns its id. */
export async function uploadAttachment(file: File): Promise<string> {
  const csrf = /(?:^|;\s*)kc_csrf=([^;]+)/.exec(document.cookie)?.[1];
  const response = await fetch('/api/v1/attachments', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': file.type || 'application/pdf',
      'x-file-name': encodeURIComponent(file.name),
      ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
    },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; code?: string; message?: string };
  if (!response.ok || !body.id)
    throw new ApiError(response.status, { code: body.code ?? 'internal', message: body.message ?? '' });
  return body.id;
}
