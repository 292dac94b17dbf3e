import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/harness.js';
import { findLeases } from './jobs.queries.js';
import { runJobOnce, startJobs, type JobDefinition } from './runner.js';
import { jobStats, resetJobStats } from './stats.js';

let database: TestDatabase;
const db = () => database.handle.db;
const quiet = { error: () => undefined };

beforeAll(async () => {
  database = await openTestDatabase();
}, 600_000);
afterAll(() => database.drop());
beforeEach(() => resetJobStats());

function countingJob(name: string, runs: string[], who: string, fail = false): JobDefinition {
  return {
    name,
    intervalMs: 20,
    run: () => {
      runs.push(who);
      return fail ? Promise.reject(new Error('boom')) : Promise.resolve();
    },
  };
}

describe('job leases', () => {
  it('lets only the holder run a job while its lease lasts; another takes over once it expires', async () => {
    const runs: string[] = [];
    expect(await runJobOnce(db(), countingJob('lease-a', runs, 'a'), 'holder-a', quiet)).toBe(true);
    expect(await runJobOnce(db(), countingJob('lease-a', runs, 'b'), 'holder-b', quiet)).toBe(false);
    expect(await runJobOnce(db(), countingJob('lease-a', runs, 'a'), 'holder-a', quiet)).toBe(true);
    expect(runs).toEqual(['a', 'a']);
    // a lease of 1 ms has run out by the next tick: the other holder takes the job over
    const short = { ...countingJob('lease-a', runs, 'a'), leaseMs: 1 };
    await runJobOnce(db(), short, 'holder-a', quiet);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await runJobOnce(db(), countingJob('lease-a', runs, 'b'), 'holder-b', quiet)).toBe(true);
    expect(runs).toEqual(['a', 'a', 'a', 'b']);
    const lease = (await findLeases(db())).find((row) => row.name === 'lease-a');
    expect(lease?.holder).toBe('holder-b');
    expect(Number(lease?.runs)).toBe(4);
  });

  it('counts failures per process and in the lease row, and the next pass runs again', async () => {
    const runs: string[] = [];
    await runJobOnce(db(), countingJob('failing', runs, 'a', true), 'holder-a', quiet);
    await runJobOnce(db(), countingJob('failing', runs, 'a', true), 'holder-a', quiet);
    await runJobOnce(db(), countingJob('failing', runs, 'a'), 'holder-a', quiet);
    expect(runs).toHaveLength(3);
    const stat = jobStats().find((s) => s.name === 'failing');
    expect(stat).toMatchObject({ runs: 3, failures: 2, consecutiveFailures: 0, lastError: null });
    const lease = (await findLeases(db())).find((row) => row.name === 'failing');
    expect({ runs: Number(lease?.runs), failures: Number(lease?.failures) }).toEqual({
      runs: 3,
      failures: 2,
    });
    expect(lease?.last_error).toBeNull();
  });

  it('two runners started side by side run each job on one of them only; stop hands the job over', async () => {
    const runs: string[] = [];
    const first = startJobs({ db: db(), logger: quiet, holder: 'one' }, [countingJob('side', runs, 'one')]);
    const second = startJobs({ db: db(), logger: quiet, holder: 'two' }, [countingJob('side', runs, 'two')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const winner = runs[0];
    expect(runs.length).toBeGreaterThan(2);
    expect(new Set(runs)).toEqual(new Set([winner]));
    const [stopping, staying] = winner === 'one' ? [first, second] : [second, first];
    await stopping.stop();
    const before = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await staying.stop();
    const after = runs.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set([staying.holder]));
    expect(jobStats().find((s) => s.name === 'side')?.skipped).toBeGreaterThan(0);
  });

  it('stop waits for the pass in progress', async () => {
    let finished = false;
    const slow: JobDefinition = {
      name: 'slow',
      intervalMs: 1_000,
      run: () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            finished = true;
            resolve();
          }, 200),
        ),
    };
    const runner = startJobs({ db: db(), logger: quiet, holder: 'slow-holder' }, [slow]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await runner.stop();
    expect(finished).toBe(true);
    const lease = (await findLeases(db())).find((row) => row.name === 'slow');
    expect(lease?.expires_at.getTime()).toBeLessThan(Date.now());
  });
});
