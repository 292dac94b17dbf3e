/**
 * Fuzzing every operation of the served OpenAPI document with hostile values (fixed seed): whatever a client
 * sends, as nobody, a citizen or officials, the answer is never a 5xx.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type TestApp } from '../testing/harness.js';
import { listOperations, requestOf, type Operation } from '../testing/openapi-fuzz.js';

/**
 * Operations that would end the fuzzer's own sessions or lock its accounts (sign-out, passwords, deactivation);
 * their input is still checked by the shared guards and by their own API tests.
 */
const SKIPPED = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/change-password',
  'POST /api/v1/users/{id}/active',
  'POST /api/v1/users/{id}/reset-password',
]);
const RUNS_PER_OPERATION = 6;
const SEED = 20_261_207;

let t: TestApp;
let actors: Record<string, Record<string, string>>;
let ids: string[];

/** A few real ids of every table keyed by a uuid `id`, so generated lookups also find rows. */
async function collectIds(): Promise<string[]> {
  const { db } = t.deps.database;
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'
    order by table_name`.execute(db);
  const found: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<{
      id: string;
    }>`select id from ${sql.table(table_name)} order by id limit 2`.execute(db);
    found.push(...rows.rows.map((row) => row.id));
  }
  return found;
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
  actors = { anonymous: {} };
  for (const username of ['0912345678', 'admin', 'tiepnhan', 'lanhdao'])
    actors[username] = authHeaders(await signIn(t.app, username));
  ids = await collectIds();
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('hostile input on every operation', () => {
  it('never answers 5xx', async () => {
    await t.app.ready();
    const document = t.app.swagger() as unknown as Parameters<typeof listOperations>[0];
    const operations = listOperations(document).filter((op) => !SKIPPED.has(`${op.method} ${op.path}`));
    expect(operations.length).toBeGreaterThan(150);
    const actorNames = Object.keys(actors);
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      const requests = fc.sample(requestOf(op as Operation, ids), {
        seed: SEED + index,
        numRuns: RUNS_PER_OPERATION,
      });
      for (const [run, request] of requests.entries()) {
        const actor = actorNames[(index + run) % actorNames.length]!;
        const response = await t.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: { ...request.headers, ...actors[actor] },
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        if (response.statusCode >= 500)
          failures.push(
            `${response.statusCode} ${op.method} ${op.path} as ${actor}: ${request.url.slice(0, 200)} ` +
              `${(request.payload ?? '').slice(0, 300)} → ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
