import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSampleProcedure } from '../../testing/fixtures.js';
import {
  authHeaders,
  createTestApp,
  sessionFrom,
  signIn,
  type Session,
  type TestApp,
} from '../../testing/harness.js';

let t: TestApp;
let procedureId: string;
let oneStopId: string;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, await signIn(t.app, 'admin'), 'TEST.ID'));
});
afterAll(async () => {
  await t.close();
});

/** Follows the redirect chain of a VNeID sign-in through the development provider. */
async function signInWithVneid(identity: { identity_number: string; name: string; phone_number?: string }) {
  const start = await t.app.inject('/api/v1/auth/vneid/start');
  expect(start.statusCode).toBe(302);
  const authorize = new URL(start.headers.location as string);
  expect(authorize.pathname).toBe('/dev-oidc/authorize');
  const page = await t.app.inject(`${authorize.pathname}${authorize.search}`);
  expect(page.body).toContain('Số định danh cá nhân');
  const approve = new URLSearchParams({
    redirect_uri: authorize.searchParams.get('redirect_uri')!,
    state: authorize.searchParams.get('state')!,
    nonce: authorize.searchParams.get('nonce')!,
    code_challenge: authorize.searchParams.get('code_challenge')!,
    ...identity,
  });
  const approved = await t.app.inject(`/dev-oidc/approve?${approve}`);
  expect(approved.statusCode).toBe(302);
  const callback = new URL(approved.headers.location as string);
  return t.app.inject(`${callback.pathname}${callback.search}`);
}

/** The session a VNeID callback response opened. */
function sessionOf(callback: Awaited<ReturnType<typeof signInWithVneid>>): Session {
  expect(callback.statusCode).toBe(302);
  const cookie = callback.cookies.find((c) => c.name === 'kc_session');
  return { cookie: `kc_session=${cookie!.value}`, csrf: '', userId: '' };
}

async function readMe(session: Session) {
  const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
  const body = me.json<{
    csrfToken: string;
    user: { id: string; idNumber: string | null; username: string };
  }>();
  return { ...session, csrf: body.csrfToken, userId: body.user.id, user: body.user };
}

function register(fullName: string, phone: string, idNumber: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { fullName, phone, idNumber, password: 'Sen#Vang-HoTay26' },
  });
}

function submitOnline(session: Session, applicant: { fullName: string; idNumber: string }) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(session),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'online',
      applicant,
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'submit',
    },
  });
}

async function listDossierIds(session: Session): Promise<string[]> {
  const list = await t.app.inject({ url: '/api/v1/dossiers', headers: authHeaders(session) });
  return list.json<{ items: { id: string }[] }>().items.map((item) => item.id);
}

