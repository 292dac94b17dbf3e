/**
 * The signed-in person, kept in the query cache under SESSION_KEY: `null` when nobody is signed in.
 * Login, registration and logout write it directly so every screen follows at once.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CurrentUser,
  LoginRequest,
  RegisterCitizenRequest,
  SessionResponse,
  UpdateProfileRequest,
} from '../../../contracts/auth';
import { useNavigate } from 'react-router-dom';
import { api, isApiError, setCsrfToken } from '../../app/http';

export const SESSION_KEY = ['session'] as const;

/** Loads the current session; a 401 means "not signed in" and yields null. */
export async function fetchSession(): Promise<CurrentUser | null> {
  try {
    const session = await api.get<SessionResponse>('/auth/me', undefined, {
      redirectOnUnauthenticated: false,
    });
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The session query (loaded once, then kept up to date by the mutations below). */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    staleTime: Infinity,
    meta: { silent: true },
  });
}

/** The signed-in person; only under RequireSession, which guarantees there is one. */
export function useCurrentUser(): CurrentUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser needs a signed-in person (use it under RequireSession)');
  return data;
}

/** Forgets everything cached for the previous person and records the new session (or none). */
export function replaceSession(queryClient: QueryClient, session: SessionResponse | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, session?.user ?? null);
}

/** Signs in with a login name, phone or ID number; errors are shown by the login form itself. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginRequest) =>
      api.post<SessionResponse>('/auth/login', input, { redirectOnUnauthenticated: false }),
    onSuccess: (session) => replaceSession(queryClient, session),
    meta: { silent: true },
  });
}

/** Registers a citizen account, which signs it in. */
export function useRegisterCitizen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterCitizenRequest) => api.post<SessionResponse>('/auth/register', input),
    onSuccess: (session) => replaceSession(queryClient, session),
    meta: { silent: true },
  });
}

/**
 * Signs out and goes to `to`. The local session is cleared even when the server call fails (e.g. the
 * session had already expired). The address and the session change in the same tick, so React renders
 * them together and no route guard sees one without the other (which would redirect elsewhere).
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout', {}, { redirectOnUnauthenticated: false }),
    meta: { silent: true },
  });
  const signOut = async (to: string) => {
    try {
      await mutation.mutateAsync();
    } catch {
      // ended locally anyway
    }
    void navigate(to, { replace: true });
    replaceSession(queryClient, null);
  };
  return { signOut, isPending: mutation.isPending };
}

/** Updates the own profile (name, email, phone, language) and the cached session with the result. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileRequest) => api.patch<SessionResponse>('/auth/me', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_KEY, session.user);
    },
  });
}

/** Changes the own password; afterwards the session no longer asks for a change. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<{ ok: true }>('/auth/change-password', input),
    onSuccess: () => {
      queryClient.setQueryData<CurrentUser | null>(SESSION_KEY, (user) =>
        user ? { ...user, mustChangePassword: false } : user,
      );
    },
    meta: { silent: true },
  });
}
