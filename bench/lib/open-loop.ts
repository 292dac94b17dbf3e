/**
 * An open-loop HTTP load of several kinds at once (B10): each kind's requests are sent on a fixed schedule
 * (evenly spaced at its rate) whether or not earlier ones have been answered, so a slow server meets a
 * growing queue instead of a politely waiting client. A latency runs from the moment the request was due
 * to be sent to the end of its answer (no coordinated omission). Any non-2xx answer, socket error or
 * answer later than the timeout is a failure of its kind.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One concrete request. `settle` hears how it ended (the status, or null on a timeout or socket error). */
export interface PlannedRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  settle?: (status: number | null) => void;
}

export interface LoadKind {
  name: string;
  /** Requests per second offered. */
  rate: number;
  /** The next request, or null when there is none to send (counted as skipped). */
  next(): PlannedRequest | null;
}

export interface OpenLoopOptions {
  url: string;
  seconds: number;
  kinds: LoadKind[];
  /** Latencies of requests due before this are left out of the percentiles (failures always count). */
  warmupSeconds: number;
  intervalSeconds: number;
  timeoutMs: number;
  maxSockets?: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface KindResult {
  offeredRate: number;
  sent: number;
  skipped: number;
  ok: number;
  non2xx: number;
  timeouts: number;
  socketErrors: number;
  /** ok answers per second over the whole load. */
  achievedRate: number;
  statusCodes: Record<string, number>;
  /** After the warm-up. */
  latencyMs: Percentiles;
}

export interface IntervalResult {
  /** Seconds from the start of the load to the start of the interval. */
  at: number;
  requests: number;
  failed: number;
  p99Ms: number;
  p99MsByKind: Record<string, number>;
}

export interface OpenLoopResult {
  kinds: Record<string, KindResult>;
  all: { sent: number; failed: number; latencyMs: Percentiles };
  intervals: IntervalResult[];
  maxInFlight: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Percentiles of a list of latencies (sorted in place). */
export function percentilesOf(values: number[]): Percentiles {
  if (values.length === 0) return { p50: 0, p95: 0, p99: 0, max: 0 };
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(values.at(-1)!) };
}

interface KindState {
  kind: LoadKind;
  sent: number;
  skipped: number;
  ok: number;
  non2xx: number;
  timeouts: number;
  socketErrors: number;
  statusCodes: Record<string, number>;
  latencies: number[];
  /** Latencies per interval (every request, warm-up included), for the timeline. */
  byInterval: number[][];
  failedByInterval: number[];
}

function newState(kind: LoadKind): KindState {
  return {
    kind,
    sent: 0,
    skipped: 0,
    ok: 0,
    non2xx: 0,
    timeouts: 0,
    socketErrors: 0,
    statusCodes: {},
    latencies: [],
    byInterval: [],
    failedByInterval: [],
  };
}

/** Runs the load for `seconds`, then waits (up to the timeout) for the last answers. */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
  const states = options.kinds.map(newState);
  const start = performance.now();
  const intervalMs = options.intervalSeconds * 1000;
  let inFlight = 0;
  let maxInFlight = 0;
  let drained: () => void = () => undefined;

  const send = (state: KindState, planned: PlannedRequest, dueAt: number) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    state.sent += 1;
    const slot = Math.floor((dueAt - start) / intervalMs);
    let settled = false;
    const finish = (status: number | null, outcome: 'ok' | 'non2xx' | 'timeouts' | 'socketErrors') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const latency = performance.now() - dueAt;
      state[outcome] += 1;
      if (status !== null) state.statusCodes[status] = (state.statusCodes[status] ?? 0) + 1;
      if (outcome === 'ok' || outcome === 'non2xx') {
        if (dueAt - start >= options.warmupSeconds * 1000) state.latencies.push(latency);
        (state.byInterval[slot] ??= []).push(latency);
      }
      if (outcome !== 'ok') state.failedByInterval[slot] = (state.failedByInterval[slot] ?? 0) + 1;
      planned.settle?.(status);
      inFlight -= 1;
      if (inFlight === 0) drained();
    };
    const request = http.request({
      agent,
      host: target.hostname,
      port: target.port,
      method: planned.method,
      path: planned.path,
      headers: planned.headers,
    });
    const timer = setTimeout(() => {
      finish(null, 'timeouts');
      request.destroy();
    }, options.timeoutMs);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      response.resume();
      response.on('end', () => finish(status, status >= 200 && status < 300 ? 'ok' : 'non2xx'));
      response.on('error', () => finish(null, 'socketErrors'));
    });
    request.on('error', () => finish(null, 'socketErrors'));
    request.end(planned.body);
  };

  const endAt = start + options.seconds * 1000;
  const phases = states.map(() => Math.random());
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = Math.min(performance.now(), endAt);
      states.forEach((state, i) => {
        const period = 1000 / state.kind.rate;
        for (;;) {
          const dueAt = start + (state.sent + state.skipped + phases[i]!) * period;
          if (dueAt > now) break;
          const planned = state.kind.next();
          if (planned) send(state, planned, dueAt);
          else state.skipped += 1;
        }
      });
      if (now >= endAt) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
  agent.destroy();
  return summarise(states, options, maxInFlight);
}

function summarise(states: KindState[], options: OpenLoopOptions, maxInFlight: number): OpenLoopResult {
  const failedOf = (s: KindState) => s.non2xx + s.timeouts + s.socketErrors;
  const slots = Math.ceil(options.seconds / options.intervalSeconds);
  const intervals: IntervalResult[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    const all = states.flatMap((s) => s.byInterval[slot] ?? []);
    intervals.push({
      at: slot * options.intervalSeconds,
      requests: all.length,
      failed: states.reduce((sum, s) => sum + (s.failedByInterval[slot] ?? 0), 0),
      p99Ms: percentilesOf(all).p99,
      p99MsByKind: Object.fromEntries(
        states.map((s) => [s.kind.name, percentilesOf(s.byInterval[slot] ?? []).p99]),
      ),
    });
  }
  const kinds: Record<string, KindResult> = {};
  for (const s of states) {
    kinds[s.kind.name] = {
      offeredRate: round(s.kind.rate),
      sent: s.sent,
      skipped: s.skipped,
      ok: s.ok,
      non2xx: s.non2xx,
      timeouts: s.timeouts,
      socketErrors: s.socketErrors,
      achievedRate: round(s.ok / options.seconds),
      statusCodes: s.statusCodes,
      latencyMs: percentilesOf([...s.latencies]),
    };
  }
  return {
    kinds,
    all: {
      sent: states.reduce((sum, s) => sum + s.sent, 0),
      failed: states.reduce((sum, s) => sum + failedOf(s), 0),
      latencyMs: percentilesOf(states.flatMap((s) => s.latencies)),
    },
    intervals,
    maxInFlight,
  };
}
