/**
 * One dossier of a bulk import (issue #20 item 5): a record in the shape the national public-service portal
 * exchanges (field names `MaHoSo`, `MaTTHC`, `TrangThaiHoSo`, … [practice]), checked by the rules the app uses
 * and turned into the stored state, or refused with a Vietnamese reason. Pure: look-ups and "now" are passed in.
 *
 * Status codes (domain.md §5 [practice]): "1 new, 2 received, 3 not received, 4 processing, 5 supplement
 * requested, 6 awaiting financial obligation, 7 withdrawal requested, 8 stopped, 9 processed, 10 result
 * returned." The app has no state for 6, so such a record is refused with that reason rather than guessed.
 */
import { isDossierCode } from './code.js';
import type { DossierState } from './state.js';
import { LOGGED_ACTIONS, NATIONAL_STATUS_CODE, type DossierStatus, type LoggedActionType } from './status.js';
import { checkIdNumber } from '../identity/validate.js';

/** A record as read from a CSV line or a JSON line: fields by portal name. */
export interface ImportRecord {
  MaHoSo?: unknown;
  MaTTHC?: unknown;
  MaDonVi?: unknown;
  TrangThaiHoSo?: unknown;
  KenhNop?: unknown;
  ChuHoSo?: unknown;
  SoGiayTo?: unknown;
  SoDienThoai?: unknown;
  NgayNopHoSo?: unknown;
  NgayTiepNhan?: unknown;
  NgayHenTra?: unknown;
  NgayKetThucXuLy?: unknown;
  NgayTraKetQua?: unknown;
  /** `[{HanhDong, ThoiDiem}]`, or in CSV `type@time|type@time`. */
  QuaTrinhXuLy?: unknown;
}

/** A receiving unit as the importer knows it. */
export interface ImportUnit {
  id: string;
  /** The agency code its dossier codes start with (its own or its parent's). */
  agencyCode: string;
  authorityId: string;
  scopePath: string;
  calendarVersionId: string;
}

/** A procedure as the importer knows it: its current published version and the units offering it. */
export interface ImportProcedure {
  id: string;
  versionId: string;
  offeredBy: ReadonlySet<string>;
}

export interface ImportLookups {
  unitByCode(code: string): ImportUnit | undefined;
  procedureByCode(code: string): ImportProcedure | undefined;
}

/** What is stored for an accepted record. */
export interface ImportedDossier {
  code: string;
  unit: ImportUnit;
  procedure: ImportProcedure;
  channel: 'counter' | 'online' | 'postal';
  applicant: { kind: 'person'; fullName: string; idNumber?: string; phone?: string };
  status: DossierStatus;
  state: DossierState;
  actions: { seq: number; type: LoggedActionType; at: number }[];
  createdAt: number;
}

export type ImportCheck = { ok: true; dossier: ImportedDossier } | { ok: false; reason: string };

const STATUS_BY_CODE = new Map<number, DossierStatus>(
  Object.entries(NATIONAL_STATUS_CODE).map(([status, code]) => [code, status as DossierStatus]),
);
const CHANNEL_BY_CODE = { '1': 'counter', '2': 'online', '3': 'postal' } as const;
const LOGGED = new Set<string>(LOGGED_ACTIONS);
const VN_OFFSET_MS = 7 * 3_600_000;
/** The portal's compact local time `yyyyMMddHHmmss` (Asia/Ho_Chi_Minh, UTC+7 all year). */
const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MOBILE = /^(0|\+84)(3|5|7|8|9)\d{8}$/;

/**
 * Which times each status must (true), must not (false) or may (null) carry: received, finished, returned.
 * A supplement request or a withdrawal may come before receipt (form 02 at the counter, an online dossier
 * withdrawn before it was taken in), so those statuses may lack a receipt time.
 */
const REQUIRED_TIMES: Record<DossierStatus, [boolean | null, boolean, boolean]> = {
  submitted: [false, false, false],
  received: [true, false, false],
  not_received: [false, true, false],
  processing: [true, false, false],
  supplement_requested: [null, false, false],
  withdrawal_requested: [null, false, false],
  stopped: [null, true, false],
  processed: [true, true, false],
  returned: [true, true, true],
};

/** Parses a portal time: `yyyyMMddHHmmss` in Vietnam's time, or ISO 8601 with a zone. NaN when invalid. */
export function parsePortalTime(value: string): number {
  const compact = COMPACT_TIME.exec(value);
  if (compact) {
    const [y, mo, d, h, mi, s] = compact.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    const back = new Date(ms);
    if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return NaN;
    return ms - VN_OFFSET_MS;
  }
  return ISO_WITH_ZONE.test(value) ? Date.parse(value) : NaN;
}

