/**
 * A printable form as plain data: a page size and a list of blocks. The form builders produce it; the
 * HTML and PDF renderers draw the same blocks, so both outputs say exactly the same thing.
 */

/** Text with an optional bold label: `Mã hồ sơ: ` + the value. */
export interface Line {
  label?: string;
  text: string;
}

export interface TableColumn {
  title: string;
  /** Relative width; the renderer shares the line width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type FormBlock =
  /** The two-column heading: authority and unit (may be empty) on the left, the national motto on the right. */
  | { kind: 'heading'; authority: string; unit: string; placeDate?: string }
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'line'; line: Line }
  /** Lines numbered by the renderer (1., 2., …) under an optional lead-in. */
  | { kind: 'list'; lead?: string; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'qr'; url: string; caption: string }
  /** Two codes side by side (tracking and payment), so the slip stays on one page. */
  | { kind: 'qr-pair'; codes: [{ url: string; caption: string }, { url: string; caption: string }] }
  | { kind: 'signatures'; placeDate?: string; blocks: Signature[] };

export interface Signature {
  title: string;
  hint: string;
  name: string;
}

export interface FormDocument {
  /** The document title (HTML `<title>`, PDF metadata, file name stem). */
  title: string;
  fileName: string;
  page: { size: 'A4' | 'A5'; orientation: 'portrait' | 'landscape' };
  blocks: FormBlock[];
}

/** The national motto printed at the top right of every administrative form. */
export const NATIONAL_MOTTO = {
  country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
} as const;
