/**
 * Renders a form as a standalone, printable HTML page: print CSS sized to the form's paper, an "In phiếu"
 * button hidden in print, the QR code inline as SVG. Every value is escaped; the page's only script is
 * pinned by hash in the Content-Security-Policy the route sends.
 */
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { NATIONAL_MOTTO, type FormBlock, type FormDocument } from '../../../domain/forms/model.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

const PRINT_SCRIPT =
  "document.getElementById('print').addEventListener('click', function () { window.print(); });";

/** The Content-Security-Policy of a form page: inline styles, the one print script, nothing loaded. */
export const FORM_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(PRINT_SCRIPT).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function styles(doc: FormDocument): string {
  const { size, orientation } = doc.page;
  const width = size === 'A5' ? 148 : orientation === 'landscape' ? 297 : 210;
  const fontSize = size === 'A5' ? 13 : 12;
  return `
@page { size: ${size} ${orientation}; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: 'Times New Roman', 'DejaVu Serif', serif; font-size: ${fontSize}px; line-height: 1.45;
  color: #000; background: #f0f0f0; margin: 0; }
.sheet { background: #fff; width: ${width}mm; min-height: 100%; margin: 0 auto; padding: 12mm; }
.toolbar { width: ${width}mm; margin: 0 auto; padding: 8px 0; text-align: right; }
.toolbar button { font: inherit; padding: 4px 16px; cursor: pointer; }
.heading { display: grid; grid-template-columns: 1fr 1.35fr; gap: 8px; text-align: center; margin-bottom: 10px;
  font-size: ${fontSize - 1}px; }
.heading p { margin: 0; }
.heading .names::after { content: ''; display: block; width: 30%; margin: 2px auto 0; border-top: 1px solid #000; }
.heading .country { white-space: nowrap; }
.heading .strong { font-weight: bold; }
.heading .motto { font-weight: bold; text-decoration: underline; }
.heading .place { font-style: italic; margin-top: 6px; }
h1 { font-size: ${fontSize + 2}px; text-align: center; margin: 10px 0 0; }
.subtitle { text-align: center; font-weight: bold; margin: 2px 0 10px; }
p.line { margin: 2px 0; }
.label { font-weight: bold; }
ol { margin: 2px 0 2px 20px; padding: 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 6px; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
th { font-weight: bold; text-align: center; vertical-align: middle; }
.qr-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.qr-pair .qr svg { width: 22mm; height: 22mm; }
.qr { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.qr svg { width: 26mm; height: 26mm; flex: none; }
.qr p { margin: 0; font-size: ${fontSize - 1}px; font-style: italic; word-break: break-all; }
.signatures { display: grid; gap: 8px; text-align: center; margin-top: 10px; page-break-inside: avoid; }
.signatures p { margin: 0; }
.signatures .title { font-weight: bold; }
.signatures .hint { font-style: italic; }
.signatures .name { font-weight: bold; margin-top: 18mm; }
@media print {
  body { background: #fff; }
  .toolbar { display: none; }
  .sheet { width: auto; padding: 0; }
}`;
}

function renderTable(block: Extract<FormBlock, { kind: 'table' }>): string {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const head = block.columns
    .map((c) => `<th style="width:${((c.width / total) * 100).toFixed(1)}%">${escapeHtml(c.title)}</th>`)
    .join('');
  const align = (index: number) => block.columns[index]?.align ?? 'left';
  const body = block.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td style="text-align:${align(i)}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const empty = `<tr><td colspan="${block.columns.length}" style="text-align:center">(không có)</td></tr>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>${body || empty}</tbody></table>`;
}

async function renderBlock(block: FormBlock): Promise<string> {
  switch (block.kind) {
    case 'heading':
      return `<div class="heading"><div class="names"><p class="strong">${escapeHtml(block.authority)}</p>${
        block.unit ? `<p class="strong">${escapeHtml(block.unit)}</p>` : ''
      }</div><div><p class="strong country">${escapeHtml(NATIONAL_MOTTO.country)}</p><p class="motto">${escapeHtml(
        NATIONAL_MOTTO.motto,
      )}</p>${block.placeDate ? `<p class="place">${escapeHtml(block.placeDate)}</p>` : ''}</div></div>`;
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>${
        block.subtitle ? `<p class="subtitle">${escapeHtml(block.subtitle)}</p>` : ''
      }`;
    case 'line':
      return `<p class="line">${
        block.line.label ? `<span class="label">${escapeHtml(block.line.label)}</span>` : ''
      }${escapeHtml(block.line.text)}</p>`;
    case 'list':
      return `${block.lead ? `<p class="line label">${escapeHtml(block.lead)}</p>` : ''}<ol>${block.items
        .map((item) => `<li>${escapeHtml(item)}</li>`)
        .join('')}</ol>`;
    case 'table':
      return renderTable(block);
    case 'qr': {
      const svg = await QRCode.toString(block.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return `<div class="qr">${svg}<p>${escapeHtml(block.caption)}</p></div>`;
    }
    case 'qr-pair': {
      const parts = await Promise.all(
        block.codes.map(async (code) => {
          const svg = await QRCode.toString(code.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
          return `<div class="qr">${svg}<p>${escapeHtml(code.caption)}</p></div>`;
        }),
      );
      return `<div class="qr-pair">${parts.join('')}</div>`;
    }
    case 'signatures':
      // a single signer signs on the right half, as on paper
      return `<div class="signatures" style="grid-template-columns:repeat(${Math.max(block.blocks.length, 2)},1fr)">${
        block.blocks.length === 1 ? '<div></div>' : ''
      }${block.blocks
        .map(
          (s) =>
            `<div><p class="title">${escapeHtml(s.title)}</p><p class="hint">${escapeHtml(
              s.hint,
            )}</p><p class="name">${escapeHtml(s.name)}</p></div>`,
        )
        .join('')}</div>`;
  }
}

/** Renders the whole page. */
export async function renderFormHtml(doc: FormDocument): Promise<string> {
  const blocks = await Promise.all(doc.blocks.map(renderBlock));
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${styles(doc)}</style>
</head>
<body>
<div class="toolbar"><button type="button" id="print">In phiếu</button></div>
<main class="sheet">
${blocks.join('\n')}
</main>
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
}
