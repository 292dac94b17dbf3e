/** SQL of idempotency records: what the first request with a key created, per person and operation. */
import type { Executor } from '../../db/types.js';

/** Who sent which key to which operation. */
export interface IdempotencyScope {
  userId: string;
  operation: string;
  key: string;
}

export async function findIdempotencyRecord(db: Executor, scope: IdempotencyScope) {
  return db
    .selectFrom('idempotency_record')
    .select(['request_hash', 'target_id', 'tracking_pin'])
    .where('user_id', '=', scope.userId)
    .where('operation', '=', scope.operation)
    .where('key', '=', scope.key)
    .executeTakeFirst();
}

/**
 * Claims the key inside the transaction that creates the target. A concurrent claim of the same key waits for
 * this transaction and then fails with a unique violation (23505) on the primary key.
 */
export async function insertIdempotencyRecord(
  db: Executor,
  record: IdempotencyScope & { requestHash: string; targetId: string; trackingPin: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('idempotency_record')
    .values({
      user_id: record.userId,
      operation: record.operation,
      key: record.key,
      request_hash: record.requestHash,
      target_id: record.targetId,
      tracking_pin: record.trackingPin,
      created_at: record.now,
    })
    .execute();
}
