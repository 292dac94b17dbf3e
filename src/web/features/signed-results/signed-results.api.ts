/** Calls of the signed-result screens. */
import type { SignedResultVerification, UploadedPdfCheck } from '../../../contracts/signed-results';
import { api, ApiError } from '../../app/http';

export function fetchVerification(id: string) {
  return api.get<SignedResultVerification>(`/public/signed-results/${id}`, undefined, {
    redirectOnUnauthenticated: false,
  });
}

/** Sends a PDF (raw body) to the public check. */
export async function checkPdf(file: File): Promise<UploadedPdfCheck> {
  const response = await fetch('/api/v1/public/signed-results/check', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/pdf' },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as UploadedPdfCheck & {
    code?: string;
    message?: string;
  };
  if (!response.ok)
    throw new ApiError(response.status, { code: body.code ?? 'internal', message: body.message ?? '' });
  return body;
}

/** The download address of a result by tracking code and PIN. */
export function trackedResultUrl(code: string, secret: string): string {
  return `/api/v1/public/track/result?${new URLSearchParams({ code, secret }).toString()}`;
}
