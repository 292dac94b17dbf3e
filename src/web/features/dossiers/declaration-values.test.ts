import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { Declaration } from '../../../domain/procedures/definition';
import { toDeclarationAnswers } from './declaration-values';
import { buildIntakeRequest } from './dossier-rules';

const form = Declaration.parse({
  documentId: 'to_khai',
  title: 'Tờ khai',
  fields: [
    { key: 'ten', label: 'Họ tên', type: 'text' },
    { key: 'ngay', label: 'Ngày sinh', type: 'date' },
    { key: 'so', label: 'Số con', type: 'number' },
    { key: 'ok', label: 'Cam đoan', type: 'checkbox' },
  ],
});

describe('declaration values', () => {
  it('sends dates as yyyy-mm-dd and leaves empty answers out', () => {
    expect(
      toDeclarationAnswers(form, { ten: 'An', ngay: dayjs('2026-11-30'), so: 2, ok: true, extra: 'x' }),
    ).toEqual({ ten: 'An', ngay: '2026-11-30', so: 2, ok: true });
    expect(toDeclarationAnswers(form, { ten: '', ngay: null })).toEqual({});
  });

  it('marks a document with scans as handed in and lists their ids', () => {
    const request = buildIntakeRequest({
      procedureId: 'p',
      variantId: null,
      receivingUnitId: 'u',
      channel: 'online',
      applicant: { kind: 'person', fullName: 'Nguyễn An' },
      documents: [
        { id: 'a', name: 'Tờ khai', form: 'original', count: 1, mandatory: true },
        { id: 'b', name: 'Giấy tờ', form: 'copy', count: 1, mandatory: true },
      ],
      provided: [],
      decision: 'submit',
      scans: { b: [{ id: 's1' }, { id: 's2' }] },
    });
    expect(request.documents).toEqual([
      { documentId: 'a', provided: false },
      { documentId: 'b', provided: true, attachmentIds: ['s1', 's2'] },
    ]);
  });
});
