/**
 * Test harness: a fresh database per test file (in-memory PGlite by default; a new PostgreSQL database
 * when DATABASE_URL is set), migrated and seeded with the demo data, and the app built over it.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import type { AppDeps } from '../context.js';
import { openDatabase, type DatabaseHandle } from '../db/connection.js';
import { migrateToLatest } from '../db/migrator.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../seed/demo.js';
import { seedDemoCatalogueIfEmpty } from '../seed/demo-catalogue.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** Opens a fresh, migrated database for one test file. */
export async function openTestDatabase(): Promise<TestDatabase & { migration: string | null }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    const { latest } = await migrateToLatest(handle);
    return { handle, migration: latest, drop: () => handle.close() };
  }
  const name = `kc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), dataDir: 'unused' });
  const { latest } = await migrateToLatest(handle);
  return {
    handle,
    migration: latest,
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: ManualClock;
  close(): Promise<void>;
}

/** Builds the app over a fresh demo database with a manual clock. */
export async function createTestApp(
  options: {
    now?: string;
    env?: Record<string, string>;
    /** An already migrated database (private clusters); a fresh one otherwise. */
    database?: TestDatabase & { migration: string | null };
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const clock = new ManualClock(options.now ?? '2026-03-02T02:00:00Z');
  await seedDemoIfEmpty(database.handle.db, clock);
  await seedDemoCatalogueIfEmpty(database.handle.db, clock);
  // development conveniences on by default (the dev identity provider and clock are tested); `DEV_TOOLS: '0'` to test without
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SERVE_WEB: 'false',
    DEV_TOOLS: '1',
    ...options.env,
  });
  const built: { app?: FastifyInstance } = {};
  const deps: AppDeps = {
    config,
    database: database.handle,
    clock,
    migration: database.migration,
    // outbound calls to the app's own public URL (the dev identity provider) go straight into the app
    outboundFetch: (url, options) => injectFetch(() => built.app, url, options),
  };
  const app = await buildApp(deps);
  built.app = app;
  return {
    app,
    deps,
    clock,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** A fetch that answers from `app.inject`, for code that calls the app over HTTP. */
async function injectFetch(
  app: () => FastifyInstance | undefined,
  url: string,
  options: { method?: string; headers?: Record<string, string> | Headers; body?: unknown },
): Promise<Response> {
  const target = new URL(url);
  const headers = Object.fromEntries(new Headers(options.headers as HeadersInit | undefined).entries());
  const response = await app()!.inject({
    method: (options.method ?? 'GET') as 'GET',
    url: `${target.pathname}${target.search}`,
    headers,
    payload: options.body === undefined || options.body === null ? undefined : String(options.body),
  });
  return new Response(new Uint8Array(response.rawPayload), {
    status: response.statusCode,
    headers: Object.entries(response.headers).flatMap(([key, value]) =>
      value === undefined
        ? []
        : (Array.isArray(value) ? value : [String(value)]).map((v) => [key, v] as [string, string]),
    ),
  });
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

/** Signs in through the API and returns what a browser would hold afterwards. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  return sessionFrom(response);
}

/** Reads the session cookie and CSRF token from a login or registration response. */
export function sessionFrom(response: LightMyRequestResponse): Session {
  const cookie = response.cookies.find((c) => c.name === 'kc_session');
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `kc_session=${cookie.value}`, csrf: body.csrfToken, userId: body.user.id };
}

/** Headers for an authenticated, CSRF-protected request. */
export function authHeaders(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrf };
}
