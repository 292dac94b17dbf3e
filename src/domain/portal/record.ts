/**
 * The record a dossier change sends to the national public-service portal (Cổng Dịch vụ công quốc gia): its
 * status code and fields as systems synchronised with the portal use them (domain.md §5). Pure: the caller
 * reads the dossier and passes it in.
 */
import { NATIONAL_STATUS_CODE, type DossierStatus } from '../dossiers/status.js';

/** The dossier as the portal needs it, read right after the change was written. */
export interface PortalDossierSnapshot {
  dossierCode: string;
  procedureCode: string;
  unitCode: string;
  status: DossierStatus;
  channel: 'counter' | 'online' | 'postal';
  receivedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
}

/** What is sent for one change (times in ISO 8601 at +07:00, Asia/Ho_Chi_Minh, which has no summer time). */
export interface PortalRecord {
  dossierCode: string;
  procedureCode: string;
  unitCode: string;
  /** 1 new … 10 result returned (domain.md §5). */
  statusCode: number;
  /** 1 in person, 2 online, 3 postal or authorised (domain.md §5). */
  channelCode: 1 | 2 | 3;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  /** The change: its place in the dossier's action log and when it happened. */
  changeSeq: number;
  changedAt: string;
}

/** "Channels: in person (1), online (2), postal/authorised (3)" (domain.md §5). */
export const PORTAL_CHANNEL_CODE = { counter: 1, online: 2, postal: 3 } as const;

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant as `yyyy-mm-ddThh:mm:ss.sss+07:00`. */
export function formatPortalTime(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().replace('Z', '+07:00');
}

const timeOrNull = (at: Date | null) => (at ? formatPortalTime(at) : null);

/** The record of one change of a dossier. */
export function buildPortalRecord(
  dossier: PortalDossierSnapshot,
  change: { seq: number; at: Date },
): PortalRecord {
  return {
    dossierCode: dossier.dossierCode,
    procedureCode: dossier.procedureCode,
    unitCode: dossier.unitCode,
    statusCode: NATIONAL_STATUS_CODE[dossier.status],
    channelCode: PORTAL_CHANNEL_CODE[dossier.channel],
    receivedAt: timeOrNull(dossier.receivedAt),
    dueAt: timeOrNull(dossier.dueAt),
    finishedAt: timeOrNull(dossier.finishedAt),
    returnedAt: timeOrNull(dossier.returnedAt),
    changeSeq: change.seq,
    changedAt: formatPortalTime(change.at),
  };
}

/** One key per change (dossier, action seq): the same on every retry, so the receiver can drop repeats. */
export function portalIdempotencyKey(dossierId: string, seq: number): string {
  return `${dossierId}:${seq}`;
}
