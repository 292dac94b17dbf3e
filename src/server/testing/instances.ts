/**
 * Scale-test helpers: server processes (`tsx src/server/main.ts`) on their own ports over one database and
 * one files folder, and Debian's HAProxy in front of them with a generated configuration, all as child
 * processes of the test (no systemd). Every process started here is killed by `stopAll`, also on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const started = new Set<ChildProcess>();

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Instance {
  name: string;
  port: number;
  process: ChildProcess;
  /** Everything it wrote (stdout and stderr), for failure messages. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** The node process running main.ts (a child of `tsx`, or `tsx` itself). */
  serverPid: number;
}

function childPidOf(pid: number): number {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return children[0] ? Number(children[0]) : pid;
  } catch {
    return pid;
  }
}

/** Starts `tsx src/server/main.ts` with `env` on `port` and waits until /api/health answers 200. */
export async function startInstance(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<Instance> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group: `tsx` runs the server in a child process, and `stopAll` must end both
    detached: true,
  });
  started.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      started.delete(child);
      resolve(code);
    }),
  );
  const instance: Instance = { name, port, process: child, output: () => output, exited, serverPid: 0 };
  await waitFor(`${name} healthy`, 120_000, async () => {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output}`);
    const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    return response?.status === 200;
  });
  instance.serverPid = childPidOf(child.pid ?? 0);
  return instance;
}

/**
 * The process id of the server itself: `tsx` runs it in a child node process (its lease holder name
 * carries that id). Read before the instance stops.
 */
export function serverPid(instance: Instance): number {
  return instance.serverPid;
}

/** The HAProxy configuration of docs/OPERATIONS.md, for two servers on the loopback interface. */
export function haproxyConfig(port: number, servers: Array<{ name: string; port: number }>): string {
  return [
    'global',
    '  maxconn 256',
    'defaults',
    '  mode http',
    '  timeout connect 5s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  option forwardfor',
    'frontend kc',
    `  bind 127.0.0.1:${port}`,
    '  default_backend kc_servers',
    'backend kc_servers',
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    // which server answered, and (tests only) a way to pick one
    '  http-response set-header x-kc-server %s',
    ...servers.map((s) => `  use-server ${s.name} if { req.hdr(x-kc-server) -m str ${s.name} }`),
    ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check inter 500ms fall 2 rise 1`),
    '',
  ].join('\n');
}

/** Starts HAProxy in the foreground (`-db`) with a generated configuration and waits until it forwards. */
export async function startHaproxy(
  dir: string,
  port: number,
  servers: Array<{ name: string; port: number }>,
) {
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, haproxyConfig(port, servers));
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.once('exit', () => started.delete(child));
  await waitFor('haproxy forwarding', 30_000, async () => {
    if (child.exitCode !== null) throw new Error(`haproxy exited: ${output}`);
    const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    return response?.status === 200;
  });
  return { process: child, output: () => output };
}

/** Polls `check` every 200 ms until it returns true; throws after `ms`. */
export async function waitFor(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Kills the process and, when it leads a process group (servers), everything in that group. */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Kills every process started here that is still running (server groups whole). */
export async function stopAll(): Promise<void> {
  const running = [...started];
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          killGroup(child);
        }),
    ),
  );
}
