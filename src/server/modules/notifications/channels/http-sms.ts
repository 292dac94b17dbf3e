/**
 * SMS through an HTTP gateway: `POST <url>` with `Authorization: Bearer <token>`, an `Idempotency-Key`
 * header and `{ to, text, sender, reference }` (to in the `84…` form). Vietnamese SMS providers differ;
 * a gateway that speaks another shape sits behind a small proxy that speaks this one.
 */
import { stripDiacritics } from '../notifications.templates.js';
import type { NotificationChannel, OutboundMessage } from './channel.js';
import { postJson, toInternationalPhone, type Fetch } from './http.js';

export interface HttpSmsSettings {
  url: string;
  token: string;
  /** Brandname registered with the carriers. */
  sender: string | undefined;
  /** Send without diacritics (many brandname templates require it; otherwise UCS-2 halves the length). */
  unaccented: boolean;
}

/** SMS adapter over HTTP. */
export class HttpSmsChannel implements NotificationChannel {
  readonly name = 'http-sms';

  constructor(
    private readonly settings: HttpSmsSettings,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    const text = this.settings.unaccented ? stripDiacritics(message.short) : message.short;
    await postJson(
      this.fetchImpl,
      this.settings.url,
      { authorization: `Bearer ${this.settings.token}`, 'idempotency-key': message.idempotencyKey },
      {
        to: toInternationalPhone(message.to),
        text,
        sender: this.settings.sender ?? null,
        reference: message.idempotencyKey,
      },
    );
  }
}
