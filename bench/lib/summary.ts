/** The summary table of `npm run bench`: one row per benchmark, from the result files. */

export interface SummaryRow {
  id: string;
  measured: string;
  ratio: string;
  target: string;
  met: boolean | null;
  /** Set when the row comes from a result file an earlier run wrote (its time, ISO): not this run's figure. */
  earlier?: string;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fmt = (n: number | null | undefined, unit = '') =>
  n === null || n === undefined ? '—' : `${n.toLocaleString('en', { maximumFractionDigits: 2 })}${unit}`;

/** ", N failed" when responses were not 2xx: such a figure measured failures, not the work. */
const failedNote = (check: Json) => (check.failed ? `, ${fmt(check.failed)} FAILED responses` : '');

/** "N req/s, p99 M ms at half" of a load check (B1, B1-L, B3, B3-L). */
const atHalf = (check: Json) =>
  `${fmt(check.requestsPerSecond)} req/s, p99 ${fmt(check.p99AtHalfRateMs)} ms at half${failedNote(check)}`;

function calendarRows(calendar: Json | null): SummaryRow[] {
  if (!calendar) return [];
  return [
    {
      id: 'B8',
      measured: `${fmt(calendar.table?.opsPerSecondMedian)} additions/s`,
      ratio: `${fmt(calendar.ratio)}× naive`,
      target: '≥ 10 M additions/s',
      met: calendar.target?.met ?? null,
    },
  ];
}

function httpRows(http: Json | null): SummaryRow[] {
  if (!http) return [];
  const c = http.calibration as Json | null;
  const k = http.checks as Json;
  const pg = http.postgres?.dataset?.size;
  const lite = http.pglite?.dataset?.size;
  const rows: SummaryRow[] = [];
  if (c) {
    rows.push(
      {
        id: 'C1',
        measured: `${fmt(c.C1.tpsMedian)} tps`,
        ratio: '',
        target: 'pgbench TPC-B, 8 clients',
        met: null,
      },
      {
        id: 'C2',
        measured: `${fmt(c.C2.tpsMedian)} tps`,
        ratio: '',
        target: 'pgbench -S, 8 clients',
        met: null,
      },
      {
        id: 'C3',
        measured: `${fmt(c.C3.median.requestsPerSecond)} req/s`,
        ratio: '',
        target: 'Fastify hello',
        met: null,
      },
    );
  }
  if (k.B1) {
    rows.push({
      id: `B1 (${fmt(pg)} dossiers)`,
      measured: atHalf(k.B1),
      ratio: `${fmt(k.B1.ratioToC1)} × C1`,
      target: '≥ 0.5 × C1; p99 ≤ 25 ms',
      met: k.B1.met,
    });
  }
  if (k['B1-L']) {
    const l = k['B1-L'];
    rows.push({
      id: `B1-L (${fmt(lite)} dossiers)`,
      measured: atHalf(l),
      ratio: `${fmt(l.ratioToB1)} × B1`,
      target: '≥ 0.4 × B1',
      met: l.met,
    });
  }
  if (k['B3-L']) {
    const l = k['B3-L'];
    rows.push({
      id: `B3-L (${fmt(lite)} dossiers)`,
      measured: atHalf(l),
      ratio: `${fmt(l.ratioToB3)} × B3`,
      target: 'reported beside B3',
      met: null,
    });
  }
  if (k.B2) {
    rows.push({
      id: `B2 (${fmt(pg)} dossiers)`,
      measured: `${fmt(k.B2.requestsPerSecond)} req/s, HOT ${fmt(k.B2.hotShare === null ? null : k.B2.hotShare * 100)}%${failedNote(k.B2)}`,
      ratio: `${fmt(k.B2.ratioToC1)} × C1`,
      target: '≥ 0.6 × C1; ≥ 90% HOT',
      met: k.B2.met,
    });
  }
  if (k.B3) {
    rows.push({
      id: `B3 (${fmt(pg)} dossiers)`,
      measured: atHalf(k.B3),
      ratio: `${fmt(k.B3.ratioToC3)} × C3, ${fmt(k.B3.ratioToC2)} × C2`,
      target: '≥ 0.35 × C3, ≥ 0.4 × C2; p99 ≤ 10 ms',
      met: k.B3.met,
    });
  }
  return rows;
}

function soakRows(soak: Json | null): SummaryRow[] {
  const b = soak?.checks?.B10 as Json | undefined;
  if (!b) return [];
  const byKind = Object.entries((b.p99MsByKind ?? {}) as Record<string, number>)
    .map(([kind, ms]) => `${kind} ${fmt(Math.round(ms))}`)
    .join(', ');
  const growth = b.memoryGrowth === null ? null : b.memoryGrowth * 100;
  const failed =
    b.failed || b.skipped ? `, ${fmt(b.failed)} FAILED, ${fmt(b.skipped)} skipped` : ', 0 failed';
  return [
    {
      id: `B10 (${fmt(soak?.dataset?.size)} dossiers, ${fmt(b.minutes)} min)`,
      measured: `${fmt(b.offeredRate)} req/s mixed: p99 ${fmt(b.p99Ms)} ms (${byKind})${failed}, RSS growth ${fmt(growth)}%`,
      ratio: `${fmt(soak?.settings?.loadFactor)} × capacity`,
      target: 'p99 ≤ 50 ms, zero errors, memory growth < 10%',
      met: b.met === true,
    },
  ];
}

function sweepRows(sweep: Json | null): SummaryRow[] {
  if (!sweep?.sweep) return [];
  const rate = sweep.sweep.rowsPerSecond as number;
  const p99 = sweep.lookUpP99Ms as Json;
  const t = sweep.targets as Json;
  return [
    {
      id: `B4 (${fmt(sweep.openDossiers)} open, ${fmt(sweep.newlyLate)} newly late)`,
      measured:
        `${fmt(rate)} rows/s, detection ${fmt(sweep.detectMs?.median)} ms, ` +
        `look-up p99 ${fmt(p99.before)} → ${fmt(p99.during)} ms`,
      ratio: `${fmt(Math.round((rate / t.rowsPerSecond) * 100) / 100)} × 20 k, p99 × ${fmt(Math.round(p99.ratio * 10) / 10)}`,
      target: '≥ 20 k rows/s; look-up p99 ≤ × 2 meanwhile',
      met: rate >= t.rowsPerSecond && p99.ratio <= t.lookUpP99Ratio,
    },
  ];
}

function importRows(bulk: Json | null): SummaryRow[] {
  if (!bulk?.postgres) return [];
  return (['postgres', 'pglite'] as const)
    .filter((kind) => bulk[kind])
    .map((kind) => {
      const r = bulk[kind] as Json;
      return {
        id: `B7 ${kind} (${fmt(r.accepted)} dossiers + ${fmt(r.actions)} actions)`,
        measured: `${fmt(r.rowsPerSecond)} rows/s, ${fmt(r.rejected)} rejected with reasons`,
        ratio: `${fmt(r.ratio)} × 100 k`,
        target: kind === 'postgres' ? '≥ 100 k rows/s' : 'reported beside PostgreSQL',
        met: kind === 'postgres' ? r.rowsPerSecond >= bulk.target : null,
      };
    });
}

export interface BenchResults {
  calendar: unknown;
  http: unknown;
  sweep?: unknown;
  import?: unknown;
  soak?: unknown;
}

/**
 * Rows for the results that exist (a missing file gives no rows). `earlier` names the result files that this
 * run did not write, with their time: their rows are marked, so one table never passes a figure of an
 * older run (another commit, another machine state) for one of this run.
 */
export function summariseResults(
  results: BenchResults,
  earlier: Partial<Record<keyof BenchResults, Date>> = {},
): SummaryRow[] {
  const tag = (name: keyof BenchResults, rows: SummaryRow[]) => {
    const at = earlier[name];
    return at ? rows.map((row) => ({ ...row, earlier: at.toISOString() })) : rows;
  };
  return [
    ...tag('calendar', calendarRows(results.calendar as Json | null)),
    ...tag('http', httpRows(results.http as Json | null)),
    ...tag('sweep', sweepRows((results.sweep ?? null) as Json | null)),
    ...tag('import', importRows((results.import ?? null) as Json | null)),
    ...tag('soak', soakRows((results.soak ?? null) as Json | null)),
  ];
}

/** A plain-text table of the rows. */
export function formatSummary(rows: SummaryRow[]): string {
  const cells = rows.map((r) => [
    r.id,
    r.measured,
    r.ratio,
    r.target,
    r.met === null ? '' : r.met ? 'met' : 'NOT met',
    r.earlier ? `earlier run, ${r.earlier.slice(0, 16).replace('T', ' ')} UTC` : 'this run',
  ]);
  const header = ['benchmark', 'measured (median)', 'ratio', 'target', '', 'run'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
