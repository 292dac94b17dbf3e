/**
 * What the dossier forms print, gathered by the server from the dossier row, its action log and its units.
 * Instants are epoch milliseconds; names are already resolved.
 */
import type { ReturnMethod } from '../dossiers/return-method.js';
import type { Duration, RequiredDocument } from '../procedures/definition.js';
import type { BookLine } from './book-line.js';
import type { FormEdition } from './editions.js';

export interface FormApplicant {
  fullName: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  organisationName?: string;
}

/** One document handed in: the case's document list joined with what the dossier says was provided. */
export interface ReceivedDocument {
  name: string;
  form: RequiredDocument['form'];
  count: number;
}

export interface DossierFormSource {
  code: string;
  procedureName: string;
  applicant: FormApplicant;
  /** The competent authority as printed, e.g. `UBND phường Ba Đình`. */
  authority: string;
  /** The place before the date line, e.g. `Ba Đình` (may be empty). */
  place: string;
  /** The receiving unit's full name, e.g. `Trung tâm Phục vụ hành chính công phường Ba Đình`. */
  receivingUnit: string;
  documents: ReceivedDocument[];
  legalTime: Duration;
  fees: { name: string; amount: number }[];
  receivedAt: number | null;
  receivedBy: string | null;
  /** The return time the citizen was last given: the legal one or an approved apology's new date. */
  dueAt: number | null;
  /** The legal return time, before any apology: what lateness is measured against (domain.md §7). */
  legalDueAt: number | null;
  /** When processing finished and when the result was returned (null while not yet). */
  finishedAt: number | null;
  returnedAt: number | null;
  /** How the result was handed over once returned, before that the way chosen at intake. */
  returnMethod: ReturnMethod | null;
  /** The dossier's line in its receiving unit's tracking book (null: not received, or from before lines). */
  book: BookLine | null;
  /** The edition the forms are printed in (numbering and layout). */
  edition: FormEdition;
  /** The agencies consulted in parallel by the dossier's workflow (the control sheet names them). */
  coordinatingAgencies: string[];
  /** Public tracking page of this dossier (encoded in the QR code). */
  trackingUrl: string;
  /** VietQR payload to pay the unpaid fees, when there are any. */
  paymentQr?: string | null;
}

/** A supplement request, a refusal or a notice of stopping, from the action that made it. */
export interface NoticeSource {
  at: number;
  officerName: string | null;
  reason: string | null;
  items: string[];
  /** `reject` is a refusal at the counter; `refuse` one after appraisal; `stop` stops processing. */
  type: 'request_supplement' | 'reject' | 'refuse' | 'stop';
}
