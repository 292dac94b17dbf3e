import * as C from '../src/domain/calendar/index.js';
let t0 = performance.now();
const cal = C.createWorkingCalendar();
console.log('build ms', performance.now() - t0, cal.id, cal.totalMinutes, cal.bucketMinutes, cal.buckets.length);
const f = (s: string, d: string) => C.formatInstant(C.addDuration(cal, C.parseInstant(s), C.parseDuration(d)));
for (const [s, d] of [['2025-06-02T11:30', '0m'], ['2025-06-02T11:29', '1m'], ['2025-06-02T12:00', '30m'], ['2025-06-02T06:00', '1d'], ['2025-06-02T17:30', '1m'], ['2025-06-06T16:00', '1h'], ['2025-06-06T16:00', '60m'], ['2025-06-02T07:30', '240m'],['2025-06-02T07:30', '480m'], ['2025-06-02T17:00', '0m'], ['2025-06-02T17:00:30', '0m'], ['2025-01-24T10:00', '3d'], ['2025-06-02T10:00', '5cd'],['2025-06-02T10:00', '4cd']] as const) console.log(s, d, f(s, d));
console.log(C.generateDefaultSchedule(2025));
console.log(C.generateDefaultSchedule(2024).daysOff, C.generateDefaultSchedule(2023).daysOff.slice(-4));
const clashes = [];
for (let y = 1900; y <= 2100; y++) { const s = C.generateDefaultSchedule(y); if (s.daysOff.some(d => d.name.includes(';'))) clashes.push(y); }
console.log('clash years', clashes);
t0 = performance.now();
console.log(C.listCalendarDayRows(cal, 2025, 2025).slice(0, 3), performance.now() - t0);
