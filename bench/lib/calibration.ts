/** Calibrations measured in the same run as the benchmarks: C1 (TPC-B), C2 (select-only), C3 (Fastify hello). */
import { repeatLoad, type RepeatedLoad } from './load.js';
import { measurePgbench, preparePgbench } from './pgbench.js';
import { startChildServer } from './processes.js';
import { helloRequests } from './scenarios.js';
import type { BenchSettings } from './settings.js';

export interface Calibration {
  C1: { tpsMedian: number; tpsRuns: number[] };
  C2: { tpsMedian: number; tpsRuns: number[] };
  C3: RepeatedLoad;
}

export async function calibrate(settings: BenchSettings): Promise<Calibration> {
  process.stdout.write('C1/C2: pgbench (scale 10, 8 clients, prepared)…\n');
  preparePgbench(settings.pg);
  const seconds = settings.seconds;
  const C1 = measurePgbench(settings.pg, { selectOnly: false, seconds, runs: settings.runs });
  const C2 = measurePgbench(settings.pg, { selectOnly: true, seconds, runs: settings.runs });
  process.stdout.write('C3: Fastify hello world under autocannon…\n');
  const hello = await startChildServer('bench/lib/hello-server.ts', {});
  try {
    const C3 = await repeatLoad(settings.runs, () => ({
      url: hello.url,
      seconds,
      connections: settings.connections,
      requests: helloRequests(),
    }));
    return { C1, C2, C3 };
  } finally {
    await hello.stop();
  }
}
