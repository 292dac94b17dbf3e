import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/index.js';
import { buildControlSheetForm } from './control-sheet.js';
import { describeFormNumber, findEditionAt, findFormNumber, isEditionAllowed } from './editions.js';
import { buildReceiptForm } from './receipt.js';
import type { DossierFormSource } from './source.js';

const lastOld = parseInstant('2025-06-30T23:59:00+07:00');
const firstNew = parseInstant('2025-07-01T00:00:00+07:00');

const source = (overrides: Partial<DossierFormSource> = {}): DossierFormSource => ({
  code: 'H01.01-250630-0001',
  procedureName: 'Cấp giấy xác nhận',
  applicant: { fullName: 'Nguyễn Văn An' },
  authority: 'UBND phường Ba Đình',
  place: 'Ba Đình',
  receivingUnit: 'Bộ phận Một cửa phường Ba Đình',
  documents: [],
  legalTime: { value: 3, unit: 'working_days' },
  fees: [],
  receivedAt: lastOld,
  receivedBy: 'Lê Văn Cường',
  dueAt: parseInstant('2025-07-03T17:00:00+07:00'),
  legalDueAt: parseInstant('2025-07-03T17:00:00+07:00'),
  finishedAt: null,
  returnedAt: null,
  returnMethod: null,
  book: null,
  edition: 'tt01-2018',
  coordinatingAgencies: [],
  trackingUrl: 'https://dvc.example.vn/tra-cuu?code=H01',
  ...overrides,
});

const texts = (blocks: ReturnType<typeof buildReceiptForm>['blocks']) =>
  blocks.flatMap((b) => (b.kind === 'line' ? [`${b.line.label ?? ''}${b.line.text}`] : []));

describe('form editions', () => {
  it('uses TT 01/2018 for dossiers received before 1 July 2025 (Hà Nội time) and TT 03/2025 from then', () => {
    expect(findEditionAt(lastOld)).toBe('tt01-2018');
    expect(findEditionAt(firstNew)).toBe('tt03-2025');
    expect(isEditionAllowed('tt01-2018', lastOld)).toBe(true);
    expect(isEditionAllowed('tt01-2018', firstNew)).toBe(false);
    expect(isEditionAllowed('tt01-2018', null)).toBe(false);
    expect(isEditionAllowed('tt03-2025', lastOld)).toBe(true);
  });

  it('numbers the control sheet 05 and the book 06 in 2018, 06 and 07 in 2025; the stop notice is new', () => {
    expect(findFormNumber('tt01-2018', 'control-sheet')).toBe('05');
    expect(findFormNumber('tt01-2018', 'tracking-book')).toBe('06');
    expect(findFormNumber('tt01-2018', 'stop')).toBeNull();
    expect(findFormNumber('tt03-2025', 'stop')).toBe('05');
    expect(findFormNumber('tt03-2025', 'control-sheet')).toBe('06');
    expect(findFormNumber('tt03-2025', 'tracking-book')).toBe('07');
    expect(describeFormNumber('tt01-2018', 'receipt')).toBe('Mẫu số 01 — Thông tư 01/2018/TT-VPCP');
  });

  it('keeps the 2018 layout of an old dossier: its numbers, no receiving-method line', () => {
    const sheet = buildControlSheetForm(source(), []);
    expect(sheet.fileName).toBe('mau-05-phieu-kiem-soat-H01.01-250630-0001');
    expect(texts(sheet.blocks)[0]).toBe('Mẫu số 05 — Thông tư 01/2018/TT-VPCP');
    const old = texts(buildReceiptForm(source()).blocks);
    expect(old.some((t) => t.startsWith('Hình thức nhận kết quả'))).toBe(false);
    const current = texts(buildReceiptForm(source({ edition: 'tt03-2025', returnMethod: 'online' })).blocks);
    expect(current).toContain(
      'Hình thức nhận kết quả: □ Tại Bộ phận Một cửa   □ Qua dịch vụ bưu chính công ích   ■ Trực tuyến',
    );
  });
});
