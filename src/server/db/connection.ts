/**
 * Database connection: PostgreSQL when a URL is given, otherwise embedded PGlite persisted on disk
 * (or in memory for tests). Both speak the same SQL; type parsers are aligned so rows look the same.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { createReplicaTracker, type ReplicaTracker } from './read-your-writes.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  /** Primary: every write and every read that must see its own writes. */
  db: Kysely<Database>;
  /**
   * Reads that tolerate a little lag (public pages, dashboards): the replica when one is set, otherwise the
   * primary through its own pool. Its sessions never JIT-compile nor start parallel workers (see below).
   */
  readDb: Kysely<Database>;
  /** Set when reads go to a separate replica: read-your-writes waits for it (see read-your-writes.ts). */
  replica?: ReplicaTracker;
  /**
   * Runs `work` on one dedicated session that holds an exclusive advisory lock, with a runner for
   * parameterless, possibly multi-statement SQL (migrations): several instances never migrate at once.
   */
  withScriptSession<T>(work: (run: ScriptRunner) => Promise<T>): Promise<T>;
  /** PostgreSQL only: connections of the primary pool (total, idle, requests waiting for one). */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /** PostgreSQL only: one dedicated session of the primary pool (COPY FROM STDIN of bulk imports); release it. */
  connectSession?: () => Promise<pg.PoolClient>;
  /** PGlite only: a gzipped tar of its data folder, consistent at the moment of the call (backups). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

/** Runs a parameterless SQL script and returns the rows of its last statement. */
export type ScriptRunner = (script: string) => Promise<Record<string, unknown>[]>;

const MIGRATION_LOCK_KEY = 74_210_001;

export interface DatabaseOptions {
  url?: string | undefined;
  readUrl?: string | undefined;
  /** Folder for PGlite's files; `memory://` keeps it in memory. */
  dataDir: string;
}

const INT8_OID = 20;
const DATE_OID = 1082;
const NUMERIC_OID = 1700;

// bigint counters fit in a double for this application; dates stay 'YYYY-MM-DD' strings (no time zone shift)
pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));
pg.types.setTypeParser(DATE_OID, (value: string) => value);
pg.types.setTypeParser(NUMERIC_OID, (value: string) => Number(value));

/**
 * Settings of the read sessions: their queries take milliseconds, so compiling them (JIT, 20–30 ms) or
 * starting parallel workers (10–30 ms on a small machine) costs more than it saves; measured on B5's
 * every-commune figures (issue #8). Writes and long commands (rebuild, recount, evaluation) keep the
 * server's defaults on the primary pool.
 */
const READ_SESSION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';

function openPostgres(
  url: string,
  max: number,
  options?: string,
): { kysely: Kysely<Database>; pool: pg.Pool } {
  // while the server is away (restart, failover) a request fails within seconds (503) instead of hanging
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5_000,
    ...(options ? { options } : {}),
  });
  // an idle connection ended by the server (restart, failover) must not crash the process: the pool
  // replaces it, and the next query reports the problem to its caller
  pool.on('error', (error) => {
    process.stderr.write(`database pool: ${error.message}\n`);
  });
  // nor may a checked-out connection that dies between two queries of a transaction (no listener would make
  // its 'error' event an uncaught exception): the query in progress or the next one fails, the pool drops it
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      process.stderr.write(`database connection: ${error.message}\n`);
    });
  });
  return { kysely: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** Opens the configured database. The caller applies migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const primary = openPostgres(options.url, 10);
    const reader = openPostgres(options.readUrl ?? options.url, 10, READ_SESSION_OPTIONS);
    const separateReplica = options.readUrl !== undefined && options.readUrl !== options.url;
    return {
      kind: 'postgres',
      db: primary.kysely,
      readDb: reader.kysely,
      poolStats: () => ({
        total: primary.pool.totalCount,
        idle: primary.pool.idleCount,
        waiting: primary.pool.waitingCount,
      }),
      ...(separateReplica ? { replica: createReplicaTracker(primary.kysely, reader.kysely) } : {}),
      connectSession: () => primary.pool.connect(),
      async withScriptSession(work) {
        const client = await primary.pool.connect();
        try {
          await client.query(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
          return await work(async (script) => {
            const result = (await client.query(script)) as unknown as pg.QueryResult | pg.QueryResult[];
            const last = Array.isArray(result) ? result[result.length - 1] : result;
            return (last?.rows ?? []) as Record<string, unknown>[];
          });
        } finally {
          await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
          client.release();
        }
      },
      async close() {
        await reader.kysely.destroy();
        await primary.kysely.destroy();
      },
    };
  }
  if (options.dataDir !== 'memory://') fs.mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir === 'memory://' ? undefined : options.dataDir);
  // PGlite ignores parsers given at creation: pass them with every query so rows match node-postgres
  const parsers = {
    [INT8_OID]: (value: string) => Number(value),
    [DATE_OID]: (value: string) => value,
    [NUMERIC_OID]: (value: string) => Number(value),
  };
  const queryClient = {
    query: (text: string, params?: unknown[]) => client.query(text, params, { parsers }),
    close: () => client.close(),
  } as unknown as PGlite;
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(queryClient) });
  return {
    kind: 'pglite',
    db: kysely,
    readDb: kysely,
    async withScriptSession(work) {
      // PGlite has a single connection owned by this process: no other instance can race us.
      return work(async (script) => {
        const results = await client.exec(script);
        return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
      });
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    async close() {
      await kysely.destroy();
    },
  };
}

/** Cheap liveness probe used by the health route. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
