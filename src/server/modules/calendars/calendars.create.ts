/** Creating a calendar: a new calendar row and its first version, copied from an existing calendar. */
import type { CreateCalendarRequest } from '../../../contracts/calendars.js';
import { canEditCalendars } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { primeWorkingCalendar } from './calendars.cache.js';
import { buildWorkingCalendar } from './calendars.content.js';
import { listVersionDayRows } from './calendars.days.js';
import { readContent, toNewVersion } from './calendars.edit.js';
import * as q from './calendars.queries.js';
import {
  getDefaultCalendarRow,
  loadCalendarBundle,
  officialOf,
  type CalendarBundle,
} from './calendars.service.js';

/**
 * Creates a calendar whose first version copies another calendar's current one (default: 'vn-default'),
 * owned by `ownerUnitId` (default: the creator's unit), which must lie in the creator's editing scope.
 */
export async function createCalendar(
  ctx: RequestContext,
  input: CreateCalendarRequest,
): Promise<CalendarBundle> {
  const actor = officialOf(ctx);
  if (!canEditCalendars(actor)) throw fail.forbidden();
  const { db } = ctx.deps.database;
  const ownerUnitId = input.ownerUnitId ?? actor.unitId;
  const ownerUnitPath = ownerUnitId ? await q.findUnitPath(db, ownerUnitId) : undefined;
  if (!ownerUnitId || !ownerUnitPath) {
    throw fail.validation('Đơn vị sở hữu lịch không tồn tại.', [{ path: 'ownerUnitId' }]);
  }
  if (!canEditCalendars(actor, { ownerUnitPath })) {
    throw fail.forbidden('Lịch làm việc chỉ được giao cho đơn vị mình hoặc đơn vị cấp dưới.');
  }
  const source = input.copyFromId
    ? await q.findCalendar(db, input.copyFromId)
    : await getDefaultCalendarRow(db);
  if (!source) throw fail.validation('Lịch nguồn không tồn tại.', [{ path: 'copyFromId' }]);
  const content = readContent((await q.findVersion(db, source.current_version_id))!);
  const working = buildWorkingCalendar(content);
  const rows = listVersionDayRows(working);
  const calendarId = crypto.randomUUID();
  const versionId = crypto.randomUUID();
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    await q.insertCalendar(trx, {
      id: calendarId,
      code: input.code,
      name: input.name,
      ownerUnitId,
      currentVersionId: versionId,
      now,
    });
    await q.insertVersion(
      trx,
      toNewVersion(calendarId, 1, content, `Sao chép từ lịch ${source.code}`, ctx, now),
      versionId,
    );
    await q.insertCalendarDays(trx, versionId, rows);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'calendar.create',
        targetType: 'calendar',
        targetId: calendarId,
        unitId: ownerUnitId,
        summary: { code: input.code, name: input.name, copiedFrom: source.code, ownerUnitId },
      }),
    );
  });
  primeWorkingCalendar(versionId, working);
  return loadCalendarBundle(db, calendarId);
}
