import { describe, expect, it } from 'vitest';
import { checkUploadFile, compressedType, isCompressible, problemOfResponse } from './document-upload';

const MB = 1024 * 1024;

describe('scan uploads', () => {
  it('takes PDF, JPEG and PNG within the limit only', () => {
    expect(checkUploadFile({ type: 'application/pdf', size: 2 * MB })).toBeNull();
    expect(checkUploadFile({ type: 'image/png', size: 10 })).toBeNull();
    expect(checkUploadFile({ type: 'image/gif', size: 10 })).toBe('type');
    expect(checkUploadFile({ type: '', size: 10 })).toBe('type');
    expect(checkUploadFile({ type: 'image/jpeg', size: 0 })).toBe('content');
    expect(checkUploadFile({ type: 'application/pdf', size: 11 * MB })).toBe('tooBig');
    expect(checkUploadFile({ type: 'application/pdf', size: 3 * MB }, 2 * MB)).toBe('tooBig');
  });

  it('compresses large photos and converts other image types to JPEG, never PDFs', () => {
    expect(isCompressible({ type: 'image/jpeg', size: 4 * MB })).toBe(true);
    expect(isCompressible({ type: 'image/jpeg', size: 200_000 })).toBe(false);
    expect(isCompressible({ type: 'image/heic', size: 200_000 })).toBe(true);
    expect(isCompressible({ type: 'application/pdf', size: 9 * MB })).toBe(false);
    expect(compressedType({ type: 'image/heic', size: 1 })).toBe('image/jpeg');
    expect(compressedType({ type: 'image/png', size: 1 })).toBe('image/png');
  });

  it("names the server's refusals", () => {
    expect(problemOfResponse(413, 'payload_too_large')).toBe('tooBig');
    expect(problemOfResponse(429, 'rate_limited')).toBe('quota');
    expect(problemOfResponse(400, 'validation_failed')).toBe('content');
    expect(problemOfResponse(500, 'internal')).toBe('failed');
  });
});
