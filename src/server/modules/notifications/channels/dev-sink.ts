/**
 * The development sink: instead of sending, keeps each message in `notification_sink`, where officials
 * read it in the UI. Idempotent: delivering the same outbox row twice keeps one message.
 */
import type { Clock } from '../../../clock.js';
import type { Executor } from '../../../db/types.js';
import { insertSinkMessage } from '../notifications.queries.js';
import type { NotificationChannel, OutboundMessage } from './channel.js';

/** Adapter that stores messages in the database. */
export class DevSinkChannel implements NotificationChannel {
  readonly name = 'dev-sink';

  constructor(
    private readonly db: Executor,
    private readonly clock: Clock,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    await insertSinkMessage(this.db, {
      outboxId: message.id,
      dossierId: message.dossierId,
      channel: message.channel,
      address: message.to,
      subject: message.subject,
      body: message.channel === 'email' ? message.text : message.short,
      receivedAt: this.clock.now(),
    });
  }
}
