/**
 * Events a citizen is told about (domain.md §5, §7), the data each message needs (one zod schema per
 * event; the stored payload is versioned) and which dossier action raises which event.
 */
import { z } from 'zod';
import type { DossierStatus, LoggedActionType } from '../../../domain/dossiers/status.js';

/** Version of the stored payload shape; bump it (and keep reading the old one) when a shape changes. */
export const PAYLOAD_VERSION = 1;

const Instant = z.number().int();
const Procedure = { procedureName: z.string() };

/** Event-specific data, by event name. Instants are epoch milliseconds. */
export const EventPayloads = {
  /** Online submission recorded, awaiting the one-stop's check. */
  'dossier.submitted': z.object({ ...Procedure, submittedAt: Instant }),
  /** Accepted (form 01): code, appointment, tracking link. */
  'dossier.received': z.object({ ...Procedure, receivedAt: Instant, dueAt: Instant.nullable() }),
  /** Refused at intake (form 03). */
  'dossier.not_received': z.object({ ...Procedure, reason: z.string() }),
  /** Supplement requested (form 02): what to bring, once and completely. */
  'dossier.supplement_requested': z.object({
    ...Procedure,
    items: z.array(z.string()),
    reason: z.string().nullable(),
  }),
  /** Refused after appraisal, with written reasons. */
  'dossier.refused': z.object({ ...Procedure, reason: z.string() }),
  /** Result ready to collect. */
  'dossier.result_ready': z.object({ ...Procedure, place: z.string().nullable() }),
  /** Result handed over. */
  'dossier.result_returned': z.object({
    ...Procedure,
    returnedAt: Instant,
    /** Single-use satisfaction survey link tokens, one per delivery channel (issue #7: rate after return). */
    surveyTokens: z.object({ email: z.string(), sms: z.string(), zalo: z.string() }).partial().optional(),
  }),
  /** Processing stopped (TT 03/2025 form 05). */
  'dossier.stopped': z.object({ ...Procedure, reason: z.string().nullable() }),
  /** The citizen's withdrawal request approved. */
  'dossier.withdrawn': z.object({ ...Procedure, reason: z.string().nullable() }),
  /** Late: apology with the reason and a new return date (form 04). */
  'dossier.apology': z.object({ ...Procedure, reason: z.string(), newDueAt: Instant }),
} as const;

export type NotificationEvent = keyof typeof EventPayloads;
/** Every event name, in the order of a dossier's life. */
export const NOTIFICATION_EVENTS = Object.keys(EventPayloads) as NotificationEvent[];
export type EventPayload<E extends NotificationEvent> = z.infer<(typeof EventPayloads)[E]>;

/** What is stored in `notification_outbox.payload`: the version, who and which dossier, and the event data. */
export interface StoredPayload {
  v: number;
  code: string | null;
  fullName: string;
  data: unknown;
}

const StoredPayloadSchema = z.object({
  v: z.literal(PAYLOAD_VERSION),
  code: z.string().nullable(),
  fullName: z.string(),
  data: z.unknown(),
});

/** A stored payload read back and checked against its event's schema. */
export type ParsedPayload = {
  [E in NotificationEvent]: { event: E; code: string | null; fullName: string; data: EventPayload<E> };
}[NotificationEvent];

/** True when the text names a known event. */
export function isNotificationEvent(value: string): value is NotificationEvent {
  return Object.hasOwn(EventPayloads, value);
}

/** Reads a stored payload; throws (a permanent delivery error for the caller) when it does not match. */
export function parseStoredPayload(event: string, payload: unknown): ParsedPayload {
  if (!isNotificationEvent(event)) throw new Error(`unknown notification event "${event}"`);
  const stored = StoredPayloadSchema.parse(payload);
  const data = EventPayloads[event].parse(stored.data);
  return { event, code: stored.code, fullName: stored.fullName, data } as ParsedPayload;
}

/** Vietnamese and English names of the events, for lists shown to officials. */
export const EVENT_LABELS: Record<NotificationEvent, { vi: string; en: string }> = {
  'dossier.submitted': { vi: 'Đã nhận hồ sơ trực tuyến', en: 'Online submission received' },
  'dossier.received': { vi: 'Tiếp nhận hồ sơ', en: 'Dossier received' },
  'dossier.not_received': { vi: 'Không tiếp nhận hồ sơ', en: 'Dossier not received' },
  'dossier.supplement_requested': { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement requested' },
  'dossier.refused': { vi: 'Từ chối giải quyết', en: 'Refused' },
  'dossier.result_ready': { vi: 'Đã có kết quả', en: 'Result ready' },
  'dossier.result_returned': { vi: 'Đã trả kết quả', en: 'Result returned' },
  'dossier.stopped': { vi: 'Dừng xử lý hồ sơ', en: 'Processing stopped' },
  'dossier.withdrawn': { vi: 'Rút hồ sơ', en: 'Dossier withdrawn' },
  'dossier.apology': { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new date' },
};

/**
 * The event a dossier action raises, or null when the citizen need not be told. `to` is the status after
 * the action: any action that makes the result ready (sign, approve, …) raises `dossier.result_ready`.
 */
export function findEventForAction(
  type: LoggedActionType,
  from: DossierStatus | null,
  to: DossierStatus | null,
): NotificationEvent | null {
  switch (type) {
    case 'submit':
      return to === 'submitted' ? 'dossier.submitted' : null;
    case 'accept':
      return 'dossier.received';
    case 'reject':
      return 'dossier.not_received';
    case 'request_supplement':
      return 'dossier.supplement_requested';
    case 'refuse':
      return 'dossier.refused';
    case 'stop':
      return 'dossier.stopped';
    case 'approve_withdrawal':
      return 'dossier.withdrawn';
    case 'return_result':
      return 'dossier.result_returned';
    case 'apology_approved':
      return 'dossier.apology';
    case 'explain':
      return null;
    default:
      return to === 'processed' && from !== 'processed' ? 'dossier.result_ready' : null;
  }
}
