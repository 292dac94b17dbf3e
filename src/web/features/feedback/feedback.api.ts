/** Queries and mutations of feedback and complaints (/api/v1/feedback, /api/v1/public/feedback). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreatedFeedback as CreatedSchema,
  CreateFeedbackRequest,
  FeedbackDetail,
  FeedbackPage as PageSchema,
  FeedbackStats as StatsSchema,
  PublicFeedback as PublicSchema,
} from '../../../contracts/feedback';
import { api } from '../../app/http';

export type CreatedFeedback = z.infer<typeof CreatedSchema>;
export type FeedbackPage = z.infer<typeof PageSchema>;
export type FeedbackItem = FeedbackPage['items'][number];
export type FeedbackStats = z.infer<typeof StatsSchema>;
export type PublicFeedback = z.infer<typeof PublicSchema>;
export type { FeedbackDetail };

/** Sends a report. */
export function useCreateFeedback() {
  return useMutation({
    mutationFn: (input: z.input<typeof CreateFeedbackRequest>) =>
      api.post<CreatedFeedback>('/feedback', input, { redirectOnUnauthenticated: false }),
  });
}

/** The public view of a report by code and PIN. */
export function usePublicFeedback(asked: { code: string; pin: string; attempt: number } | null) {
  return useQuery({
    queryKey: ['public-feedback', asked],
    queryFn: () =>
      api.get<PublicFeedback>(
        '/public/feedback',
        { code: asked?.code, pin: asked?.pin },
        { redirectOnUnauthenticated: false },
      ),
    enabled: asked !== null,
    retry: false,
    meta: { silent: true },
  });
}

/** The citizen's reaction to an answer. */
export function useReact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string; pin: string; satisfied: boolean }) =>
      api.post<PublicFeedback>('/public/feedback/reaction', input, { redirectOnUnauthenticated: false }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['public-feedback'] }),
  });
}

/** The handling queue. */
export function useFeedbackQueue(filter: { followUp: boolean; page: number; q: string }) {
  return useQuery({
    queryKey: ['feedback', 'queue', filter],
    queryFn: () =>
      api.get<FeedbackPage>('/feedback', {
        followUp: filter.followUp ? 'true' : undefined,
        q: filter.q || undefined,
        page: filter.page,
        pageSize: 20,
      }),
  });
}

/** One report with its content and reporter. */
export function useFeedbackDetail(id: string | null) {
  return useQuery({
    queryKey: ['feedback', 'detail', id],
    queryFn: () => api.get<FeedbackDetail>(`/feedback/${id}`),
    enabled: id !== null,
  });
}

/** On-time statistics of the official's unit. */
export function useFeedbackStats() {
  return useQuery({
    queryKey: ['feedback', 'stats'],
    queryFn: () => api.get<FeedbackStats>('/feedback/stats'),
  });
}

/** A handling step (take, answer). */
export function useFeedbackStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; step: 'take' | 'answer'; body: Record<string, unknown> }) =>
      api.post<FeedbackDetail>(`/feedback/${input.id}/${input.step}`, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feedback'] }),
  });
}
