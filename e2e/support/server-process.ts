/**
 * Stops this run's server before the global teardown drops its database. Playwright stops webServer only
 * after the global teardown, and a database cannot be dropped cleanly under a running server.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { serverPidFile } from './run';

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM to the server's process group (it closes its database and exits), SIGKILL after 15 s. */
export async function stopServer(): Promise<void> {
  const file = serverPidFile();
  if (!fs.existsSync(file)) return;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 1 || !isGroupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; waited < 15_000 && isGroupAlive(pid); waited += 100) await sleep(100);
  if (isGroupAlive(pid)) process.kill(-pid, 'SIGKILL');
}
