/**
 * The application under benchmark, as `npm start` builds it (no demo seeding, no web files, no logs):
 * PostgreSQL when BENCH_DATABASE_URL is set, else PGlite in BENCH_DATA_DIR. Prints {"port": n} when ready.
 */
import crypto from 'node:crypto';
import { buildApp } from '../../src/server/app.js';
import { systemClock } from '../../src/server/clock.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/connection.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';

const env = process.env;
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  SERVE_WEB: 'false',
  COOKIE_SECURE: 'false',
  DATABASE_URL: env.BENCH_DATABASE_URL,
  DATA_DIR: env.BENCH_DATA_DIR ?? './data',
  // production refuses to start without its own keys: throwaway ones for the run
  SURVEY_TOKEN_SECRET: crypto.randomBytes(24).toString('base64url'),
  AUDIT_CHECKPOINT_KEY: crypto.randomBytes(24).toString('base64url'),
  PAYMENT_WEBHOOK_SECRET: crypto.randomBytes(24).toString('base64url'),
  // the benchmarked actions (intake, forwarding, look-ups) issue no result
  RESULT_SIGNING: 'off',
});
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const migration = await migrateToLatest(database);
const app = await buildApp({ config, database, clock: systemClock, migration: migration.latest });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0 })}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
