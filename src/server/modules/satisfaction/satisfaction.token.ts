/**
 * Survey links: one base64url string of a binary payload (the dossier, the channel, the issue time, a nonce)
 * and its HMAC-SHA-256 under the configured key (56 characters in all). A link proves which dossier a response is
 * about; the database makes it single-use (`satisfaction_token_use` and one response per dossier).
 *
 * The expiry is not carried: it is the issue time plus the configured lifetime (SURVEY_TOKEN_TTL_DAYS), so
 * no link, whoever signed it, lives longer than the configuration allows. Links of the first format (the
 * channel byte's high bit clear) carried their expiry instead; they are honoured only while that expiry
 * is at most one lifetime away.
 */
import crypto from 'node:crypto';
import { SATISFACTION_CHANNELS, type SatisfactionChannel } from '../../../domain/satisfaction/instrument.js';
import { AppError } from '../../../domain/errors.js';

export interface SurveyToken {
  dossierId: string;
  channel: SatisfactionChannel;
  expiresAt: Date;
}

/**
 * Payload bytes: dossier id (16), channel index with the format flag (1), issue time in epoch seconds (4;
 * the expiry in the first format), random nonce (4).
 */
const PAYLOAD_BYTES = 25;
/** Set in the channel byte of links that carry their issue time. */
const ISSUED_AT_FORMAT = 0x80;
/** Clocks of several servers may differ a little: an issue time this far ahead is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
/** HMAC-SHA-256 truncated to 128 bits: links stay short enough for an SMS and a small QR code. */
const SIGNATURE_BYTES = 16;

const sign = (secret: string, body: Buffer) =>
  crypto.createHmac('sha256', secret).update('kc-survey:').update(body).digest().subarray(0, SIGNATURE_BYTES);

/** Issues a signed link token for a dossier and channel, valid for `ttlDays` from `now`. */
export function issueSurveyToken(
  secret: string,
  input: { dossierId: string; channel: SatisfactionChannel; now: Date; ttlDays: number },
): { token: string; expiresAt: Date } {
  const issuedAt = Math.floor(input.now.getTime() / 1000);
  const body = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(input.dossierId.replaceAll('-', ''), 'hex').copy(body, 0);
  body.writeUInt8(SATISFACTION_CHANNELS.indexOf(input.channel) | ISSUED_AT_FORMAT, 16);
  body.writeUInt32BE(issuedAt, 17);
  crypto.randomBytes(4).copy(body, 21);
  const token = Buffer.concat([body, sign(secret, body)]).toString('base64url');
  return { token, expiresAt: new Date(issuedAt * 1000 + input.ttlDays * DAY_MS) };
}

const badLink = () =>
  new AppError(
    'not_found',
    'Đường dẫn đánh giá không hợp lệ.',
    { reason: 'invalid' },
    'This survey link is not valid.',
  );

function formatUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * When a signed payload's link stops being valid: its issue time plus `ttlDays`, or (first format) the
 * expiry it carries. Null when it claims more than one lifetime from now (issued in the future, or an
 * expiry farther than the configuration allows): such a link is refused as invalid.
 */
function expiryOf(body: Buffer, now: Date, ttlDays: number): Date | null {
  const instant = body.readUInt32BE(17) * 1000;
  const latest = now.getTime() + ttlDays * DAY_MS;
  if ((body.readUInt8(16) & ISSUED_AT_FORMAT) === 0) return instant <= latest ? new Date(instant) : null;
  return instant <= now.getTime() + CLOCK_SKEW_MS ? new Date(instant + ttlDays * DAY_MS) : null;
}

/**
 * Verifies a token's signature and expiry (at most `ttlDays` after its issue). Throws `not_found` for a
 * forged, malformed or over-long token and `validation_failed` (details.reason = 'expired') for an expired one.
 */
export function verifySurveyToken(secret: string, token: string, now: Date, ttlDays: number): SurveyToken {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw badLink();
  const bytes = Buffer.from(token, 'base64url');
  // only the canonical encoding: the spare bits of the last character must not give a second valid link
  if (bytes.length !== PAYLOAD_BYTES + SIGNATURE_BYTES || bytes.toString('base64url') !== token)
    throw badLink();
  const body = bytes.subarray(0, PAYLOAD_BYTES);
  if (!crypto.timingSafeEqual(sign(secret, body), bytes.subarray(PAYLOAD_BYTES))) throw badLink();
  const channel = SATISFACTION_CHANNELS[body.readUInt8(16) & ~ISSUED_AT_FORMAT];
  if (!channel) throw badLink();
  const expiresAt = expiryOf(body, now, ttlDays);
  if (!expiresAt) throw badLink();
  if (now.getTime() >= expiresAt.getTime()) {
    throw new AppError(
      'validation_failed',
      'Đường dẫn đánh giá đã hết hạn.',
      { reason: 'expired' },
      'This survey link has expired.',
    );
  }
  return { dossierId: formatUuid(body.subarray(0, 16).toString('hex')), channel, expiresAt };
}

/** The stored form of a used token. */
export function hashSurveyToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
