/**
 * Configuration, parsed once from the environment (zod, fail fast, defaults that run out of the box).
 * Nothing else in the code base reads `process.env`.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { RETAINABLE_TABLES, type PartitionSettings } from './jobs/partitions.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  DATABASE_READ_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  DATA_DIR: z.string().default('./data'),
  FILES_DIR: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
  UPLOAD_QUOTA_MB_PER_DAY: z.coerce.number().positive().default(200),
  UPLOAD_UNLINKED_MAX_HOURS: z.coerce.number().positive().default(48),
  TRUST_PROXY: z.string().default(''),
  FEEDBACK_ANONYMOUS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  PAYMENT_BANK_BIN: z
    .string()
    .regex(/^[0-9]{6}$/)
    .default('970415'),
  PAYMENT_ACCOUNT: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/)
    .default('0000000000'),
  PAYMENT_WEBHOOK_SECRET: z.string().min(32).optional(),
  PAYMENT_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  DEMO: booleanFromEnv.optional(),
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  COOKIE_SECURE: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: z.string().min(16).optional(),
  PUBLIC_URL: z.string().url().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  SERVE_WEB: booleanFromEnv.default(true),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Kỷ Cương <no-reply@localhost>'),
  SMS_API_URL: z.string().url().optional(),
  SMS_API_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().optional(),
  SMS_UNACCENTED: booleanFromEnv.default(false),
  ZALO_API_URL: z.string().url().default('https://business.openapi.zalo.me/message/template'),
  ZALO_ACCESS_TOKEN: z.string().optional(),
  ZALO_TEMPLATE_ID: z.string().optional(),
  NOTIFY_DEV_SINK: booleanFromEnv.optional(),
  NOTIFY_POLL_SECONDS: z.coerce.number().positive().default(5),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  NOTIFY_RETRY_BASE_SECONDS: z.coerce.number().positive().default(30),
  NOTIFY_SENDING_TIMEOUT_SECONDS: z.coerce.number().int().min(30).default(600),
  DEV_TOOLS: booleanFromEnv.default(false),
  SURVEY_TOKEN_SECRET: z.string().min(16).optional(),
  SURVEY_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  AUDIT_CHECKPOINT_KEY: z.string().min(16).optional(),
  SIGNING_P12_PATH: z.string().min(1).optional(),
  SIGNING_P12_PASSWORD: z.string().default(''),
  /** `off`: electronic results are not signed (returned on paper only); production must choose. */
  RESULT_SIGNING: z.enum(['on', 'off']).optional(),
  LATE_SWEEP_SECONDS: z.coerce.number().positive().max(3600).default(60),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().positive().max(600).default(30),
  PARTITION_MONTHS_AHEAD: z.coerce.number().int().min(1).max(24).default(3),
  /** Months kept per partitioned table, `late_alert=36` (comma-separated); unnamed tables are kept for ever. */
  PARTITION_RETENTION: z.string().default(''),
  NATIONAL_PORTAL_URL: z.string().url().optional(),
  NATIONAL_PORTAL_TOKEN: z.string().min(1).optional(),
  NATIONAL_PORTAL_HMAC_SECRET: z.string().min(32).optional(),
  NATIONAL_PORTAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  NATIONAL_PORTAL_RETRY_BASE_SECONDS: z.coerce.number().positive().default(30),
  NATIONAL_PORTAL_POLL_SECONDS: z.coerce.number().positive().default(5),
});

/** The built-in survey link key: only with DEV_TOOLS, never in production (links signed with it are refused otherwise). */
export const DEV_SURVEY_TOKEN_SECRET = 'kc-dev-survey-token-secret-change-me';
/** The built-in audit checkpoint key: outside production only. */
export const DEV_AUDIT_CHECKPOINT_KEY = 'kc-dev-audit-checkpoint-key-change-me';

/** The built-in payment webhook key: outside production only (the simulator signs with it). */
export const DEV_PAYMENT_WEBHOOK_SECRET = 'kc-dev-payment-webhook-secret-change-me';

