/** Which calendar a unit uses: reading it (own or inherited) and choosing one (unit administrators). */
import type { AssignUnitCalendarRequest } from '../../../contracts/calendars.js';
import { canManageUnits, isCalendarUsableBy } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './calendars.queries.js';
import { officialOf, resolveUnitCalendar } from './calendars.service.js';

/** A unit's calendar choice and the calendar in force for it. */
export interface UnitCalendarView {
  unit: { id: string; version: number; calendar_id: string | null };
  calendar: q.CalendarRow;
}

/** The calendar a unit uses (any official may read it). Throws `not_found`. */
export async function getUnitCalendar(ctx: RequestContext, unitId: string): Promise<UnitCalendarView> {
  officialOf(ctx);
  const { db } = ctx.deps.database;
  const unit = await q.findUnitCalendarChoice(db, unitId);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  return { unit, calendar: await resolveUnitCalendar(db, unitId) };
}

/**
 * Sets (or clears, with null) a unit's own calendar; an administrator of the unit's subtree may do it, with
 * a calendar owned by the unit or one above it (or the system's), so no one outside the unit's line of
 * administration can move its deadlines by editing the calendar.
 * Uses the unit's row version for optimistic concurrency. Dossiers already received keep their version.
 */
export async function assignUnitCalendar(
  ctx: RequestContext,
  unitId: string,
  input: AssignUnitCalendarRequest,
): Promise<UnitCalendarView> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const unit = await q.findUnitCalendarChoice(db, unitId);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!canManageUnits(actor, unit.path)) throw fail.forbidden();
  if (input.calendarId) {
    const calendar = await q.findCalendar(db, input.calendarId);
    if (!calendar?.active) {
      throw fail.validation('Lịch làm việc không tồn tại hoặc đã ngừng dùng.', [{ path: 'calendarId' }]);
    }
    if (!isCalendarUsableBy(unit.path, calendar.owner_unit_path)) {
      throw fail.forbidden('Đơn vị chỉ dùng được lịch của chính đơn vị, đơn vị cấp trên hoặc lịch mặc định.');
    }
  }
  await db.transaction().execute(async (trx) => {
    const ok = await q.setUnitCalendar(trx, unitId, input.version, input.calendarId, ctx.deps.clock.now());
    if (!ok) throw fail.conflict();
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'unit.calendar.assign',
        targetType: 'unit',
        targetId: unitId,
        unitId,
        summary: { calendarId: input.calendarId, previousCalendarId: unit.calendar_id },
      }),
    );
  });
  return getUnitCalendar(ctx, unitId);
}
