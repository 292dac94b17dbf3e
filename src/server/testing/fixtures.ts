/** Data helpers shared by API tests: ids by natural key, and a published test procedure at a one-stop unit. */
import { sampleDefinition } from '../../domain/procedures/sample-definition.js';
import { authHeaders, type Session, type TestApp } from './harness.js';

/** Id of the unit with this code. */
export async function findUnitId(t: TestApp, code: string): Promise<string> {
  const row = await t.deps.database.db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Id of the account with this login name. */
export async function findUserId(t: TestApp, username: string): Promise<string> {
  const row = await t.deps.database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Creates the sample procedure (owned by Hà Nội) under `code`, publishes it and offers it at the one-stop
 * unit `offeredAt` (default Phường Ba Đình's, 00004.MC), acting as the system administrator `admin`.
 */
export async function publishSampleProcedure(
  t: TestApp,
  admin: Session,
  code: string,
  offeredAt = '00004.MC',
  definition = sampleDefinition(code),
): Promise<{ procedureId: string; oneStopId: string }> {
  const headers = authHeaders(admin);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/procedures',
    headers,
    payload: { ownerUnitId: await findUnitId(t, '01'), definition },
  });
  const procedureId = created.json<{ id: string }>().id;
  const detail = await t.app.inject({ url: `/api/v1/procedures/${procedureId}`, headers });
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/procedures/${procedureId}/publish`,
    headers,
    payload: { version: detail.json<{ version: number }>().version },
  });
  const oneStopId = await findUnitId(t, offeredAt);
  await t.app.inject({
    method: 'PUT',
    url: `/api/v1/units/${oneStopId}/procedures/${procedureId}`,
    headers,
    payload: { enabled: true },
  });
  return { procedureId, oneStopId };
}
