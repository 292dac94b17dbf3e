/**
 * Where B10's requests come from: the scenario lists of B1, B3 and the dashboards replayed one by one
 * (their `setupRequest` applied, as autocannon would), and a pool of forward targets for the transitions
 * that refills itself from the database, so a long soak never names a stale version or an overdue step.
 */
import type { Request } from 'autocannon';
import type { PlannedRequest } from './open-loop.js';
import { forwardRequest } from './scenarios.js';
import type { BenchSession } from './session.js';
import type { ForwardTarget } from './targets.js';

const toPlanned = (request: Request): PlannedRequest => ({
  method: request.method ?? 'GET',
  path: request.path ?? '/',
  headers: request.headers,
  body: request.body,
});

/** Replays an autocannon request list in order, round and round. */
export function cycleRequests(requests: Request[]): () => PlannedRequest {
  let next = 0;
  return () => {
    const template = requests[next % requests.length]!;
    next += 1;
    const copy: Request = { ...template, headers: { ...template.headers } };
    return toPlanned(template.setupRequest ? (template.setupRequest(copy, {}) ?? copy) : copy);
  };
}

/** A step due within this margin is not picked: it could fall overdue before the forward arrives. */
const DUE_MARGIN_MS = 60_000;
/** Reads of the pool at most this often: a read scans the unit's open dossiers (0.2 s at 200 k dossiers). */
const READ_EVERY_MS = 20_000;

/**
 * Forward targets for a long run: taken one by one, each at most once while in flight; when fewer than
 * `lowWater` are left it is read again (`read`, up to `batch` rows), leaving out dossiers that were in flight when the read began or were sent
 * while it ran (their version in the answer could be stale). A dossier forwarded earlier comes back at its
 * new version when its next step is still the unit's.
 */
export class ForwardPool {
  private targets: ForwardTarget[] = [];
  private readonly queued = new Set<string>();
  private readonly inFlight = new Set<string>();
  private sentDuringRead: Set<string> | null = null;
  private reading: Promise<void> | null = null;
  private lastReadAt = 0;
  /** Reads of the database so far, reads that failed, and the time they took. */
  reads = 0;
  readFailures = 0;
  readMs = 0;

  constructor(
    private readonly read: (limit: number) => Promise<ForwardTarget[]>,
    private readonly size: { batch: number; lowWater: number },
    private readonly session: BenchSession,
  ) {}

  /** Reads the pool (before the load, or when it runs low). */
  async refill(): Promise<void> {
    if (this.reading) return this.reading;
    this.lastReadAt = Date.now();
    const excluded = new Set(this.inFlight);
    this.sentDuringRead = excluded;
    this.reading = this.read(this.size.batch)
      .then((rows) => {
        this.reads += 1;
        this.readMs += Date.now() - this.lastReadAt;
        for (const row of rows) {
          if (excluded.has(row.id) || this.queued.has(row.id)) continue;
          this.queued.add(row.id);
          this.targets.push(row);
        }
      })
      .catch(() => {
        this.readFailures += 1;
      })
      .finally(() => {
        this.sentDuringRead = null;
        this.reading = null;
      });
    return this.reading;
  }

  /** Targets ready now. */
  count(): number {
    return this.targets.length;
  }

  /** The next forward, or null when the pool holds no valid target right now. */
  next(): PlannedRequest | null {
    const now = Date.now();
    if (this.targets.length < this.size.lowWater && now - this.lastReadAt >= READ_EVERY_MS)
      void this.refill();
    for (;;) {
      const target = this.targets.pop();
      if (!target) return null;
      this.queued.delete(target.id);
      if (target.dueAt <= now + DUE_MARGIN_MS || this.inFlight.has(target.id)) continue;
      this.inFlight.add(target.id);
      this.sentDuringRead?.add(target.id);
      return {
        ...toPlanned(forwardRequest(target, this.session)),
        settle: () => this.inFlight.delete(target.id),
      };
    }
  }
}

/** Several desks' pools used in turn: each desk's head forwards the steps of its own desk's dossiers. */
export class ForwardPools {
  private turn = 0;
  constructor(private readonly pools: ForwardPool[]) {}

  async refill(): Promise<void> {
    await Promise.all(this.pools.map((pool) => pool.refill()));
  }

  count(): number {
    return this.pools.reduce((sum, pool) => sum + pool.count(), 0);
  }

  /** The next desk's next forward (a desk with none right now is passed over), or null when none has one. */
  next(): PlannedRequest | null {
    for (let tried = 0; tried < this.pools.length; tried += 1) {
      const pool = this.pools[this.turn % this.pools.length]!;
      this.turn += 1;
      const request = pool.next();
      if (request) return request;
    }
    return null;
  }

  get reads(): number {
    return this.pools.reduce((sum, pool) => sum + pool.reads, 0);
  }
  get readFailures(): number {
    return this.pools.reduce((sum, pool) => sum + pool.readFailures, 0);
  }
  get readMs(): number {
    return this.pools.reduce((sum, pool) => sum + pool.readMs, 0);
  }
}
