/** Texts of the conduct demo: Phường Ba Đình's code of conduct, the discipline plan and commitments. */

/** The ward's code of conduct (rules, and principles for dealing with citizens). */
export function demoCodeOfConduct() {
  return {
    title: 'Quy tắc ứng xử của cán bộ, công chức phường Ba Đình',
    rules: [
      '1. Đeo thẻ công chức, mặc trang phục đúng quy định trong giờ làm việc.',
      '2. Có mặt đúng giờ; không làm việc riêng, không rời vị trí khi đang tiếp công dân.',
      '3. Chỉ tiếp nhận và trả kết quả hồ sơ tại Bộ phận Một cửa; không yêu cầu giấy tờ ngoài quy định.',
      '4. Khi nghe điện thoại: xưng tên, đơn vị; nói ngắn gọn; không ngắt máy đột ngột.',
      '5. Không hút thuốc lá, không uống rượu bia tại nơi làm việc.',
    ].join('\n'),
    principles: [
      'Lắng nghe, tôn trọng, tận tình hướng dẫn người dân một lần đầy đủ.',
      'Không hách dịch, cửa quyền, sách nhiễu, gây phiền hà.',
      'Giải quyết hồ sơ đúng hạn; trễ hạn phải giải trình và xin lỗi người dân.',
      'Công khai, minh bạch; tiếp thu phản ánh, kiến nghị của người dân.',
    ].join('\n'),
  };
}

/**
 * The discipline plan over the ward's units. `dueInDays`: the deadline relative to today; `reports`: per unit,
 * the report's day relative to that deadline (≤ 0 done, > 0 late; a unit absent is missing).
 */
export const DEMO_PLAN = {
  code: '69/KH-UBND',
  title:
    'Kế hoạch tăng cường kỷ luật, kỷ cương hành chính; nâng cao chất lượng phục vụ người dân, doanh nghiệp',
  targets: ['00004.MC', '00004.VP', '00004.KT', '00004.VHXH'],
  actions: [
    {
      title: 'Đăng ký cam kết thực hiện kỷ luật, kỷ cương hành chính',
      evidence: 'Bản cam kết của tập thể và từng cán bộ, công chức có chữ ký',
      dueInDays: -170,
      reports: { '00004.MC': -10, '00004.VP': -3, '00004.KT': 12 },
    },
    {
      title: 'Niêm yết công khai Quy tắc ứng xử tại trụ sở và Bộ phận Một cửa',
      evidence: 'Ảnh chụp nơi niêm yết',
      dueInDays: -140,
      reports: { '00004.MC': -20, '00004.VP': 5, '00004.KT': -1, '00004.VHXH': 30 },
    },
    {
      title: 'Xây dựng kế hoạch công tác năm của từng cán bộ, công chức',
      evidence: 'Kế hoạch công tác đã được lãnh đạo phê duyệt',
      dueInDays: -100,
      reports: { '00004.MC': -2, '00004.KT': -5 },
    },
    {
      title: 'Tổ chức khảo sát mức độ hài lòng của người dân',
      evidence: 'Báo cáo kết quả khảo sát (phiếu, tổng hợp)',
      dueInDays: -20,
      reports: { '00004.MC': -4 },
    },
    {
      title: 'Báo cáo kết quả thực hiện Kế hoạch năm',
      evidence: 'Báo cáo có chữ ký của thủ trưởng đơn vị',
      dueInDays: 25,
      reports: {},
    },
  ],
};

/** Yearly commitments (per official and per unit) and emulation registrations; `daysAgo`: when signed. */
export function demoCommitments() {
  const personal =
    'Cam kết chấp hành nghiêm kỷ luật, kỷ cương hành chính; không gây phiền hà, sách nhiễu người dân.';
  return [
    { kind: 'commitment' as const, unit: '00004.MC', user: 'tiepnhan', text: personal, daysAgo: 185 },
    { kind: 'commitment' as const, unit: '00004.MC', user: 'truongmotcua', text: personal, daysAgo: 185 },
    { kind: 'commitment' as const, unit: '00004.KT', user: 'chuyenvien', text: personal, daysAgo: 158 },
    { kind: 'commitment' as const, unit: '00004', user: 'lanhdao', text: personal, daysAgo: 190 },
    {
      kind: 'commitment' as const,
      unit: '00004.MC',
      user: null,
      text: 'Bộ phận Một cửa cam kết 100% hồ sơ đúng hạn.',
      daysAgo: 180,
    },
    {
      kind: 'commitment' as const,
      unit: '00004.VP',
      user: null,
      text: 'Văn phòng cam kết thực hiện nghiêm Kế hoạch 69.',
      daysAgo: 173,
    },
    {
      kind: 'emulation' as const,
      unit: '00004.MC',
      user: null,
      text: 'Đăng ký danh hiệu Tập thể lao động xuất sắc.',
      daysAgo: 175,
    },
    {
      kind: 'emulation' as const,
      unit: '00004.MC',
      user: 'tiepnhan',
      text: 'Đăng ký danh hiệu Lao động tiên tiến.',
      daysAgo: 175,
    },
  ];
}
