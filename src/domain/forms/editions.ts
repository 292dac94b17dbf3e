/**
 * The two editions of the one-stop forms and how each numbers them (domain.md §5): TT 01/2018/TT-VPCP (six
 * forms) for dossiers received before 1 July 2025, TT 03/2025/TT-VPCP (seven forms, with the notice of
 * stopping) from that day. A dossier keeps the edition in force when it was received; its forms are named
 * in code (`receipt`, …) and numbered by the edition they are printed in.
 */
// the calendar's small modules, not its index: the web app imports this file too
import { parseIsoDate, toEpochDay } from '../calendar/civil-date.js';
import { computeLocalDayStart } from '../calendar/instant.js';

export const FORM_EDITIONS = ['tt01-2018', 'tt03-2025'] as const;
export type FormEdition = (typeof FORM_EDITIONS)[number];

/** The printable forms of a dossier, by what they are (the tracking book is a unit's, not a dossier's). */
export const DOSSIER_FORM_NAMES = [
  'receipt',
  'supplement',
  'refusal',
  'apology',
  'stop',
  'control-sheet',
] as const;
export type DossierFormName = (typeof DOSSIER_FORM_NAMES)[number];
export type FormName = DossierFormName | 'tracking-book';

interface EditionRules {
  legalBasis: string;
  /** Local date from which dossiers received use it (inclusive), `YYYY-MM-DD`. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The form numbers; a form the edition lacks (the stop notice in 2018) is absent. */
  numbers: Partial<Record<FormName, string>>;
}

export const EDITION_RULES: Record<FormEdition, EditionRules> = {
  'tt01-2018': {
    legalBasis: 'Thông tư 01/2018/TT-VPCP',
    effectiveFrom: '2018-08-22',
    effectiveTo: '2025-06-30',
    numbers: {
      receipt: '01',
      supplement: '02',
      refusal: '03',
      apology: '04',
      'control-sheet': '05',
      'tracking-book': '06',
    },
  },
  'tt03-2025': {
    legalBasis: 'Thông tư 03/2025/TT-VPCP',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    numbers: {
      receipt: '01',
      supplement: '02',
      refusal: '03',
      apology: '04',
      stop: '05',
      'control-sheet': '06',
      'tracking-book': '07',
    },
  },
};

/**
 * The numbers the dossier form URLs have always taken (TT 01/2018 numbering): `/forms/05` stays the control
 * sheet whatever edition a dossier prints in.
 */
export const LEGACY_FORM_NUMBERS: Record<string, DossierFormName> = {
  '01': 'receipt',
  '02': 'supplement',
  '03': 'refusal',
  '04': 'apology',
  '05': 'control-sheet',
};

const CURRENT_FROM = computeLocalDayStart(toEpochDay(parseIsoDate(EDITION_RULES['tt03-2025'].effectiveFrom)));

/** The edition in force at an instant (a dossier's receipt, or the first day of a book's period). */
export function findEditionAt(at: number): FormEdition {
  return at < CURRENT_FROM ? 'tt01-2018' : 'tt03-2025';
}

/** Whether a dossier received at `receivedAt` (null: not received yet) may print in `edition`. */
export function isEditionAllowed(edition: FormEdition, receivedAt: number | null): boolean {
  return edition === 'tt03-2025' || (receivedAt !== null && receivedAt < CURRENT_FROM);
}

/** The form's number in the edition (`06`), or null when the edition has no such form. */
export function findFormNumber(edition: FormEdition, form: FormName): string | null {
  return EDITION_RULES[edition].numbers[form] ?? null;
}

/** `Mẫu số 06 — Thông tư 03/2025/TT-VPCP`: the line printed above a form's heading. */
export function describeFormNumber(edition: FormEdition, form: FormName): string {
  return `Mẫu số ${findFormNumber(edition, form) ?? ''} — ${EDITION_RULES[edition].legalBasis}`;
}
