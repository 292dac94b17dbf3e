/**
 * The development stand-in of the national portal (DEV_TOOLS only, never in production): `POST
 * /dev/national-portal/changes` receives changes as the portal would, keeping the first of each idempotency
 * key and dropping repeats; it can be told to fail the next N deliveries (`POST /dev/national-portal/fail`)
 * and shows what it holds (`GET /dev/national-portal/changes`). State lives in the process's memory.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PORTAL_STAND_IN_PATH } from '../../config.js';

/** What the stand-in holds: accepted changes in arrival order, and every delivery attempt counted. */
export class PortalStandIn {
  readonly accepted: { idempotencyKey: string; record: unknown; receivedAt: Date }[] = [];
  /** The idempotency key of every delivery attempt, in arrival order (failed and repeated ones too). */
  readonly attemptKeys: string[] = [];
  duplicates = 0;
  private failuresLeft = 0;
  private readonly keys = new Set<string>();

  /** The next `times` deliveries are answered 503. */
  failNext(times: number): void {
    this.failuresLeft = times;
  }

  /** Handles one delivery: 'failed' (told to), 'duplicate' (key already kept) or 'accepted'. */
  receive(idempotencyKey: string, record: unknown): 'failed' | 'duplicate' | 'accepted' {
    this.attemptKeys.push(idempotencyKey);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return 'failed';
    }
    if (this.keys.has(idempotencyKey)) {
      this.duplicates += 1;
      return 'duplicate';
    }
    this.keys.add(idempotencyKey);
    this.accepted.push({ idempotencyKey, record, receivedAt: new Date() });
    return 'accepted';
  }
}

const Delivery = z.object({ idempotencyKey: z.string().min(1).max(200), record: z.unknown() });

/** Registers the stand-in's routes (outside /api, as the real portal is another host). */
export async function portalStandInRoutes(
  app: FastifyInstance,
  standIn = new PortalStandIn(),
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hide = { hide: true };
  r.post(PORTAL_STAND_IN_PATH, { schema: { ...hide, body: Delivery } }, async (request, reply) => {
    const header = request.headers['idempotency-key'];
    if (header !== request.body.idempotencyKey) {
      return reply.code(400).send({ code: 'validation_failed', message: 'Thiếu hoặc sai Idempotency-Key.' });
    }
    const outcome = standIn.receive(request.body.idempotencyKey, request.body.record);
    if (outcome === 'failed')
      return reply.code(503).send({ message: 'Cổng thử nghiệm được yêu cầu báo lỗi.' });
    return { outcome };
  });
  r.get(PORTAL_STAND_IN_PATH, { schema: hide }, async () => ({
    attemptKeys: standIn.attemptKeys,
    duplicates: standIn.duplicates,
    accepted: standIn.accepted,
  }));
  r.post(
    '/dev/national-portal/fail',
    { schema: { ...hide, body: z.object({ times: z.number().int().min(0).max(100) }) } },
    async (request) => {
      standIn.failNext(request.body.times);
      return { failNext: request.body.times };
    },
  );
}
