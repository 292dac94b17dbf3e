/**
 * The TanStack Query client: failed queries and mutations show the server's message once, unless they
 * are marked `meta: { silent: true }` because the screen shows the error itself.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { showError } from './feedback';
import { isApiError } from './http';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

/** A client for one app instance. A 401 is not toasted: the app goes to the login page instead. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.meta?.silent || (isApiError(error) && error.status === 401)) return;
        showError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.silent || (isApiError(error) && error.status === 401)) return;
        showError(error);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