/** Outbound notification channels and the timing of the delivery worker (see `modules/notifications`). */
export interface NotificationSettings {
  /** SMTP connection URL (`smtps://user:pass@host:465`) and sender; without it email goes to the dev sink. */
  smtp: { url: string; from: string } | undefined;
  /** HTTP SMS gateway (JSON POST, bearer token); `unaccented` strips diacritics for brandname SMS. */
  sms: { url: string; token: string; sender: string | undefined; unaccented: boolean } | undefined;
  /** Zalo ZNS (POST with the access token and an approved template); disabled when not configured. */
  zalo: { url: string; accessToken: string; templateId: string } | undefined;
  /** Email/SMS without a configured channel go to a table officials can read (default: not in production). */
  devSink: boolean;
  pollSeconds: number;
  maxAttempts: number;
  retryBaseSeconds: number;
  sendingTimeoutSeconds: number;
}

function readNotificationSettings(e: z.infer<typeof EnvSchema>): NotificationSettings {
  return {
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    sms: e.SMS_API_URL
      ? {
          url: e.SMS_API_URL,
          token: e.SMS_API_TOKEN ?? '',
          sender: e.SMS_SENDER,
          unaccented: e.SMS_UNACCENTED,
        }
      : undefined,
    zalo:
      e.ZALO_ACCESS_TOKEN && e.ZALO_TEMPLATE_ID
        ? { url: e.ZALO_API_URL, accessToken: e.ZALO_ACCESS_TOKEN, templateId: e.ZALO_TEMPLATE_ID }
        : undefined,
    devSink: e.NOTIFY_DEV_SINK ?? e.NODE_ENV !== 'production',
    pollSeconds: e.NOTIFY_POLL_SECONDS,
    maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
    retryBaseSeconds: e.NOTIFY_RETRY_BASE_SECONDS,
    sendingTimeoutSeconds: e.NOTIFY_SENDING_TIMEOUT_SECONDS,
  };
}

/** Synchronisation with the national public-service portal (see `modules/portal`). */
export interface NationalPortalSettings {
  /**
   * Where changes go: NATIONAL_PORTAL_URL with its bearer token and/or HMAC key; without a URL, the
   * development stand-in `/dev/national-portal` when DEV_TOOLS is on; otherwise null (off: nothing is queued).
   */
  endpoint: {
    url: string;
    token: string | undefined;
    hmacSecret: string | undefined;
    standIn: boolean;
  } | null;
  maxAttempts: number;
  retryBaseSeconds: number;
  pollSeconds: number;
  /** A change 'sending' for longer than this belongs to a process that died and is sent again. */
  sendingTimeoutSeconds: number;
}

/** The stand-in receiver's path (DEV_TOOLS). */
export const PORTAL_STAND_IN_PATH = '/dev/national-portal/changes';

function readNationalPortalSettings(e: z.infer<typeof EnvSchema>, publicUrl: string): NationalPortalSettings {
  const secrets = { token: e.NATIONAL_PORTAL_TOKEN, hmacSecret: e.NATIONAL_PORTAL_HMAC_SECRET };
  const endpoint = e.NATIONAL_PORTAL_URL
    ? { url: e.NATIONAL_PORTAL_URL, ...secrets, standIn: false }
    : e.DEV_TOOLS && e.NODE_ENV !== 'production'
      ? { url: new URL(PORTAL_STAND_IN_PATH, publicUrl).toString(), ...secrets, standIn: true }
      : null;
  return {
    endpoint,
    maxAttempts: e.NATIONAL_PORTAL_MAX_ATTEMPTS,
    retryBaseSeconds: e.NATIONAL_PORTAL_RETRY_BASE_SECONDS,
    pollSeconds: e.NATIONAL_PORTAL_POLL_SECONDS,
    sendingTimeoutSeconds: e.NOTIFY_SENDING_TIMEOUT_SECONDS,
  };
}

