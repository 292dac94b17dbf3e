/**
 * The apology warning of a page of the work queue (issue #17 item 4): from the columns the list already reads,
 * with the rules read once and each calendar version built once (cached), so a page costs no query per row.
 */
import type { ApologyWarning } from '../../../domain/late-work/apology-warning.js';
import { assessApologyTiming, findApologyWarning } from '../../../domain/late-work/apology-warning.js';
import type { Executor } from '../../db/types.js';
import { getWorkingCalendar } from '../calendars/calendars.service.js';
import { getLateWorkRules } from './late-work.rules.js';

/** What a queue row carries for the warning. */
export interface QueueRowTiming {
  id: string;
  status: string;
  due_at: Date | null;
  finished_at: Date | null;
  extensions: number;
  calendar_version_id: string;
}

/** The warning of each listed dossier that has one (`due_soon`, `overdue`), by dossier id. */
export async function findQueueApologyWarnings(
  db: Executor,
  rows: readonly QueueRowTiming[],
  now: Date,
): Promise<Map<string, ApologyWarning>> {
  const warnings = new Map<string, ApologyWarning>();
  const candidates = rows.filter((r) => r.due_at !== null && r.finished_at === null);
  if (candidates.length === 0) return warnings;
  const { rules } = await getLateWorkRules(db, now);
  for (const row of candidates) {
    const calendar = await getWorkingCalendar(db, row.calendar_version_id);
    const timing = assessApologyTiming(
      {
        status: row.status,
        dueAt: row.due_at!.getTime(),
        finishedAt: null,
        extensions: row.extensions,
      },
      now.getTime(),
      rules,
      calendar,
    );
    const warning = findApologyWarning(timing);
    if (warning) warnings.set(row.id, warning);
  }
  return warnings;
}
