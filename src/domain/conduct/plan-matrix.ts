/**
 * The discipline-plan matrix: target units × required actions, each cell
 *   done    — evidence reported on or before the action's deadline,
 *   late    — evidence reported after the deadline,
 *   missing — no report yet (as of the given instant); `overdue` when the deadline has passed.
 * Reports made after `asOf` do not count yet, so the matrix answers "by the end of May, who had done it?".
 */

export type CellStatus = 'done' | 'late' | 'missing';

export interface MatrixAction {
  id: string;
  dueAt: number;
}

export interface MatrixReport {
  actionId: string;
  unitId: string;
  reportedAt: number;
}

export interface MatrixCell {
  actionId: string;
  status: CellStatus;
  overdue: boolean;
  reportedAt: number | null;
}

export interface MatrixRow {
  unitId: string;
  cells: MatrixCell[];
  done: number;
  late: number;
  missing: number;
}

export interface PlanMatrix {
  asOf: number;
  rows: MatrixRow[];
  /** Per action: how many units are done, late, missing (and of those, overdue). */
  totals: { actionId: string; done: number; late: number; missing: number; overdue: number }[];
}

/** The status of one cell for a report time (or none) against the deadline, as of an instant. */
export function classifyCell(dueAt: number, reportedAt: number | null, asOf: number): MatrixCell['status'] {
  if (reportedAt === null || reportedAt > asOf) return 'missing';
  return reportedAt <= dueAt ? 'done' : 'late';
}

/** Builds the matrix; the first report of a unit for an action counts. Rows follow `unitIds` order. */
export function buildPlanMatrix(
  actions: readonly MatrixAction[],
  unitIds: readonly string[],
  reports: readonly MatrixReport[],
  asOf: number,
): PlanMatrix {
  const first = new Map<string, number>();
  for (const r of reports) {
    const key = `${r.actionId}|${r.unitId}`;
    const seen = first.get(key);
    if (seen === undefined || r.reportedAt < seen) first.set(key, r.reportedAt);
  }
  const totals = actions.map((a) => ({ actionId: a.id, done: 0, late: 0, missing: 0, overdue: 0 }));
  const rows = unitIds.map((unitId) => {
    const row: MatrixRow = { unitId, cells: [], done: 0, late: 0, missing: 0 };
    actions.forEach((action, index) => {
      const reported = first.get(`${action.id}|${unitId}`) ?? null;
      const status = classifyCell(action.dueAt, reported, asOf);
      const overdue = status === 'missing' && asOf > action.dueAt;
      row.cells.push({
        actionId: action.id,
        status,
        overdue,
        reportedAt: status === 'missing' ? null : reported,
      });
      row[status] += 1;
      const total = totals[index]!;
      total[status] += 1;
      if (overdue) total.overdue += 1;
    });
    return row;
  });
  return { asOf, rows, totals };
}

/** Units that have done an action (on time or late) as of the matrix's instant: "only these units had…". */
export function listUnitsThatReported(matrix: PlanMatrix, actionId: string): string[] {
  return matrix.rows
    .filter((row) => row.cells.some((c) => c.actionId === actionId && c.status !== 'missing'))
    .map((row) => row.unitId);
}

/** What to remind each unit of: its missing actions, overdue or due within `withinMs` of `asOf`. */
export function listReminders(
  matrix: PlanMatrix,
  actions: readonly MatrixAction[],
  withinMs: number,
): { unitId: string; actionIds: string[]; overdue: number }[] {
  const dueOf = new Map(actions.map((a) => [a.id, a.dueAt]));
  return matrix.rows
    .map((row) => {
      const open = row.cells.filter(
        (c) => c.status === 'missing' && (dueOf.get(c.actionId) ?? Infinity) - matrix.asOf <= withinMs,
      );
      return {
        unitId: row.unitId,
        actionIds: open.map((c) => c.actionId),
        overdue: open.filter((c) => c.overdue).length,
      };
    })
    .filter((r) => r.actionIds.length > 0);
}