describe('sign-in with VNeID (development provider)', () => {
  it('creates a citizen account from the asserted identity and signs it in', async () => {
    const callback = await signInWithVneid({
      identity_number: '038201000123',
      name: 'Lý Thị Mai',
      phone_number: '0901234567',
    });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/');
    const cookie = callback.cookies.find((c) => c.name === 'kc_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `kc_session=${cookie!.value}` },
    });
    expect(me.json().user).toMatchObject({
      kind: 'citizen',
      fullName: 'Lý Thị Mai',
      idNumber: '038201000123',
      phone: '0901234567',
    });
  });

  it('links the identity to an existing citizen with the same ID number', async () => {
    const callback = await signInWithVneid({ identity_number: '001090012345', name: 'Nguyễn Văn An' });
    const cookie = callback.cookies.find((c) => c.name === 'kc_session');
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `kc_session=${cookie!.value}` },
    });
    expect(me.json().user.username).toBe('0912345678');
    const again = await signInWithVneid({ identity_number: '001090012345', name: 'Nguyễn Văn An' });
    expect(again.statusCode).toBe(302);
    const citizens = await t.deps.database.db
      .selectFrom('app_user')
      .select('id')
      .where('id_number', '=', '001090012345')
      .execute();
    expect(citizens).toHaveLength(1);
  });

  it('refuses a callback with an unknown or replayed state', async () => {
    const response = await t.app.inject('/api/v1/auth/vneid/callback?code=x&state=forged');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });

  it('never puts a person into an account that only claimed their ID number', async () => {
    const victimId = '001190000777';
    const registered = await register('Kẻ Mạo Danh', '0977000111', victimId);
    expect(registered.statusCode).toBe(200);
    const attacker = sessionFrom(registered);
    const attackerDossier = (
      await submitOnline(attacker, { fullName: 'Kẻ Mạo Danh', idNumber: victimId })
    ).json().dossier.id as string;

    const victim = await readMe(
      sessionOf(await signInWithVneid({ identity_number: victimId, name: 'Trần Thị Thật' })),
    );
    expect(victim.userId).not.toBe(attacker.userId);
    expect(victim.user).toMatchObject({ username: victimId, idNumber: victimId });
    expect(await listDossierIds(victim)).toEqual([]);
    const peek = await t.app.inject({
      url: `/api/v1/dossiers/${attackerDossier}`,
      headers: authHeaders(victim),
    });
    expect(peek.statusCode).toBe(404);

    const victimDossier = (
      await submitOnline(victim, { fullName: 'Trần Thị Thật', idNumber: victimId })
    ).json().dossier.id as string;
    expect(await listDossierIds(attacker)).toEqual([attackerDossier]);
    const pry = await t.app.inject({
      url: `/api/v1/dossiers/${victimDossier}`,
      headers: authHeaders(attacker),
    });
    expect(pry.statusCode).toBe(404);

    // the claimant keeps their account and password, but no longer holds the number
    expect((await readMe(attacker)).user.idNumber).toBeNull();
    const byNumber = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: victimId, password: 'Sen#Vang-HoTay26' },
    });
    expect(byNumber.statusCode).toBe(401);
    expect((await register('Kẻ Mạo Danh', '0977000222', victimId)).statusCode).toBe(409);
    const rows = await t.deps.database.db
      .selectFrom('app_user')
      .select(['id', 'id_number', 'id_verified_by', 'disputed_id_number'])
      .where('id', 'in', [attacker.userId, victim.userId])
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: attacker.userId, id_number: null, id_verified_by: null, disputed_id_number: victimId },
        { id: victim.userId, id_number: victimId, id_verified_by: 'vneid', disputed_id_number: null },
      ]),
    );

    const again = await readMe(
      sessionOf(await signInWithVneid({ identity_number: victimId, name: 'Trần Thị Thật' })),
    );
    expect(again.userId).toBe(victim.userId);
  });

  it('links VNeID to a self-registered account once a one-stop officer has checked the ID card', async () => {
    const idNumber = '001190000888';
    const citizen = sessionFrom(await register('Lê Văn Đến Quầy', '0977000333', idNumber));
    const verify = (session: Session, phone: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/citizens/verify-id',
        headers: authHeaders(session),
        payload: { idNumber, phone },
      });
    expect((await verify(citizen, '0977000333')).statusCode).toBe(403);
    expect((await verify(await signIn(t.app, 'chuyenvien'), '0977000333')).statusCode).toBe(403);
    const reception = await signIn(t.app, 'tiepnhan');
    expect((await verify(reception, '0977000444')).statusCode).toBe(404);
    const verified = await verify(reception, '0977 000 333');
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ userId: citizen.userId, verifiedBy: 'counter' });
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'citizen.verify_id')
      .where('target_id', '=', citizen.userId)
      .execute();
    expect(audit).toEqual([{ actor_id: reception.userId }]);

    const viaVneid = await readMe(
      sessionOf(await signInWithVneid({ identity_number: idNumber, name: 'Lê Văn Đến Quầy' })),
    );
    expect(viaVneid.userId).toBe(citizen.userId);
  });
});
