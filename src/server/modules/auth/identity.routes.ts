/**
 * Sign-in with the national e-identity (VNeID) over OpenID Connect: a redirect out, a callback in.
 * Pending attempts live in the database, so any instance can finish what another started.
 */
import type { FastifyInstance } from 'fastify';
import { fail } from '../../../domain/errors.js';
import type { AppDeps } from '../../context.js';
import { setSessionCookies } from '../../http/session.js';
import type { IdentityProvider } from '../../identity/oidc-client.js';
import { deleteLoginAttemptsBefore, insertLoginAttempt, takeLoginAttempt } from './auth.queries.js';
import { signInWithIdentity } from './identity.service.js';

const ATTEMPT_TTL_MS = 10 * 60_000;

export async function identityRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  provider: IdentityProvider,
): Promise<void> {
  const { db } = deps.database;

  app.get(
    '/auth/vneid/start',
    { schema: { tags: ['auth'], summary: 'Đăng nhập bằng VNeID' } },
    async (_request, reply) => {
      const attempt = await provider.start();
      const now = deps.clock.now();
      await deleteLoginAttemptsBefore(db, new Date(now.getTime() - ATTEMPT_TTL_MS));
      await insertLoginAttempt(db, attempt, now);
      return reply.redirect(attempt.url);
    },
  );

  app.get(
    '/auth/vneid/callback',
    { schema: { tags: ['auth'], summary: 'VNeID trả về' } },
    async (request, reply) => {
      const url = new URL(request.url, deps.config.publicUrl);
      const state = url.searchParams.get('state') ?? '';
      const pending = await takeLoginAttempt(db, state);
      const fresh = pending && deps.clock.now().getTime() - pending.created_at.getTime() < ATTEMPT_TTL_MS;
      if (!pending || !fresh) throw fail.validation('Phiên đăng nhập VNeID đã hết hạn, vui lòng thử lại.');
      let identity;
      try {
        identity = await provider.finish(url, {
          state: pending.state,
          nonce: pending.nonce,
          codeVerifier: pending.code_verifier,
        });
      } catch (error) {
        request.log.warn({ err: error }, 'identity provider callback failed');
        throw fail.unauthenticated('Không xác thực được với VNeID, vui lòng thử lại.');
      }
      const session = await signInWithIdentity(request.ctx, identity);
      setSessionCookies(reply, deps, session);
      return reply.redirect('/');
    },
  );
}
