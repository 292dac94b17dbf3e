import { describe, expect, it } from 'vitest';
import { buildTransferSlip } from './transfer-slip.js';

const at = (local: string) => Date.parse(`${local}:00+07:00`);

describe('the transfer slip', () => {
  it('lists the dossiers handed over, marks the late ones and leaves both signatures', () => {
    const slip = buildTransferSlip({
      number: '12/2026',
      authority: 'UBND PHƯỜNG BA ĐÌNH',
      fromUnit: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
      toUnit: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình',
      handedAt: at('2026-03-03T08:15'),
      giverName: 'Lê Văn Cường',
      receiverName: null,
      items: [
        {
          code: '000.01.90.H26-260302-0001',
          procedureName: 'Cấp giấy phép xây dựng',
          applicantName: 'Phạm Văn Dân',
          receivedAt: at('2026-03-02T16:00'),
          dueAt: at('2026-03-03T08:00'),
        },
        {
          code: '000.01.90.H26-260303-0001',
          procedureName: 'Cấp giấy phép xây dựng',
          applicantName: 'Trần Thị Em',
          receivedAt: at('2026-03-03T07:45'),
          dueAt: at('2026-03-03T17:00'),
        },
      ],
    });
    expect(slip.page).toEqual({ size: 'A4', orientation: 'portrait' });
    const table = slip.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' && table.rows.map((row) => [row[1], row[6]])).toEqual([
      ['000.01.90.H26-260302-0001', 'Trễ'],
      ['000.01.90.H26-260303-0001', 'Đúng hạn'],
    ]);
    expect(JSON.stringify(slip.blocks)).toContain('2 (chuyển trễ: 1)');
    const signatures = slip.blocks.find((b) => b.kind === 'signatures');
    expect(signatures && signatures.kind === 'signatures' && signatures.blocks.map((s) => s.title)).toEqual([
      'NGƯỜI GIAO',
      'NGƯỜI NHẬN',
    ]);
  });
});
