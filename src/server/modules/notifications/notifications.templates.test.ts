import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEventForAction, parseStoredPayload, PAYLOAD_VERSION } from './notifications.events.js';
import {
  formatLocalDateTime,
  renderNotification,
  stripDiacritics,
  trackingLink,
} from './notifications.templates.js';

const at = (iso: string) => new Date(iso).getTime();
const stored = (event: string, data: unknown, code: string | null = '000.01.90.H26-260302-0001') =>
  parseStoredPayload(event, { v: PAYLOAD_VERSION, code, fullName: 'Phạm Văn Dân', data });
const PUBLIC_URL = 'https://motcua.example.vn/';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('formats dd/mm/yyyy HH:mm at UTC+7, across the local midnight', () => {
    expect(formatLocalDateTime(at('2026-03-05T01:00:00Z'))).toBe('05/03/2026 08:00');
    expect(formatLocalDateTime(at('2026-03-04T17:30:00Z'))).toBe('05/03/2026 00:30');
    expect(formatLocalDateTime(at('2026-12-31T16:59:59Z'))).toBe('31/12/2026 23:59');
  });

  it('agrees with the platform time-zone database for every instant since 1976', () => {
    const reference = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: at('1976-01-01T00:00:00Z'), max: at('2100-01-01T00:00:00Z') }), (ms) => {
        expect(formatLocalDateTime(ms)).toBe(reference.format(ms).replace(',', ''));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});

describe('templates', () => {
  it('tells of a received dossier with its code, appointment and tracking link', () => {
    const message = renderNotification(
      stored('dossier.received', {
        procedureName: 'Chứng thực bản sao từ bản chính',
        receivedAt: at('2026-03-02T01:00:00Z'),
        dueAt: at('2026-03-05T01:00:00Z'),
      }),
      PUBLIC_URL,
    );
    expect(message.subject).toBe('Đã tiếp nhận hồ sơ 000.01.90.H26-260302-0001');
    expect(message.text).toContain('Kính gửi: Phạm Văn Dân,');
    expect(message.text).toContain(
      'Hồ sơ "Chứng thực bản sao từ bản chính" của ông/bà đã được tiếp nhận lúc 02/03/2026 08:00.',
    );
    expect(message.text).toContain('Ngày hẹn trả kết quả: 05/03/2026 08:00');
    expect(message.text).toContain(
      'Tra cứu tình trạng hồ sơ: https://motcua.example.vn/tra-cuu?code=000.01.90.H26-260302-0001',
    );
    expect(message.short).toBe(
      'Hồ sơ 000.01.90.H26-260302-0001 đã được tiếp nhận. Hẹn trả kết quả: 05/03/2026 08:00. ' +
        'Tra cứu: https://motcua.example.vn/tra-cuu?code=000.01.90.H26-260302-0001',
    );
  });

  it('lists the supplement items and gives the reasons of a refusal', () => {
    const supplement = renderNotification(
      stored('dossier.supplement_requested', {
        procedureName: 'Đăng ký khai sinh',
        items: ['Bản sao giấy chứng sinh', 'Giấy tờ tùy thân của người đi đăng ký'],
        reason: 'Thiếu giấy chứng sinh',
      }),
      PUBLIC_URL,
    );
    expect(supplement.subject).toBe('Yêu cầu bổ sung hồ sơ 000.01.90.H26-260302-0001');
    expect(supplement.text).toContain(
      '  1. Bản sao giấy chứng sinh\n  2. Giấy tờ tùy thân của người đi đăng ký',
    );
    expect(supplement.text).toContain('Lý do: Thiếu giấy chứng sinh');
    const refused = renderNotification(
      stored('dossier.not_received', {
        procedureName: 'Đăng ký khai sinh',
        reason: 'Không thuộc thẩm quyền',
      }),
      PUBLIC_URL,
    );
    expect(refused.short).toBe(
      'Hồ sơ 000.01.90.H26-260302-0001 không được tiếp nhận. Lý do: Không thuộc thẩm quyền',
    );
  });

  it('renders every event in Vietnamese, and the late-dossier apology with its new date', () => {
    const apology = renderNotification(
      stored('dossier.apology', {
        procedureName: 'Cấp giấy phép xây dựng',
        reason: 'Cần xin ý kiến cơ quan chuyên môn',
        newDueAt: at('2026-03-10T09:00:00Z'),
      }),
      PUBLIC_URL,
    );
    expect(apology.text).toContain('Ngày hẹn trả kết quả mới: 10/03/2026 16:00');
    const ready = renderNotification(
      stored('dossier.result_ready', {
        procedureName: 'Cấp giấy phép xây dựng',
        place: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
      }),
      PUBLIC_URL,
    );
    expect(ready.short).toBe(
      'Hồ sơ 000.01.90.H26-260302-0001 đã có kết quả. Mời ông/bà đến nhận kết quả tại Trung tâm Phục vụ hành chính công phường Ba Đình.',
    );
    const returned = renderNotification(
      stored('dossier.result_returned', { procedureName: 'X', returnedAt: at('2026-03-04T03:15:00Z') }),
      PUBLIC_URL,
    );
    expect(returned.text).toContain('lúc 04/03/2026 10:15');
  });

  it('refuses a stored payload that does not match its event', () => {
    expect(() => stored('dossier.received', { procedureName: 'X' })).toThrow();
    expect(() => stored('dossier.unknown', {})).toThrow('unknown notification event');
  });

  it('strips diacritics for unaccented SMS and builds tracking links', () => {
    expect(stripDiacritics('Hồ sơ đã được tiếp nhận. Đến Ủy ban')).toBe(
      'Ho so da duoc tiep nhan. Den Uy ban',
    );
    expect(trackingLink('http://localhost:3000', 'A B')).toBe('http://localhost:3000/tra-cuu?code=A%20B');
  });
});

