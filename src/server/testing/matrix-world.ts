/**
 * The world the authorisation matrix test runs in: a demo database, every actor's session (re-created when a
 * row ends it) and one real resource of each target kind in Phường Ba Đình and, where scope matters, one at
 * the city (Thành phố Hà Nội), all created through the API.
 */
import type { Role } from '../../domain/access/roles.js';
import { sampleDefinition } from '../../domain/procedures/sample-definition.js';
import type {
  MatrixActor,
  MatrixActorName,
  MatrixTarget,
  MatrixTargetFixture,
} from '../http/authorization-matrix.js';
import type { MatrixFixtures } from '../http/authorization-matrix.requests.js';
import { findUnitId, findUserId, publishSampleProcedure } from './fixtures.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from './harness.js';

/** A real resource: its id, where it sits and whose it is. */
export interface MatrixTargetInstance extends MatrixTargetFixture {
  id: string;
  label: string;
}

export interface MatrixWorld {
  t: TestApp;
  actors: Record<MatrixActorName, MatrixActor>;
  targets: Record<MatrixTarget, { ward: MatrixTargetInstance; city?: MatrixTargetInstance }>;
  fixtures: MatrixFixtures;
  /** The actor's session (signed in on first use); null for anonymous. */
  sessionOf(actor: MatrixActorName): Promise<Session | null>;
  /** Forgets the actor's session after a row that may have ended it (the next use signs in again). */
  forgetSession(actor: MatrixActorName): void;
}

const PARENT_USERNAME = 'lanhdao.thanhpho';

/** Demo login and unit code of each actor (the parent unit's official is created here). */
const ACCOUNTS: Record<Exclude<MatrixActorName, 'anonymous'>, { login: string; unit: string | null }> = {
  citizen: { login: '0912345678', unit: null },
  admin: { login: 'admin', unit: '01' },
  noivu: { login: 'noivu', unit: '00004' },
  tiepnhan: { login: 'tiepnhan', unit: '00004.MC' },
  chuyenvien: { login: 'chuyenvien', unit: '00004.KT' },
  lanhdao: { login: 'lanhdao', unit: '00004' },
  truongmotcua: { login: 'truongmotcua', unit: '00004.MC' },
  thanhtra: { login: 'thanhtra', unit: '01' },
  other_commune: { login: 'noivu.ngocha', unit: '00008' },
  parent_unit: { login: PARENT_USERNAME, unit: '01' },
};

