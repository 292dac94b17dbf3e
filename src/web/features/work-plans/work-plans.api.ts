/** Queries and mutations of work plans (/api/v1/work-tasks). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateWorkTaskRequest, WorkTask } from '../../../contracts/work-plans';
import { api } from '../../app/http';

export type { WorkTask };

export const workPlanKeys = {
  all: ['work-tasks'] as const,
  list: (unitId: string | null) => ['work-tasks', unitId] as const,
};

/** The actor's own tasks, or (leaders) those of a unit's subtree. */
export const useWorkTasks = (unitId: string | null) =>
  useQuery({
    queryKey: workPlanKeys.list(unitId),
    queryFn: () => api.get<{ items: WorkTask[] }>('/work-tasks', { unitId: unitId ?? undefined }),
    meta: { silent: unitId !== null },
  });

/** Creates a task, or moves one on (decision, complete, cancel). */
export function useWorkTaskMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string; body: unknown }) => api.post<WorkTask>(input.path, input.body),
    onSuccess: () => client.invalidateQueries({ queryKey: workPlanKeys.all }),
  });
}

export type { CreateWorkTaskRequest };
