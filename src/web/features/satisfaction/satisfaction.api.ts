/** Queries and mutations of satisfaction surveys (/api/v1/satisfaction, /api/v1/public/surveys). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  PublicSurvey as PublicSurveySchema,
  RateableDossier as RateableSchema,
  ResponsePage as ResponsePageSchema,
  SatisfactionDashboard,
  SurveyInvitation as InvitationSchema,
} from '../../../contracts/satisfaction';
import { api } from '../../app/http';

export type PublicSurvey = z.infer<typeof PublicSurveySchema>;
export type SurveyInvitation = z.infer<typeof InvitationSchema>;
export type RateableDossier = z.infer<typeof RateableSchema>;
export type ResponsePage = z.infer<typeof ResponsePageSchema>;
export type { SatisfactionDashboard };
export type AnswerValue = number | boolean | string;

/** The survey behind a link (no sign-in needed). */
export function usePublicSurvey(token: string | null) {
  return useQuery({
    queryKey: ['public-survey', token],
    queryFn: () =>
      api.get<PublicSurvey>(`/public/surveys/${token}`, undefined, { redirectOnUnauthenticated: false }),
    enabled: token !== null,
    retry: false,
    meta: { silent: true },
  });
}

/** Sends the answers of a survey link. */
export function useSubmitSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { answers: Record<string, AnswerValue>; anonymous: boolean }) =>
      api.post<{ ok: true; overallSatisfied: boolean | null }>(`/public/surveys/${token}`, input, {
        redirectOnUnauthenticated: false,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['satisfaction'] }),
    meta: { silent: true },
  });
}

/** Issues a survey link for a returned dossier. */
export function useInvite() {
  return useMutation({
    mutationFn: (input: { dossierId: string; channel: string }) =>
      api.post<SurveyInvitation>('/satisfaction/invitations', input),
  });
}

/** Returned dossiers to invite a rating for (officials) or to rate (citizens). */
export function useRateable(search: string) {
  return useQuery({
    queryKey: ['satisfaction', 'rateable', search],
    queryFn: () => api.get<RateableDossier[]>('/satisfaction/rateable', { q: search || undefined }),
  });
}

/** The dashboard of a unit over a period. */
export function useDashboard(filter: { unitId?: string; from?: string; to?: string }) {
  return useQuery({
    queryKey: ['satisfaction', 'dashboard', filter],
    queryFn: () => api.get<SatisfactionDashboard>('/satisfaction/dashboard', filter),
  });
}

/** A page of responses. */
export function useResponses(filter: { unitId?: string; from?: string; to?: string; page: number }) {
  return useQuery({
    queryKey: ['satisfaction', 'responses', filter],
    queryFn: () => api.get<ResponsePage>('/satisfaction/responses', { ...filter, pageSize: 20 }),
  });
}
