/**
 * Private PostgreSQL clusters for the replica and restart tests, made with Debian's PostgreSQL 15 tools on
 * free ports in a temporary folder (never the machine's shared server): a primary and, when asked, a hot
 * standby streaming from it (`pg_basebackup -R`). Servers refuse to run as root, so when the tests run as root
 * every tool runs as the `postgres` user. `KC_REPLICA_DIR` (set by `.ci/run`) chooses the parent folder, so
 * CI can stop and remove what a killed run left behind.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const BIN = process.env.KC_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** One running server of a private cluster. */
export interface PrivateServer {
  port: number;
  dataDir: string;
  /** A connection URL to `database` on this server (user postgres, trust authentication on 127.0.0.1). */
  url(database?: string): string;
  /** `pg_ctl stop -m fast`: disconnects every session and shuts down (without blocking the event loop). */
  stop(): Promise<void>;
  /** `pg_ctl start`, waiting until it accepts connections. */
  start(): Promise<void>;
  /** `pg_ctl restart -m fast`. */
  restart(): Promise<void>;
  /** `pg_ctl promote`: a standby becomes a primary (waits until it accepts writes). */
  promote(): Promise<void>;
}

export interface PrivateCluster {
  primary: PrivateServer;
  standby: PrivateServer | null;
  /** Stops both servers (immediately) and removes their folder; safe to call twice. */
  destroy(): void;
}

/** True when the PostgreSQL tools this file needs are installed. */
export function hasPostgresTools(): boolean {
  return ['initdb', 'pg_ctl', 'pg_basebackup'].every((tool) => fs.existsSync(path.join(BIN, tool)));
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function run(tool: string, args: string[]): string {
  const command = asRoot ? 'runuser' : path.join(BIN, tool);
  const argv = asRoot ? ['-u', 'postgres', '--', path.join(BIN, tool), ...args] : args;
  return execFileSync(command, argv, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

const execFileAsync = promisify(execFile);

/** Like `run`, without blocking the event loop (the app keeps answering while the server stops). */
async function runAsync(tool: string, args: string[]): Promise<void> {
  const command = asRoot ? 'runuser' : path.join(BIN, tool);
  const argv = asRoot ? ['-u', 'postgres', '--', path.join(BIN, tool), ...args] : args;
  await execFileAsync(command, argv, { timeout: 120_000 });
}

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function makeServer(dataDir: string, port: number, logFile: string): PrivateServer {
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => runAsync('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']),
    start: () => runAsync('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start']),
    promote: () => runAsync('pg_ctl', ['-D', dataDir, '-w', '-t', '60', 'promote']),
    restart: () =>
      runAsync('pg_ctl', ['-D', dataDir, '-l', logFile, '-m', 'fast', '-w', '-t', '60', 'restart']),
  };
}

function stopQuietly(dataDir: string): void {
  try {
    if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
      run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop']);
    }
  } catch {
    // already stopped
  }
}

/** Creates and starts a primary (and a streaming hot standby when `standby` is true). */
export async function createPrivateCluster(options: { standby: boolean }): Promise<PrivateCluster> {
  const parent = process.env.KC_REPLICA_DIR ?? os.tmpdir();
  fs.mkdirSync(parent, { recursive: true });
  const root = fs.mkdtempSync(path.join(parent, 'kc-pg-'));
  if (asRoot) execFileSync('chown', ['postgres:postgres', root]);
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    stopQuietly(standbyDir);
    stopQuietly(primaryDir);
    fs.rmSync(root, { recursive: true, force: true });
  };
  // a run that ends without afterAll (an error in a hook, Ctrl-C) still stops its servers
  process.once('exit', destroy);
  try {
    const primaryPort = await freePort();
    run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    fs.appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${root}'`,
        'wal_level = replica',
        'max_wal_senders = 5',
        'hot_standby = on',
        'shared_buffers = 32MB',
        'max_connections = 60',
        '',
      ].join('\n'),
    );
    const primaryLog = path.join(root, 'primary.log');
    run('pg_ctl', ['-D', primaryDir, '-l', primaryLog, '-w', '-t', '60', 'start']);
    const primary = makeServer(primaryDir, primaryPort, primaryLog);
    if (!options.standby) return { primary, standby: null, destroy };
    const standbyPort = await freePort();
    run(
      'pg_basebackup',
      ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'].concat([
        '-D',
        standbyDir,
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
      ]),
    );
    // the copied configuration names the primary's port: the standby listens on its own
    fs.appendFileSync(path.join(standbyDir, 'postgresql.conf'), `port = ${standbyPort}\n`);
    const standbyLog = path.join(root, 'standby.log');
    run('pg_ctl', ['-D', standbyDir, '-l', standbyLog, '-w', '-t', '60', 'start']);
    return { primary, standby: makeServer(standbyDir, standbyPort, standbyLog), destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}