/** Builds the app, the actors and the fixtures. */
export async function createMatrixWorld(): Promise<MatrixWorld> {
  const t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 08:00 in Hà Nội
  const db = t.deps.database.db;
  const pathOf = async (code: string) =>
    (await db.selectFrom('unit').select('path').where('code', '=', code).executeTakeFirstOrThrow()).path;
  const passwords = new Map<string, string>();
  const sessions = new Map<MatrixActorName, Session>();
  const sessionOf = async (name: MatrixActorName): Promise<Session | null> => {
    if (name === 'anonymous') return null;
    const known = sessions.get(name);
    if (known) return known;
    const { login } = ACCOUNTS[name];
    const session = await signIn(t.app, login, passwords.get(login));
    sessions.set(name, session);
    return session;
  };

  const admin = (await sessionOf('admin'))!;
  const noivu = (await sessionOf('noivu'))!;
  const citizen = (await sessionOf('citizen'))!;
  const post = async (session: Session, url: string, payload: object, method: 'POST' | 'PUT' = 'POST') => {
    const response = await t.app.inject({ method, url, headers: authHeaders(session), payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
    return response.json<Record<string, unknown>>();
  };

  const cityId = await findUnitId(t, '01');
  const wardId = await findUnitId(t, '00004');
  const created = await post(admin, '/api/v1/users', {
    username: PARENT_USERNAME,
    fullName: 'Lãnh Đạo Thành Phố',
    unitId: cityId,
    roles: ['unit_leader', 'home_affairs'],
  });
  passwords.set(PARENT_USERNAME, created.temporaryPassword as string);
  const parent = (await sessionOf('parent_unit'))!;

  const actors = {} as Record<MatrixActorName, MatrixActor>;
  actors.anonymous = { name: 'anonymous', kind: 'anonymous', roles: [], unitPath: null };
  for (const [name, account] of Object.entries(ACCOUNTS) as [MatrixActorName, { unit: string | null }][]) {
    const userId = await findUserId(t, ACCOUNTS[name as keyof typeof ACCOUNTS].login);
    const rows = await db.selectFrom('user_role').select('role').where('user_id', '=', userId).execute();
    const roles = rows.map((row) => row.role as Role);
    actors[name] = account.unit
      ? { name, kind: 'official', roles, unitPath: await pathOf(account.unit) }
      : { name, kind: 'citizen', roles: [], unitPath: null };
  }

  // the sample procedure, offered at the ward's one-stop and at the city's service centre
  const { procedureId, oneStopId: cityCentreId } = await publishSampleProcedure(
    t,
    admin,
    'MATRAN.CITY',
    '01.TTPVHCC',
  );
  const wardOneStopId = await findUnitId(t, '00004.MC');
  await post(admin, `/api/v1/units/${wardOneStopId}/procedures/${procedureId}`, { enabled: true }, 'PUT');
  const submit = async (receivingUnitId: string) => {
    const body = await post(citizen, '/api/v1/dossiers', {
      procedureId,
      receivingUnitId,
      channel: 'online',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'submit',
    });
    return (body.dossier as { id: string }).id;
  };

  const newUser = async (session: Session, username: string, unitCode: string) => {
    const body = await post(session, '/api/v1/users', {
      username,
      fullName: 'Cán Bộ Thử Ma Trận',
      unitId: await findUnitId(t, unitCode),
      roles: ['specialist'],
    });
    return (body.user as { id: string }).id;
  };
  const newCalendar = async (session: Session, code: string, ownerUnitId: string) =>
    (await post(session, '/api/v1/calendars', { code, name: 'Lịch thử', ownerUnitId })).id as string;
  const newProcedure = async (session: Session, code: string, ownerUnitId: string) => {
    const id = (
      await post(session, '/api/v1/procedures', { ownerUnitId, definition: sampleDefinition(code) })
    ).id as string;
    const detail = await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(session) });
    await post(session, `/api/v1/procedures/${id}/publish`, { version: detail.json().version });
    return id;
  };
  const openPeriod = async (session: Session, unitId: string) =>
    (await post(session, '/api/v1/evaluation/periods', { unitId, month: '2026-02' })).id as string;
  const recordOf = async (periodId: string, username: string) =>
    (
      await db
        .selectFrom('evaluation')
        .select('id')
        .where('period_id', '=', periodId)
        .where('official_id', '=', await findUserId(t, username))
        .executeTakeFirstOrThrow()
    ).id;

  const wardPath = await pathOf('00004');
  const cityPath = await pathOf('01');
  const ward = (id: string, unitPath = wardPath, owner?: MatrixActorName): MatrixTargetInstance => ({
    id,
    unitPath,
    label: 'Ba Đình resource',
    ...(owner ? { owner } : {}),
  });
  const city = (id: string, owner?: MatrixActorName): MatrixTargetInstance => ({
    id,
    unitPath: cityPath,
    label: 'city resource',
    ...(owner ? { owner } : {}),
  });
  const wardPeriod = await openPeriod(noivu, wardId);
  const cityPeriod = await openPeriod(parent, cityId);
  const draft = await post(citizen, '/api/v1/dossier-drafts', { procedureId, data: {} });
  const newDialogue = async (session: Session, unitId: string) =>
    (
      await post(session, '/api/v1/dialogues', {
        unitId,
        title: 'Đối thoại với người dân',
        heldAt: '2026-03-02T02:00:00.000Z',
        status: 'planned',
      })
    ).id as string;

  const targets: MatrixWorld['targets'] = {
    unit: { ward: ward(wardId), city: city(cityId) },
    dossier: {
      ward: ward(await submit(wardOneStopId), await pathOf('00004.MC'), 'citizen'),
      city: { ...city(await submit(cityCentreId), 'citizen'), unitPath: await pathOf('01.TTPVHCC') },
    },
    user: {
      ward: ward(await newUser(noivu, 'ma.tran.phuong', '00004.KT'), await pathOf('00004.KT')),
      city: city(await newUser(admin, 'ma.tran.thanhpho', '01')),
    },
    calendar: {
      ward: ward(await newCalendar(noivu, 'ma-tran-phuong', wardId)),
      city: city(await newCalendar(admin, 'ma-tran-thanhpho', cityId)),
    },
    procedure: {
      ward: ward(await newProcedure(noivu, 'MATRAN.WARD', wardId)),
      city: city(procedureId),
    },
    period: { ward: ward(wardPeriod), city: city(cityPeriod) },
    evaluation: {
      ward: ward(await recordOf(wardPeriod, 'chuyenvien'), await pathOf('00004.KT'), 'chuyenvien'),
      city: city(await recordOf(cityPeriod, 'thanhtra'), 'thanhtra'),
    },
    draft: { ward: ward(draft.id as string, wardPath, 'citizen') },
    dialogue: { ward: ward(await newDialogue(noivu, wardId)), city: city(await newDialogue(parent, cityId)) },
  };
  const fixtures: MatrixFixtures = {
    wardUnitId: wardId,
    wardOneStopId,
    procedureId,
    inspectorId: await findUserId(t, 'thanhtra'),
  };
  return { t, actors, targets, fixtures, sessionOf, forgetSession: (name) => sessions.delete(name) };
}
