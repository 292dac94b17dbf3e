/**
 * Rules of late work (domain.md §5, §7) as versioned data: when to warn, the apology's lead time, how many
 * new dates a dossier may get, the supplement-request window, the reasons a late person may give, and who is
 * told as lateness lasts. A new version applies from its effective time; what was decided under an older one
 * stays as decided. Fields added after version 1 carry defaults, so versions stored before them still parse.
 */
import { z } from 'zod';

/** Who an escalation level notifies. */
export const ESCALATION_TARGETS = ['holder', 'unit_leader', 'agency_head', 'one_stop_head'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

const Reason = z.object({
  code: z.string().regex(/^[a-z_]{2,40}$/),
  vi: z.string().min(2),
  en: z.string().min(2),
});

export const LateWorkRulesSchema = z.object({
  /** Working minutes before a due time at which a "due soon" warning goes out (one working day, two hours). */
  warnBeforeMinutes: z.array(z.number().int().positive().max(14_400)).max(5),
  /**
   * The apology's lead time, in working minutes before the dossier's due time (law: one working day, 480).
   * The apology reaches the citizen at the latest by the end of the working day that lies this much working
   * time before the due time (ND 61/2018/NĐ-CP: "trong thời hạn chậm nhất 01 ngày trước ngày hết hạn … gửi
   * văn bản xin lỗi tổ chức, cá nhân"); one approved after that is late. The board and the holder's queue warn
   * from this lead time before the due time. It never stops an apology from being drafted.
   */
  apologyLeadMinutes: z.number().int().min(0).max(14_400),
  /** How many new return dates a dossier may get (law: at most once). */
  maxExtensions: z.number().int().min(0).max(5),
  /**
   * Working days after receipt within which the request to complete a dossier is made, once (law: 3;
   * ND 61/2018/NĐ-CP: "Thời gian thông báo trả lại hồ sơ không quá 03 ngày làm việc kể từ ngày tiếp nhận
   * hồ sơ"). A later or a second request needs a reason and counts as the unit's fault.
   */
  supplementWindowDays: z.number().int().min(0).max(30).default(3),
  /** Reasons a late step's holder may give. */
  explanationReasons: z.array(Reason).min(1),
  /** Reasons an apology may give the citizen. */
  apologyReasons: z.array(Reason).min(1),
  /** Escalation chain: working minutes after the due time, and who is told at that level. */
  escalation: z
    .array(
      z.object({ afterMinutes: z.number().int().min(0), notify: z.array(z.enum(ESCALATION_TARGETS)).min(1) }),
    )
    .min(1)
    .max(6),
});
export type LateWorkRules = z.infer<typeof LateWorkRulesSchema>;

const REASONS = [
  {
    code: 'waiting_other_agency',
    vi: 'Chờ ý kiến, kết quả của cơ quan khác',
    en: 'Waiting for another agency',
  },
  {
    code: 'incomplete_appraisal',
    vi: 'Thiếu dữ liệu, thông tin để thẩm định',
    en: 'Incomplete appraisal data',
  },
  { code: 'workload', vi: 'Khối lượng công việc lớn, quá tải', en: 'Workload' },
  { code: 'system_fault', vi: 'Sự cố hệ thống, phần mềm', en: 'System fault' },
  {
    code: 'applicant_caused',
    vi: 'Do người nộp hồ sơ (chưa phối hợp, chưa có mặt)',
    en: 'Caused by the applicant',
  },
  { code: 'field_verification', vi: 'Phải xác minh thực địa', en: 'Field verification needed' },
  { code: 'other', vi: 'Lý do khác', en: 'Other' },
];

/** The rules shipped as version 1 (used until an administrator publishes another version). */
export const DEFAULT_LATE_WORK_RULES: LateWorkRules = {
  warnBeforeMinutes: [480, 120],
  apologyLeadMinutes: 480,
  maxExtensions: 1,
  supplementWindowDays: 3,
  explanationReasons: REASONS,
  apologyReasons: REASONS,
  escalation: [
    { afterMinutes: 0, notify: ['holder', 'unit_leader'] },
    { afterMinutes: 480, notify: ['agency_head'] },
    { afterMinutes: 960, notify: ['one_stop_head'] },
  ],
};

/** The label of a reason code, or the code itself when the rules do not know it. */
export function labelReason(
  reasons: LateWorkRules['explanationReasons'],
  code: string,
  locale: 'vi' | 'en' = 'vi',
): string {
  return reasons.find((reason) => reason.code === code)?.[locale] ?? code;
}