export interface AppConfig {
  mode: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  /** How long a read that must see the reader's own write waits for the replica before using the primary. */
  databaseReadWaitMs: number;
  dataDir: string;
  /** Where the local file store keeps attachments (content-addressed). */
  filesDir: string;
  maxUploadBytes: number;
  /** Bytes one person may upload in a rolling day. */
  uploadQuotaBytesPerDay: number;
  /** Uploads linked to nothing are deleted once older than this (hours). */
  uploadUnlinkedMaxHours: number;
  /**
   * Proxies whose `X-Forwarded-For` is believed (addresses or CIDRs); empty: none, so the client address
   * is the socket's. Given to Fastify's `trustProxy`.
   */
  trustProxy: string[];
  /** Feedback items one client address may send without signing in, per hour. */
  feedbackAnonymousPerHour: number;
  /** Payee of fees in VietQR codes (demo defaults; set the unit's collection account in production). */
  payment: {
    bankBin: string;
    accountNumber: string;
    /** HMAC-SHA256 key of the bank / payment platform notifications (required in production). */
    webhookSecret: string;
    /** How far a notification's timestamp may be from now, in seconds (the replay window). */
    webhookToleranceSeconds: number;
  };
  demo: boolean;
  sessionTtlMinutes: number;
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  logLevel: string;
  /**
   * Bearer token of `GET /metrics` (Prometheus); without one the metrics answer only to the machine itself
   * (a loopback socket address, never a forwarded one).
   */
  metricsToken: string | undefined;
  publicUrl: string;
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  serveWeb: boolean;
  notifications: NotificationSettings;
  nationalPortal: NationalPortalSettings;
  /**
   * Development conveniences (DEV_TOOLS): the stand-in identity provider at /dev-oidc and the movable
   * clock (`/api/v1/dev/clock`, system administrators only). Never on in production.
   */
  devTools: boolean;
  /** Satisfaction survey links: HMAC key (required in production) and lifetime in days. */
  survey: { tokenSecret: string; tokenTtlDays: number };
  /** HMAC key of the signed audit checkpoints (`audit checkpoint`; required in production). */
  auditCheckpointKey: string;
  /**
   * Signing of electronic results: the configured PKCS#12 key and certificate; without one, outside
   * production only, a development CA and a certificate per unit are generated and kept in the database.
   * Production starts only with a key or with signing turned off on purpose (`enabled: false`).
   */
  signing: { p12Path: string | undefined; p12Password: string; devIdentities: boolean; enabled: boolean };
  /**
   * Periodic jobs (`server/jobs`): the late-work sweep's interval (seconds), and how long SIGTERM waits
   * for in-flight requests and passes before the process exits anyway.
   */
  jobs: { lateSweepSeconds: number; shutdownGraceSeconds: number };
  /** Monthly partitions of the append-only tables (`server/jobs/partitions.ts`). */
  partitions: PartitionSettings;
}

/**
 * PARTITION_RETENTION: `table=months` pairs. Only tables whose old months may go are accepted; the audit log
 * never is (its seal chain proves every entry is there).
 */
function readPartitionRetention(text: string): PartitionSettings['retentionMonths'] {
  const retention: PartitionSettings['retentionMonths'] = {};
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)) {
    const [table = '', months = ''] = entry.split('=').map((part) => part.trim());
    const allowed = (RETAINABLE_TABLES as readonly string[]).includes(table);
    if (!allowed || !/^\d+$/.test(months) || Number(months) < 1) {
      throw new Error(
        `Cấu hình không hợp lệ (invalid configuration): PARTITION_RETENTION "${entry}": ` +
          `chỉ ${RETAINABLE_TABLES.join(', ')}=<số tháng ≥ 1> (only these tables, months ≥ 1)`,
      );
    }
    retention[table as (typeof RETAINABLE_TABLES)[number]] = Number(months);
  }
  return retention;
}

