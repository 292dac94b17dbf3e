/**
 * Starting points of a new procedure: a blank one with the usual four steps of a commune procedure
 * (receive, examine, sign, return), or a copy of an existing procedure under a new code. Procedures are
 * written in Vietnamese by law, so the starting texts are Vietnamese data, not interface strings.
 */
import type { ProcedureDefinition } from '../../../domain/procedures/definition';

/** A blank procedure whose default workflow already has the four usual steps. */
export function blankDefinition(): ProcedureDefinition {
  return {
    code: '',
    name: '',
    field: '',
    level: 'commune',
    competentAuthority: 'Ủy ban nhân dân xã, phường',
    legalBasis: [''],
    processingTime: { value: 3, unit: 'working_days' },
    fees: [],
    onlineLevel: 'partial',
    documents: [],
    variants: [],
    resultType: '',
    supplementMode: 'restart',
    issuesReceipt: true,
    receivingUnitKinds: ['one_stop'],
    workflows: [
      {
        id: 'mac_dinh',
        name: 'Quy trình giải quyết',
        steps: [
          {
            id: 'tiep_nhan',
            task: 'Tiếp nhận, kiểm tra hồ sơ',
            unitKind: 'one_stop',
            unitName: 'Bộ phận Một cửa',
            role: 'reception',
            allotted: { value: 4, unit: 'working_hours' },
            result: 'Hồ sơ được tiếp nhận và chuyển xử lý',
            actions: ['forward', 'request_supplement', 'refuse'],
          },
          {
            id: 'tham_dinh',
            task: 'Thẩm định hồ sơ, dự thảo kết quả',
            unitKind: 'department',
            unitName: 'Phòng chuyên môn',
            role: 'specialist',
            allotted: { value: 1, unit: 'working_days' },
            result: 'Dự thảo kết quả và tờ trình',
            actions: ['forward', 'return', 'request_supplement', 'consult', 'refuse'],
          },
          {
            id: 'phe_duyet',
            task: 'Xem xét, ký duyệt kết quả',
            unitKind: 'authority',
            unitName: 'Lãnh đạo UBND xã/phường',
            role: 'unit_leader',
            allotted: { value: 4, unit: 'working_hours' },
            result: 'Kết quả được ký, đóng dấu',
            actions: ['forward', 'approve', 'sign', 'return', 'refuse'],
          },
          {
            id: 'tra_ket_qua',
            task: 'Vào sổ, trả kết quả',
            unitKind: 'one_stop',
            unitName: 'Bộ phận Một cửa',
            role: 'reception',
            allotted: { value: 4, unit: 'working_hours' },
            result: 'Kết quả được trả cho người nộp',
            actions: ['forward'],
          },
        ],
      },
    ],
    defaultWorkflowId: 'mac_dinh',
    demo: false,
  };
}

/** A copy of an existing definition to start a new procedure: no code yet, not demo data. */
export function copyDefinition(source: ProcedureDefinition): ProcedureDefinition {
  const copy = structuredClone(source);
  return { ...copy, code: '', demo: false };
}
