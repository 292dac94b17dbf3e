/**
 * A received dossier's line in its receiving unit's tracking book (Sổ theo dõi hồ sơ, form 07 of
 * TT 03/2025/TT-VPCP, 06 of TT 01/2018). Form 01 of both editions says where the dossier was entered:
 * "Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: ……". The project opens one volume per unit per calendar
 * year (local time, Asia/Ho_Chi_Minh) and numbers its lines from 1 in order of receipt; the server draws the
 * number from a per-unit counter inside the receiving transaction.
 */
// the calendar's small modules, not its index: the web app imports this file too
import { fromEpochDay } from '../calendar/civil-date.js';
import { computeLocalEpochDay } from '../calendar/instant.js';

/** Where a dossier stands in the book: the volume (a year) and the line number within it. */
export interface BookLine {
  volume: number;
  line: number;
}

/** The volume a dossier received at `receivedAt` (epoch ms) is entered in: the local year of receipt. */
export function findBookVolume(receivedAt: number): number {
  return fromEpochDay(computeLocalEpochDay(receivedAt)).year;
}

/**
 * The book line as both pieces are printed on form 01: `Quyển số: 2026, Số thứ tự: 15`, with the dots of
 * the blank form when the dossier has no line (not received).
 */
export function describeBookLine(book: BookLine | null): string {
  const blank = '…………';
  return book === null
    ? `Quyển số: ${blank}, Số thứ tự: ${blank}`
    : `Quyển số: ${book.volume}, Số thứ tự: ${book.line}`;
}

/**
 * The STT cell of one tracking-book line: the dossier's own line number, with its volume when the printed
 * period spans several volumes (a new year) so two lines numbered 1 are told apart; a dossier without a
 * line prints nothing rather than a made-up number.
 */
export function formatBookLineCell(book: BookLine | null, singleVolume: boolean): string {
  if (book === null) return '';
  return singleVolume ? String(book.line) : `${book.line}/${book.volume}`;
}
