/** Queries and mutations of discipline plans (/api/v1/discipline-plans). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlanDetail, PlanList, PlanReminders } from '../../../contracts/discipline-plans';
import { api } from '../../app/http';

export type { PlanDetail };
export type PlanSummary = z.infer<typeof PlanList>['items'][number];
export type Reminders = z.infer<typeof PlanReminders>;

/** Plans the person may read. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: async () => (await api.get<{ items: PlanSummary[] }>('/discipline-plans')).items,
  });
}

/** A plan and its matrix as of an instant (default now). */
export function usePlan(id: string, asOf: string | null) {
  return useQuery({
    queryKey: ['plans', 'detail', id, asOf],
    queryFn: () => api.get<PlanDetail>(`/discipline-plans/${id}`, { asOf }),
    placeholderData: keepPreviousData,
  });
}

/** What each unit still owes. */
export function useReminders(id: string) {
  return useQuery({
    queryKey: ['plans', 'reminders', id],
    queryFn: () => api.get<Reminders>(`/discipline-plans/${id}/reminders`),
  });
}

/** Reports a unit's completion of an action. */
export function useReportCompletion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      actionId,
      ...body
    }: {
      actionId: string;
      unitId: string;
      note: string;
      evidenceRef?: string;
    }) => api.post<PlanDetail>(`/discipline-plans/actions/${actionId}/reports`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}
