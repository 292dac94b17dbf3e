/**
 * Session handling for every request: reads the session cookie, loads the acting person, enforces CSRF
 * on state-changing requests, and exposes `request.ctx` for services.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import type { Actor } from '../../domain/access/policy.js';
import type { AppDeps, RequestContext } from '../context.js';
import { findLiveSession, touchSession } from '../modules/auth/auth.queries.js';
import { toActor } from '../modules/auth/auth.present.js';
import { hashToken } from '../modules/auth/auth.service.js';

export const SESSION_COOKIE = 'kc_session';
export const CSRF_COOKIE = 'kc_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionToken: string | undefined;
    csrfToken: string | undefined;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes a person reaches before having a session: they cannot carry a CSRF token yet. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login', '/api/v1/auth/register', '/api/v1/auth/logout']);
const TOUCH_AFTER_MS = 60_000;

/** Sets the session and CSRF cookies (the CSRF one is readable by the web app, the session one is not). */
export function setSessionCookies(
  reply: FastifyReply,
  deps: AppDeps,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: deps.config.cookieSecure,
    expires: session.expiresAt,
  };
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, deps: AppDeps): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: deps.config.cookieSecure };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, common);
}

/** Registers the per-request hook that fills `request.ctx`. */
export function registerSessionHandling(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('sessionToken', undefined);
  app.decorateRequest('csrfToken', undefined);
  app.addHook('onRequest', async (request) => {
    let actor: Actor | null = null;
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const now = deps.clock.now();
      const live = await findLiveSession(
        deps.database.db,
        hashToken(token),
        now,
        deps.config.sessionIdleMinutes,
      );
      if (live) {
        actor = toActor(live.account);
        request.sessionToken = token;
        request.csrfToken = live.session.csrf_token;
        if (now.getTime() - live.session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
          await touchSession(deps.database.db, live.session.token_hash, now);
        }
      }
    }
    request.ctx = {
      deps,
      actor,
      requestId: request.id,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    };
    const path = request.url.split('?')[0] ?? '';
    if (actor && UNSAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(path)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== request.csrfToken) throw new AppError('csrf_failed');
    }
  });
}

/** The acting person, or an `unauthenticated` error. */
export function requireActor(request: FastifyRequest): Actor {
  const actor = request.ctx.actor;
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}

/** The acting official, or an error: citizens get `forbidden`. */
export function requireOfficial(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (actor.kind !== 'official') throw new AppError('forbidden');
  return actor;
}
