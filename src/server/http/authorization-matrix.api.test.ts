/**
 * The authorisation matrix, generated from the OpenAPI document: every route × every kind of actor
 * (anonymous, a citizen, the seven official demo roles, an official of another commune and one of the parent
 * unit), with the expected outcome kept as data in `authorization-matrix.ts`. Unit-scoped routes are tried on
 * a real Ba Đình resource and on a city-level one: scope never flows upward.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type Session } from '../testing/harness.js';
import { findUnitId } from '../testing/fixtures.js';
import {
  AUTHORIZATION_MATRIX,
  MATRIX_ACTORS,
  PENDING_FIXES,
  isAllowedByMatrix,
  type MatrixActor,
  type MatrixActorName,
  type MatrixRule,
} from './authorization-matrix.js';
import { DEFAULT_PATH_PARAMS, MATRIX_REQUESTS, type MatrixRequest } from './authorization-matrix.requests.js';
import { createMatrixWorld, type MatrixTargetInstance, type MatrixWorld } from '../testing/matrix-world.js';

let world: MatrixWorld;

beforeAll(async () => {
  world = await createMatrixWorld();
}, 600_000);
afterAll(async () => {
  await world?.t.close();
});

/** Every `METHOD /path` of the OpenAPI document the app generates. */
function documentedRoutes(): string[] {
  const document = world.t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

let seq = 0;

/** Sends one route as one actor on one target; returns the status. */
async function send(
  key: string,
  rule: MatrixRule,
  actor: MatrixActorName,
  target: MatrixTargetInstance | undefined,
): Promise<number> {
  const [method, template] = key.split(' ') as [string, string];
  seq += 1;
  const targetId = target?.id ?? crypto.randomUUID();
  const built: MatrixRequest = MATRIX_REQUESTS[key]?.({ f: world.fixtures, targetId, seq }) ?? {};
  const url = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (built.params?.[name]) return built.params[name];
    if ((name === 'id' || name === 'unitId') && (rule.target || name === 'id')) return targetId;
    return DEFAULT_PATH_PARAMS[name]?.(world.fixtures) ?? crypto.randomUUID();
  });
  const session = await world.sessionOf(actor);
  const headers = { ...(session ? authHeaders(session) : {}), ...built.headers };
  const hasBody = !['GET', 'DELETE'].includes(method);
  const response = await world.t.app.inject({
    method: method as 'GET',
    url,
    query: built.query,
    headers,
    ...(built.payload
      ? { payload: built.payload }
      : hasBody
        ? { payload: (built.body ?? {}) as object }
        : {}),
  });
  return response.statusCode;
}

/** The targets a rule is tried on: the ward's and the city's resource when scoped, else the ward's. */
function targetsOf(rule: MatrixRule): (MatrixTargetInstance | undefined)[] {
  if (!rule.target) return [undefined];
  const instances = world.targets[rule.target];
  return rule.scope && instances.city ? [instances.ward, instances.city] : [instances.ward];
}

describe('the authorisation matrix', () => {
  it('has a rule for every documented route, and no rule for a route that is gone', () => {
    const documented = documentedRoutes();
    const missing = documented.filter((key) => !AUTHORIZATION_MATRIX[key]);
    const gone = Object.entries(AUTHORIZATION_MATRIX)
      .filter(([key, rule]) => !documented.includes(key) && rule.access !== 'dev_only')
      .map(([key]) => key);
    expect(missing, 'routes without a rule in authorization-matrix.ts').toEqual([]);
    expect(gone, 'rules for routes that no longer exist').toEqual([]);
    const unknownRequests = Object.keys(MATRIX_REQUESTS).filter((key) => !AUTHORIZATION_MATRIX[key]);
    expect(unknownRequests, 'request builders without a rule').toEqual([]);
  });

  it('gives every actor the expected outcome on every route, and never a server error', async () => {
    const documented = new Set(documentedRoutes());
    const rules = Object.entries(AUTHORIZATION_MATRIX)
      .filter(([key]) => documented.has(key))
      .sort(([, a], [, b]) => Number(a.destructive ?? false) - Number(b.destructive ?? false));
    const failures: string[] = [];
    const pending = new Set<string>();
    for (const [key, rule] of rules) {
      for (const target of targetsOf(rule)) {
        for (const name of MATRIX_ACTORS) {
          const actor: MatrixActor = world.actors[name];
          const allowed = isAllowedByMatrix(rule, actor, target);
          const status = await send(key, rule, name, target);
          if (rule.destructive) world.forgetSession(name);
          const ok =
            status < 500 && (allowed ? status !== 401 && status !== 403 : [401, 403, 404].includes(status));
          if (!ok && PENDING_FIXES[key]) pending.add(key);
          else if (!ok) {
            const on = target ? ` on the ${target.label}` : '';
            failures.push(`${key}${on} as ${name}: ${status}, expected ${allowed ? 'allowed' : 'denied'}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    const fixed = Object.keys(PENDING_FIXES).filter((key) => documented.has(key) && !pending.has(key));
    expect(fixed, 'pending fixes that now hold: remove them from PENDING_FIXES').toEqual([]);
  }, 600_000);
});

describe('scope never flows upward', () => {
  const read = async (actor: MatrixActorName, url: string) =>
    world.t.app.inject({ url, headers: authHeaders((await world.sessionOf(actor)) as Session) });

  it("keeps a Ba Đình dossier from another commune's officer and shows it to the parent unit", async () => {
    const url = `/api/v1/dossiers/${world.targets.dossier.ward.id}`;
    expect((await read('other_commune', url)).statusCode).toBe(404);
    expect((await read('parent_unit', url)).statusCode).toBe(200);
    expect((await read('lanhdao', url)).statusCode).toBe(200);
  });

  it('keeps a dossier received at the city from every ward official', async () => {
    const url = `/api/v1/dossiers/${world.targets.dossier.city!.id}`;
    for (const ward of ['noivu', 'tiepnhan', 'lanhdao', 'truongmotcua', 'other_commune'] as const) {
      expect((await read(ward, url)).statusCode, ward).toBe(404);
    }
    expect((await read('parent_unit', url)).statusCode).toBe(200);
  });

  it("keeps Ba Đình's officials, units' user lists and calendars from another commune", async () => {
    const wardUser = `/api/v1/users/${world.targets.user.ward.id}`;
    expect((await read('other_commune', wardUser)).statusCode).toBe(404);
    expect((await read('parent_unit', wardUser)).statusCode).toBe(200);
    const wardUnitId = await findUnitId(world.t, '00004');
    expect((await read('other_commune', `/api/v1/users?unitId=${wardUnitId}`)).statusCode).toBe(403);
    const calendar = await read('other_commune', `/api/v1/calendars/${world.targets.calendar.ward.id}`);
    expect(calendar.json().canEdit).toBe(false);
  });
});
