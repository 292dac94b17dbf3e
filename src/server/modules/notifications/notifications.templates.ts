/**
 * Message templates in Vietnamese: an email (subject and body) and a short text for SMS and Zalo, per event.
 * Times are shown as `dd/mm/yyyy HH:mm` in Vietnam's legal time (Asia/Ho_Chi_Minh, UTC+7, no DST).
 */
import { fromEpochDay } from '../../../domain/calendar/civil-date.js';
import { computeLocalEpochDay, DAY_MS, LOCAL_OFFSET_MS } from '../../../domain/calendar/instant.js';
import type { EventPayload, NotificationEvent, ParsedPayload } from './notifications.events.js';

/** A message ready for a channel: `text` is the email body, `short` the SMS/Zalo text. */
export interface RenderedMessage {
  subject: string;
  text: string;
  short: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `dd/mm/yyyy HH:mm` of an instant (epoch ms) in Asia/Ho_Chi_Minh. */
export function formatLocalDateTime(instant: number): string {
  const epochDay = computeLocalEpochDay(instant);
  const minutes = Math.floor((instant + LOCAL_OFFSET_MS - epochDay * DAY_MS) / 60_000);
  const { year, month, day } = fromEpochDay(epochDay);
  return `${pad(day)}/${pad(month)}/${year} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The public tracking page of a dossier. */
export function trackingLink(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/tra-cuu?code=${encodeURIComponent(code)}`;
}

/** Text without Vietnamese diacritics (`Hồ sơ đã` → `Ho so da`), for SMS gateways that require it. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

interface Parts {
  subject: string;
  body: string[];
  short: string;
}

/** What every template uses: the code, the quoted procedure name and the tracking lines. */
interface Common {
  code: string;
  name: string;
  track: string[];
  shortTrack: string;
  /** The satisfaction survey address for this delivery's channel, when the message carries one. */
  survey: string | null;
}

type Template<E extends NotificationEvent> = (data: EventPayload<E>, c: Common) => Parts;

const reasonLine = (reason: string | null) => (reason ? [`Lý do: ${reason}`] : []);

const TEMPLATES: { [E in NotificationEvent]: Template<E> } = {
  'dossier.submitted': (d, c) => ({
    subject: `Đã nhận hồ sơ nộp trực tuyến ${c.code}`,
    body: [
      `Hồ sơ ${c.name} của ông/bà đã được nộp trực tuyến lúc ${formatLocalDateTime(d.submittedAt)}.`,
      `Mã hồ sơ: ${c.code}`,
      'Bộ phận Một cửa sẽ kiểm tra và thông báo kết quả tiếp nhận.',
      ...c.track,
    ],
    short: `Hồ sơ ${c.code} đã được nộp trực tuyến, đang chờ tiếp nhận.${c.shortTrack}`,
  }),
  'dossier.received': (d, c) => {
    const due = d.dueAt === null ? null : formatLocalDateTime(d.dueAt);
    return {
      subject: `Đã tiếp nhận hồ sơ ${c.code}`,
      body: [
        `Hồ sơ ${c.name} của ông/bà đã được tiếp nhận lúc ${formatLocalDateTime(d.receivedAt)}.`,
        `Mã hồ sơ: ${c.code}`,
        `Ngày hẹn trả kết quả: ${due ?? 'theo thông báo của cơ quan giải quyết'}`,
        ...c.track,
      ],
      short: `Hồ sơ ${c.code} đã được tiếp nhận.${due ? ` Hẹn trả kết quả: ${due}.` : ''}${c.shortTrack}`,
    };
  },
  'dossier.not_received': (d, c) => ({
    subject: `Hồ sơ ${c.code} không được tiếp nhận`,
    body: [`Hồ sơ ${c.name} của ông/bà không được tiếp nhận.`, `Lý do: ${d.reason}`],
    short: `Hồ sơ ${c.code} không được tiếp nhận. Lý do: ${d.reason}`,
  }),
  'dossier.supplement_requested': (d, c) => ({
    subject: `Yêu cầu bổ sung hồ sơ ${c.code}`,
    body: [
      `Hồ sơ ${c.name} của ông/bà cần được bổ sung, hoàn thiện các nội dung sau:`,
      ...(d.items.length > 0 ? d.items.map((item, i) => `  ${i + 1}. ${item}`) : ['  (xem phiếu yêu cầu)']),
      ...reasonLine(d.reason),
      ...c.track,
    ],
    short: `Hồ sơ ${c.code} cần bổ sung: ${d.items.join('; ') || 'xem phiếu yêu cầu'}.${c.shortTrack}`,
  }),
  'dossier.refused': (d, c) => ({
    subject: `Hồ sơ ${c.code} bị từ chối giải quyết`,
    body: [`Hồ sơ ${c.name} của ông/bà bị từ chối giải quyết.`, `Lý do: ${d.reason}`, ...c.track],
    short: `Hồ sơ ${c.code} bị từ chối giải quyết. Lý do: ${d.reason}`,
  }),
  'dossier.result_ready': (d, c) => {
    const place = d.place ? ` tại ${d.place}` : '';
    return {
      subject: `Hồ sơ ${c.code} đã có kết quả`,
      body: [
        `Hồ sơ ${c.name} của ông/bà đã có kết quả.`,
        `Mời ông/bà đến nhận kết quả${place}, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
        ...c.track,
      ],
      short: `Hồ sơ ${c.code} đã có kết quả. Mời ông/bà đến nhận kết quả${place}.`,
    };
  },
  'dossier.result_returned': (d, c) => ({
    subject: `Đã trả kết quả hồ sơ ${c.code}`,
    body: [
      `Kết quả hồ sơ ${c.name} đã được trả cho ông/bà lúc ${formatLocalDateTime(d.returnedAt)}.`,
      'Cảm ơn ông/bà đã sử dụng dịch vụ. Mời ông/bà đánh giá mức độ hài lòng.',
      ...(c.survey ? [`Đánh giá mức độ hài lòng: ${c.survey}`] : []),
      ...c.track,
    ],
    short: `Đã trả kết quả hồ sơ ${c.code}. Cảm ơn ông/bà đã sử dụng dịch vụ.${c.survey ? ` Mời đánh giá: ${c.survey}` : ''}`,
  }),
  'dossier.stopped': (d, c) => ({
    subject: `Dừng xử lý hồ sơ ${c.code}`,
    body: [`Hồ sơ ${c.name} của ông/bà đã dừng xử lý.`, ...reasonLine(d.reason), ...c.track],
    short: `Hồ sơ ${c.code} đã dừng xử lý.${d.reason ? ` Lý do: ${d.reason}` : ''}`,
  }),
  'dossier.withdrawn': (_d, c) => ({
    subject: `Đã rút hồ sơ ${c.code}`,
    body: [`Hồ sơ ${c.name} đã được rút theo đề nghị của ông/bà.`, ...c.track],
    short: `Hồ sơ ${c.code} đã được rút theo đề nghị của ông/bà.`,
  }),
  'dossier.apology': (d, c) => {
    const due = formatLocalDateTime(d.newDueAt);
    return {
      subject: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${c.code}`,
      body: [
        `Cơ quan giải quyết chân thành xin lỗi ông/bà vì hồ sơ ${c.name} chưa có kết quả đúng hẹn.`,
        `Lý do: ${d.reason}`,
        `Ngày hẹn trả kết quả mới: ${due}`,
        ...c.track,
      ],
      short: `Xin lỗi ông/bà: hồ sơ ${c.code} chậm trả kết quả. Hẹn trả mới: ${due}.`,
    };
  },
};

function surveyOf(message: ParsedPayload, publicUrl: string, channel: string | undefined): string | null {
  if (message.event !== 'dossier.result_returned' || !channel) return null;
  const tokens = (message.data as { surveyTokens?: Record<string, string> }).surveyTokens;
  const token = tokens?.[channel];
  return token ? `${publicUrl.replace(/\/+$/, '')}/danh-gia/${token}` : null;
}

function partsOf(message: ParsedPayload, link: string | null, survey: string | null): Parts {
  const common: Common = {
    survey,
    code: message.code ?? '',
    name: `"${message.data.procedureName}"`,
    track: link ? [`Tra cứu tình trạng hồ sơ: ${link}`] : [],
    shortTrack: link ? ` Tra cứu: ${link}` : '',
  };
  // the event and its data travel together in ParsedPayload; TypeScript cannot correlate them here
  const template = TEMPLATES[message.event] as (data: unknown, c: Common) => Parts;
  return template(message.data, common);
}

/** Renders the message of a stored event; the tracking link appears when the dossier has a code. */
export function renderNotification(
  message: ParsedPayload,
  publicUrl: string,
  channel?: string,
): RenderedMessage {
  const parts = partsOf(
    message,
    message.code ? trackingLink(publicUrl, message.code) : null,
    surveyOf(message, publicUrl, channel),
  );
  const text = [`Kính gửi: ${message.fullName},`, '', ...parts.body, '', 'Trân trọng.'].join('\n');
  return { subject: parts.subject, text, short: parts.short };
}
