/**
 * Which adapter carries each recipient channel, from the configuration: SMTP for email and the HTTP
 * gateway for SMS when configured, otherwise the development sink (when enabled); Zalo only when configured.
 */
import type { Clock } from '../../../clock.js';
import type { NotificationSettings } from '../../../config.js';
import type { Executor } from '../../../db/types.js';
import type { ChannelRegistry, NotificationChannel, RecipientChannel } from './channel.js';
import { DevSinkChannel } from './dev-sink.js';
import type { Fetch } from './http.js';
import { HttpSmsChannel } from './http-sms.js';
import { createSmtpTransport, SmtpChannel } from './smtp.js';
import { ZaloChannel } from './zalo.js';

/** Recipient channels a new message may use under these settings (decided when it is queued). */
export function listAvailableChannels(settings: NotificationSettings): Set<RecipientChannel> {
  const available = new Set<RecipientChannel>();
  if (settings.smtp || settings.devSink) available.add('email');
  if (settings.sms || settings.devSink) available.add('sms');
  if (settings.zalo) available.add('zalo');
  return available;
}

export interface ChannelDeps {
  settings: NotificationSettings;
  db: Executor;
  clock: Clock;
  /** Host name used in email Message-IDs. */
  publicHost: string;
  fetch?: Fetch;
}

/** Builds the adapters once; `close` releases the SMTP connections. */
export function createChannelRegistry(deps: ChannelDeps): ChannelRegistry {
  const { settings } = deps;
  const sink = settings.devSink ? new DevSinkChannel(deps.db, deps.clock) : null;
  const channels: Record<RecipientChannel, NotificationChannel | null> = {
    email: settings.smtp
      ? new SmtpChannel(createSmtpTransport(settings.smtp.url), settings.smtp.from, deps.publicHost)
      : sink,
    sms: settings.sms ? new HttpSmsChannel(settings.sms, deps.fetch) : sink,
    zalo: settings.zalo ? new ZaloChannel(settings.zalo, deps.fetch) : null,
  };
  return {
    resolve: (channel) => channels[channel],
    async close() {
      for (const channel of new Set(Object.values(channels))) await channel?.close?.();
    },
  };
}
