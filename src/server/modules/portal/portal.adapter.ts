/**
 * The adapter to the national portal: one HTTP POST per change, JSON `{ idempotencyKey, record }`, with the
 * key also in the `Idempotency-Key` header (the receiver keeps the first and drops repeats), a bearer token
 * and/or an HMAC-SHA256 signature of `<timestamp>.<body>` (`x-kc-signature`, `x-kc-timestamp`).
 */
import {
  signPaymentNotification,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../security/webhook-signature.js';
import type { NationalPortalSettings } from '../../config.js';

/** One change to deliver. */
export interface PortalDelivery {
  idempotencyKey: string;
  record: unknown;
}

/** Delivers a change or throws; `PortalRefusedError` means retrying will not help. */
export interface PortalAdapter {
  send(delivery: PortalDelivery): Promise<void>;
}

/** The portal refused the change itself (4xx other than 408/429): no retry, shown as given up. */
export class PortalRefusedError extends Error {}

/** Outbound HTTP (the global fetch by default; tests route it into the app). */
export type PortalFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

const TIMEOUT_MS = 30_000;

/** The HTTP adapter for `endpoint` (the portal, or the development stand-in). */
export function createHttpPortalAdapter(
  endpoint: NonNullable<NationalPortalSettings['endpoint']>,
  fetchImpl: PortalFetch = fetch as unknown as PortalFetch,
  nowMs: () => number = Date.now,
): PortalAdapter {
  return {
    async send(delivery) {
      const body = JSON.stringify(delivery);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'idempotency-key': delivery.idempotencyKey,
      };
      if (endpoint.token) headers.authorization = `Bearer ${endpoint.token}`;
      if (endpoint.hmacSecret) {
        const timestamp = Math.floor(nowMs() / 1000);
        headers[TIMESTAMP_HEADER] = String(timestamp);
        headers[SIGNATURE_HEADER] = signPaymentNotification(endpoint.hmacSecret, timestamp, body);
      }
      const response = await fetchImpl(endpoint.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status >= 200 && response.status < 300) return;
      const text = (await response.text()).slice(0, 300);
      const message = `Cổng DVC quốc gia trả lời ${response.status}: ${text}`;
      const transient = response.status >= 500 || response.status === 408 || response.status === 429;
      throw transient ? new Error(message) : new PortalRefusedError(message);
    },
  };
}
