/**
 * Renders a form as PDF with pdfkit, in DejaVu Serif (embedded, subset) so every Vietnamese diacritic
 * prints; the same blocks as the HTML page, laid out for the form's paper.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { NATIONAL_MOTTO, type FormBlock, type FormDocument } from '../../../domain/forms/model.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSerif.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'),
};
const MARGIN = 34; // 12 mm
let fontFiles: Record<keyof typeof FONTS, Buffer> | null = null;

/** The font files, read once per process. */
function readFonts(): Record<keyof typeof FONTS, Buffer> {
  fontFiles ??= {
    regular: fs.readFileSync(FONTS.regular),
    bold: fs.readFileSync(FONTS.bold),
    italic: fs.readFileSync(FONTS.italic),
  };
  return fontFiles;
}

type Doc = InstanceType<typeof PDFDocument>;

interface Layout {
  doc: Doc;
  left: number;
  width: number;
  size: number;
}

function ensureRoom(layout: Layout, height: number): void {
  const { doc } = layout;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Writes centred lines in a column and returns the y where the column ends. */
function column(layout: Layout, x: number, width: number, y: number, lines: [keyof typeof FONTS, string][]) {
  const { doc } = layout;
  doc.y = y;
  for (const [font, text] of lines) {
    doc.font(font).text(text, x, doc.y, { width, align: 'center' });
  }
  return doc.y;
}

/** The largest font size up to `max` at which a bold line fits the width. */
function fitBold(doc: Doc, text: string, width: number, max: number): number {
  const natural = doc.font('bold').fontSize(max).widthOfString(text);
  return natural <= width ? max : Math.floor(((max * width) / natural) * 10) / 10;
}

function drawHeading(layout: Layout, block: Extract<FormBlock, { kind: 'heading' }>): void {
  const { doc, left, width, size } = layout;
  const top = doc.y;
  const leftWidth = width * 0.42;
  const rightX = left + leftWidth + 6;
  const rightWidth = width - leftWidth - 6;
  const names = [block.authority, block.unit].filter(Boolean);
  // each name on one line where a slightly smaller size allows it; the country's name always on one line
  doc.fontSize(Math.max(Math.min(...names.map((n) => fitBold(doc, n, leftWidth, size))), size * 0.8));
  const leftEnd = column(
    layout,
    left,
    leftWidth,
    top,
    names.map((n) => ['bold', n]),
  );
  underline(doc, left + leftWidth * 0.35, leftEnd + 1, leftWidth * 0.3);
  doc.fontSize(fitBold(doc, NATIONAL_MOTTO.country, rightWidth, size));
  column(layout, rightX, rightWidth, top, [
    ['bold', NATIONAL_MOTTO.country],
    ['bold', NATIONAL_MOTTO.motto],
  ]);
  const mottoWidth = doc.font('bold').widthOfString(NATIONAL_MOTTO.motto);
  underline(doc, rightX + (rightWidth - mottoWidth) / 2, doc.y + 1, mottoWidth);
  let rightEnd = doc.y;
  if (block.placeDate)
    rightEnd = column(layout, rightX, rightWidth, doc.y + 6, [['italic', block.placeDate]]);
  doc.fontSize(size);
  doc.x = left;
  doc.y = Math.max(leftEnd, rightEnd) + 10;
}

function underline(doc: Doc, x: number, y: number, length: number): void {
  doc
    .moveTo(x, y)
    .lineTo(x + length, y)
    .lineWidth(0.6)
    .stroke();
}

function drawTable(layout: Layout, block: Extract<FormBlock, { kind: 'table' }>): void {
  const { doc, left, width } = layout;
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const fontSize = Math.max(layout.size - (block.columns.length > 8 ? 3 : 1), 7);
  const align = (index: number) => block.columns[index]?.align ?? 'left';
  const header = block.columns.map((c) => ({
    text: c.title,
    font: { src: 'bold', size: fontSize },
    align: { x: 'center' as const, y: 'center' as const },
  }));
  const rows =
    block.rows.length > 0 ? block.rows : [block.columns.map((_, i) => (i === 1 ? '(không có)' : ''))];
  const body = rows.map((row) =>
    row.map((text, i) => ({ text, font: { src: 'regular', size: fontSize }, align: { x: align(i) } })),
  );
  ensureRoom(layout, fontSize * 4);
  doc.table({
    position: { x: left, y: doc.y + 2 },
    maxWidth: width,
    columnStyles: block.columns.map((c) => (c.width / total) * width),
    defaultStyle: { border: 0.6, padding: [2, 3] },
    data: [header, ...body],
  });
  doc.font('regular').fontSize(layout.size);
  doc.x = left;
  doc.moveDown(0.4);
}

async function drawQr(layout: Layout, block: Extract<FormBlock, { kind: 'qr' }>): Promise<void> {
  const { doc, left, width } = layout;
  const side = 72;
  ensureRoom(layout, side + 8);
  const top = doc.y + 4;
  const png = await QRCode.toBuffer(block.url, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  doc.image(png, left, top, { width: side, height: side });
  doc
    .font('italic')
    .fontSize(layout.size - 1)
    .text(block.caption, left + side + 8, top + 6, { width: width - side - 8 });
  doc.font('regular').fontSize(layout.size);
  doc.x = left;
  doc.y = Math.max(doc.y, top + side) + 6;
}

async function drawQrPair(layout: Layout, block: Extract<FormBlock, { kind: 'qr-pair' }>): Promise<void> {
  const { doc, left, width } = layout;
  const side = 50;
  const half = width / 2;
  ensureRoom(layout, side + 8);
  const top = doc.y + 4;
  let bottom = top + side;
  for (const [index, code] of block.codes.entries()) {
    const x = left + index * half;
    const png = await QRCode.toBuffer(code.url, { margin: 1, width: 200, errorCorrectionLevel: 'M' });
    doc.image(png, x, top, { width: side, height: side });
    doc
      .font('italic')
      .fontSize(layout.size - 1.5)
      .text(code.caption, x + side + 4, top + 2, { width: half - side - 10 });
    bottom = Math.max(bottom, doc.y);
  }
  doc.font('regular').fontSize(layout.size);
  doc.x = left;
  doc.y = bottom + 6;
}

function drawSignatures(layout: Layout, block: Extract<FormBlock, { kind: 'signatures' }>): void {
  const { doc, left, width } = layout;
  ensureRoom(layout, 84);
  const top = doc.y + 4;
  // a single signer signs on the right half, as on paper
  const slots = Math.max(block.blocks.length, 2);
  const each = width / slots;
  const first = slots - block.blocks.length;
  let bottom = top;
  block.blocks.forEach((s, index) => {
    const x = left + (first + index) * each;
    const end = column(layout, x, each, top, [
      ['bold', s.title],
      ['italic', s.hint],
    ]);
    bottom = Math.max(bottom, column(layout, x, each, end + 40, [['bold', s.name || ' ']]));
  });
  doc.x = left;
  doc.y = bottom;
}

async function drawBlock(layout: Layout, block: FormBlock): Promise<void> {
  const { doc, left, width, size } = layout;
  switch (block.kind) {
    case 'heading':
      return drawHeading(layout, block);
    case 'title':
      doc.moveDown(0.3);
      doc
        .font('bold')
        .fontSize(size + 2)
        .text(block.text, left, doc.y, { width, align: 'center' });
      if (block.subtitle) doc.fontSize(size).text(block.subtitle, { width, align: 'center' });
      doc.font('regular').fontSize(size).moveDown(0.5);
      return;
    case 'line':
      if (block.line.label) doc.font('bold').text(block.line.label, left, doc.y, { width, continued: true });
      doc
        .font('regular')
        .text(block.line.text || ' ', block.line.label ? undefined : left, undefined, { width });
      return;
    case 'list':
      if (block.lead) doc.font('bold').text(block.lead, left, doc.y, { width });
      doc.font('regular');
      block.items.forEach((item, index) =>
        doc.text(`${index + 1}. ${item}`, left + 12, doc.y, { width: width - 12 }),
      );
      doc.x = left;
      return;
    case 'table':
      return drawTable(layout, block);
    case 'qr-pair':
      return drawQrPair(layout, block);
    case 'qr':
      return drawQr(layout, block);
    case 'signatures':
      return drawSignatures(layout, block);
  }
}

/** Renders the form to a PDF file in memory. */
export async function renderFormPdf(form: FormDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: form.page.size,
    layout: form.page.orientation,
    margin: MARGIN,
    info: { Title: form.title, Author: 'Kỷ Cương', Creator: 'Kỷ Cương' },
    lang: 'vi-VN',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, file] of Object.entries(readFonts())) doc.registerFont(name, file);
  const layout: Layout = {
    doc,
    left: MARGIN,
    width: doc.page.width - 2 * MARGIN,
    size: form.page.size === 'A5' ? 9 : 10,
  };
  doc.font('regular').fontSize(layout.size);
  for (const block of form.blocks) await drawBlock(layout, block);
  doc.end();
  return done;
}