/** `YYMMDD` of an instant in Vietnam's time (the date part of a dossier code). */
function codeDay(instant: number): string {
  return new Date(instant + VN_OFFSET_MS).toISOString().slice(2, 10).replace(/-/g, '');
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

class Refused extends Error {}
const refuse = (reason: string): never => {
  throw new Refused(reason);
};

function readTime(record: ImportRecord, field: keyof ImportRecord, label: string): number | null {
  const raw = text(record[field]);
  if (raw === '') return null;
  const at = parsePortalTime(raw);
  if (Number.isNaN(at))
    refuse(`${label} "${raw}" không đúng định dạng (yyyyMMddHHmmss hoặc ISO 8601 có múi giờ).`);
  return at;
}

function readActions(raw: unknown): { type: string; at: string }[] {
  if (raw === undefined || raw === null || raw === '') return [];
  if (typeof raw === 'string') {
    return raw.split('|').map((part) => {
      const at = part.lastIndexOf('@');
      return { type: part.slice(0, at).trim(), at: part.slice(at + 1).trim() };
    });
  }
  if (!Array.isArray(raw)) return refuse('Quá trình xử lý phải là danh sách các bước.');
  return raw.map((item: unknown) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    return { type: text(entry.HanhDong), at: text(entry.ThoiDiem) };
  });
}

/** The times a record carries, checked against its status and against each other. */
function readTimes(record: ImportRecord, status: DossierStatus, now: number) {
  const submittedAt = readTime(record, 'NgayNopHoSo', 'Ngày nộp');
  const receivedAt = readTime(record, 'NgayTiepNhan', 'Ngày tiếp nhận');
  const dueAt = readTime(record, 'NgayHenTra', 'Ngày hẹn trả');
  const finishedAt = readTime(record, 'NgayKetThucXuLy', 'Ngày kết thúc xử lý');
  const returnedAt = readTime(record, 'NgayTraKetQua', 'Ngày trả kết quả');
  const [needsReceived, needsFinished, needsReturned] = REQUIRED_TIMES[status];
  const label = `trạng thái ${NATIONAL_STATUS_CODE[status]}`;
  if (needsReceived && receivedAt === null) refuse(`Hồ sơ ở ${label} phải có ngày tiếp nhận.`);
  if (needsReceived === false && receivedAt !== null)
    refuse(`Hồ sơ ở ${label} chưa được tiếp nhận nên không có ngày tiếp nhận.`);
  if (receivedAt !== null && dueAt === null) refuse(`Hồ sơ ở ${label} phải có ngày hẹn trả.`);
  if (needsFinished !== (finishedAt !== null)) {
    refuse(
      needsFinished
        ? `Hồ sơ ở ${label} phải có ngày kết thúc xử lý.`
        : `Hồ sơ ở ${label} chưa kết thúc nên không có ngày kết thúc xử lý.`,
    );
  }
  if (needsReturned !== (returnedAt !== null)) {
    refuse(
      needsReturned
        ? `Hồ sơ ở ${label} phải có ngày trả kết quả.`
        : `Hồ sơ ở ${label} chưa trả kết quả nên không có ngày trả kết quả.`,
    );
  }
  const order: [number | null, number | null, string][] = [
    [submittedAt, receivedAt, 'Ngày tiếp nhận trước ngày nộp.'],
    [receivedAt, dueAt, 'Ngày hẹn trả trước ngày tiếp nhận.'],
    [receivedAt ?? submittedAt, finishedAt, 'Ngày kết thúc xử lý trước ngày nộp hoặc tiếp nhận.'],
    [finishedAt, returnedAt, 'Ngày trả kết quả trước ngày kết thúc xử lý.'],
  ];
  for (const [before, after, reason] of order)
    if (before !== null && after !== null && after < before) refuse(reason);
  const latest = returnedAt ?? finishedAt ?? receivedAt ?? submittedAt;
  if (latest !== null && latest > now) refuse('Thời điểm trong hồ sơ nằm ở tương lai.');
  const first = submittedAt ?? receivedAt ?? finishedAt;
  if (first === null) refuse('Hồ sơ phải có ngày nộp hoặc ngày tiếp nhận.');
  return { submittedAt, receivedAt, dueAt, finishedAt, returnedAt, first: first! };
}

function readApplicant(record: ImportRecord): ImportedDossier['applicant'] {
  const fullName = text(record.ChuHoSo);
  if (fullName.length < 2 || fullName.length > 200) refuse('Tên chủ hồ sơ phải từ 2 đến 200 ký tự.');
  const applicant: ImportedDossier['applicant'] = { kind: 'person', fullName };
  const idNumber = text(record.SoGiayTo);
  if (idNumber !== '') {
    if (!checkIdNumber(idNumber).ok)
      refuse(`Số giấy tờ "${idNumber}" không hợp lệ (CCCD 12 số hoặc CMND 9 số).`);
    applicant.idNumber = idNumber;
  }
  const phone = text(record.SoDienThoai).replace(/[\s.]/g, '');
  if (phone !== '') {
    if (!MOBILE.test(phone)) refuse(`Số điện thoại "${phone}" không phải số di động Việt Nam.`);
    applicant.phone = phone.startsWith('+84') ? `0${phone.slice(3)}` : phone;
  }
  return applicant;
}

