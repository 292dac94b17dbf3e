import { foldText } from '../../../domain/text/fold';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../../contracts/auth';
import type { Dossier } from '../../../contracts/dossiers';
import type { Role } from '../../../domain/access/roles';
import type { ProcedureDefinition, RequiredDocument } from '../../../domain/procedures/definition';
import {
  actionFormSpec,
  applicableForms,
  buildActionRequest,
  buildIntakeRequest,
  caseDocuments,
  findMissingMandatory,
  findNextStep,
  formatMoney,
  formEditionOf,
  formNumberOf,
  formUrl,
  isEarlyReturn,
  matchesSearch,
  mayChooseHandler,
  newIdempotencyKey,
  toFeeSelection,
  parseItems,
} from './dossier-rules';

const doc = (id: string, mandatory: boolean): RequiredDocument => ({
  id,
  name: `Giấy tờ ${id}`,
  form: 'original',
  count: 1,
  mandatory,
});

const step = (id: string, role: 'reception' | 'specialist' | 'unit_leader') => ({
  id,
  task: `Bước ${id}`,
  unitKind: 'one_stop' as const,
  unitName: 'Bộ phận Một cửa',
  role,
  allotted: { value: 4, unit: 'working_hours' as const },
  result: 'Kết quả',
  actions: ['forward' as const],
});

const definition = {
  code: '1.000.000',
  name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  field: 'Hộ tịch',
  level: 'commune',
  competentAuthority: 'UBND cấp xã',
  legalBasis: ['Luật Hộ tịch'],
  processingTime: { value: 3, unit: 'working_days' },
  fees: [],
  onlineLevel: 'full',
  documents: [doc('to_khai', true), doc('cccd', true), doc('ly_hon', false), doc('xac_minh', true)],
  variants: [
    {
      id: 'xac_minh',
      name: 'Cần xác minh',
      extraDocumentIds: ['xac_minh'],
      omittedDocumentIds: ['ly_hon'],
      workflowId: 'dai',
    },
  ],
  resultType: 'Giấy xác nhận',
  supplementMode: 'pause',
  issuesReceipt: true,
  receivingUnitKinds: ['one_stop'],
  workflows: [
    { id: 'ngan', name: 'Ngắn', steps: [step('a', 'reception'), step('b', 'specialist')] },
    {
      id: 'dai',
      name: 'Dài',
      steps: [
        step('a', 'reception'),
        { ...step('b', 'specialist'), next: 'd' },
        step('c', 'specialist'),
        step('d', 'unit_leader'),
      ],
    },
  ],
  defaultWorkflowId: 'ngan',
  demo: true,
} satisfies ProcedureDefinition;

function official(...roles: Role[]): CurrentUser {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'someone',
    kind: 'official',
    fullName: 'Người thử',
    unitId: '00000000-0000-4000-8000-000000000002',
    unitName: 'Phường Ba Đình',
    roles,
    email: null,
    phone: null,
    idNumber: null,
    locale: 'vi',
    mustChangePassword: false,
    provinceId: null,
  };
}

describe('searching procedures', () => {
  it('ignores case and Vietnamese diacritics, and reads đ as d', () => {
    expect(foldText('Đăng ký KHAI SINH')).toBe('dang ky khai sinh');
    expect(matchesSearch('Đăng ký khai sinh', 'dang ky')).toBe(true);
    expect(matchesSearch('Đăng ký khai sinh', 'khai tử')).toBe(false);
    expect(matchesSearch('anything', '   ')).toBe(true);
  });
});

