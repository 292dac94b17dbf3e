/**
 * The tracking book (form 06) as an Excel workbook: Vietnamese headers, dates as real date cells shown
 * dd/mm/yyyy (the local calendar day, so sorting and filtering work), A4 landscape when printed.
 */
import ExcelJS from 'exceljs';
import { computeLocalEpochDay, DAY_MS } from '../../../domain/calendar/index.js';
import { formatDateVi } from '../../../domain/forms/format.js';
import { TRACKING_BOOK_COLUMNS, formatBookCell, isSingleBook } from '../../../domain/forms/tracking-book.js';
import type { TrackingBook } from './forms.service.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The local calendar day of an instant as the Date exceljs stores as that day's serial number. */
function excelDate(instant: number): Date {
  return new Date(computeLocalEpochDay(instant) * DAY_MS);
}

/** Builds the workbook of a tracking book. */
export async function buildTrackingBookWorkbook(book: TrackingBook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ Cương';
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = TRACKING_BOOK_COLUMNS.length;
  const banner = (text: string, size: number) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).font = { bold: true, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  banner(book.unitName.toUpperCase(), 11);
  banner('SỔ THEO DÕI HỒ SƠ', 14);
  const period = (iso: string) => formatDateVi(Date.parse(`${iso}T00:00:00+07:00`));
  banner(`Từ ngày ${period(book.from)} đến ngày ${period(book.to)}`, 11);
  sheet.addRow([]);
  const header = sheet.addRow(TRACKING_BOOK_COLUMNS.map((c) => c.title));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  const single = isSingleBook(book.entries);
  book.entries.forEach((entry) => {
    const row = sheet.addRow(
      TRACKING_BOOK_COLUMNS.map((column) => {
        if (column.key === 'line')
          return single ? (entry.book?.line ?? '') : formatBookCell(entry, 'line', false);
        if (column.key === 'sets') return entry.sets;
        if (column.key === 'signature') return '';
        const value = entry[column.key];
        if (column.date) return typeof value === 'number' ? excelDate(value) : null;
        return formatBookCell(entry, column.key);
      }),
    );
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const column = TRACKING_BOOK_COLUMNS[col - 1];
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column?.align ?? 'left' };
      if (column?.date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  TRACKING_BOOK_COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.round(column.width * 8);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
