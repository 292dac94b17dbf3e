/**
 * Rules of scan uploads in the browser (online submission and counter): which files are taken, which are
 * compressed first, and which message a refusal gets (the server's codes: 413 too big, `rate_limited` over
 * the daily quota, `validation_failed` for a type or content the server refuses).
 */

/** Types the server stores (it checks the first bytes too). */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** The file picker's filter: PDF, JPEG, PNG. */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Default server limit (MAX_UPLOAD_MB); the server stays the judge. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Photos above this size are compressed before they are sent. */
export const COMPRESS_ABOVE_BYTES = 1024 * 1024;

export type UploadProblem = 'type' | 'tooBig' | 'quota' | 'content' | 'failed';

/** A scan uploaded and not yet part of a dossier. */
export interface UploadedScan {
  id: string;
  name: string;
}

interface FileFacts {
  type: string;
  size: number;
}

/** Whether a file is an image the browser should re-encode (camera photos, HEIC, large JPEG/PNG). */
export function isCompressible(file: FileFacts): boolean {
  if (!file.type.startsWith('image/')) return false;
  if (file.type !== 'image/jpeg' && file.type !== 'image/png') return true;
  return file.size > COMPRESS_ABOVE_BYTES;
}

/** The type an image is compressed to: PNG stays PNG, every other photo becomes JPEG. */
export function compressedType(file: FileFacts): 'image/jpeg' | 'image/png' {
  return file.type === 'image/png' ? 'image/png' : 'image/jpeg';
}

/** The problem of a file about to be sent (after compression), or null when it may go. */
export function checkUploadFile(file: FileFacts, maxBytes = DEFAULT_MAX_UPLOAD_BYTES): UploadProblem | null {
  if (!(UPLOAD_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'content';
  if (file.size > maxBytes) return 'tooBig';
  return null;
}

/** The problem behind a refused upload, from the HTTP status and the server's error code. */
export function problemOfResponse(status: number, code: string | undefined): UploadProblem {
  if (status === 413) return 'tooBig';
  if (status === 429 || code === 'rate_limited') return 'quota';
  if (status === 415) return 'type';
  if (code === 'validation_failed') return 'content';
  return 'failed';
}
