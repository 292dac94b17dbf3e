import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFICIAL_2025_PATH } from '../../domain/calendar/test-support.js';
import {
  registerCalendarCommands,
  runAdd,
  runBetween,
  runHolidays,
  runLunar,
  runLunarNewYear,
} from './calendar.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fakeFile = (content: string) => () => content;

describe('calendar CLI commands', () => {
  it('lunar-new-year prints the solar date of lunar 1/1', () => {
    expect(runLunarNewYear('2025')).toBe('2025-01-29');
    expect(runLunarNewYear('1985')).toBe('1985-01-21');
    expect(() => runLunarNewYear('2101')).toThrow(/1900–2100/);
    expect(() => runLunarNewYear('abc')).toThrow(/Năm không hợp lệ/);
  });

  it('lunar prints D/M/YYYY with (nhuận) for a leap month', () => {
    expect(runLunar('2025-01-29')).toBe('1/1/2025');
    expect(runLunar('2025-07-25')).toBe('1/6/2025 (nhuận)');
    expect(runLunar('2025-01-28')).toBe('29/12/2024');
    expect(() => runLunar('2025-02-29')).toThrow(/Ngày không hợp lệ/);
  });

  it('holidays prints the generated default, one tab-separated line per day off', () => {
    const lines = runHolidays('2025').split('\n');
    expect(lines[0]).toBe('2025-01-01\tTết Dương lịch');
    expect(lines).toContain('2025-02-03\tNghỉ bù Tết Nguyên đán');
    expect(lines.at(-1)).toBe('2025-09-02\tQuốc khánh');
    expect(runHolidays('2021', { nationalDayExtra: 'after' })).toContain('2021-09-03\tQuốc khánh');
  });

  it('holidays prints a schedule file year sorted, then its extra working days', () => {
    const file = JSON.stringify([
      {
        year: 2025,
        daysOff: [
          { date: '2025-05-02', name: 'Nghỉ hoán đổi' },
          { date: '2025-04-30', name: 'Ngày Chiến thắng' },
        ],
        extraWorkingDays: ['2025-04-26'],
      },
    ]);
    expect(runHolidays('2025', { schedule: 'x.json' }, fakeFile(file))).toBe(
      '2025-04-30\tNgày Chiến thắng\n2025-05-02\tNghỉ hoán đổi\n2025-04-26\tworking',
    );
    expect(runHolidays('2024', { schedule: 'x.json' }, fakeFile(file))).toContain(
      '2024-04-18\tGiỗ Tổ Hùng Vương',
    );
  });

  it('add prints the due instant with +07:00', () => {
    expect(runAdd('2025-04-29T16:00:00+07:00', '1d', { schedule: OFFICIAL_2025_PATH })).toBe(
      '2025-05-05T16:00:00+07:00',
    );
    expect(runAdd('2025-06-02T09:00', '4h')).toBe('2025-06-02T14:30:00+07:00');
    expect(runAdd('2025-06-02T02:00:00Z', '90m')).toBe('2025-06-02T10:30:00+07:00');
    expect(runAdd('2025-06-02T10:00', '5cd')).toBe('2025-06-09T17:00:00+07:00'); // Saturday: end of Monday
    expect(runAdd('2025-06-02T09:00', '1d', { sessions: '08:00-12:00,13:30-17:00' })).toBe(
      '2025-06-03T09:00:00+07:00', // one working day = 7.5 h with these sessions
    );
  });

  it('between prints whole working minutes', () => {
    expect(runBetween('2025-04-25T07:30', '2025-05-06T07:30', { schedule: OFFICIAL_2025_PATH })).toBe('2400');
    expect(runBetween('2025-06-02T17:00', '2025-06-02T10:00')).toBe('-330');
  });

  it('reports bad input clearly', () => {
    expect(() => runAdd('2025-06-02', '3x')).toThrow(/Thời hạn không hợp lệ/);
    expect(() => runAdd('yesterday', '3d')).toThrow(/Thời điểm không hợp lệ/);
    expect(() => runAdd('2100-12-31T10:00', '5d')).toThrow(/1900–2100/);
    expect(() => runAdd('2025-06-02', '1d', { sessions: '17:00-08:00' })).toThrow(/Giờ làm việc/);
    expect(() => runHolidays('2025', { schedule: 'x.json' }, fakeFile('{'))).toThrow(/không phải JSON/);
    expect(() =>
      runHolidays('2025', { schedule: 'missing.json' }, () => {
        throw new Error('ENOENT');
      }),
    ).toThrow(/Không đọc được tệp lịch/);
    expect(() =>
      runHolidays('2025', { schedule: 'x.json' }, fakeFile('{"year":2025,"daysOff":[{}]}')),
    ).toThrow(/daysOff\[0\]\.date/);
    expect(() => runHolidays('2025', { tetDaysBefore: '7' })).toThrow(/tet-days-before/);
  });
});

describe('registerCalendarCommands', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('wires the commands to stdout, one result line', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const program = new Command().exitOverride();
    registerCalendarCommands(program);
    await program.parseAsync(['calendar', 'add', '2025-06-02T11:29', '1m'], { from: 'user' });
    await program.parseAsync(['calendar', 'lunar-new-year', '2007'], { from: 'user' });
    expect(written).toEqual(['2025-06-02T11:30:00+07:00\n', '2007-02-17\n']);
  });

  it('turns validation errors into a Vietnamese + English error', async () => {
    const program = new Command().exitOverride();
    registerCalendarCommands(program);
    await expect(program.parseAsync(['calendar', 'lunar', '2025-13-01'], { from: 'user' })).rejects.toThrow(
      /Lỗi: Ngày không hợp lệ.*\nError: Invalid date/,
    );
  });
});

describe('end to end through the entry point', () => {
  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/main.ts', 'calendar', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('prints only the result on stdout', () => {
    const result = cli('add', '2025-04-29T16:00:00+07:00', '1d', '--schedule', OFFICIAL_2025_PATH);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('2025-05-05T16:00:00+07:00\n');
  });

  it('fails with a message on stderr and a non-zero exit code', () => {
    const result = cli('lunar-new-year', '1800');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/1900–2100/);
  });
});