describe('events raised by dossier actions', () => {
  it.each([
    ['submit', null, 'submitted', 'dossier.submitted'],
    ['accept', 'submitted', 'received', 'dossier.received'],
    ['reject', null, 'not_received', 'dossier.not_received'],
    ['request_supplement', 'received', 'supplement_requested', 'dossier.supplement_requested'],
    ['refuse', 'processing', 'processed', 'dossier.refused'],
    ['sign', 'processing', 'processed', 'dossier.result_ready'],
    ['return_result', 'processed', 'returned', 'dossier.result_returned'],
    ['stop', 'processing', 'stopped', 'dossier.stopped'],
    ['approve_withdrawal', 'withdrawal_requested', 'stopped', 'dossier.withdrawn'],
    ['forward', 'received', 'processing', null],
    ['assign', 'processing', 'processing', null],
  ] as const)('%s (%s → %s) raises %s', (type, from, to, event) => {
    expect(findEventForAction(type, from, to)).toBe(event);
  });
});

describe('rating link after the return', () => {
  it('puts the survey link of the delivery channel into the return notice, and none elsewhere', () => {
    const message = stored('dossier.result_returned', {
      procedureName: 'Cấp bản sao trích lục khai tử',
      returnedAt: at('2026-03-05T03:00:00Z'),
      surveyTokens: { email: 'TOKEN-EMAIL', sms: 'TOKEN-SMS', zalo: 'TOKEN-ZALO' },
    });
    expect(renderNotification(message, PUBLIC_URL, 'sms').short).toContain(
      'https://motcua.example.vn/danh-gia/TOKEN-SMS',
    );
    expect(renderNotification(message, PUBLIC_URL, 'zalo').short).toContain('/danh-gia/TOKEN-ZALO');
    expect(renderNotification(message, PUBLIC_URL, 'email').text).toContain('/danh-gia/TOKEN-EMAIL');
    expect(renderNotification(message, PUBLIC_URL).text).not.toContain('/danh-gia/');
  });
});
