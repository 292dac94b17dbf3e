/**
 * The request to complete a dossier after receipt (form 02, domain.md §5). ND 61/2018/NĐ-CP: "Thời gian
 * thông báo trả lại hồ sơ không quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ, trừ trường hợp pháp luật
 * chuyên ngành có quy định cụ thể về thời gian. Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ
 * sơ." So the request comes once, listing everything missing, within the window (working days from receipt,
 * versioned in the late-work rules); a later request, or a second one, is still possible but only with a
 * reason, and it is the unit's fault (late-work evidence, like a late step). A request at reception, before
 * the dossier is received, starts no clock and is not counted here.
 */
import { addWorkingDays, type WorkingCalendar } from '../calendar/index.js';
import type { DossierState } from '../dossiers/state.js';
import { AppError } from '../errors.js';
import type { LateWorkRules } from './rules.js';

/** Why a supplement request is the unit's fault: made after the window, or not the first one. */
export type SupplementFault = 'late' | 'repeat';

export interface SupplementAssessment {
  /** The dossier has been received (appraisal): the window and the once-only rule apply. */
  afterReceipt: boolean;
  /** The window's length in working days (from the rules). */
  windowDays: number;
  /** The end of the window (epoch ms), null before receipt. */
  windowEndsAt: number | null;
  /** Requests already made after receipt. */
  previousRequests: number;
  /** Null when the request is the first one within the window (or made at reception). */
  fault: SupplementFault | null;
}

/** Assesses a supplement request made at `now`. */
export function assessSupplementRequest(
  state: DossierState,
  now: number,
  rules: LateWorkRules,
  calendar: WorkingCalendar,
): SupplementAssessment {
  const afterReceipt =
    state.receivedAt !== null && (state.status === 'received' || state.status === 'processing');
  const previousRequests = state.supplementRequests ?? 0;
  const windowDays = rules.supplementWindowDays;
  if (!afterReceipt) return { afterReceipt, windowDays, windowEndsAt: null, previousRequests, fault: null };
  const windowEndsAt = addWorkingDays(calendar, state.receivedAt!, windowDays);
  const fault: SupplementFault | null = previousRequests > 0 ? 'repeat' : now > windowEndsAt ? 'late' : null;
  return { afterReceipt, windowDays, windowEndsAt, previousRequests, fault };
}

/**
 * The payload a faulty request carries (`unitFault`, `faultReason`: what evaluation counts), or nothing for a
 * request in time. Throws `validation_failed` on `faultReason` when a faulty request gives no reason.
 */
export function recordSupplementFault(
  assessment: SupplementAssessment,
  faultReason: string | undefined,
): { unitFault: SupplementFault; faultReason: string } | Record<string, never> {
  if (assessment.fault === null) return {};
  const reason = faultReason?.trim() ?? '';
  if (reason.length < 10) {
    const [vi, en] =
      assessment.fault === 'repeat'
        ? [
            'Hồ sơ đã được yêu cầu bổ sung một lần: yêu cầu thêm lần nữa là lỗi của cơ quan và phải ghi rõ lý do (ít nhất 10 ký tự).',
            'The dossier was already asked for documents once: another request is the unit’s fault and needs a reason.',
          ]
        : [
            `Đã quá thời hạn yêu cầu bổ sung hồ sơ (${assessment.windowDays} ngày làm việc kể từ ngày tiếp nhận): yêu cầu lúc này là lỗi của cơ quan và phải ghi rõ lý do (ít nhất 10 ký tự).`,
            'The window for asking for documents has passed: a request now is the unit’s fault and needs a reason.',
          ];
    throw new AppError(
      'validation_failed',
      vi,
      [{ path: 'faultReason', fault: assessment.fault, windowEndsAt: assessment.windowEndsAt }],
      en,
    );
  }
  return { unitFault: assessment.fault, faultReason: reason };
}
