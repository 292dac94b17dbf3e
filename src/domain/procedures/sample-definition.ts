/** A small valid procedure definition for tests (3 working days, 3 steps). */
import type { ProcedureDefinitionInput } from './definition.js';

export function sampleDefinition(code = 'TEST.0001'): ProcedureDefinitionInput {
  return {
    code,
    name: 'Thủ tục thử nghiệm cấp giấy xác nhận',
    field: 'Thử nghiệm',
    level: 'commune',
    competentAuthority: 'UBND cấp xã',
    legalBasis: ['Quyết định thử nghiệm'],
    processingTime: { value: 3, unit: 'working_days' },
    fees: [{ name: 'Lệ phí', amount: 10000 }],
    onlineLevel: 'full',
    documents: [
      { id: 'to_khai', name: 'Tờ khai', form: 'original', count: 1, mandatory: true },
      { id: 'giay_to', name: 'Giấy tờ tùy thân', form: 'copy', count: 1, mandatory: true },
    ],
    variants: [
      {
        id: 'gap',
        name: 'Trường hợp cần gấp',
        processingTime: { value: 2, unit: 'working_days' },
        workflowId: 'nhanh',
      },
    ],
    resultType: 'Giấy xác nhận',
    supplementMode: 'restart',
    issuesReceipt: true,
    receivingUnitKinds: ['one_stop'],
    defaultWorkflowId: 'chuan',
    workflows: [
      {
        id: 'chuan',
        name: 'Quy trình chuẩn',
        steps: [
          {
            id: 'tiep_nhan',
            task: 'Tiếp nhận hồ sơ',
            unitKind: 'one_stop',
            unitName: 'Bộ phận Một cửa',
            role: 'reception',
            allotted: { value: 4, unit: 'working_hours' },
            result: 'Phiếu tiếp nhận',
            actions: ['forward', 'request_supplement', 'refuse'],
          },
          {
            id: 'tham_dinh',
            task: 'Thẩm định',
            unitKind: 'department',
            unitName: 'Phòng Kinh tế, Hạ tầng và Đô thị',
            role: 'specialist',
            allotted: { value: 2, unit: 'working_days' },
            result: 'Tờ trình',
            actions: ['forward', 'return', 'request_supplement', 'consult'],
          },
          {
            id: 'phe_duyet',
            task: 'Phê duyệt',
            unitKind: 'authority',
            unitName: 'Lãnh đạo UBND',
            role: 'unit_leader',
            allotted: { value: 4, unit: 'working_hours' },
            result: 'Giấy xác nhận',
            actions: ['approve', 'sign', 'return', 'refuse'],
          },
        ],
      },
      {
        id: 'nhanh',
        name: 'Quy trình rút gọn',
        steps: [
          {
            id: 'tiep_nhan',
            task: 'Tiếp nhận hồ sơ',
            unitKind: 'one_stop',
            unitName: 'Bộ phận Một cửa',
            role: 'reception',
            allotted: { value: 2, unit: 'working_hours' },
            result: 'Phiếu tiếp nhận',
            actions: ['forward'],
          },
          {
            id: 'tham_dinh',
            task: 'Thẩm định',
            unitKind: 'department',
            unitName: 'Phòng Kinh tế, Hạ tầng và Đô thị',
            role: 'specialist',
            allotted: { value: 1, unit: 'working_days' },
            result: 'Tờ trình',
            actions: ['forward', 'return'],
          },
          {
            id: 'phe_duyet',
            task: 'Phê duyệt',
            unitKind: 'authority',
            unitName: 'Lãnh đạo UBND',
            role: 'unit_leader',
            allotted: { value: 4, unit: 'working_hours' },
            result: 'Giấy xác nhận',
            actions: ['sign'],
          },
        ],
      },
    ],
  };
}
