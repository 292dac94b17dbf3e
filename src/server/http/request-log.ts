/** How a request appears in the logs. */
import type { FastifyRequest } from 'fastify';

/** The URL as logged: the receipt's one-time `pin` query parameter (the tracking PIN) blanked. */
export function redactLoggedUrl(url: string): string {
  return url.replace(/([?&]pin=)[^&#]*/gi, '$1[redacted]');
}

/**
 * A request as logged: Fastify's default fields, with the PIN printed on the first receipt slip kept out
 * of the URL, as the PIN is otherwise stored only as a hash.
 */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactLoggedUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
