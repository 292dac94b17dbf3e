/** Shared by the HTTP adapters: a JSON POST with a time limit, and the mapping of HTTP failures. */
import { PermanentDeliveryError } from './channel.js';

/** The fetch the HTTP adapters use (the global one by default; tests pass a fake). */
export type Fetch = typeof fetch;

const TIMEOUT_MS = 15_000;

/**
 * POSTs JSON and returns the parsed response body (or null when it is not JSON). A 4xx other than
 * 408/429 is permanent (the request itself is wrong); 5xx, 408, 429 and network errors are retried.
 */
export async function postJson(
  fetchImpl: Fetch,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<unknown> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) {
    const message = `HTTP ${response.status}: ${text.slice(0, 300)}`;
    const permanent =
      response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
    throw permanent ? new PermanentDeliveryError(message) : new Error(message);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `0987654321` → `84987654321` (the international form without `+`, as Vietnamese gateways expect). */
export function toInternationalPhone(phone: string): string {
  return phone.startsWith('0') ? `84${phone.slice(1)}` : phone.replace(/^\+/, '');
}
