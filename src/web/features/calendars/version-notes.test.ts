import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, noteImport, noteSessions, noteYearEdit, noteYearReset } from './version-notes';

describe('notes of new versions', () => {
  it('lists the changed days of a year in date order, with the names of new days off', () => {
    expect(
      noteYearEdit(2026, {
        '2026-03-07': { kind: 'extra_working', name: null },
        '2026-03-04': { kind: 'day_off', name: 'Nghỉ bù' },
        '2026-02-16': { kind: 'working', name: null },
      }),
    ).toBe('Sửa lịch năm 2026: 16/02 làm việc; 04/03 nghỉ (Nghỉ bù); 07/03 làm bù');
  });

  it('keeps a note within what the API accepts', () => {
    const changes = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `2026-05-${String((i % 28) + 1).padStart(2, '0')}-${i}`,
        {
          kind: 'day_off' as const,
          name: 'Một ngày nghỉ có tên khá dài',
        },
      ]),
    );
    const note = noteYearEdit(2026, changes);
    expect(note).toHaveLength(MAX_NOTE_LENGTH);
    expect(note.endsWith('…')).toBe(true);
  });

  it('says what a reset, new office hours and an import did', () => {
    expect(noteYearReset(2027)).toBe('Khôi phục lịch năm 2027 tạo tự động theo Bộ luật Lao động');
    expect(noteSessions('07:30-11:30,13:00-17:00', null)).toBe('Giờ làm việc: 07:30-11:30,13:00-17:00');
    expect(noteSessions('08:00-12:00', 480)).toBe('Giờ làm việc: 08:00-12:00; 480 phút một ngày làm việc');
    expect(noteImport('lich-2027.ics')).toBe('Nhập lịch từ tệp lich-2027.ics');
  });
});
