/**
 * Read-your-writes at the HTTP edge (only when reads go to a separate replica). After a successful
 * state-changing request the primary's WAL position is sent back in the `kc_lsn` cookie and the `x-kc-lsn`
 * header; a later request carrying it (cookie, or the `x-kc-min-lsn` header for API clients) has its
 * `readDb` reads wait, at most `DATABASE_READ_WAIT_MS`, for the replica to replay that position, and otherwise
 * read from the primary. So tracking right after intake, the queue after an action and a just-published
 * evaluation show the person their own write; requests without a position read the replica as before.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import type { DatabaseHandle } from '../db/connection.js';

export const LSN_COOKIE = 'kc_lsn';
export const LSN_HEADER = 'x-kc-lsn';
export const MIN_LSN_HEADER = 'x-kc-min-lsn';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Long enough for any healthy replica to catch up; afterwards the position no longer matters. */
const LSN_COOKIE_SECONDS = 300;

/** The same handle with every read on the primary. */
function readingFromPrimary(handle: DatabaseHandle): DatabaseHandle {
  return { ...handle, readDb: handle.db };
}

/** Registers the hooks; a no-op without a separate replica. Must follow the session hook (it fills `ctx`). */
export function registerReadYourWrites(app: FastifyInstance, deps: AppDeps): void {
  const replica = deps.database.replica;
  if (!replica) return;
  app.addHook('onRequest', async (request) => {
    const sent = request.headers[MIN_LSN_HEADER];
    const lsn = typeof sent === 'string' ? sent : request.cookies[LSN_COOKIE];
    if (!lsn || !request.url.startsWith('/api/')) return;
    const caughtUp = await replica.waitForReplay(lsn, deps.config.databaseReadWaitMs);
    if (!caughtUp) {
      request.ctx = {
        ...request.ctx,
        deps: { ...request.ctx.deps, database: readingFromPrimary(deps.database) },
      };
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!UNSAFE_METHODS.has(request.method) || reply.statusCode >= 400) return payload;
    try {
      const lsn = await replica.primaryLsn();
      reply.header(LSN_HEADER, lsn);
      reply.setCookie(LSN_COOKIE, lsn, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.cookieSecure,
        maxAge: LSN_COOKIE_SECONDS,
      });
    } catch {
      // the primary just went away: the write is answered anyway; a later read may then be a little stale
    }
    return payload;
  });
}
