/**
 * Configuration, parsed once from the environment (zod, fail fast, defaults that run out of the box).
 * Nothing else in the code base reads `process.env`.
 */
import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  FILES_DIR: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
  DEMO: booleanFromEnv.optional(),
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  COOKIE_SECURE: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  SERVE_WEB: booleanFromEnv.default(true),
});

export interface AppConfig {
  mode: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  dataDir: string;
  /** Where the local file store keeps attachments (content-addressed). */
  filesDir: string;
  maxUploadBytes: number;
  demo: boolean;
  sessionTtlMinutes: number;
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  logLevel: string;
  publicUrl: string;
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  serveWeb: boolean;
}

/** Parses the environment into an AppConfig; throws with every invalid variable named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ (invalid configuration): ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const demo = e.DEMO ?? e.NODE_ENV !== 'production';
  if (demo && e.NODE_ENV === 'production') {
    throw new Error('DEMO=true không được phép khi NODE_ENV=production (demo data never runs in production)');
  }
  const oidc =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET ?? '' }
      : undefined;
  return {
    mode: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    dataDir: path.resolve(e.DATA_DIR),
    filesDir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    demo,
    sessionTtlMinutes: e.SESSION_TTL_MINUTES,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    oidc,
    serveWeb: e.SERVE_WEB,
  };
}
