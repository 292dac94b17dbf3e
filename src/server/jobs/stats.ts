/**
 * What this process knows of its jobs, for `/metrics`: passes run here, failures, passes skipped because
 * another instance holds the lease, and the last pass. Kept in memory per process (the database's
 * `job_lease` row has the totals across instances).
 */

export interface JobStat {
  name: string;
  /** Passes this process ran (it held the lease). */
  runs: number;
  /** Failed passes, and ticks where the lease could not be asked for. */
  failures: number;
  /** Failures since the last success: an alert threshold. */
  consecutiveFailures: number;
  /** Ticks where another instance held the lease. */
  skipped: number;
  /** Start of the last pass run here (ms since the epoch), or null. */
  lastRunAt: number | null;
  lastDurationMs: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
}

const stats = new Map<string, JobStat>();

function statOf(name: string): JobStat {
  let stat = stats.get(name);
  if (!stat) {
    stat = {
      name,
      runs: 0,
      failures: 0,
      consecutiveFailures: 0,
      skipped: 0,
      lastRunAt: null,
      lastDurationMs: null,
      lastSuccessAt: null,
      lastError: null,
    };
    stats.set(name, stat);
  }
  return stat;
}

/** Counts a pass that ran here, failed when `error` is given. */
export function recordJobPass(name: string, pass: { startedAt: number; error: string | null }): void {
  const stat = statOf(name);
  stat.runs += 1;
  stat.lastRunAt = pass.startedAt;
  stat.lastDurationMs = Date.now() - pass.startedAt;
  stat.lastError = pass.error;
  if (pass.error === null) {
    stat.consecutiveFailures = 0;
    stat.lastSuccessAt = pass.startedAt;
  } else {
    stat.failures += 1;
    stat.consecutiveFailures += 1;
  }
}

/** Counts a tick whose lease could not even be asked for (database down): a failure, not a run. */
export function recordJobLeaseFailure(name: string, error: string): void {
  const stat = statOf(name);
  stat.failures += 1;
  stat.consecutiveFailures += 1;
  stat.lastError = error;
}

/** Counts a tick left to the instance holding the lease. */
export function recordJobSkip(name: string): void {
  statOf(name).skipped += 1;
}

/** A copy of every job's figures in this process, by name: what `/metrics` exposes. */
export function jobStats(): JobStat[] {
  return [...stats.values()].map((stat) => ({ ...stat })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Forgets the figures (tests). */
export function resetJobStats(): void {
  stats.clear();
}
