/** Queries and mutations of the unit tree (GET/POST/PATCH /api/v1/units). */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateUnitRequest,
  Unit,
  UnitPage as UnitPageSchema,
  UpdateUnitRequest,
} from '../../../contracts/units';
import { api } from '../../app/http';

export type UnitPage = z.infer<typeof UnitPageSchema>;

/** The most children one request brings; the API allows up to 500 (a province has at most a few hundred). */
export const CHILDREN_PAGE_SIZE = 500;

export const unitKeys = {
  all: ['units'] as const,
  children: (parentId: string | null) => ['units', 'children', parentId ?? 'roots'] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  search: (q: string, page: number, pageSize: number) => ['units', 'search', q, page, pageSize] as const,
};

/** The units directly under a parent, or the roots for null. */
export async function fetchChildren(parentId: string | null): Promise<Unit[]> {
  const query = parentId
    ? { parentId, pageSize: CHILDREN_PAGE_SIZE }
    : { roots: true, pageSize: CHILDREN_PAGE_SIZE };
  const page = await api.get<UnitPage>('/units', query);
  return page.items;
}

/** The children of a parent through the query cache (fresh data when `fresh`). */
export function loadChildren(
  queryClient: QueryClient,
  parentId: string | null,
  fresh = false,
): Promise<Unit[]> {
  return queryClient.fetchQuery({
    queryKey: unitKeys.children(parentId),
    queryFn: () => fetchChildren(parentId),
    staleTime: fresh ? 0 : 60_000,
  });
}

export function fetchUnit(id: string): Promise<Unit> {
  return api.get<Unit>(`/units/${id}`);
}

/** One unit by id (disabled while id is null). */
export function useUnit(id: string | null) {
  return useQuery({ queryKey: unitKeys.detail(id ?? ''), queryFn: () => fetchUnit(id ?? ''), enabled: !!id });
}

/** Units whose name or code matches, a page at a time. */
export function useUnitSearch(q: string, page: number, pageSize = 20) {
  return useQuery({
    queryKey: unitKeys.search(q, page, pageSize),
    queryFn: () => api.get<UnitPage>('/units', { q, page, pageSize }),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });
}

/** Saves a unit (with its version); the caller handles a 409 conflict, other errors are toasted. */
export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateUnitRequest }) =>
      api.patch<Unit>(`/units/${id}`, patch),
    onSuccess: (unit) => queryClient.setQueryData(unitKeys.detail(unit.id), unit),
    meta: { silent: true },
  });
}

/** Creates a unit under a parent. */
export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUnitRequest) => api.post<Unit>('/units', input),
    onSuccess: (unit) => {
      queryClient.setQueryData(unitKeys.detail(unit.id), unit);
      void queryClient.invalidateQueries({ queryKey: unitKeys.detail(unit.parentId ?? '') });
    },
  });
}
