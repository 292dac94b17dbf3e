/**
 * After the journeys: stop the server, then drop the run's PostgreSQL database (on PGlite there is
 * nothing to drop; the next run removes old data folders).
 */
import { dropRunDatabase, runDatabase } from './database';
import { stopServer } from './server-process';

export default async function globalTeardown(): Promise<void> {
  if (!runDatabase()) return;
  await stopServer();
  await dropRunDatabase();
}
