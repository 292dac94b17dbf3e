/**
 * Two server processes over one PostgreSQL database and one files folder, behind Debian's HAProxy
 * (issue #21 items 2 and 5): sessions and uploads work on either instance, a late dossier gives exactly one
 * set of alerts while both instances run their loops, and SIGTERM lets a request in flight finish.
 * Runs only with KC_SCALE_TESTS=1 and DATABASE_URL (`.ci/run` does both); it needs `haproxy` on the PATH.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../domain/procedures/sample-definition.js';
import { systemClock } from '../clock.js';
import { openTestDatabase, type TestDatabase } from '../testing/harness.js';
import {
  freePort,
  serverPid,
  startHaproxy,
  startInstance,
  stopAll,
  waitFor,
  type Instance,
} from '../testing/instances.js';
import { seedDemoIfEmpty } from '../seed/demo.js';
import { seedDemoCatalogueIfEmpty } from '../seed/demo-catalogue.js';
import { DEMO_PASSWORD } from '../seed/demo.js';

const enabled = process.env.KC_SCALE_TESTS === '1' && Boolean(process.env.DATABASE_URL);
const why = 'scale test skipped: set KC_SCALE_TESTS=1 and DATABASE_URL (PostgreSQL), with haproxy installed';
if (!enabled) console.info(why);

let database: TestDatabase;
let databaseUrl: string;
let sql: pg.Client;
let a: Instance;
let b: Instance;
let balancer: string;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-scale-'));
const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size, 0x20), Buffer.from('\n%%EOF\n')]);

interface Session {
  cookie: string;
  csrf: string;
}
const direct = (instance: Instance) => `http://127.0.0.1:${instance.port}`;

async function signIn(base: string, username: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kc_session='));
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: cookie!.split(';')[0]!, csrf: body.csrfToken };
}

async function call(base: string, session: Session, method: string, url: string, body?: unknown) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

const count = async (query: string, params: unknown[]) =>
  Number((await sql.query<{ n: string }>(query, params)).rows[0]?.n);

beforeAll(async () => {
  if (!enabled) return;
  database = await openTestDatabase();
  await seedDemoIfEmpty(database.handle.db, systemClock);
  await seedDemoCatalogueIfEmpty(database.handle.db, systemClock);
  const url = new URL(process.env.DATABASE_URL!);
  const name = (
    await database.handle.db
      .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('n'))
      .executeTakeFirstOrThrow()
  ).n;
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(work, 'data'),
    FILES_DIR: path.join(work, 'files'),
    DEMO: 'false',
    SERVE_WEB: 'false',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
    TRUST_PROXY: '127.0.0.1',
    LATE_SWEEP_SECONDS: '1',
  };
  const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
  [a, b] = await Promise.all([startInstance('a', portA, env), startInstance('b', portB, env)]);
  await startHaproxy(work, portLb, [
    { name: 'a', port: portA },
    { name: 'b', port: portB },
  ]);
  balancer = `http://127.0.0.1:${portLb}`;
}, 300_000);

afterAll(async () => {
  await stopAll();
  await sql?.end();
  await database?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!enabled)('two instances behind HAProxy', () => {
  it('balances across both and keeps a session made on one valid on the other', async () => {
    const servers = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      servers.add((await fetch(`${balancer}/api/health`)).headers.get('x-kc-server') ?? '');
    }
    expect(servers).toEqual(new Set(['a', 'b']));
    const session = await signIn(balancer, 'chuyenvien');
    for (const instance of [a, b]) {
      const me = await call(direct(instance), session, 'GET', '/api/v1/auth/me');
      expect(me.status).toBe(200);
      expect(me.json).toMatchObject({ user: { username: 'chuyenvien' } });
    }
    // forced through the balancer to each server too
    for (const server of ['a', 'b']) {
      const response = await fetch(`${balancer}/api/v1/auth/me`, {
        headers: { cookie: session.cookie, 'x-kc-server': server },
      });
      expect([response.status, response.headers.get('x-kc-server')]).toEqual([200, server]);
    }
  });

  it('serves an upload made on one instance from the other', async () => {
    const session = await signIn(balancer, 'tiepnhan');
    const body = pdf(1000);
    const created = await fetch(`${direct(a)}/api/v1/attachments`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('Tờ khai.pdf'),
      },
      body,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await fetch(`${direct(b)}/api/v1/attachments/${id}`, {
      headers: { cookie: session.cookie },
    });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer()).equals(body)).toBe(true);
  });

  it('records a late dossier once while both instances sweep every second', async () => {
    const admin = await signIn(balancer, 'admin');
    const units = await sql.query<{ id: string; code: string }>(
      `select id, code from unit where code in ('01', '00004.MC')`,
    );
    const unit = (code: string) => units.rows.find((row) => row.code === code)!.id;
    const procedure = await call(balancer, admin, 'POST', '/api/v1/procedures', {
      ownerUnitId: unit('01'),
      definition: sampleDefinition('TEST.SCALE'),
    });
    expect(procedure.status).toBe(201);
    const procedureId = (procedure.json as { id: string }).id;
    const detail = await call(balancer, admin, 'GET', `/api/v1/procedures/${procedureId}`);
    const { version } = detail.json as { version: number };
    expect(
      (await call(balancer, admin, 'POST', `/api/v1/procedures/${procedureId}/publish`, { version })).status,
    ).toBe(200);
    const offer = await call(
      balancer,
      admin,
      'PUT',
      `/api/v1/units/${unit('00004.MC')}/procedures/${procedureId}`,
      {
        enabled: true,
      },
    );
    expect(offer.status).toBe(200);
    const counter = await signIn(balancer, 'tiepnhan');
    const intake = await call(balancer, counter, 'POST', '/api/v1/dossiers', {
      procedureId,
      receivingUnitId: unit('00004.MC'),
      channel: 'counter',
      applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234', phone: '0987 654 321' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
    });
    expect(intake.status).toBe(201);
    const dossierId = (intake.json as { dossier: { id: string } }).dossier.id;
    // every timer of the dossier comes due now (its due times stay, so each still holds)
    const due = await sql.query(
      `update late_timer set fire_at = now() - interval '1 second' where dossier_id = $1`,
      [dossierId],
    );
    expect(due.rowCount).toBeGreaterThan(0);
    await waitFor(
      'the timers swept',
      60_000,
      async () =>
        (await count(`select count(*) n from late_timer where dossier_id = $1 and fire_at <= now()`, [
          dossierId,
        ])) === 0,
    );
    // for a few more sweeps, the same instance holds the sweep's lease all along (the other skips)
    const holders = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const row = await sql.query<{ holder: string }>(
        `select holder from job_lease where name = 'late-work-sweep'`,
      );
      holders.add(row.rows[0]?.holder ?? '');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(holders.size).toBe(1);
    const alerts = await count(`select count(*) n from late_alert where dossier_id = $1`, [dossierId]);
    expect(alerts).toBeGreaterThan(0);
    // one instance swept, in one batch: sweeps on both instances would split the timers (SKIP LOCKED)
    // between two transactions, each with its own audit entry
    const sweeps = await sql.query<{ alerts: number }>(
      `select (summary->>'alerts')::int alerts from audit_log where action = 'late_work.sweep'`,
    );
    expect(sweeps.rows.map((row) => row.alerts)).toEqual([alerts]);
    const lease = await sql.query<{ holder: string; runs: string }>(
      `select holder, runs from job_lease where name = 'late-work-sweep'`,
    );
    expect(lease.rows).toHaveLength(1);
    expect(Number(lease.rows[0]!.runs)).toBeGreaterThan(3);
  });

  it('lets a slow upload finish when its instance gets SIGTERM, then the balancer uses the other', async () => {
    const session = await signIn(balancer, 'tiepnhan');
    const body = pdf(200_000);
    const half = body.length / 2;
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        `${balancer}/api/v1/attachments`,
        {
          method: 'POST',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'x-kc-server': 'a',
            'content-type': 'application/pdf',
            'content-length': body.length,
            'x-file-name': encodeURIComponent('Chậm.pdf'),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      request.write(body.subarray(0, half));
      setTimeout(() => {
        a.process.kill('SIGTERM');
        setTimeout(() => request.end(body.subarray(half)), 1_500);
      }, 500);
    });
    const answer = await response;
    expect(answer.status, answer.body).toBe(201);
    const id = (JSON.parse(answer.body) as { id: string }).id;
    expect(await a.exited).toBe(0);
    expect(a.output()).not.toMatch(/grace period over/);
    // the upload was stored and is served by the instance left; the balancer sends everything there
    const read = await fetch(`${balancer}/api/v1/attachments/${id}`, { headers: { cookie: session.cookie } });
    expect([read.status, read.headers.get('x-kc-server')]).toEqual([200, 'b']);
    // a graceful stop gave the leases up, and the instance left runs the sweep from then on
    const stoppedHolder = `%:${serverPid(a)}:%`;
    expect(
      await count(`select count(*) n from job_lease where holder like $1 and expires_at > now()`, [
        stoppedHolder,
      ]),
    ).toBe(0);
    const runsOf = () =>
      count(`select runs n from job_lease where name = 'late-work-sweep' and holder like $1`, [
        `%:${serverPid(b)}:%`,
      ]);
    await waitFor('b runs the sweep', 30_000, async () => (await runsOf()) > 0);
    const before = await runsOf();
    await waitFor('b keeps sweeping', 30_000, async () => (await runsOf()) > before);
  });
});
