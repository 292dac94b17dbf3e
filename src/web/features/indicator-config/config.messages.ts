/** Messages of the indicator configuration screen. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const configMessages = defineMessages({
  title: { vi: 'Cấu hình điểm và mục tiêu chỉ tiêu (QĐ 766)', en: 'Indicator points and targets (QĐ 766)' },
  intro: {
    vi: 'Mỗi lần ban hành tạo một phiên bản mới, áp dụng từ ngày đầu của một tháng chưa qua; số liệu các kỳ trước giữ nguyên. Tổng điểm tối đa phải bằng 100.',
    en: 'Each publication makes a new version, in force from the first day of a month not yet past; earlier periods keep their figures. The maximum points must add up to 100.',
  },
  current: {
    vi: 'Đang áp dụng: {version} · công thức {formula}',
    en: 'In force: {version} · formula {formula}',
  },
  shipped: { vi: 'cấu hình gốc', en: 'shipped configuration' },
  versionN: { vi: 'phiên bản {n}', en: 'version {n}' },
  'col.code': { vi: 'Mã', en: 'Code' },
  'col.name': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'col.shipped': { vi: 'Điểm gốc', en: 'Shipped points' },
  'col.points': { vi: 'Điểm tối đa', en: 'Maximum points' },
  'col.target': { vi: 'Mục tiêu (%)', en: 'Target (%)' },
  notMeasured: { vi: 'chưa đo', en: 'not measured' },
  notSplit: { vi: 'chưa quy định', en: 'not specified' },
  group: { vi: 'Nhóm {name}: {points} điểm', en: 'Group {name}: {points} points' },
  total: { vi: 'Tổng: {points}/100 điểm', en: 'Total: {points}/100 points' },
  totalWrong: {
    vi: 'Tổng điểm tối đa đang là {points}, phải bằng 100.',
    en: 'The maximum points add up to {points}; they must add up to 100.',
  },
  effectiveFrom: { vi: 'Áp dụng từ', en: 'In force from' },
  note: { vi: 'Căn cứ, lý do thay đổi', en: 'Basis and reason' },
  publish: { vi: 'Ban hành phiên bản mới', en: 'Publish a new version' },
  published: { vi: 'Đã ban hành phiên bản {n}.', en: 'Version {n} published.' },
  history: { vi: 'Các phiên bản đã ban hành', en: 'Published versions' },
  'col.version': { vi: 'Phiên bản', en: 'Version' },
  'col.changes': { vi: 'Thay đổi so với gốc', en: 'Changes from shipped' },
  'col.by': { vi: 'Người ban hành', en: 'Published by' },
  'col.at': { vi: 'Thời điểm', en: 'At' },
  noChanges: { vi: 'như cấu hình gốc', en: 'as shipped' },
  month: { vi: 'Tháng {month}', en: 'Month {month}' },
});

export function useConfigI18n() {
  return useFeatureI18n(configMessages);
}
