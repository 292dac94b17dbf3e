/** Messages of the work-plan screen. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const workPlanMessages = defineMessages({
  'wp.title': { vi: 'Kế hoạch công tác', en: 'Work plan' },
  'wp.intro': {
    vi: 'Nhiệm vụ theo tuần, tháng, quý. Lãnh đạo giao hoặc duyệt nhiệm vụ cán bộ đề xuất; hoàn thành đúng hạn được tính vào điểm đánh giá tháng.',
    en: 'Weekly, monthly and quarterly tasks. Leaders assign or approve proposed tasks; tasks done on time count in the monthly score.',
  },
  'wp.mine': { vi: 'Nhiệm vụ của tôi', en: 'My tasks' },
  'wp.officialCol': { vi: 'Cán bộ', en: 'Official' },
  'wp.team': { vi: 'Nhiệm vụ của đơn vị', en: "My unit's tasks" },
  'wp.new': { vi: 'Giao / đề xuất nhiệm vụ', en: 'Assign / propose a task' },
  'wp.official': {
    vi: 'Cán bộ thực hiện (để trống: đề xuất cho bản thân)',
    en: 'Assignee (empty: propose for yourself)',
  },
  'wp.horizon': { vi: 'Kỳ', en: 'Horizon' },
  'wp.horizon.week': { vi: 'Tuần', en: 'Week' },
  'wp.horizon.month': { vi: 'Tháng', en: 'Month' },
  'wp.horizon.quarter': { vi: 'Quý', en: 'Quarter' },
  'wp.taskTitle': { vi: 'Nội dung nhiệm vụ', en: 'Task' },
  'wp.due': { vi: 'Hạn hoàn thành', en: 'Due' },
  'wp.weight': { vi: 'Trọng số', en: 'Weight' },
  'wp.status': { vi: 'Trạng thái', en: 'Status' },
  'wp.result': { vi: 'Kết quả', en: 'Result' },
  'wp.onTime': { vi: 'Đúng hạn', en: 'On time' },
  'wp.late': { vi: 'Trễ hạn', en: 'Late' },
  'wp.create': { vi: 'Lưu nhiệm vụ', en: 'Save task' },
  'wp.approve': { vi: 'Duyệt', en: 'Approve' },
  'wp.reject': { vi: 'Không duyệt', en: 'Reject' },
  'wp.complete': { vi: 'Báo cáo hoàn thành', en: 'Report done' },
  'wp.resultPrompt': { vi: 'Kết quả thực hiện', en: 'What was done' },
  'wp.saved': { vi: 'Đã lưu.', en: 'Saved.' },
});

/** The work-plan screen's translate function. */
export function useWorkPlanI18n() {
  return useFeatureI18n(workPlanMessages);
}
