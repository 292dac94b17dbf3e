/**
 * One-stop desks for a long intake load. A unit numbers its dossiers per day, 0001–9999 (the legal form of
 * the dossier code): a soak that sends all its intake to one unit uses the day up after ~10,000 intakes and
 * measures refusals (409) instead of intake. A real province spreads its intake over its communes' one-stop
 * centres, so the benchmark does too: the demo desk (Ba Đình, accounts `tiepnhan` and `truongmotcua`) and,
 * for the other desks, the one-stop centre of another commune of the same province (`<commune code>.MC`, made
 * once in the bench database where missing, offering what Ba Đình offers) with a reception officer and a head
 * who sign in with the demo password (their rows copy the demo accounts' password hash and roles).
 */
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/types.js';
import { insertUnit } from '../../src/server/modules/units/units.queries.js';
import { signInOverHttp, type BenchSession } from './session.js';

export interface Desk {
  unitId: string;
  code: string;
  reception: BenchSession;
  head: BenchSession;
}

const DEMO_DESK = '00004.MC';

/** Copies a demo account (password hash, roles) as `username` in `unitId`, once. */
async function copyAccount(db: Db, from: string, username: string, unitId: string): Promise<void> {
  await sql`
    WITH source AS (SELECT * FROM app_user WHERE username = ${from}),
    made AS (
      INSERT INTO app_user (username, kind, full_name, unit_id, password_hash, must_change_password)
      SELECT ${username}, kind, full_name, ${unitId}::uuid, password_hash, false FROM source
      ON CONFLICT (username) DO NOTHING
      RETURNING id
    )
    INSERT INTO user_role (user_id, role)
    SELECT made.id, r.role FROM made, source JOIN user_role r ON r.user_id = source.id`.execute(db);
}

/** The one-stop centre of a commune, made once for the benchmark when the commune has none. */
async function ensureDeskUnit(
  db: Db,
  commune: { id: string; code: string; path: string; full_name: string },
  demoUnitId: string,
): Promise<string> {
  const code = `${commune.code}.MC`;
  const found = await db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirst();
  const unitId =
    found?.id ??
    (await insertUnit(db, {
      parentId: commune.id,
      parentPath: commune.path,
      kind: 'one_stop',
      code,
      name: 'Trung tâm Phục vụ hành chính công',
      fullName: `Trung tâm Phục vụ hành chính công ${commune.full_name.charAt(0).toLowerCase()}${commune.full_name.slice(1)}`,
      nameEn: null,
      adminType: null,
      dossierCodeId: null,
      now: new Date(),
    }));
  await sql`INSERT INTO unit_procedure (unit_id, procedure_id, enabled_at)
    SELECT ${unitId}::uuid, procedure_id, now() FROM unit_procedure WHERE unit_id = ${demoUnitId}
    ON CONFLICT DO NOTHING`.execute(db);
  return unitId;
}

/**
 * `count` desks, each signed in over HTTP at `baseUrl`: the demo desk first, then the one-stop centres of the
 * communes of its province that have a dossier code, by code; a desk that has already used more than 2,000
 * numbers today (an earlier run) is passed over for the next one.
 */
/** Dossier numbers the unit has used today (Vietnam's date). */
async function numbersUsedToday(db: Db, unitId: string): Promise<number> {
  const row = await sql<{ last: number }>`SELECT last FROM dossier_sequence
    WHERE unit_id = ${unitId} AND day = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`.execute(db);
  return row.rows[0]?.last ?? 0;
}

/** A desk that has used more numbers today than this is passed over (an earlier run today used them). */
const USED_TODAY_LIMIT = 2_000;

export async function prepareDesks(db: Db, baseUrl: string, count: number): Promise<Desk[]> {
  const demo = await db
    .selectFrom('unit as d')
    .innerJoin('unit as c', 'c.id', 'd.parent_id')
    .select(['d.id', 'c.parent_id as province_id'])
    .where('d.code', '=', DEMO_DESK)
    .executeTakeFirstOrThrow();
  const desks: Desk[] = [];
  if ((await numbersUsedToday(db, demo.id)) <= USED_TODAY_LIMIT) {
    desks.push({
      unitId: demo.id,
      code: DEMO_DESK,
      reception: await signInOverHttp(baseUrl, 'tiepnhan'),
      head: await signInOverHttp(baseUrl, 'truongmotcua'),
    });
  }
  const communes = await db
    .selectFrom('unit as c')
    .select(['c.id', 'c.code', 'c.path', 'c.full_name'])
    .where('c.parent_id', '=', demo.province_id)
    .where('c.kind', '=', 'commune')
    .where('c.dossier_code_id', 'is not', null)
    .where('c.code', '<>', DEMO_DESK.split('.')[0]!)
    .orderBy('c.code')
    .execute();
  for (const commune of communes) {
    if (desks.length >= count) break;
    const unitId = await ensureDeskUnit(db, commune, demo.id);
    if ((await numbersUsedToday(db, unitId)) > USED_TODAY_LIMIT) continue;
    const reception = `bench.tiepnhan.${commune.code}`;
    const head = `bench.truongmotcua.${commune.code}`;
    await copyAccount(db, 'tiepnhan', reception, unitId);
    await copyAccount(db, 'truongmotcua', head, unitId);
    desks.push({
      unitId,
      code: `${commune.code}.MC`,
      reception: await signInOverHttp(baseUrl, reception),
      head: await signInOverHttp(baseUrl, head),
    });
  }
  return desks;
}
