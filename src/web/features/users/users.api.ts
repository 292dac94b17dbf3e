/** Queries and mutations of user administration (/api/v1/users). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateUserRequest,
  UpdateUserRequest,
  User,
  UserPage as UserPageSchema,
  UserWithPassword as UserWithPasswordSchema,
} from '../../../contracts/users';
import { api } from '../../app/http';

export type UserPage = z.infer<typeof UserPageSchema>;
export type UserWithPassword = z.infer<typeof UserWithPasswordSchema>;

export interface UserFilter {
  q: string;
  unitId: string | null;
  includeSubunits: boolean;
  active: 'true' | 'false' | null;
  page: number;
  pageSize: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (filter: UserFilter) => ['users', 'list', filter] as const,
};

/** The API reads query booleans as "true" / "false". */
function includeSubunitsParam(include: boolean): string {
  return include ? 'true' : 'false';
}

/** A page of officials matching the filter. */
export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: userKeys.list(filter),
    queryFn: () =>
      api.get<UserPage>('/users', {
        q: filter.q || undefined,
        unitId: filter.unitId ?? undefined,
        includeSubunits: filter.unitId ? includeSubunitsParam(filter.includeSubunits) : undefined,
        active: filter.active ?? undefined,
        page: filter.page,
        pageSize: filter.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Creates an official; the answer carries the temporary password, shown once. */
export function useCreateUser() {
  return useUserMutation((input: CreateUserRequest) => api.post<UserWithPassword>('/users', input));
}

/** Edits an official (with the version read); a stale version is answered 409 conflict. */
export function useUpdateUser() {
  return useUserMutation(({ id, patch }: { id: string; patch: UpdateUserRequest }) =>
    api.patch<User>(`/users/${id}`, patch),
  );
}

/** Deactivates or reactivates an official. */
export function useSetUserActive() {
  return useUserMutation(({ user, active }: { user: User; active: boolean }) =>
    api.post<User>(`/users/${user.id}/active`, { version: user.version, active }),
  );
}

/** Gives an official a new temporary password. */
export function useResetPassword() {
  return useUserMutation((user: User) => api.post<UserWithPassword>(`/users/${user.id}/reset-password`));
}
