/**
 * Read-your-writes over a streaming replica: after a write the primary's WAL position is remembered (cookie
 * or header); a later read that carries it waits, for a bounded time, until the replica has replayed that
 * position, and otherwise reads from the primary. Reads without a position stay on the replica (lag-tolerant).
 */
import type { Kysely } from 'kysely';
import { findPrimaryLsn, findReplayLsn } from './replica.queries.js';
import type { Database } from './schema.js';

const LSN_PATTERN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;
const POLL_MS = 20;

/** A WAL position `XXXXXXXX/YYYYYYYY` as a number that orders like the position, or null when malformed. */
export function parseLsn(text: string | undefined | null): bigint | null {
  if (!text || !LSN_PATTERN.test(text)) return null;
  const [high = '0', low = '0'] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** Tracks how far the replica has replayed, so that reads needing a position wait no longer than needed. */
export interface ReplicaTracker {
  /** The primary's WAL position now: call it after a write has committed. */
  primaryLsn(): Promise<string>;
  /**
   * Resolves true once the replica has replayed `lsn`, false after `maxMs` (or when the replica cannot be
   * asked): then the caller reads from the primary.
   */
  waitForReplay(lsn: string, maxMs: number): Promise<boolean>;
}

/** A tracker over a primary and its replica. */
export function createReplicaTracker(primary: Kysely<Database>, replica: Kysely<Database>): ReplicaTracker {
  // the highest replay position seen: positions only grow, so a read at or below it needs no query
  let replayed = 0n;
  const hasReplayed = async (wanted: bigint): Promise<boolean> => {
    if (wanted <= replayed) return true;
    const now = parseLsn(await findReplayLsn(replica));
    if (now !== null && now > replayed) replayed = now;
    return wanted <= replayed;
  };
  return {
    primaryLsn: () => findPrimaryLsn(primary),
    async waitForReplay(lsn, maxMs) {
      const wanted = parseLsn(lsn);
      if (wanted === null) return true; // nothing to wait for
      const deadline = Date.now() + maxMs;
      try {
        for (;;) {
          if (await hasReplayed(wanted)) return true;
          if (Date.now() + POLL_MS > deadline) return false;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } catch {
        return false; // the replica is unreachable: the primary answers
      }
    },
  };
}
