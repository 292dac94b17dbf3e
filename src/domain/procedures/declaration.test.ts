import { describe, expect, it } from 'vitest';
import { formatDeclarationAnswer, prefillDeclaration, validateDeclaration } from './declaration';
import { Declaration } from './definition';

const form = Declaration.parse({
  documentId: 'to-khai',
  title: 'Tờ khai đăng ký khai sinh',
  fields: [
    {
      key: 'ten',
      label: 'Họ, chữ đệm, tên người đi khai',
      type: 'text',
      required: true,
      prefill: 'fullName',
    },
    { key: 'cccd', label: 'Số định danh cá nhân', type: 'id_number', required: true, prefill: 'idNumber' },
    { key: 'ngay-sinh', label: 'Ngày sinh của trẻ', type: 'date', required: true },
    {
      key: 'gioi-tinh',
      label: 'Giới tính',
      type: 'select',
      options: [
        { value: 'nam', label: 'Nam' },
        { value: 'nu', label: 'Nữ' },
      ],
    },
    { key: 'can-nang', label: 'Cân nặng (kg)', type: 'number', min: 0.3, max: 10 },
    { key: 'ma-so', label: 'Mã số', type: 'text', pattern: '[A-Z]{2}[0-9]{3}' },
    { key: 'cam-doan', label: 'Cam đoan', type: 'checkbox', required: true },
  ],
});

describe('declaration form', () => {
  it('prefills the profile fields only', () => {
    expect(prefillDeclaration(form, { fullName: 'Nguyễn Văn An', phone: '0912345678' })).toEqual({
      ten: 'Nguyễn Văn An',
    });
  });

  it('accepts a complete, well-formed declaration', () => {
    const { issues, values } = validateDeclaration(form, {
      ten: ' Nguyễn Văn An ',
      cccd: '001090123456',
      'ngay-sinh': '2026-11-30',
      'gioi-tinh': 'nu',
      'can-nang': '3.2',
      'ma-so': 'AB123',
      'cam-doan': true,
    });
    expect(issues).toEqual([]);
    expect(values).toMatchObject({ ten: 'Nguyễn Văn An', 'can-nang': 3.2 });
  });

  it('reports every missing required field and each wrong answer', () => {
    const { issues } = validateDeclaration(form, {
      cccd: '12345',
      'ngay-sinh': '2026-02-30',
      'gioi-tinh': 'khac',
      'can-nang': 42,
      'ma-so': 'ab123',
      la: 'x',
    });
    expect(issues.map((i) => i.key).sort()).toEqual(
      ['cam-doan', 'can-nang', 'cccd', 'gioi-tinh', 'la', 'ma-so', 'ngay-sinh', 'ten'].sort(),
    );
    expect(issues.find((i) => i.key === 'ten')?.message).toBe('Chưa điền "Họ, chữ đệm, tên người đi khai".');
  });

  it('prints dates dd/mm/yyyy, choices by label and boxes in words', () => {
    const [, , date, select, , , box] = form.fields;
    expect(formatDeclarationAnswer(date!, '2026-11-30')).toBe('30/11/2026');
    expect(formatDeclarationAnswer(select!, 'nu')).toBe('Nữ');
    expect(formatDeclarationAnswer(box!, true)).toBe('Có');
    expect(formatDeclarationAnswer(select!, null)).toBe('……………');
  });
});
