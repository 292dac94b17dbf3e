/** Rows → API shapes, field by field. */
import { formatInstant } from '../../../domain/calendar/instant.js';
import type { DevSinkMessage, DossierNotification } from './notifications.contracts.js';
import { EVENT_LABELS, isNotificationEvent } from './notifications.events.js';
import type { listDossierNotifications, listSinkMessages } from './notifications.queries.js';

type OutboxRow = Awaited<ReturnType<typeof listDossierNotifications>>[number];
type SinkRow = Awaited<ReturnType<typeof listSinkMessages>>['rows'][number];

const labelOf = (event: string) => (isNotificationEvent(event) ? EVENT_LABELS[event].vi : event);
const at = (value: Date | null) => (value ? formatInstant(value.getTime()) : null);

/** An outbox row as shown on a dossier. */
export function presentDossierNotification(row: OutboxRow): DossierNotification {
  const waiting = row.status === 'pending' || row.status === 'failed';
  return {
    id: row.id,
    event: row.event,
    eventLabel: labelOf(row.event),
    channel: row.channel,
    address: row.address,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: waiting ? at(row.next_attempt_at) : null,
    lastError: row.last_error,
    deliveredVia: row.delivered_via,
    createdAt: formatInstant(row.created_at.getTime()),
    sentAt: at(row.sent_at),
  };
}

/** A development-sink message. */
export function presentSinkMessage(row: SinkRow): DevSinkMessage {
  return {
    id: Number(row.id),
    outboxId: row.outbox_id,
    dossierId: row.dossier_id,
    dossierCode: row.dossier_code,
    event: row.event,
    eventLabel: labelOf(row.event),
    channel: row.channel,
    address: row.address,
    subject: row.subject,
    body: row.body,
    receivedAt: formatInstant(row.received_at.getTime()),
  };
}
