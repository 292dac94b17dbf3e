/**
 * The live board of a one-stop hall screen: dossiers due today, received and returned today, the on-time
 * rate this month and the latest apologies issued. Pending roll-up changes are applied first.
 */
import type { BoardResponse } from '../../../contracts/transparency.js';
import {
  computeIndicator,
  INDICATOR_DEFINITIONS,
  parsePeriod,
  toLocalDate,
} from '../../../domain/indicators/index.js';
import type { RequestContext } from '../../context.js';
import { computeTotals } from '../indicators/indicators.service.js';
import { refreshRollups } from '../rollups/rollups.service.js';
import { presentUnit } from './transparency.present.js';
import { countOpenDueOnDay, listLatestApologies, sumReceivedReturnedOnDay } from './transparency.queries.js';
import { getUnit, resolveAdminUnit } from './transparency.service.js';

/** The board of the unit (a one-stop unit shows its commune's figures). */
export async function getBoard(ctx: RequestContext, unitId: string): Promise<BoardResponse> {
  const now = ctx.deps.clock.now();
  await refreshRollups(ctx.deps.database.db, ctx.deps.clock);
  const db = ctx.deps.database.readDb;
  const unit = await resolveAdminUnit(db, await getUnit(db, unitId));
  const today = toLocalDate(now.getTime());
  const month = parsePeriod(today.slice(0, 7))!;
  const [monthTotals, todayRow, dueToday, apologies] = await Promise.all([
    computeTotals(db, { by: 'none', path: unit.path }, month, now),
    sumReceivedReturnedOnDay(db, unit.path, today),
    countOpenDueOnDay(db, unit.path, today),
    listLatestApologies(db, unit.path),
  ]);
  const totals = monthTotals.totals.get('') ?? {};
  const live = monthTotals.live.get('');
  return {
    unit: presentUnit(unit),
    asOf: now.toISOString(),
    dueToday,
    overdueOpen: live?.open_overdue ?? 0,
    receivedToday: todayRow?.received ?? 0,
    returnedToday: todayRow?.returned ?? 0,
    onTimeThisMonth: computeIndicator(
      INDICATOR_DEFINITIONS.find((d) => d.code === 'on_time_rate')!,
      totals,
    ),
    latestApologies: apologies.map((a) => ({
      dossierCode: a.code,
      procedureName: a.procedure_name,
      newDueAt: a.new_due_at ? new Date(a.new_due_at).toISOString() : null,
      decidedAt: a.decided_at ? new Date(a.decided_at).toISOString() : null,
    })),
  };
}
