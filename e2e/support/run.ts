/**
 * Names of one e2e run, shared by playwright.config.ts (runner and workers) and the global teardown:
 * the runner picks KC_E2E_RUN once and every process derives the same paths from it.
 */
import path from 'node:path';

/** Where e2e runs keep their data (gitignored); old runs are removed when the next one starts. */
export const DATA_ROOT = path.resolve('.data-test');

function runId(): string {
  const id = process.env.KC_E2E_RUN;
  if (!id) throw new Error('KC_E2E_RUN is not set: run the journeys through playwright.config.ts');
  return id;
}

/** The PGlite data folder of this run's server. */
export function runDataDir(): string {
  return path.join(DATA_ROOT, `e2e-${runId()}`);
}

/** The file in which the webServer command records its process id (the leader of its process group). */
export function serverPidFile(): string {
  return path.join(DATA_ROOT, `e2e-${runId()}.pid`);
}
