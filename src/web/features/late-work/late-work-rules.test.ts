import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../contracts/dossiers';
import {
  approvedApologyOf,
  boardTagsOf,
  formatWorkingMinutes,
  isOfferedNewDate,
  localDateOf,
  matchesBoardSearch,
  splitWorkingMinutes,
} from './late-work-rules';

const vi = {
  days: (n: number) => `${n} ngày`,
  hours: (n: number) => `${n} giờ`,
  minutes: (n: number) => `${n} phút`,
  none: '0 phút',
};

describe('working durations', () => {
  it('count a working day as 8 hours', () => {
    expect(splitWorkingMinutes(480 + 135)).toEqual({ days: 1, hours: 2, minutes: 15 });
    expect(splitWorkingMinutes(-30)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('name only the non-zero parts', () => {
    expect(formatWorkingMinutes(615, vi)).toBe('1 ngày 2 giờ 15 phút');
    expect(formatWorkingMinutes(960, vi)).toBe('2 ngày');
    expect(formatWorkingMinutes(59.6, vi)).toBe('1 giờ');
    expect(formatWorkingMinutes(0, vi)).toBe('0 phút');
  });
});

describe('the new return date', () => {
  it('reads the local day in Vietnam, not UTC', () => {
    expect(localDateOf('2026-03-04T18:00:00Z')).toBe('2026-03-05');
    expect(localDateOf('2026-03-05T08:00:00+07:00')).toBe('2026-03-05');
    expect(localDateOf(null)).toBeNull();
    expect(localDateOf('not a date')).toBeNull();
  });

  it('offers only working weekdays after the current due date', () => {
    const due = '2026-03-05T08:00:00+07:00'; // Thursday
    expect(isOfferedNewDate('2026-03-05', due)).toBe(false);
    expect(isOfferedNewDate('2026-03-04', due)).toBe(false);
    expect(isOfferedNewDate('2026-03-06', due)).toBe(true);
    expect(isOfferedNewDate('2026-03-07', due)).toBe(false); // Saturday
    expect(isOfferedNewDate('2026-03-08', due)).toBe(false); // Sunday
    expect(isOfferedNewDate('2026-03-09', due)).toBe(true);
  });

  it('never offers a day before today: a past new date is not a date', () => {
    const due = '2026-03-05T08:00:00+07:00';
    const now = '2026-03-11T09:00:00+07:00'; // a Wednesday, long overdue
    expect(isOfferedNewDate('2026-03-10', due, now)).toBe(false);
    expect(isOfferedNewDate('2026-03-11', due, now)).toBe(true);
    expect(isOfferedNewDate('2026-03-12', due, now)).toBe(true);
  });
});

describe('board tags', () => {
  const base = {
    state: 'late' as const,
    explanationRequired: false,
    apologyRequired: false,
    apologyPending: false,
    extensions: 0,
  };

  it('put the state first and the obligations after', () => {
    expect(boardTagsOf({ ...base, explanationRequired: true, apologyRequired: true })).toEqual([
      'late',
      'explain',
      'apology',
    ]);
    expect(boardTagsOf({ ...base, state: 'at_risk' })).toEqual(['atRisk']);
  });

  it('show a pending apology instead of asking for one, and a granted new date', () => {
    expect(boardTagsOf({ ...base, apologyRequired: true, apologyPending: true, extensions: 0 })).toEqual([
      'late',
      'pending',
    ]);
    expect(boardTagsOf({ ...base, extensions: 1 })).toEqual(['late', 'extended']);
  });

  it('warn from the lead time and mark a late apology', () => {
    expect(boardTagsOf({ ...base, state: 'at_risk', apologyAdvised: true })).toEqual([
      'atRisk',
      'apologyDue',
    ]);
    expect(boardTagsOf({ ...base, extensions: 1, apologyAdvised: true, apologyLate: true })).toEqual([
      'late',
      'apologyLate',
      'extended',
    ]);
  });
});

describe('searching the board', () => {
  const item = {
    code: '000.01.90.H26-261122-0002',
    procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    holder: { name: 'Phạm Thị Dung' },
  };

  it('finds a row by code, procedure or holder, without accents', () => {
    expect(matchesBoardSearch(item, '261122-0002')).toBe(true);
    expect(matchesBoardSearch(item, 'tinh trang hon nhan')).toBe(true);
    expect(matchesBoardSearch(item, 'dung')).toBe(true);
    expect(matchesBoardSearch(item, '')).toBe(true);
    expect(matchesBoardSearch(item, 'khai tử')).toBe(false);
    expect(matchesBoardSearch({ ...item, holder: null }, 'dung')).toBe(false);
  });
});

describe('the approved apology on the applicant’s dossier page', () => {
  const entry = (type: Dossier['history'][number]['type'], note: string | null, at: string) => ({
    seq: 1,
    type,
    label: type,
    at,
    actorName: null,
    stepId: null,
    note,
  });

  it('reads the reason from the history and the dates from the dossier', () => {
    const notice = approvedApologyOf({
      extensions: 1,
      dueAt: '2026-03-10T17:00:00+07:00',
      legalDueAt: '2026-03-05T08:00:00+07:00',
      history: [
        entry('accept', null, '2026-03-02T08:00:00+07:00'),
        entry('apology_approved', 'Số lượng hồ sơ tăng cao.', '2026-03-05T10:00:00+07:00'),
      ],
    });
    expect(notice).toEqual({
      unitName: null,
      reason: 'Số lượng hồ sơ tăng cao.',
      previousDueAt: '2026-03-05T08:00:00+07:00',
      newDueAt: '2026-03-10T17:00:00+07:00',
      issuedAt: '2026-03-05T10:00:00+07:00',
    });
  });

  it('is absent without a granted new date', () => {
    const history = [entry('accept', null, '2026-03-02T08:00:00+07:00')];
    expect(approvedApologyOf({ extensions: 0, dueAt: 'x', legalDueAt: 'x', history })).toBeNull();
    expect(approvedApologyOf({ extensions: 1, dueAt: 'x', legalDueAt: 'x', history })).toBeNull();
  });
});
