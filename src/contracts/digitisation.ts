/** Shapes of digitisation and the personal document store (issue #18 item 2). */
import { z } from 'zod';

/** A calendar day `yyyy-mm-dd` that exists (2026-02-30 is refused before it reaches the database). */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo định dạng yyyy-mm-dd')
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }, 'Ngày không tồn tại');

/** An officer marks one component of a dossier digitised, with its scans (POST /attachments beforehand). */
export const MarkDigitisedRequest = z.object({
  documentId: z.string().trim().min(1).max(100),
  attachmentIds: z.array(z.string().uuid()).min(1, 'Cần ít nhất một bản quét').max(20),
  pageCount: z.number().int().min(1).max(5000),
  /** Checked against the original paper: only verified components enter the citizen's store. */
  verified: z.boolean().default(false),
  /** Last day the document is valid (yyyy-mm-dd), when it expires. */
  validUntil: Day.nullable().optional(),
});
export type MarkDigitisedRequest = z.infer<typeof MarkDigitisedRequest>;

export const DigitisationMark = z.object({
  id: z.string().uuid(),
  kind: z.enum(['component', 'result']),
  documentId: z.string(),
  name: z.string(),
  attachmentIds: z.array(z.string().uuid()),
  pageCount: z.number().int().nullable(),
  verified: z.boolean(),
  validUntil: z.string().nullable(),
  digitisedBy: z.string().nullable(),
  digitisedAt: z.string(),
  /** The personal-store item made from it, if any. */
  storeItemId: z.string().uuid().nullable(),
});
export type DigitisationMark = z.infer<typeof DigitisationMark>;

export const DigitisationList = z.object({ items: z.array(DigitisationMark) });

export const StoreItem = z.object({
  id: z.string().uuid(),
  kind: z.enum(['component', 'result']),
  documentId: z.string(),
  name: z.string(),
  sourceDossier: z.object({
    id: z.string().uuid(),
    code: z.string().nullable(),
    /** The national code of its procedure: a document accepting results of that procedure takes a result. */
    procedureCode: z.string(),
    procedureName: z.string(),
  }),
  validUntil: z.string().nullable(),
  /** Still valid today (Asia/Ho_Chi_Minh): may be reused in a new submission. */
  valid: z.boolean(),
  shared: z.boolean(),
  createdAt: z.string(),
  attachmentIds: z.array(z.string().uuid()),
});
export type StoreItem = z.infer<typeof StoreItem>;

export const StoreList = z.object({ items: z.array(StoreItem) });
export type StoreList = z.infer<typeof StoreList>;
