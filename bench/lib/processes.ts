/**
 * Child processes of the benchmarks: a TypeScript entry run by node with the tsx loader (no wrapper process,
 * so the pid is the server itself), started on a free loopback port; it prints one JSON line when ready.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';

export interface ChildServer {
  url: string;
  pid: number;
  /** Peak resident memory of the process so far (MB), from /proc (0 where unavailable). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** A memory figure of /proc/<pid>/status in MB (one decimal); 0 when /proc is not available. */
function readStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

/** Peak resident set (VmHWM) of a process in MB; 0 when /proc is not available. */
export function readPeakRssMb(pid: number): number {
  return Math.round(readStatusMb(pid, 'VmHWM'));
}

/** Current resident set (VmRSS) of a process in MB, one decimal; 0 when /proc is not available. */
export function readRssMb(pid: number): number {
  return readStatusMb(pid, 'VmRSS');
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts `entry` (a path relative to the repository root) with `env` and extra node options (`nodeArgs`, e.g.
 * `--cpu-prof`); resolves when it reports its port.
 */
export async function startChildServer(
  entry: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
    lines.on('line', (line) => {
      try {
        const message = JSON.parse(line) as { port?: number };
        if (message.port) {
          clearTimeout(timer);
          resolve(message.port);
        }
      } catch {
        process.stdout.write(`${line}\n`);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    peakRssMb: () => readPeakRssMb(child.pid!),
    async stop() {
      child.kill('SIGTERM');
      await waitForExit(child);
    },
  };
}
