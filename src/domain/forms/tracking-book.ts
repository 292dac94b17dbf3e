/**
 * Form 07 (TT 03/2025; 06 in TT 01/2018): Sổ theo dõi hồ sơ (tracking book), A4 landscape: one line per dossier received by a unit in a
 * period. The same columns feed the HTML page and the Excel workbook.
 */
import type { DossierState } from '../dossiers/state.js';
import { formatBookLineCell, type BookLine } from './book-line.js';
import { describeFormNumber, findFormNumber, type FormEdition } from './editions.js';
import { formatDateVi, formatPlaceDateVi } from './format.js';
import type { FormDocument, TableColumn } from './model.js';

/** One line of the book; instants are epoch milliseconds. */
export interface TrackingBookEntry {
  /** The dossier's line in its unit's book, given at receipt (the STT column); null on old rows. */
  book: BookLine | null;
  /** The receiving unit (a book printed for a unit and the units under it holds several books). */
  receivingUnitId: string;
  code: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  /** Address and phone, as one text. */
  contact: string;
  /** The agency in charge of the dossier. */
  agency: string;
  receivedAt: number | null;
  dueAt: number | null;
  /** When the one-stop handed the dossier to the processing agency. */
  sentAt: number | null;
  /** When the result came back (processing finished). */
  resultAt: number | null;
  returnedAt: number | null;
  note: string;
}

/** Columns of the book, in the order of the form; `date` columns hold instants shown as dd/mm/yyyy. */
export const TRACKING_BOOK_COLUMNS: (TableColumn & {
  key: keyof TrackingBookEntry | 'line' | 'signature';
  date?: true;
})[] = [
  { key: 'line', title: 'Số thứ tự', width: 0.8, align: 'center' },
  { key: 'code', title: 'Mã hồ sơ', width: 2.6 },
  { key: 'procedureName', title: 'Tên thủ tục hành chính', width: 3.2 },
  { key: 'sets', title: 'Số lượng hồ sơ (bộ)', width: 0.9, align: 'center' },
  { key: 'applicantName', title: 'Tên người nộp hồ sơ', width: 1.8 },
  { key: 'contact', title: 'Địa chỉ, số điện thoại', width: 2.2 },
  { key: 'agency', title: 'Cơ quan chủ trì giải quyết', width: 1.8 },
  { key: 'receivedAt', title: 'Ngày nhận hồ sơ', width: 1.2, align: 'center', date: true },
  { key: 'dueAt', title: 'Ngày hẹn trả kết quả', width: 1.2, align: 'center', date: true },
  { key: 'sentAt', title: 'Ngày chuyển hồ sơ', width: 1.2, align: 'center', date: true },
  { key: 'resultAt', title: 'Ngày nhận kết quả', width: 1.2, align: 'center', date: true },
  { key: 'returnedAt', title: 'Ngày trả kết quả', width: 1.2, align: 'center', date: true },
  { key: 'signature', title: 'Ký nhận', width: 1.2 },
  { key: 'note', title: 'Ghi chú', width: 1.6 },
];

const OUTCOME_NOTES: Partial<Record<NonNullable<DossierState['outcome']>, string>> = {
  refused: 'Từ chối giải quyết',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng xử lý',
};

/**
 * The dates and note a line takes from the dossier state: sent when the first step (reception) handed
 * over, the result when processing finished; the due date is the legal one, late when finished, or still
 * open, past it, even when an approved apology gave a new date (noted beside it).
 */
export function describeBookProgress(
  state: DossierState,
  now: number,
): Pick<TrackingBookEntry, 'receivedAt' | 'dueAt' | 'sentAt' | 'resultAt' | 'returnedAt' | 'note'> {
  const first = state.periods[0];
  const sentAt = state.periods.length > 1 && first ? first.endedAt : null;
  const notes: string[] = [];
  const outcomeNote = state.outcome ? OUTCOME_NOTES[state.outcome] : undefined;
  if (outcomeNote) notes.push(outcomeNote);
  if (state.status === 'supplement_requested') notes.push('Chờ bổ sung hồ sơ');
  const legalDue = state.originalDueAt ?? state.dueAt;
  if (legalDue !== null && (state.finishedAt ?? now) > legalDue) notes.push('Quá hạn');
  if (state.dueAt !== null && state.dueAt !== legalDue) notes.push(`Hẹn lại ${formatDateVi(state.dueAt)}`);
  return {
    receivedAt: state.receivedAt,
    dueAt: legalDue,
    sentAt,
    resultAt: state.finishedAt,
    returnedAt: state.returnedAt,
    note: notes.join('; '),
  };
}

/**
 * Whether the lines all belong to one book (one unit, one volume): then STT is the bare line number,
 * otherwise each line also names its volume.
 */
export function isSingleBook(entries: readonly TrackingBookEntry[]): boolean {
  const first = entries[0];
  return entries.every(
    (e) => e.receivingUnitId === first?.receivingUnitId && e.book?.volume === first?.book?.volume,
  );
}

/**
 * The text of one cell, dates as dd/mm/yyyy. STT is the line the dossier was given at receipt, never its
 * position in this print (a print of a shorter period must show the same numbers as form 01).
 */
export function formatBookCell(entry: TrackingBookEntry, key: string, singleBook = true): string {
  if (key === 'line') return formatBookLineCell(entry.book, singleBook);
  if (key === 'signature') return '';
  const value = entry[key as keyof TrackingBookEntry];
  if (value === null || typeof value === 'object') return '';
  const column = TRACKING_BOOK_COLUMNS.find((c) => c.key === key);
  return column?.date && typeof value === 'number' ? formatDateVi(value) : String(value);
}

/** Builds the printable book of a unit for a period (from and to are local dates as instants). */
export function buildTrackingBookForm(input: {
  authority: string;
  unit: string;
  place: string;
  from: number;
  to: number;
  printedAt: number;
  entries: TrackingBookEntry[];
  edition: FormEdition;
}): FormDocument {
  const authority = input.authority.toUpperCase();
  const unit = input.unit.toUpperCase();
  const period = `Từ ngày ${formatDateVi(input.from)} đến ngày ${formatDateVi(input.to)}`;
  const single = isSingleBook(input.entries);
  return {
    title: `Sổ theo dõi hồ sơ — ${input.unit} — ${period}`,
    fileName: `mau-${findFormNumber(input.edition, 'tracking-book')}-so-theo-doi-ho-so-${formatDateVi(input.from).replaceAll('/', '')}-${formatDateVi(input.to).replaceAll('/', '')}`,
    page: { size: 'A4', orientation: 'landscape' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber(input.edition, 'tracking-book') } },
      {
        kind: 'heading',
        authority,
        unit: unit === authority ? '' : unit,
        placeDate: formatPlaceDateVi(input.place, input.printedAt),
      },
      { kind: 'title', text: 'SỔ THEO DÕI HỒ SƠ', subtitle: `${period} — ${input.entries.length} hồ sơ` },
      {
        kind: 'table',
        columns: TRACKING_BOOK_COLUMNS.map(({ title, width, align }) => ({ title, width, align })),
        rows: input.entries.map((entry) =>
          TRACKING_BOOK_COLUMNS.map((column) => formatBookCell(entry, column.key, single)),
        ),
      },
    ],
  };
}