describe('money', () => {
  it('groups thousands with dots and writes đ', () => {
    expect(formatMoney(15000)).toBe('15.000 đ');
    expect(formatMoney(1700000)).toBe('1.700.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
  });
});

describe('documents of a case', () => {
  it('drops documents only another case asks for, and adds the case’s own', () => {
    expect(caseDocuments(definition, null).map((d) => d.id)).toEqual(['to_khai', 'cccd', 'ly_hon']);
    expect(caseDocuments(definition, 'xac_minh').map((d) => d.id)).toEqual(['to_khai', 'cccd', 'xac_minh']);
    expect(caseDocuments(null, null)).toEqual([]);
  });

  it('lists the mandatory documents not ticked', () => {
    const documents = caseDocuments(definition, 'xac_minh');
    expect(findMissingMandatory(documents, ['to_khai']).map((d) => d.id)).toEqual(['cccd', 'xac_minh']);
    expect(findMissingMandatory(documents, ['to_khai', 'cccd', 'xac_minh'])).toEqual([]);
  });
});

describe('the intake request', () => {
  it('lists every case document with whether it was handed in, and cleans the applicant', () => {
    const body = buildIntakeRequest({
      procedureId: 'p',
      variantId: null,
      receivingUnitId: 'u',
      channel: 'counter',
      applicant: {
        kind: 'person',
        fullName: '  Nguyễn Văn A ',
        phone: '0912 000.111',
        email: '',
        idNumber: null,
      },
      documents: caseDocuments(definition, null),
      provided: ['cccd', 'not-in-case'],
      decision: 'request_supplement',
      reason: ' Thiếu tờ khai ',
      supplementItems: 'Tờ khai\n\n  Bản sao ly hôn  \n',
    });
    expect(body).toMatchObject({
      applicant: { kind: 'person', fullName: 'Nguyễn Văn A', phone: '0912000111' },
      documents: [
        { documentId: 'to_khai', provided: false },
        { documentId: 'cccd', provided: true },
        { documentId: 'ly_hon', provided: false },
      ],
      decision: 'request_supplement',
      reason: 'Thiếu tờ khai',
      supplementItems: ['Tờ khai', 'Bản sao ly hôn'],
      assisted: false,
    });
    expect(body.applicant.email).toBeUndefined();
    expect(body.applicant.idNumber).toBeUndefined();
  });

  it('sends no reason or items when there are none', () => {
    const body = buildIntakeRequest({
      procedureId: 'p',
      variantId: 'xac_minh',
      receivingUnitId: 'u',
      channel: 'online',
      applicant: { kind: 'person', fullName: 'B' },
      documents: [],
      provided: [],
      decision: 'submit',
    });
    expect(body.reason).toBeUndefined();
    expect(body.supplementItems).toBeUndefined();
    expect(body.variantId).toBe('xac_minh');
  });

  it('splits items by line', () => {
    expect(parseItems(' a \n\nb\n')).toEqual(['a', 'b']);
    expect(parseItems(null)).toEqual([]);
  });
});

describe('idempotency keys', () => {
  it('uses randomUUID when there is one', () => {
    expect(
      newIdempotencyKey({
        getRandomValues: (a: Uint8Array) => a,
        randomUUID: () => 'a-b-c-d-e-f',
      } as unknown as Crypto),
    ).toBe('a-b-c-d-e-f');
  });

  it('builds a version-4 UUID from random bytes otherwise (plain http)', () => {
    const key = newIdempotencyKey({
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        (array as unknown as Uint8Array).fill(0xff);
        return array;
      },
    });
    expect(key).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('action dialogs', () => {
  it('require a reason where the server does', () => {
    for (const type of ['reject', 'refuse', 'stop', 'request_supplement'] as const) {
      expect(actionFormSpec(type).reason, type).toBe('required');
    }
    expect(actionFormSpec('request_supplement').items).toBe(true);
    expect(actionFormSpec('forward')).toMatchObject({ reason: null, handler: 'next', note: true });
    expect(actionFormSpec('assign').handler).toBe('assign');
    expect(actionFormSpec('return_result').method).toBe(true);
    expect(actionFormSpec('consult').agency).toBe(true);
  });

  it('send only the fields the action takes, with the version shown', () => {
    expect(
      buildActionRequest('forward', 3, { handlerId: 'u1', reason: 'ignored', note: ' ok ', method: 'post' }),
    ).toEqual({ type: 'forward', version: 3, toUserId: 'u1', note: 'ok' });
    expect(buildActionRequest('assign', 4, { handlerId: 'u2' })).toEqual({
      type: 'assign',
      version: 4,
      userId: 'u2',
    });
    expect(buildActionRequest('request_supplement', 5, { reason: 'Thiếu', items: 'A\nB' })).toEqual({
      type: 'request_supplement',
      version: 5,
      reason: 'Thiếu',
      items: ['A', 'B'],
    });
    expect(buildActionRequest('return_result', 6, {})).toEqual({
      type: 'return_result',
      version: 6,
      method: 'counter',
    });
    expect(buildActionRequest('return_result', 6, { method: 'post', citizenInformed: true })).toEqual({
      type: 'return_result',
      version: 6,
      method: 'post',
      citizenInformed: true,
    });
    expect(buildActionRequest('forward', 6, { citizenInformed: true })).toEqual({
      type: 'forward',
      version: 6,
    });
    expect(buildActionRequest('forward', 7, { note: '  ' })).toEqual({ type: 'forward', version: 7 });
  });
});

describe('early returns', () => {
  it('are those before the due time', () => {
    const due = '2026-11-25T17:00:00+07:00';
    expect(isEarlyReturn(due, new Date('2026-11-25T09:59:00Z').getTime())).toBe(true);
    expect(isEarlyReturn(due, new Date('2026-11-25T10:00:00Z').getTime())).toBe(false);
    expect(isEarlyReturn(null, 0)).toBe(false);
  });
});

describe('printable forms', () => {
  const history = (...types: Dossier['history'][number]['type'][]) =>
    types.map((type, index) => ({
      seq: index + 1,
      type,
      label: type,
      at: '',
      actorName: null,
      stepId: null,
      note: null,
    }));
  const period = {
    stepId: 'a',
    task: 'a',
    unitName: 'u',
    holderId: null,
    holderName: null,
    startedAt: '',
    dueAt: '',
    endedAt: null,
    outcome: null,
  };

  it('offer the receipt once received, the supplement request and refusal when issued, and the control sheet', () => {
    expect(applicableForms({ receivedAt: 'x', history: history('accept'), periods: [period] })).toEqual([
      'receipt',
      'control-sheet',
    ]);
    expect(
      applicableForms({ receivedAt: null, history: history('submit', 'request_supplement'), periods: [] }),
    ).toEqual(['supplement']);
    expect(applicableForms({ receivedAt: null, history: history('reject'), periods: [] })).toEqual([
      'refusal',
    ]);
    expect(
      applicableForms({ receivedAt: 'x', history: history('accept', 'refuse'), periods: [period] }),
    ).toEqual(['receipt', 'refusal', 'control-sheet']);
    expect(
      applicableForms({ receivedAt: 'x', history: history('accept', 'stop'), periods: [period] }),
    ).toEqual(['receipt', 'stop', 'control-sheet']);
  });

  it('offer the apology once a new date was granted, or as a draft while one awaits approval', () => {
    const received = { receivedAt: 'x', history: history('accept'), periods: [period] };
    expect(applicableForms({ ...received, extensions: 0 })).toEqual(['receipt', 'control-sheet']);
    expect(applicableForms({ ...received, extensions: 1 })).toEqual(['receipt', 'apology', 'control-sheet']);
    expect(applicableForms({ ...received, extensions: 0 }, { apologyDrafted: true })).toEqual([
      'receipt',
      'apology',
      'control-sheet',
    ]);
  });

  it('number the forms by the circular in force when the dossier was received', () => {
    const old = formEditionOf('2025-06-30T16:00:00+07:00');
    const current = formEditionOf('2025-07-01T08:00:00+07:00');
    expect([old, current]).toEqual(['tt01-2018', 'tt03-2025']);
    expect(formNumberOf('control-sheet', old)).toBe('05');
    expect(formNumberOf('control-sheet', current)).toBe('06');
    expect(formNumberOf('stop', current)).toBe('05');
    expect(formEditionOf(null, new Date('2026-03-02T01:00:00Z'))).toBe('tt03-2025');
  });

  it('point at the forms routes, with the PIN only when given', () => {
    expect(formUrl('d1', 'receipt')).toBe('/api/v1/dossiers/d1/forms/receipt.html');
    expect(formUrl('d1', 'control-sheet', 'pdf')).toBe('/api/v1/dossiers/d1/forms/control-sheet.pdf');
    expect(formUrl('d1', 'receipt', 'html', { pin: '012345' })).toBe(
      '/api/v1/dossiers/d1/forms/receipt.html?pin=012345',
    );
  });
});

describe('the step after a forward', () => {
  it('follows the case’s workflow and its explicit next step', () => {
    expect(findNextStep(definition, null, 'a')?.id).toBe('b');
    expect(findNextStep(definition, null, 'b')).toBeNull();
    expect(findNextStep(definition, 'xac_minh', 'b')?.id).toBe('d');
    expect(findNextStep(definition, 'xac_minh', 'd')).toBeNull();
    expect(findNextStep(definition, null, 'unknown')).toBeUndefined();
  });
});

describe('choosing the next handler', () => {
  it('is offered to those who may list the officials of their unit', () => {
    expect(mayChooseHandler(official('unit_leader'))).toBe(true);
    expect(mayChooseHandler(official('one_stop_head'))).toBe(true);
    expect(mayChooseHandler(official('sysadmin'))).toBe(true);
    expect(mayChooseHandler(official('reception'))).toBe(false);
    expect(mayChooseHandler(official('specialist'))).toBe(false);
    expect(mayChooseHandler({ ...official(), kind: 'citizen' })).toBe(false);
  });
});

describe('fee selection at intake', () => {
  it('sends the chosen tier and the quantities filled in, and the exemption only when ticked', () => {
    const values = {
      choices: { kenh: 'truc-tuyen', khac: undefined },
      quantities: { page: 3, copy: null },
      exempt: false,
      exemption: { reason: 'Hộ nghèo', legalBasis: 'NQ HĐND', percent: 50 },
    };
    expect(toFeeSelection(values)).toEqual({ choices: { kenh: 'truc-tuyen' }, quantities: { page: 3 } });
    expect(toFeeSelection({ ...values, exempt: true }).exemption).toEqual({
      reason: 'Hộ nghèo',
      legalBasis: 'NQ HĐND',
      percent: 50,
    });
    expect(toFeeSelection(undefined)).toEqual({ choices: {}, quantities: {} });
  });
});
