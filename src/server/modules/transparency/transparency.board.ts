/**
 * The live board of a one-stop hall screen: dossiers due today, received and returned today, the on-time
 * rate this month and the latest apologies issued. Pending roll-up changes are applied first.
 */
import { sql } from 'kysely';
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
    sql<{ received: number; returned: number }>`
      SELECT coalesce(sum(r.received), 0)::int AS received, coalesce(sum(r.returned), 0)::int AS returned
      FROM rollup_day r JOIN unit u ON u.id = r.unit_id AND u.path LIKE ${`${unit.path}%`}
      WHERE r.day = ${today}::date`.execute(db),
    sql<{ n: number }>`
      SELECT count(*)::int AS n FROM dossier d
      WHERE d.finished_at IS NULL AND d.received_at IS NOT NULL AND d.scope_path LIKE ${`${unit.path}%`}
        AND (coalesce(d.original_due_at, d.due_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ${today}::date`.execute(
      db,
    ),
    sql<{ code: string | null; procedure_name: string; new_due_at: Date | null; decided_at: Date | null }>`
      SELECT d.code, p.name AS procedure_name, a.proposed_due_at AS new_due_at, a.decided_at
      FROM dossier_apology a JOIN dossier d ON d.id = a.dossier_id JOIN procedure p ON p.id = d.procedure_id
      WHERE a.status = 'approved' AND d.scope_path LIKE ${`${unit.path}%`}
      ORDER BY a.decided_at DESC LIMIT 5`.execute(db),
  ]);
  const totals = monthTotals.totals.get('') ?? {};
  const live = monthTotals.live.get('');
  return {
    unit: presentUnit(unit),
    asOf: now.toISOString(),
    dueToday: dueToday.rows[0]?.n ?? 0,
    overdueOpen: live?.open_overdue ?? 0,
    receivedToday: todayRow.rows[0]?.received ?? 0,
    returnedToday: todayRow.rows[0]?.returned ?? 0,
    onTimeThisMonth: computeIndicator(
      INDICATOR_DEFINITIONS.find((d) => d.code === 'on_time_rate')!,
      totals,
    ),
    latestApologies: apologies.rows.map((a) => ({
      dossierCode: a.code,
      procedureName: a.procedure_name,
      newDueAt: a.new_due_at ? new Date(a.new_due_at).toISOString() : null,
      decidedAt: a.decided_at ? new Date(a.decided_at).toISOString() : null,
    })),
  };
}
