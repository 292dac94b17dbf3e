/**
 * End-to-end journeys against the real server (built web app + API) in Debian's Chromium.
 *
 * Each run starts the server on its own port with a fresh PGlite data folder (.data-test/e2e-<time>), or,
 * when DATABASE_URL is set, on a fresh PostgreSQL database kc_e2e_<random> created just before the
 * server starts (Playwright starts webServer before globalSetup, so the creation is the first step of
 * the webServer command) and dropped by the global teardown.
 *
 * Playwright loads this file in the runner and again in each worker; the run's names are chosen once,
 * in the runner, and handed to workers through the environment (KC_E2E_RUN).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium';
import { DATA_ROOT, runDataDir, serverPidFile } from './e2e/support/run';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://localhost:${PORT}`;

/** Removes data folders of earlier runs that are over an hour old (younger ones may belong to a run on another port). */
function removeOldRuns(): void {
  if (!fs.existsSync(DATA_ROOT)) return;
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const entry of fs.readdirSync(DATA_ROOT)) {
    const started = Number(/^e2e-(\d+)/.exec(entry)?.[1] ?? Date.now());
    if (started < cutoff) fs.rmSync(path.join(DATA_ROOT, entry), { recursive: true, force: true });
  }
}

if (!process.env.KC_E2E_RUN) {
  process.env.KC_E2E_RUN = String(Date.now());
  removeOldRuns();
  if (process.env.DATABASE_URL) {
    process.env.KC_E2E_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    process.env.KC_E2E_DATABASE = `kc_e2e_${crypto.randomBytes(5).toString('hex')}`;
  }
}

const adminUrl = process.env.KC_E2E_ADMIN_DATABASE_URL;
const database = process.env.KC_E2E_DATABASE;

/** The URL of the run's own database: the given server and credentials, another database name. */
function runDatabaseUrl(): string | undefined {
  if (!adminUrl || !database) return undefined;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  DATA_DIR: runDataDir(),
  NODE_ENV: 'test',
  DEMO: 'true',
  // the journeys use the development identity provider and clock, as `npm start` does
  DEV_TOOLS: '1',
  LOG_LEVEL: 'warn',
};
const databaseUrl = runDatabaseUrl();
if (databaseUrl) serverEnv.DATABASE_URL = databaseUrl;

// The shell records its pid (the leader of the process group Playwright starts), so the global teardown
// can stop the server before dropping its database; `exec` keeps that pid for the server itself.
const recordPid = `mkdir -p '${DATA_ROOT}' && echo $$ > '${serverPidFile()}'`;
const createDatabase = databaseUrl ? 'npx tsx e2e/support/create-database.ts && ' : '';
const command = `${recordPid} && ${createDatabase}exec npx tsx src/server/main.ts`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL: BASE_URL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true },
      },
    },
  ],
  webServer: {
    command,
    url: `${BASE_URL}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
