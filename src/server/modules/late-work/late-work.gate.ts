/**
 * The gate the dossier service calls on every action: forward actions are refused while a late step is
 * unexplained or an overdue dossier has no approved new date (issue #6 item 4), for everyone.
 */
import type { WorkingCalendar } from '../../../domain/calendar/index.js';
import type { DossierState } from '../../../domain/dossiers/state.js';
import type { DossierActionType } from '../../../domain/dossiers/status.js';
import {
  assertMayMoveOn,
  assessLateWork,
  FORWARD_ACTIONS,
  type LateWorkAssessment,
} from '../../../domain/late-work/assessment.js';
import { AppError } from '../../../domain/errors.js';
import { assessSupplementRequest, recordSupplementFault } from '../../../domain/late-work/supplement.js';
import type { Executor } from '../../db/types.js';
import { findPendingApology } from './apologies.queries.js';
import { getLateWorkRules, type VersionedRules } from './late-work.rules.js';

export interface LateWorkGate {
  rules: VersionedRules;
  assessment: LateWorkAssessment;
  pendingApology: boolean;
}

/** Assesses a dossier's late-work obligations now (reads the rules and, when relevant, a pending apology). */
export async function openLateWorkGate(
  db: Executor,
  dossierId: string,
  state: DossierState,
  calendar: WorkingCalendar,
  now: Date,
  /** The rules and whether an apology waits, when the caller read them already (the dossier page's statement). */
  known?: { rules: VersionedRules; pendingApology: boolean },
): Promise<LateWorkGate> {
  const rules = known?.rules ?? (await getLateWorkRules(db, now));
  const assessment = assessLateWork(state, now.getTime(), rules.rules, calendar);
  const pendingApology =
    assessment.dossierOverdue || assessment.apologyAllowed
      ? (known?.pendingApology ?? (await findPendingApology(db, dossierId)) !== undefined)
      : false;
  return { rules, assessment, pendingApology };
}

/**
 * What a supplement request adds to its logged payload: nothing when made at reception or in time, else the
 * unit's fault and its reason (`validation_failed` on `faultReason` when none is given). Other actions: nothing.
 */
export function recordSupplementRequest(
  gate: LateWorkGate,
  state: DossierState,
  calendar: WorkingCalendar,
  type: DossierActionType,
  now: Date,
  faultReason: string | undefined,
): Record<string, unknown> {
  if (type !== 'request_supplement') return {};
  const assessment = assessSupplementRequest(state, now.getTime(), gate.rules.rules, calendar);
  return recordSupplementFault(assessment, faultReason);
}

/** Throws `explanation_required` / `apology_required` for a forward action the gate holds back. */
export function assertGateOpen(gate: LateWorkGate, type: DossierActionType): void {
  assertMayMoveOn(gate.assessment, type, gate.pendingApology);
}

/** The gate's refusals, as the API would answer a forward action now (for the UI to say why). */
export function listGateBlockers(
  gate: LateWorkGate,
  locale: 'vi' | 'en' = 'vi',
): { code: string; message: string }[] {
  try {
    assertMayMoveOn(gate.assessment, FORWARD_ACTIONS[0]!, gate.pendingApology);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const blockers = [
      { code: error.code, message: locale === 'en' ? (error.messageEn ?? error.message) : error.message },
    ];
    // both obligations may hold at once: list the apology too when the explanation comes first
    if (error.code === 'explanation_required' && gate.assessment.apologyRequired) {
      const withoutStep = { ...gate.assessment, explanationRequired: false };
      try {
        assertMayMoveOn(withoutStep, FORWARD_ACTIONS[0]!, gate.pendingApology);
      } catch (second) {
        if (second instanceof AppError) blockers.push({ code: second.code, message: second.message });
      }
    }
    return blockers;
  }
}
