/** Messages of the discipline-plan screens: the list, the units × actions matrix, reports and reminders. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const planMessages = defineMessages({
  'plan.title': { vi: 'Kế hoạch kỷ luật, kỷ cương', en: 'Discipline plans' },
  'plan.code': { vi: 'Số kế hoạch', en: 'Number' },
  'plan.name': { vi: 'Trích yếu', en: 'Title' },
  'plan.issuer': { vi: 'Đơn vị ban hành', en: 'Issued by' },
  'plan.issuedOn': { vi: 'Ngày ban hành', en: 'Issued on' },
  'plan.actions': { vi: 'Nhiệm vụ', en: 'Actions' },
  'plan.targets': { vi: 'Đơn vị thực hiện', en: 'Units' },
  'plan.empty': { vi: 'Chưa có kế hoạch nào.', en: 'No plan yet.' },
  'plan.asOf': { vi: 'Tính đến ngày', en: 'As of' },
  'plan.due': { vi: 'Hạn: {date}', en: 'Due {date}' },
  'plan.evidence': { vi: 'Minh chứng: {text}', en: 'Evidence: {text}' },
  'plan.cell.done': { vi: 'Đúng hạn', en: 'Done' },
  'plan.cell.late': { vi: 'Trễ hạn', en: 'Late' },
  'plan.cell.missing': { vi: 'Chưa thực hiện', en: 'Missing' },
  'plan.cell.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'plan.totals': { vi: 'Tổng hợp', en: 'Totals' },
  'plan.total.cell': {
    vi: '{done} đúng hạn · {late} trễ · {missing} chưa',
    en: '{done} done · {late} late · {missing} missing',
  },
  'plan.report': { vi: 'Báo cáo hoàn thành', en: 'Report completion' },
  'plan.report.note': { vi: 'Kết quả thực hiện', en: 'What was done' },
  'plan.report.evidence': { vi: 'Số, ký hiệu văn bản minh chứng', en: 'Evidence reference' },
  'plan.report.done': { vi: 'Đã ghi nhận báo cáo.', en: 'Report recorded.' },
  'plan.reminders': { vi: 'Nhắc việc', en: 'Reminders' },
  'plan.reminders.none': {
    vi: 'Không có nhiệm vụ quá hạn hoặc sắp đến hạn.',
    en: 'Nothing overdue or due soon.',
  },
  'plan.reminders.overdue': { vi: '{count} quá hạn', en: '{count} overdue' },
});

export function usePlanI18n() {
  return useFeatureI18n(planMessages);
}
