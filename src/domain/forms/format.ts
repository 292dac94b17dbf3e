/**
 * Vietnamese wording of values printed on forms: dates `dd/mm/yyyy`, times `HH giờ mm phút` in Vietnam
 * local time (UTC+7, no daylight saving), legal durations, money, document forms and timeliness.
 */
import { computeLocalEpochDay, DAY_MS, fromEpochDay, LOCAL_OFFSET_MS } from '../calendar/index.js';
import type { Timeliness } from '../dossiers/state.js';
import type { Duration, RequiredDocument } from '../procedures/definition.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function localParts(instant: number) {
  const date = fromEpochDay(computeLocalEpochDay(instant));
  const minuteOfDay = Math.floor(((((instant + LOCAL_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  return { ...date, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 };
}

/** `02/03/2026`: the local date of an instant. */
export function formatDateVi(instant: number): string {
  const p = localParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** `08 giờ 00 phút`: the local time of day of an instant. */
export function formatClockVi(instant: number): string {
  const p = localParts(instant);
  return `${pad(p.hour)} giờ ${pad(p.minute)} phút`;
}

/** `08 giờ 00 phút, ngày 02/03/2026`. */
export function formatMomentVi(instant: number): string {
  return `${formatClockVi(instant)}, ngày ${formatDateVi(instant)}`;
}

/** `08:00 02/03/2026`: the compact form used in table cells. */
export function formatShortMomentVi(instant: number): string {
  const p = localParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)} ${formatDateVi(instant)}`;
}

/** `Ba Đình, ngày 02 tháng 03 năm 2026`: the place and date line above a signature. */
export function formatPlaceDateVi(place: string, instant: number): string {
  const p = localParts(instant);
  const date = `ngày ${pad(p.day)} tháng ${pad(p.month)} năm ${p.year}`;
  return place ? `${place}, ${date}` : date[0]!.toUpperCase() + date.slice(1);
}

const UNIT_WORDS: Record<Duration['unit'], string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  same_day: 'trong ngày',
};

/** `03 ngày làm việc`, `04 giờ làm việc`, `15 ngày`, `Trong ngày`: a procedure's legal time. */
export function formatLegalTimeVi(duration: Duration): string {
  if (duration.unit === 'same_day') return 'Trong ngày';
  const value = Number.isInteger(duration.value)
    ? pad(duration.value)
    : String(duration.value).replace('.', ',');
  return `${value} ${UNIT_WORDS[duration.unit]}`;
}

/** `10.000 đồng`; zero reads `Không thu`. */
export function formatMoneyVi(amount: number): string {
  if (amount === 0) return 'Không thu';
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} đồng`;
}

/** Vietnamese names of the forms in which a document is handed in. */
export const DOCUMENT_FORM_LABELS: Record<RequiredDocument['form'], string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao chứng thực',
  original_or_copy: 'Bản chính hoặc bản sao',
};

/** Words used in the result column of the process control sheet. */
export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/** The count of sets or copies as printed: `01`, `02`, … */
export function formatCountVi(count: number): string {
  return pad(count);
}

const LOCAL_GOVERNMENTS = new Set(['commune', 'district', 'province']);

/**
 * The name of the authority a one-stop unit belongs to, as forms print it: a local government is its
 * People's Committee (`UBND phường Ba Đình`), any other unit its own full name.
 */
export function nameAuthority(unit: {
  kind: string;
  name: string;
  full_name: string;
  admin_type: string | null;
}): string {
  if (!LOCAL_GOVERNMENTS.has(unit.kind)) return unit.full_name;
  const fullName = unit.admin_type ? `${unit.admin_type.toLowerCase()} ${unit.name}` : unit.full_name;
  return `UBND ${fullName}`;
}

/** The place printed before a form's date: the local government's own name (`Ba Đình`), else nothing. */
export function namePlace(unit: { kind: string; name: string }): string {
  return LOCAL_GOVERNMENTS.has(unit.kind) ? unit.name : '';
}
