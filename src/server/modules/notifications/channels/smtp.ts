/**
 * Email over SMTP with nodemailer. The outbox id becomes the Message-ID, so a message re-sent after a
 * crash between delivery and bookkeeping carries the same id and mail clients show it once.
 */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { PermanentDeliveryError, type NotificationChannel, type OutboundMessage } from './channel.js';

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://user:pass@host:465`. */
  url: string;
  /** `Name <address>` of the sender. */
  from: string;
}

/** The part of a nodemailer transport the adapter uses. */
export interface MailTransport {
  sendMail(mail: SendMailOptions): Promise<unknown>;
  close(): void;
}

/** Builds the nodemailer transport for a connection URL, with time limits shorter than its defaults. */
export function createSmtpTransport(url: string): MailTransport {
  return nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/**
 * True when the server refused the recipient for good (invalid address, 5xx to RCPT TO). Connection,
 * authentication and sender errors stay retryable: they are ours to fix, not the citizen's address.
 */
function isRejectedRecipient(error: unknown): boolean {
  const { code, command, responseCode } = error as {
    code?: unknown;
    command?: unknown;
    responseCode?: unknown;
  };
  if (code !== 'EENVELOPE' || (command !== 'RCPT TO' && command !== 'API')) return false;
  return typeof responseCode !== 'number' || responseCode >= 500;
}

/** Email adapter. `domain` names the Message-ID's right-hand side (the public host). */
export class SmtpChannel implements NotificationChannel {
  readonly name = 'smtp';

  constructor(
    private readonly transport: MailTransport,
    private readonly from: string,
    private readonly domain: string,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: { name: message.recipientName, address: message.to },
        subject: message.subject,
        text: message.text,
        messageId: `<${message.id}@${this.domain}>`,
        headers: { 'X-Idempotency-Key': message.idempotencyKey },
      });
    } catch (error) {
      if (isRejectedRecipient(error)) throw new PermanentDeliveryError((error as Error).message);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
