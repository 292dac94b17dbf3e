/**
 * Survey links: one base64url string of a binary payload (the dossier, the channel, the expiry, a nonce)
 * and its HMAC-SHA-256 under the configured key (56 characters in all). A link proves which dossier a response is
 * about; the database makes it single-use (`satisfaction_token_use` and one response per dossier).
 */
import crypto from 'node:crypto';
import { SATISFACTION_CHANNELS, type SatisfactionChannel } from '../../../domain/satisfaction/instrument.js';
import { AppError } from '../../../domain/errors.js';

export interface SurveyToken {
  dossierId: string;
  channel: SatisfactionChannel;
  expiresAt: Date;
}

/** Payload bytes: dossier id (16), channel index (1), expiry in epoch seconds (4), random nonce (4). */
const PAYLOAD_BYTES = 25;
/** HMAC-SHA-256 truncated to 128 bits: links stay short enough for an SMS and a small QR code. */
const SIGNATURE_BYTES = 16;

const sign = (secret: string, body: Buffer) =>
  crypto.createHmac('sha256', secret).update('kc-survey:').update(body).digest().subarray(0, SIGNATURE_BYTES);

/** Issues a signed link token for a dossier and channel, valid for `ttlDays` from `now`. */
export function issueSurveyToken(
  secret: string,
  input: { dossierId: string; channel: SatisfactionChannel; now: Date; ttlDays: number },
): { token: string; expiresAt: Date } {
  const expiry = Math.floor((input.now.getTime() + input.ttlDays * 86_400_000) / 1000);
  const body = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(input.dossierId.replaceAll('-', ''), 'hex').copy(body, 0);
  body.writeUInt8(SATISFACTION_CHANNELS.indexOf(input.channel), 16);
  body.writeUInt32BE(expiry, 17);
  crypto.randomBytes(4).copy(body, 21);
  const token = Buffer.concat([body, sign(secret, body)]).toString('base64url');
  return { token, expiresAt: new Date(expiry * 1000) };
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
 * Verifies a token's signature and expiry. Throws `not_found` for a forged or malformed token and
 * `validation_failed` (details.reason = 'expired') for an expired one.
 */
export function verifySurveyToken(secret: string, token: string, now: Date): SurveyToken {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw badLink();
  const bytes = Buffer.from(token, 'base64url');
  // only the canonical encoding: the spare bits of the last character must not give a second valid link
  if (bytes.length !== PAYLOAD_BYTES + SIGNATURE_BYTES || bytes.toString('base64url') !== token)
    throw badLink();
  const body = bytes.subarray(0, PAYLOAD_BYTES);
  if (!crypto.timingSafeEqual(sign(secret, body), bytes.subarray(PAYLOAD_BYTES))) throw badLink();
  const channel = SATISFACTION_CHANNELS[body.readUInt8(16)];
  if (!channel) throw badLink();
  const expiresAt = new Date(body.readUInt32BE(17) * 1000);
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
