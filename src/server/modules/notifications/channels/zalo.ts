/**
 * Zalo Notification Service (ZNS): `POST <url>` with the `access_token` header and
 * `{ phone, template_id, template_data, tracking_id }`. The approved template declares the parameters
 * `ma_ho_so` (code), `ho_ten` (name), `tieu_de` (subject) and `noi_dung` (short text). ZNS answers
 * HTTP 200 with `{ error: 0 }` on success and a non-zero `error` otherwise.
 */
import type { NotificationChannel, OutboundMessage } from './channel.js';
import { postJson, toInternationalPhone, type Fetch } from './http.js';

export interface ZaloSettings {
  url: string;
  accessToken: string;
  templateId: string;
}

/** Zalo ZNS adapter; only built when an access token and a template are configured. */
export class ZaloChannel implements NotificationChannel {
  readonly name = 'zalo';

  constructor(
    private readonly settings: ZaloSettings,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    const answer = await postJson(
      this.fetchImpl,
      this.settings.url,
      { access_token: this.settings.accessToken },
      {
        phone: toInternationalPhone(message.to),
        template_id: this.settings.templateId,
        template_data: {
          ma_ho_so: message.code ?? '',
          ho_ten: message.recipientName,
          tieu_de: message.subject,
          noi_dung: message.short,
        },
        // the outbox id is stable across retries and fits ZNS's length limit
        tracking_id: message.id,
      },
    );
    const error = (answer as { error?: unknown } | null)?.error;
    if (typeof error === 'number' && error !== 0) {
      const text = (answer as { message?: unknown }).message;
      throw new Error(`Zalo ZNS error ${error}: ${typeof text === 'string' ? text : ''}`);
    }
  }
}
