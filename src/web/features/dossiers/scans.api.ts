/**
 * Sends one scan to POST /attachments as the raw body (XMLHttpRequest, for upload progress), after
 * compressing photos in the browser (browser-image-compression, loaded only when a photo needs it).
 */
import { checkUploadFile, compressedType, isCompressible, problemOfResponse } from './document-upload';
import type { UploadedScan, UploadProblem } from './document-upload';

/** A refused upload: what went wrong and the server's own message, if any. */
export class UploadFailure extends Error {
  constructor(
    readonly problem: UploadProblem,
    readonly serverMessage: string | null,
  ) {
    super(problem);
  }
}

/** Re-encodes a photo smaller (at most ~1 MB, 2480 px: an A4 page at 300 dpi); keeps the original on failure. */
export async function compressPhoto(file: File): Promise<File> {
  if (!isCompressible(file)) return file;
  try {
    const { default: imageCompression } = await import('browser-image-compression');
    const type = compressedType(file);
    const smaller = await imageCompression(file, {
      maxSizeMB: 1,
      maxWidthOrHeight: 2480,
      useWebWorker: true,
      fileType: type,
    });
    const name = type === 'image/jpeg' ? file.name.replace(/\.[^.]+$/, '') + '.jpg' : file.name;
    return new File([smaller], name, { type });
  } catch {
    return file;
  }
}

function readCsrf(): string | null {
  const raw = /(?:^|;\s*)kc_csrf=([^;]+)/.exec(document.cookie)?.[1];
  return raw ? decodeURIComponent(raw) : null;
}

/** Uploads one file, reporting progress in percent; rejects with an UploadFailure. */
export async function uploadScan(
  original: File,
  onProgress: (percent: number) => void,
  maxBytes?: number,
): Promise<UploadedScan> {
  const file = await compressPhoto(original);
  const problem = checkUploadFile(file, maxBytes);
  if (problem) throw new UploadFailure(problem, null);
  return new Promise<UploadedScan>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/attachments');
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', file.type);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    const csrf = readCsrf();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new UploadFailure('failed', null));
    xhr.onload = () => {
      let body: { id?: string; name?: string; code?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        body = {};
      }
      if (xhr.status === 201 && body.id) resolve({ id: body.id, name: body.name ?? file.name });
      else reject(new UploadFailure(problemOfResponse(xhr.status, body.code), body.message ?? null));
    };
    xhr.send(file);
  });
}
