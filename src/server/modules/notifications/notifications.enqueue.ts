/**
 * Queuing notifications inside the caller's transaction (house style rule 7): the outbox rows commit or
 * roll back with the dossier action that calls for them, so a crash after commit loses nothing.
 */
import { z } from 'zod';
import type { DossierStatus, LoggedActionType } from '../../../domain/dossiers/status.js';
import type { NotificationSettings } from '../../config.js';
import type { Tx } from '../../db/types.js';
import type { RecipientChannel } from './channels/channel.js';
import { listAvailableChannels } from './channels/registry.js';
import {
  EventPayloads,
  findEventForAction,
  PAYLOAD_VERSION,
  type EventPayload,
  type NotificationEvent,
  type StoredPayload,
} from './notifications.events.js';
import { insertOutboxRows } from './notifications.queries.js';
import { issueSurveyToken } from '../satisfaction/satisfaction.token.js';

/** Who to tell and how to reach them. */
export interface NotificationRecipient {
  fullName: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

/** One event of one dossier. `seq` is the dossier action that raised it (part of the idempotency key). */
export interface DossierNotificationInput<E extends NotificationEvent = NotificationEvent> {
  dossierId: string;
  code: string | null;
  event: E;
  applicant: NotificationRecipient;
  payload: EventPayload<E>;
  seq: number;
  now: Date;
}

/**
 * Queues one outbox row per channel the applicant can be reached on and the configuration offers (email
 * when they gave an address, SMS and Zalo when they gave a mobile number). Call it inside the transaction
 * that records the action. Idempotent per `<dossierId>:<seq>:<channel>`. Returns the number of rows added.
 * Throws if the payload does not match the event's schema (a programming error: the action rolls back).
 */
export async function enqueueDossierNotifications<E extends NotificationEvent>(
  trx: Tx,
  config: { notifications: NotificationSettings },
  input: DossierNotificationInput<E>,
): Promise<number> {
  const data = EventPayloads[input.event].parse(input.payload);
  const payload: StoredPayload = {
    v: PAYLOAD_VERSION,
    code: input.code,
    fullName: input.applicant.fullName,
    data,
  };
  const available = listAvailableChannels(config.notifications);
  const addresses: [RecipientChannel, string | null | undefined][] = [
    ['email', input.applicant.email],
    ['sms', input.applicant.phone],
    ['zalo', input.applicant.phone],
  ];
  const rows = addresses
    .filter((entry): entry is [RecipientChannel, string] => Boolean(entry[1]) && available.has(entry[0]))
    .map(([channel, address]) => ({
      dossierId: input.dossierId,
      event: input.event,
      channel,
      address,
      payload,
      idempotencyKey: `${input.dossierId}:${input.seq}:${channel}`,
      now: input.now,
    }));
  return insertOutboxRows(trx, rows);
}

const StoredApplicant = z.object({
  fullName: z.string().catch(''),
  phone: z.string().nullish().catch(null),
  email: z.string().nullish().catch(null),
  representative: z
    .object({ phone: z.string().nullish().catch(null), email: z.string().nullish().catch(null) })
    .nullish()
    .catch(null),
});

/** The recipient of a dossier's messages: the applicant's contacts, else their representative's. */
export function recipientOf(applicant: unknown): NotificationRecipient {
  const parsed = StoredApplicant.safeParse(applicant);
  if (!parsed.success) return { fullName: '' };
  const { fullName, phone, email, representative } = parsed.data;
  return {
    fullName,
    phone: phone ?? representative?.phone ?? null,
    email: email ?? representative?.email ?? null,
  };
}

/** A dossier action just recorded, with what the messages need from the dossier and its new state. */
/** Survey links for the citizen after the return, one per channel (email answers count as "online"). */
function surveyTokensFor(notice: DossierActionNotice) {
  const survey = notice.survey;
  if (!survey) return undefined;
  const issue = (channel: 'online' | 'sms' | 'zalo') =>
    issueSurveyToken(survey.tokenSecret, {
      dossierId: notice.dossier.id,
      channel,
      now: notice.now,
      ttlDays: survey.tokenTtlDays,
    }).token;
  return { email: issue('online'), sms: issue('sms'), zalo: issue('zalo') };
}

export interface DossierActionNotice {
  /** The survey link settings; when given, the return notice carries a rating link per channel. */
  survey?: { tokenSecret: string; tokenTtlDays: number } | undefined;
  dossier: {
    id: string;
    code: string | null;
    procedureName: string;
    /** The dossier's `applicant` JSON (contacts are read from it). */
    applicant: unknown;
    /** Where the result is collected (the receiving one-stop unit's name). */
    resultPlace: string | null;
  };
  action: { seq: number; type: LoggedActionType; payload: Record<string, unknown> };
  from: DossierStatus | null;
  next: {
    status: DossierStatus | null;
    receivedAt: number | null;
    dueAt: number | null;
    returnedAt: number | null;
  };
  now: Date;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function payloadFor(event: NotificationEvent, notice: DossierActionNotice): EventPayload<NotificationEvent> {
  const procedureName = notice.dossier.procedureName;
  const now = notice.now.getTime();
  const reason = text(notice.action.payload.reason);
  switch (event) {
    case 'dossier.submitted':
      return { procedureName, submittedAt: now };
    case 'dossier.received':
      return { procedureName, receivedAt: notice.next.receivedAt ?? now, dueAt: notice.next.dueAt };
    case 'dossier.supplement_requested': {
      const items = notice.action.payload.items;
      return {
        procedureName,
        items: Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string') : [],
        reason,
      };
    }
    case 'dossier.not_received':
    case 'dossier.refused':
      return { procedureName, reason: reason ?? '' };
    case 'dossier.result_ready':
      return { procedureName, place: notice.dossier.resultPlace };
    case 'dossier.result_returned':
      return {
        procedureName,
        returnedAt: notice.next.returnedAt ?? now,
        surveyTokens: surveyTokensFor(notice),
      };
    case 'dossier.stopped':
    case 'dossier.withdrawn':
      return { procedureName, reason };
    case 'dossier.apology':
      return {
        procedureName,
        reason: reason ?? '',
        newDueAt: typeof notice.action.payload.newDueAt === 'number' ? notice.action.payload.newDueAt : now,
      };
  }
}

/**
 * Queues what a dossier action tells the citizen (see `findEventForAction`), inside the action's
 * transaction; nothing for actions the citizen need not hear about. Returns the number of rows added.
 */
export async function enqueueDossierActionNotifications(
  trx: Tx,
  config: { notifications: NotificationSettings },
  notice: DossierActionNotice,
): Promise<number> {
  const event = findEventForAction(notice.action.type, notice.from, notice.next.status);
  if (!event) return 0;
  return enqueueDossierNotifications(trx, config, {
    dossierId: notice.dossier.id,
    code: notice.dossier.code,
    event,
    applicant: recipientOf(notice.dossier.applicant),
    payload: payloadFor(event, notice),
    seq: notice.action.seq,
    now: notice.now,
  });
}