/** The outcome a finished status implies, read from the log where the status alone does not say. */
function outcomeOf(status: DossierStatus, types: ReadonlySet<string>): DossierState['outcome'] {
  if (status === 'not_received') return 'not_received';
  if (status === 'stopped') return types.has('approve_withdrawal') ? 'withdrawn' : 'stopped';
  if (status === 'processed' || status === 'returned') return types.has('refuse') ? 'refused' : 'granted';
  return null;
}

function checkRecord(record: ImportRecord, lookups: ImportLookups, now: number): ImportedDossier {
  const statusCode = Number(text(record.TrangThaiHoSo));
  if (statusCode === 6) refuse('Trạng thái 6 (chờ thực hiện nghĩa vụ tài chính) chưa được hệ thống hỗ trợ.');
  const status =
    STATUS_BY_CODE.get(statusCode) ??
    refuse(`Trạng thái "${text(record.TrangThaiHoSo)}" không thuộc bảng mã 1–10.`);
  const unitCode = text(record.MaDonVi);
  const unit = lookups.unitByCode(unitCode) ?? refuse(`Không tìm thấy đơn vị tiếp nhận có mã "${unitCode}".`);
  const procedureCode = text(record.MaTTHC);
  const procedure =
    lookups.procedureByCode(procedureCode) ?? refuse(`Không tìm thấy thủ tục có mã "${procedureCode}".`);
  if (!procedure.offeredBy.has(unit.id))
    refuse(`Đơn vị "${unitCode}" không tiếp nhận thủ tục "${procedureCode}".`);
  const channel =
    CHANNEL_BY_CODE[text(record.KenhNop) as keyof typeof CHANNEL_BY_CODE] ??
    refuse('Kênh nộp phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính).');
  const times = readTimes(record, status, now);
  const code = text(record.MaHoSo);
  if (!isDossierCode(code))
    refuse(`Mã hồ sơ "${code}" không đúng cấu trúc <mã cơ quan>-<YYMMDD>-<số thứ tự>.`);
  if (!code.startsWith(`${unit.agencyCode}-`))
    refuse(`Mã hồ sơ "${code}" không mang mã định danh ${unit.agencyCode} của đơn vị tiếp nhận.`);
  // the code is given when the dossier enters the series: at submission online, at receipt at the counter
  if (code.slice(-11, -5) !== codeDay(times.submittedAt ?? times.receivedAt ?? times.first)) {
    refuse(`Ngày trong mã hồ sơ "${code}" khác ngày nộp hoặc ngày tiếp nhận.`);
  }
  const applicant = readApplicant(record);
  const actions = readActions(record.QuaTrinhXuLy).map((entry, index) => {
    if (!LOGGED.has(entry.type))
      refuse(`Bước xử lý thứ ${index + 1}: hành động "${entry.type}" không có trong hệ thống.`);
    const at = parsePortalTime(entry.at);
    if (Number.isNaN(at)) refuse(`Bước xử lý thứ ${index + 1}: thời điểm "${entry.at}" không hợp lệ.`);
    if (at < times.first) refuse(`Bước xử lý thứ ${index + 1} diễn ra trước khi nộp hồ sơ.`);
    if (at > now) refuse(`Bước xử lý thứ ${index + 1} nằm ở tương lai.`);
    return { seq: index + 1, type: entry.type as LoggedActionType, at };
  });
  if (actions.length === 0) refuse('Hồ sơ phải có ít nhất một bước trong quá trình xử lý.');
  for (let i = 1; i < actions.length; i += 1) {
    if (actions[i]!.at < actions[i - 1]!.at) refuse(`Bước xử lý thứ ${i + 1} sớm hơn bước trước nó.`);
  }
  const types = new Set(actions.map((a) => a.type));
  const state: DossierState = {
    status,
    outcome: outcomeOf(status, types),
    stepIndex: null,
    stepId: null,
    holderId: null,
    stepDueAt: null,
    receivedAt: times.receivedAt,
    dueAt: times.dueAt,
    finishedAt: times.finishedAt,
    returnedAt: times.returnedAt,
    paused: null,
    openConsultations: 0,
    periods: [],
    lastSeq: actions.length,
  };
  return { code, unit, procedure, channel, applicant, status, state, actions, createdAt: times.first };
}

/**
 * Checks one record and builds what is stored: the dossier's state as the portal reports it (no step
 * periods: the source system's internal steps are not known here), and its log with the record's actions.
 */
export function checkImportRecord(record: ImportRecord, lookups: ImportLookups, now: number): ImportCheck {
  try {
    return { ok: true, dossier: checkRecord(record, lookups, now) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}
