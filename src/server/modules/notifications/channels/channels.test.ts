import nodemailer from 'nodemailer';
import { describe, expect, it, vi } from 'vitest';
import { PermanentDeliveryError, type OutboundMessage } from './channel.js';
import type { Fetch } from './http.js';
import { HttpSmsChannel } from './http-sms.js';
import { SmtpChannel } from './smtp.js';
import { ZaloChannel } from './zalo.js';

const message: OutboundMessage = {
  id: '6f1c2a9e-4d0b-4c36-9d1e-2f7a0b8c5e11',
  idempotencyKey: 'dossier-1:3:sms',
  dossierId: 'dossier-1',
  code: '000.01.90.H26-260302-0001',
  event: 'dossier.received',
  channel: 'sms',
  to: '0987654321',
  recipientName: 'Phạm Văn Dân',
  subject: 'Đã tiếp nhận hồ sơ 000.01.90.H26-260302-0001',
  text: 'Kính gửi: Phạm Văn Dân,\n\nHồ sơ đã được tiếp nhận.',
  short: 'Hồ sơ 000.01.90.H26-260302-0001 đã được tiếp nhận.',
};

/** A fetch that records requests and answers with the given status and body. */
function fakeFetch(status: number, body: unknown = { ok: true }) {
  const calls: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: JSON.parse(String(init.body)),
    });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as Fetch;
  return { fetchImpl, calls };
}

describe('HTTP SMS gateway', () => {
  const settings = {
    url: 'https://sms.example.vn/send',
    token: 'secret',
    sender: 'UBND-BADINH',
    unaccented: false,
  };

  it('posts the short text with the token, an idempotency key and the 84… number', async () => {
    const { fetchImpl, calls } = fakeFetch(200);
    await new HttpSmsChannel(settings, fetchImpl).send(message);
    expect(calls).toEqual([
      {
        url: 'https://sms.example.vn/send',
        headers: expect.objectContaining({
          authorization: 'Bearer secret',
          'idempotency-key': 'dossier-1:3:sms',
          'content-type': 'application/json; charset=utf-8',
        }),
        body: {
          to: '84987654321',
          text: 'Hồ sơ 000.01.90.H26-260302-0001 đã được tiếp nhận.',
          sender: 'UBND-BADINH',
          reference: 'dossier-1:3:sms',
        },
      },
    ]);
  });

  it('strips diacritics when the gateway requires unaccented text', async () => {
    const { fetchImpl, calls } = fakeFetch(200);
    await new HttpSmsChannel({ ...settings, unaccented: true }, fetchImpl).send(message);
    expect((calls[0]!.body as { text: string }).text).toBe(
      'Ho so 000.01.90.H26-260302-0001 da duoc tiep nhan.',
    );
  });

  it('treats a rejected request as permanent and a busy gateway as retryable', async () => {
    const rejected = new HttpSmsChannel(settings, fakeFetch(400, { error: 'invalid number' }).fetchImpl);
    await expect(rejected.send(message)).rejects.toBeInstanceOf(PermanentDeliveryError);
    for (const status of [429, 503]) {
      const busy = new HttpSmsChannel(settings, fakeFetch(status).fetchImpl).send(message);
      await expect(busy).rejects.toThrow(`HTTP ${status}`);
      await expect(busy).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    }
  });
});

describe('Zalo ZNS', () => {
  const settings = {
    url: 'https://zns.example.vn/message/template',
    accessToken: 'oa-token',
    templateId: '2468',
  };

  it('sends the approved template with the outbox id as tracking id', async () => {
    const { fetchImpl, calls } = fakeFetch(200, { error: 0, message: 'Success' });
    await new ZaloChannel(settings, fetchImpl).send(message);
    expect(calls[0]!.headers.access_token).toBe('oa-token');
    expect(calls[0]!.body).toEqual({
      phone: '84987654321',
      template_id: '2468',
      template_data: {
        ma_ho_so: '000.01.90.H26-260302-0001',
        ho_ten: 'Phạm Văn Dân',
        tieu_de: message.subject,
        noi_dung: message.short,
      },
      tracking_id: message.id,
    });
  });

  it('fails when ZNS answers 200 with an error code', async () => {
    const { fetchImpl } = fakeFetch(200, { error: -124, message: 'Access token invalid' });
    await expect(new ZaloChannel(settings, fetchImpl).send(message)).rejects.toThrow(
      'Zalo ZNS error -124: Access token invalid',
    );
  });
});

describe('SMTP (nodemailer)', () => {
  it('builds a UTF-8 email whose Message-ID is the outbox id', async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sendMail = vi.spyOn(transport, 'sendMail');
    const channel = new SmtpChannel(transport, 'Một cửa Ba Đình <motcua@example.vn>', 'motcua.example.vn');
    await channel.send({ ...message, channel: 'email', to: 'dan@example.vn' });
    const info = (await sendMail.mock.results[0]!.value) as { message: string };
    const mail = JSON.parse(info.message) as Record<string, unknown>;
    expect(mail).toMatchObject({
      subject: 'Đã tiếp nhận hồ sơ 000.01.90.H26-260302-0001',
      text: message.text,
      messageId: `<${message.id}@motcua.example.vn>`,
      to: [{ address: 'dan@example.vn', name: 'Phạm Văn Dân' }],
      headers: { 'X-Idempotency-Key': 'dossier-1:3:sms' },
    });
  });

  it('gives up on a refused recipient but retries connection problems', async () => {
    const failing = (error: object) =>
      new SmtpChannel(
        { sendMail: () => Promise.reject(Object.assign(new Error('smtp'), error)), close: () => undefined },
        'motcua@example.vn',
        'example.vn',
      ).send(message);
    await expect(
      failing({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 }),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
    const connection = failing({ code: 'ECONNECTION' });
    await expect(connection).rejects.toThrow('smtp');
    await expect(connection).rejects.not.toBeInstanceOf(PermanentDeliveryError);
  });
});
