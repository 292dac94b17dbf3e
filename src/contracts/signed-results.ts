/** Electronic results signed as PDF: what the verification page and the dossier pages show. */
import { z } from 'zod';

/** A result the system signed, as the public verification page shows it. */
export const SignedResult = z.object({
  id: z.string().uuid(),
  dossierCode: z.string().nullable(),
  procedureName: z.string(),
  unitName: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  hash: z.string(),
  /** dd/mm/yyyy hh:mm in Asia/Ho_Chi_Minh. */
  signedAt: z.string(),
  certificateSubject: z.string(),
  certificateIssuer: z.string(),
  certificateSerial: z.string(),
});
export type SignedResult = z.infer<typeof SignedResult>;

export const SignedResultVerification = SignedResult.extend({
  /** The stored file still hashes to what was signed and its signature verifies. */
  unchanged: z.boolean(),
});
export type SignedResultVerification = z.infer<typeof SignedResultVerification>;

/** The check of a PDF someone uploads: its own signature, and whether it is a file the system issued. */
export const UploadedPdfCheck = z.object({
  signature: z
    .object({
      subject: z.string(),
      issuer: z.string(),
      signedAt: z.string().nullable(),
      intact: z.boolean(),
      coversWholeFile: z.boolean(),
    })
    .nullable(),
  issued: SignedResult.nullable(),
});
export type UploadedPdfCheck = z.infer<typeof UploadedPdfCheck>;
