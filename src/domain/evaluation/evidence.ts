/**
 * Suggested scores as a pure, versioned function of a month's evidence (rule version
 * `EVIDENCE_RULE_VERSION`). Each evidence criterion yields a ratio 0..1, or null when there is nothing to
 * judge it by (no steps handled, no tasks due, no ratings): such a criterion, like every manual item, is
 * left for people to enter, so an official is neither rewarded nor punished by the formula for work they
 * did not have.
 */
import type { EvidenceRule, FrameworkDefinition } from './framework.js';

/** The month's evidence of one official, as counts. */
export interface MonthEvidence {
  dossiersHandled: number;
  stepsHandled: number;
  stepsEarly: number;
  stepsOnTime: number;
  stepsLate: number;
  explanations: number;
  apologies: number;
  /** Of those apologies, the ones approved after their latest moment (domain.md §7). */
  lateApologies: number;
  /** Supplement requests made after the window or after a first one: the unit's fault (domain.md §5). */
  supplementFaults: number;
  satisfactionResponses: number;
  satisfactionSatisfied: number;
  complaintsUpheld: number;
  violations: number;
  tasksDue: number;
  tasksOnTime: number;
  tasksWeightDue: number;
  tasksWeightOnTime: number;
  /** Dossiers finished in the month on which the official held a step (TT 01 per official). */
  dossiersFinished: number;
  finishedEarly: number;
  finishedOnTime: number;
  /** TT 01 index 3 points summed over those dossiers (0 supplement requests 2, one 1, more 0). */
  contactPoints: number;
  /** TT 01 index 7 points summed over those dossiers (upheld complaint 0, early 2, on time 1, late 0). */
  attitudePoints: number;
}

/** Evidence with nothing in it. */
export const EMPTY_EVIDENCE: MonthEvidence = {
  dossiersHandled: 0,
  stepsHandled: 0,
  stepsEarly: 0,
  stepsOnTime: 0,
  stepsLate: 0,
  explanations: 0,
  apologies: 0,
  lateApologies: 0,
  supplementFaults: 0,
  satisfactionResponses: 0,
  satisfactionSatisfied: 0,
  complaintsUpheld: 0,
  violations: 0,
  tasksDue: 0,
  tasksOnTime: 0,
  tasksWeightDue: 0,
  tasksWeightOnTime: 0,
  dossiersFinished: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  contactPoints: 0,
  attitudePoints: 0,
};

/**
 * Deduction per explanation, apology caused, apology sent late (on top of the apology itself) or supplement
 * request that was the unit's fault (share of the criterion). Basis, ND 61/2018/NĐ-CP: a late apology misses
 * "trong thời hạn chậm nhất 01 ngày trước ngày hết hạn, cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ phải
 * thông báo bằng văn bản cho Bộ phận Tiếp nhận và Trả kết quả và gửi văn bản xin lỗi tổ chức, cá nhân"; a
 * supplement fault misses "Thời gian thông báo trả lại hồ sơ không quá 03 ngày làm việc kể từ ngày tiếp nhận
 * hồ sơ" or asks more than once (domain.md §5: a later or second request is the unit's fault).
 */
export const DILIGENCE_DEDUCTION = 0.2;
/** Deductions per confirmed violation and per upheld complaint (shares of the criterion). */
export const VIOLATION_DEDUCTION = 0.5;
export const COMPLAINT_DEDUCTION = 0.3;

/** The ratio 0..1 an evidence rule gives, or null when the evidence says nothing about it. */
export function rateEvidence(rule: EvidenceRule, e: MonthEvidence): number | null {
  switch (rule) {
    case 'diligence':
      return Math.max(
        0,
        1 - DILIGENCE_DEDUCTION * (e.explanations + e.apologies + e.lateApologies + e.supplementFaults),
      );
    case 'conduct':
      return Math.max(0, 1 - VIOLATION_DEDUCTION * e.violations - COMPLAINT_DEDUCTION * e.complaintsUpheld);
    case 'timeliness':
      return e.stepsHandled > 0 ? (e.stepsEarly + e.stepsOnTime) / e.stepsHandled : null;
    case 'work_plan':
      return e.tasksWeightDue > 0 ? e.tasksWeightOnTime / e.tasksWeightDue : null;
    case 'satisfaction':
      return e.satisfactionResponses > 0 ? e.satisfactionSatisfied / e.satisfactionResponses : null;
  }
}

/** Points rounded to 2 decimals (what is stored and shown). */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}

/** Suggested points per criterion code: ratio × points; null for manual items and criteria with no evidence. */
export function suggestScores(
  definition: FrameworkDefinition,
  evidence: MonthEvidence,
): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const criterion of definition.criteria) {
    const ratio = criterion.rule ? rateEvidence(criterion.rule, evidence) : null;
    result[criterion.code] = ratio === null ? null : roundPoints(ratio * criterion.maxPoints);
  }
  return result;
}