/** Throws when production runs with a development convenience on or without its own secrets. */
function assertProductionSafe(e: z.infer<typeof EnvSchema>): void {
  if (e.NODE_ENV !== 'production') return;
  const problems: string[] = [];
  if (e.DEV_TOOLS) problems.push('DEV_TOOLS phải tắt (must be off)');
  if (!e.SURVEY_TOKEN_SECRET || e.SURVEY_TOKEN_SECRET === DEV_SURVEY_TOKEN_SECRET) {
    problems.push('thiếu SURVEY_TOKEN_SECRET riêng (set SURVEY_TOKEN_SECRET, not the built-in key)');
  }
  if (!e.AUDIT_CHECKPOINT_KEY || e.AUDIT_CHECKPOINT_KEY === DEV_AUDIT_CHECKPOINT_KEY) {
    problems.push('thiếu AUDIT_CHECKPOINT_KEY riêng (set AUDIT_CHECKPOINT_KEY, not the built-in key)');
  }
  if (!e.PAYMENT_WEBHOOK_SECRET || e.PAYMENT_WEBHOOK_SECRET === DEV_PAYMENT_WEBHOOK_SECRET) {
    problems.push('thiếu PAYMENT_WEBHOOK_SECRET riêng (set PAYMENT_WEBHOOK_SECRET, not the built-in key)');
  }
  if (!e.SIGNING_P12_PATH && e.RESULT_SIGNING !== 'off') {
    problems.push(
      'thiếu SIGNING_P12_PATH để ký số kết quả (set SIGNING_P12_PATH, or RESULT_SIGNING=off to return results on paper only)',
    );
  }
  if (e.SIGNING_P12_PATH && !fs.existsSync(e.SIGNING_P12_PATH)) {
    problems.push(`không đọc được SIGNING_P12_PATH (no file at ${e.SIGNING_P12_PATH})`);
  }
  if (problems.length > 0) {
    throw new Error(
      `Cấu hình production không an toàn (unsafe production configuration): ${problems.join('; ')}`,
    );
  }
}

/**
 * The survey link key: the configured one; else the built-in key with DEV_TOOLS (demo links survive a
 * restart); else a random key for this process, so links signed with the published built-in key never verify.
 */
function surveyTokenSecret(e: z.infer<typeof EnvSchema>): string {
  if (e.SURVEY_TOKEN_SECRET && (e.SURVEY_TOKEN_SECRET !== DEV_SURVEY_TOKEN_SECRET || e.DEV_TOOLS)) {
    return e.SURVEY_TOKEN_SECRET;
  }
  return e.DEV_TOOLS ? DEV_SURVEY_TOKEN_SECRET : crypto.randomBytes(32).toString('base64url');
}

/** Parses the environment into an AppConfig; throws with every invalid variable named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ (invalid configuration): ${problems.join('; ')}`);
  }
  const e = parsed.data;
  assertProductionSafe(e);
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
    databaseReadWaitMs: e.DATABASE_READ_WAIT_MS,
    dataDir: path.resolve(e.DATA_DIR),
    filesDir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    uploadQuotaBytesPerDay: Math.round(e.UPLOAD_QUOTA_MB_PER_DAY * 1024 * 1024),
    uploadUnlinkedMaxHours: e.UPLOAD_UNLINKED_MAX_HOURS,
    trustProxy: e.TRUST_PROXY.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0),
    feedbackAnonymousPerHour: e.FEEDBACK_ANONYMOUS_PER_HOUR,
    payment: {
      bankBin: e.PAYMENT_BANK_BIN,
      accountNumber: e.PAYMENT_ACCOUNT,
      webhookSecret: e.PAYMENT_WEBHOOK_SECRET ?? DEV_PAYMENT_WEBHOOK_SECRET,
      webhookToleranceSeconds: e.PAYMENT_WEBHOOK_TOLERANCE_SECONDS,
    },
    demo,
    sessionTtlMinutes: e.SESSION_TTL_MINUTES,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    oidc,
    serveWeb: e.SERVE_WEB,
    notifications: readNotificationSettings(e),
    nationalPortal: readNationalPortalSettings(e, e.PUBLIC_URL ?? `http://localhost:${e.PORT}`),
    devTools: e.DEV_TOOLS,
    survey: { tokenSecret: surveyTokenSecret(e), tokenTtlDays: e.SURVEY_TOKEN_TTL_DAYS },
    auditCheckpointKey: e.AUDIT_CHECKPOINT_KEY ?? DEV_AUDIT_CHECKPOINT_KEY,
    signing: {
      p12Path: e.SIGNING_P12_PATH ? path.resolve(e.SIGNING_P12_PATH) : undefined,
      p12Password: e.SIGNING_P12_PASSWORD,
      devIdentities: e.NODE_ENV !== 'production',
      enabled: e.RESULT_SIGNING !== 'off',
    },
    jobs: { lateSweepSeconds: e.LATE_SWEEP_SECONDS, shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS },
    partitions: {
      monthsAhead: e.PARTITION_MONTHS_AHEAD,
      retentionMonths: readPartitionRetention(e.PARTITION_RETENTION),
    },
  };
}
