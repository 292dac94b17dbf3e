/**
 * Counts what a generated history contains, so a run can say how realistic it came out: statuses, channels,
 * supplements, late and early results, and work still open (and overdue) at `now`.
 */
import { classifyTimeliness } from '../../../domain/dossiers/state.js';
import type { GeneratedDossier } from './generate.js';

/** Figures of one generated history. */
export interface HistoryReport {
  dossiers: number;
  actions: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  supplemented: number;
  /** Step periods closed, and how many of them late. */
  steps: number;
  lateSteps: number;
  /** Dossiers with a result (granted or refused), and how many early / late against the legal due time. */
  finished: number;
  early: number;
  late: number;
  /** Dossiers still open at a step, and how many of them past their due time at `now`. */
  open: number;
  overdue: number;
}

/** An empty report to add dossiers to. */
export function createHistoryReport(): HistoryReport {
  return {
    dossiers: 0,
    actions: 0,
    byStatus: {},
    byChannel: {},
    supplemented: 0,
    steps: 0,
    lateSteps: 0,
    finished: 0,
    early: 0,
    late: 0,
    open: 0,
    overdue: 0,
  };
}

/** Adds one dossier's figures to the report. */
export function countDossier(report: HistoryReport, dossier: GeneratedDossier, now: number): void {
  const { state, actions, supplemented } = dossier.simulated;
  const status = state.status ?? 'submitted';
  report.dossiers += 1;
  report.actions += actions.length;
  report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
  report.byChannel[dossier.channel] = (report.byChannel[dossier.channel] ?? 0) + 1;
  if (supplemented) report.supplemented += 1;
  for (const period of state.periods) {
    if (period.outcome === null) continue;
    report.steps += 1;
    if (period.outcome === 'late') report.lateSteps += 1;
  }
  if ((state.outcome === 'granted' || state.outcome === 'refused') && state.finishedAt !== null) {
    report.finished += 1;
    const timeliness = classifyTimeliness(state.finishedAt, (state.originalDueAt ?? state.dueAt)!);
    if (timeliness === 'early') report.early += 1;
    if (timeliness === 'late') report.late += 1;
  }
  if (state.stepId !== null) {
    report.open += 1;
    if (state.dueAt !== null && state.dueAt < now) report.overdue += 1;
  }
}
