import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutesNaively,
  createNaiveCalendar,
  measureWorkingMsNaively,
} from '../../../bench/lib/naive-working-time.js';
import { computeLocalDayStart, MINUTE_MS } from './instant.js';
import { toEpochDay } from './civil-date.js';
import { parseWeeklySessions, parseDailySessions } from './sessions.js';
import { createWorkingCalendar } from './working-calendar.js';
import {
  addCalendarDays,
  addWorkingMinutes,
  CALENDAR_START_MS,
  computeDayIndex,
  isSessionEnd,
  isWorkingTime,
  workingMillisecondsBetween,
  workingMinutesBetween,
} from './working-time.js';
import { OFFICIAL_2025 } from './test-support.js';

const oddWeek = parseWeeklySessions(
  'mon-thu=07:30-11:30,13:00-17:00;fri=08:00-11:30,11:30-12:00,22:00-24:00;sat=00:00-00:45,07:00-07:01',
);
const oddExtra = parseDailySessions('08:00-12:00');
const calendars = [
  ['default sessions, generated schedules', createWorkingCalendar(), createNaiveCalendar()],
  [
    'official 2025 schedule',
    createWorkingCalendar({ schedules: OFFICIAL_2025 }),
    createNaiveCalendar({ schedules: OFFICIAL_2025 }),
  ],
  [
    'odd sessions: touching, midnight, one-minute and Saturday sessions',
    createWorkingCalendar({
      weeklySessions: oddWeek,
      extraWorkingDaySessions: oddExtra,
      schedules: OFFICIAL_2025,
    }),
    createNaiveCalendar({ weekly: oddWeek, extraSessions: oddExtra, schedules: OFFICIAL_2025 }),
  ],
] as const;

const FIRST_DAY = toEpochDay({ year: 2023, month: 12, day: 1 });
const LAST_DAY = toEpochDay({ year: 2026, month: 2, day: 1 });
const INTERESTING_MINUTES = [
  0, 1, 449, 450, 451, 689, 690, 691, 719, 720, 779, 780, 1019, 1020, 1021, 1320, 1439,
];

/** Instants around session edges (whole minutes) or anywhere (with seconds and milliseconds). */
const instant = fc.oneof(
  fc
    .record({
      day: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
      minute: fc.constantFrom(...INTERESTING_MINUTES),
    })
    .map(({ day, minute }) => computeLocalDayStart(day) + minute * MINUTE_MS),
  fc.integer({ min: computeLocalDayStart(FIRST_DAY), max: computeLocalDayStart(LAST_DAY) }),
);
/** Working minutes up to about 40 working days, biased towards small values. */
const minutes = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 20_000 }));

describe.each(calendars)('working-time properties (%s)', (_name, calendar, naive) => {
  it('never ends strictly inside non-working time', () => {
    fc.assert(
      fc.property(instant, minutes, (start, d) => {
        const due = addWorkingMinutes(calendar, start, d);
        expect(isWorkingTime(calendar, due) || isSessionEnd(calendar, due)).toBe(true);
        expect(due).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (start, a, b) => {
        const stepwise = addWorkingMinutes(calendar, addWorkingMinutes(calendar, start, a), b);
        expect(stepwise).toBe(addWorkingMinutes(calendar, start, a + b));
      }),
      { numRuns: 300 },
    );
  });

  it('measures back exactly the working time added', () => {
    fc.assert(
      fc.property(instant, minutes, (start, d) => {
        expect(workingMinutesBetween(calendar, start, addWorkingMinutes(calendar, start, d))).toBe(d);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic in the start', () => {
    fc.assert(
      fc.property(instant, instant, minutes, (x, y, d) => {
        const [early, late] = x <= y ? [x, y] : [y, x];
        expect(addWorkingMinutes(calendar, early, d)).toBeLessThanOrEqual(
          addWorkingMinutes(calendar, late, d),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a naive day-by-day walk', () => {
    fc.assert(
      fc.property(instant, minutes, (start, d) => {
        expect(addWorkingMinutes(calendar, start, d)).toBe(addWorkingMinutesNaively(naive, start, d));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(workingMillisecondsBetween(calendar, a, b)).toBe(measureWorkingMsNaively(naive, a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('subtracting d > 0 lands on working time d working minutes before the start', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20_000 }), (start, d) => {
        const earlier = addWorkingMinutes(calendar, start, -d);
        expect(earlier).toBeLessThanOrEqual(start);
        expect(workingMinutesBetween(calendar, earlier, start)).toBe(d);
        expect(isWorkingTime(calendar, earlier)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('calendar-day results are working time or a session end; a day off ends at the next working day end', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 }), (start, days) => {
        const last = start + days * 86_400_000;
        const due = addCalendarDays(calendar, start, days);
        expect(isWorkingTime(calendar, due) || isSessionEnd(calendar, due)).toBe(true);
        const lastDay = computeDayIndex(calendar, last);
        const dayOff = calendar.workingDayIndex[calendar.workingDaysBefore[lastDay]!] !== lastDay;
        if (dayOff) {
          // the end of the next working day: all of that day's working time lies between `last` and `due`
          const next = calendar.workingDayIndex[calendar.workingDaysBefore[lastDay]!]!;
          const nextStart = CALENDAR_START_MS + next * 86_400_000;
          expect(workingMillisecondsBetween(calendar, last, due)).toBe(
            workingMillisecondsBetween(calendar, nextStart, nextStart + 86_400_000),
          );
        } else {
          expect(workingMillisecondsBetween(calendar, last, due)).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
