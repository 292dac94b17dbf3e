/**
 * How often each path through a dossier's life happens in generated history. The defaults are rough but
 * plausible figures for Hà Nội's one-stop units: about one dossier in ten needs a supplement, about one in
 * twelve has a late step, a third finish early, a few are refused or withdrawn, and nearly all are returned.
 */

/** Probabilities (0–1) of each path, drawn independently per dossier. */
export interface HistoryShares {
  /** Refused at intake (form 03), at the counter or when reception checks an online submission. */
  rejectAtIntake: number;
  /** Sent back for a supplement at intake (form 02). */
  supplementAtIntake: number;
  /** Sent back for a supplement during appraisal. */
  supplementInAppraisal: number;
  /** Of the supplements asked for, the share never brought back. */
  supplementAbandoned: number;
  /** One step takes longer than its allotted time. */
  lateStep: number;
  /** Handled quickly: every step well within its time (early results). */
  fast: number;
  /** Refused after appraisal, with reasons. */
  refuse: number;
  /** Withdrawn by the citizen, approved by reception. */
  withdraw: number;
  /** Another agency consulted during appraisal. */
  consult: number;
  /** Sent back by the leader to the previous step once. */
  sendBack: number;
  /** Left untouched at some step (forgotten work that turns overdue). */
  stall: number;
  /** Result ready but never collected. */
  notCollected: number;
  /** Posted rather than brought to the counter (of the non-online dossiers). */
  postal: number;
}

/** The default shares used by the demo. */
export const DEFAULT_HISTORY_SHARES: HistoryShares = {
  rejectAtIntake: 0.015,
  supplementAtIntake: 0.06,
  supplementInAppraisal: 0.04,
  supplementAbandoned: 0.05,
  lateStep: 0.08,
  fast: 0.3,
  refuse: 0.015,
  withdraw: 0.01,
  consult: 0.03,
  sendBack: 0.03,
  stall: 0.004,
  notCollected: 0.02,
  postal: 0.05,
};
