/**
 * Hostile input is answered 400, never 500: NUL and lone surrogates in any string (body, keys, query, upload
 * names), JSON nested 20,000 levels deep, drafts naming an unknown procedure, and database errors caused by
 * input (mapped without naming constraints or SQL).
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../testing/harness.js';
import { findUnitId } from '../testing/fixtures.js';
import { registerErrorHandling } from './errors.js';
import { findInvalidText, measureJsonDepth } from './input.js';

let t: TestApp;
let citizen: Session;
let procedureId: string;

beforeAll(async () => {
  t = await createTestApp();
  citizen = await signIn(t.app, '0912345678');
  const row = await t.deps.database.db.selectFrom('procedure').select('id').executeTakeFirstOrThrow();
  procedureId = row.id;
});
afterAll(async () => {
  await t.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = authHeaders(citizen)) =>
  t.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });

function expectRefused(response: { statusCode: number; json(): unknown }, path?: string) {
  expect(response.statusCode).toBe(400);
  const body = response.json() as { code: string; message: string; details: unknown };
  expect(body.code).toBe('validation_failed');
  expect(body.message).not.toMatch(/constraint|violates|SQL|select|insert/i);
  if (path) expect(body.details).toEqual([expect.objectContaining({ path })]);
}

describe('invalid characters', () => {
  it('refuses NUL in a name, an address, a note and an object key of a body', async () => {
    const feedback = {
      kind: 'feedback',
      topic: 'other',
      content: 'Nội dung phản ánh đủ dài\u0000',
      unitId: await findUnitId(t, '00004'),
      reporter: { name: 'Nguyễn Văn An' },
    };
    expectRefused(await post('/api/v1/feedback', feedback), 'body.content');
    const name = { ...feedback, content: 'Nội dung phản ánh đủ dài', reporter: { name: 'An\u0000' } };
    expectRefused(await post('/api/v1/feedback', name), 'body.reporter.name');
    const draft = { procedureId, data: { 'địa\u0000chỉ': 'Số 1' } };
    expectRefused(await post('/api/v1/dossier-drafts', draft), 'body.data');
    const value = { procedureId, data: { address: 'Số 1\u0000 Ba Đình' } };
    expectRefused(await post('/api/v1/dossier-drafts', value), 'body.data.address');
  });

  it('refuses a lone surrogate, which no database column stores faithfully', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { ...authHeaders(citizen), 'content-type': 'application/json' },
      payload: '{"fullName":"Nguyễn \\ud800 An"}',
    });
    expectRefused(response, 'body.fullName');
  });

  it('refuses NUL in a search, a tracking code and an upload file name', async () => {
    expectRefused(await t.app.inject({ url: '/api/v1/procedures?q=a%00b' }), 'query.q');
    expectRefused(
      await t.app.inject({ url: '/api/v1/public/track?code=ABCDE%00&secret=123456' }),
      'query.code',
    );
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...authHeaders(citizen), 'content-type': 'application/pdf', 'x-file-name': 'giay%00to.pdf' },
      payload: Buffer.from('%PDF-1.4 test'),
    });
    expectRefused(upload, 'x-file-name');
  });

  it('finds NUL and lone surrogates at any depth, keeps well-formed text (pairs included)', () => {
    expect(findInvalidText({ a: [{ b: 'ok 😀 Đình' }] })).toBeNull();
    expect(findInvalidText({ a: [{ b: 'x\u0000' }] })).toBe('a.0.b');
    expect(findInvalidText(['\udc00'])).toBe('.0');
  });
});

describe('deep nesting', () => {
  it('refuses a draft nested 20,000 levels deep with a 400', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossier-drafts',
      headers: { ...authHeaders(citizen), 'content-type': 'application/json' },
      payload: `{"procedureId":"${procedureId}","data":{"x":${deep}}}`,
    });
    expectRefused(response);
    expect(response.json<{ message: string }>().message).toContain('lồng nhau quá sâu');
  });

  it('counts depth outside strings only', () => {
    expect(measureJsonDepth('{"a":"[[[[{{{{","b":[1,{"c":[]}]}')).toBe(4);
    expect(measureJsonDepth('"\\"[["')).toBe(0);
  });
});

describe('drafts naming what does not exist', () => {
  it('answers 400 for an unknown procedure or unit', async () => {
    const unknown = '6f1c2a9e-0000-4000-8000-000000000001';
    expectRefused(await post('/api/v1/dossier-drafts', { procedureId: unknown, data: {} }), 'procedureId');
    const unit = { procedureId, receivingUnitId: unknown, data: {} };
    expectRefused(await post('/api/v1/dossier-drafts', unit), 'receivingUnitId');
  });
});

describe('database errors caused by input', () => {
  const answerFor = async (code: string) => {
    const app = Fastify();
    registerErrorHandling(app);
    app.get('/', async () => {
      throw Object.assign(new Error('insert violates foreign key constraint "dossier_draft_fk"'), {
        code,
        constraint: 'dossier_draft_fk',
      });
    });
    const response = await app.inject({ url: '/' });
    await app.close();
    return response;
  };

  it.each([
    ['22P02', 'invalid_format'],
    ['22021', 'invalid_character'],
    ['22P05', 'invalid_character'],
    ['23503', 'unknown_reference'],
    ['23514', 'check_failed'],
    ['22003', 'out_of_range'],
    ['22001', 'too_long'],
    ['22007', 'invalid_datetime'],
    ['22008', 'invalid_datetime'],
  ])('maps SQLSTATE %s to 400 %s', async (code, reason) => {
    const response = await answerFor(code);
    expectRefused(response);
    expect(response.json()).toMatchObject({ details: { reason } });
    expect(response.body).not.toContain('dossier_draft_fk');
  });

  it('maps a unique violation to 409 without naming the constraint', async () => {
    const response = await answerFor('23505');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'conflict', details: null });
    expect(response.body).not.toContain('dossier_draft_fk');
  });
});
