/**
 * What an inspection can find: the prohibited conduct of officials dealing with citizens (Nghị định
 * 61/2018/NĐ-CP, Art. 5, items a–i) and the office-culture rules (QĐ 129/2007/QĐ-TTg; QĐ 1847/QĐ-TTg 2018),
 * with the severities a finding is graded by. Labels are Vietnamese first, English second.
 */

/** Violation types: prohibited conduct (ND 61 Art. 5) then office-culture items. */
export const VIOLATION_TYPES = [
  'harassment',
  'blocking_channel',
  'data_tampering',
  'data_leak',
  'excess_documents',
  'outside_one_stop',
  'passing_the_buck',
  'office_culture',
  'other',
  'badge',
  'dress',
  'working_hours',
  'phone_etiquette',
  'attitude',
  'posted_information',
] as const;

export type ViolationType = (typeof VIOLATION_TYPES)[number];

/** Vietnamese and English names; `legal` cites the rule the type comes from. */
export const VIOLATION_LABELS: Record<ViolationType, { vi: string; en: string; legal: string }> = {
  harassment: {
    vi: 'Hách dịch, cửa quyền, sách nhiễu, gây phiền hà',
    en: 'Arrogance, harassment, causing trouble',
    legal: 'NĐ 61/2018 Đ.5 (a)',
  },
  blocking_channel: {
    vi: 'Cản trở tổ chức, cá nhân lựa chọn hình thức nộp hồ sơ',
    en: "Blocking the citizen's choice of channel",
    legal: 'NĐ 61/2018 Đ.5 (b)',
  },
  data_tampering: {
    vi: 'Làm sai lệch, hủy hoại dữ liệu điện tử',
    en: 'Tampering with or deleting electronic data',
    legal: 'NĐ 61/2018 Đ.5 (c)',
  },
  data_leak: {
    vi: 'Tiết lộ thông tin hồ sơ, tài liệu',
    en: 'Leaking dossier data',
    legal: 'NĐ 61/2018 Đ.5 (d)',
  },
  excess_documents: {
    vi: 'Từ chối, kéo dài thời gian, yêu cầu thêm giấy tờ ngoài quy định',
    en: 'Refusing, prolonging or asking for documents beyond the law',
    legal: 'NĐ 61/2018 Đ.5 (đ)',
  },
  outside_one_stop: {
    vi: 'Tiếp nhận, trả kết quả ngoài Bộ phận Một cửa',
    en: 'Dealing with citizens outside the one-stop unit',
    legal: 'NĐ 61/2018 Đ.5 (e)',
  },
  passing_the_buck: {
    vi: 'Đùn đẩy trách nhiệm, thiếu hợp tác',
    en: 'Passing the buck',
    legal: 'NĐ 61/2018 Đ.5 (g)',
  },
  office_culture: {
    vi: 'Vi phạm quy định về văn hóa công sở',
    en: 'Breaking office-culture rules',
    legal: 'NĐ 61/2018 Đ.5 (h)',
  },
  other: { vi: 'Hành vi vi phạm khác', en: 'Other misconduct', legal: 'NĐ 61/2018 Đ.5 (i)' },
  badge: { vi: 'Không đeo thẻ công chức', en: 'ID badge not worn', legal: 'QĐ 129/2007 Đ.6' },
  dress: { vi: 'Trang phục không đúng quy định', en: 'Improper dress', legal: 'QĐ 129/2007 Đ.5' },
  working_hours: {
    vi: 'Không có mặt trong giờ làm việc',
    en: 'Absent during working hours',
    legal: 'QĐ 129/2007; QĐ 1847/2018',
  },
  phone_etiquette: {
    vi: 'Giao tiếp qua điện thoại không đúng mực',
    en: 'Poor phone etiquette',
    legal: 'QĐ 129/2007 Đ.9',
  },
  attitude: {
    vi: 'Thái độ, lời nói không chuẩn mực với người dân',
    en: 'Impolite attitude towards citizens',
    legal: 'QĐ 1847/2018',
  },
  posted_information: {
    vi: 'Thông tin niêm yết không đầy đủ, không cập nhật',
    en: 'Posted information missing or out of date',
    legal: 'NĐ 61/2018 Đ.12',
  },
};

export const SEVERITIES = ['light', 'medium', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, { vi: string; en: string }> = {
  light: { vi: 'Nhẹ', en: 'Light' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  serious: { vi: 'Nghiêm trọng', en: 'Serious' },
};

/** Decisions of the unit head; every decision but `dismissed` confirms the finding. */
export const DECISIONS = ['dismissed', 'reminded', 'reprimanded', 'discipline_proposed'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, { vi: string; en: string }> = {
  dismissed: { vi: 'Không vi phạm (hủy kết luận)', en: 'Dismissed' },
  reminded: { vi: 'Nhắc nhở', en: 'Reminded' },
  reprimanded: { vi: 'Phê bình', en: 'Reprimanded' },
  discipline_proposed: { vi: 'Đề nghị xem xét kỷ luật', en: 'Discipline proposed' },
};

export const FINDING_STATUSES = ['awaiting_explanation', 'explained', 'decided'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_STATUS_LABELS: Record<FindingStatus, { vi: string; en: string }> = {
  awaiting_explanation: { vi: 'Chờ giải trình', en: 'Awaiting explanation' },
  explained: { vi: 'Đã giải trình, chờ kết luận', en: 'Explained, awaiting decision' },
  decided: { vi: 'Đã kết luận', en: 'Decided' },
};
