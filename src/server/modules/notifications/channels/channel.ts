/**
 * The one interface every delivery adapter implements (email, SMS, Zalo, the development sink), and the
 * error an adapter throws when retrying cannot help.
 */

/** Where a message goes: the recipient's kind of address. */
export type RecipientChannel = 'email' | 'sms' | 'zalo';

/** A rendered message for one recipient on one channel. */
export interface OutboundMessage {
  /** Outbox row id: the same on every retry, so receivers that support it can drop duplicates. */
  id: string;
  /** `<dossier id>:<action seq>:<channel>`. */
  idempotencyKey: string;
  dossierId: string | null;
  /** The dossier code, when it has one. */
  code: string | null;
  event: string;
  channel: RecipientChannel;
  /** Email address or mobile number (national form, `0…`). */
  to: string;
  recipientName: string;
  subject: string;
  /** Full text (email body). */
  text: string;
  /** Short text for SMS and Zalo. */
  short: string;
}

/** A delivery adapter. `send` resolves once the provider accepted the message and throws otherwise. */
export interface NotificationChannel {
  /** Recorded as `delivered_via` on the outbox row. */
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
  /** Releases connections (SMTP pool); optional. */
  close?(): Promise<void>;
}

/** A failure retrying cannot fix (bad address, rejected template): the row goes straight to 'dead'. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** Picks the adapter for a recipient channel; null when that channel is not available. */
export interface ChannelRegistry {
  resolve(channel: RecipientChannel): NotificationChannel | null;
  close(): Promise<void>;
}
