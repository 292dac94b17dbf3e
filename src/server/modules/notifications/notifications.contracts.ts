/**
 * Shapes of the notification API (zod: validation, TypeScript types and OpenAPI from one definition).
 * Schema-only, so the web app may import it.
 */
import { z } from 'zod';
import { PageQuery, pageOf } from '../../../contracts/common.js';

export const NotificationChannelName = z.enum(['email', 'sms', 'zalo']);
export type NotificationChannelName = z.infer<typeof NotificationChannelName>;

export const NotificationStatus = z.enum(['pending', 'sending', 'sent', 'failed', 'dead']);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

/** One queued message of a dossier and how its delivery went. Times are ISO 8601 in +07:00. */
export const DossierNotification = z.object({
  id: z.string().uuid(),
  event: z.string(),
  eventLabel: z.string(),
  channel: NotificationChannelName,
  address: z.string(),
  status: NotificationStatus,
  attempts: z.number().int(),
  /** When the next try is due (pending or failed rows only). */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** The adapter that delivered it: smtp, http-sms, zalo, dev-sink. */
  deliveredVia: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DossierNotification = z.infer<typeof DossierNotification>;

export const DossierNotificationList = z.object({ items: z.array(DossierNotification) });
export type DossierNotificationList = z.infer<typeof DossierNotificationList>;

export const DevSinkQuery = PageQuery.extend({ dossierId: z.string().uuid().optional() });
export type DevSinkQuery = z.infer<typeof DevSinkQuery>;

/** A message the development sink received instead of a real email or SMS. */
export const DevSinkMessage = z.object({
  id: z.number().int(),
  outboxId: z.string().uuid(),
  dossierId: z.string().uuid().nullable(),
  dossierCode: z.string().nullable(),
  event: z.string(),
  eventLabel: z.string(),
  channel: z.string(),
  address: z.string(),
  subject: z.string(),
  body: z.string(),
  receivedAt: z.string(),
});
export type DevSinkMessage = z.infer<typeof DevSinkMessage>;

export const DevSinkPage = pageOf(DevSinkMessage);
export type DevSinkPage = z.infer<typeof DevSinkPage>;
