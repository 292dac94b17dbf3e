/**
 * HTTP shapes of the paper transfer by the 15:00 rule: dossiers awaiting hand-over to the processing unit,
 * transfer batches (phiếu chuyển hồ sơ) and their confirmation, late transfers, a dossier's transfer.
 */
import { z } from 'zod';

const Instant = z.string();

/** Where a paper dossier's transfer stands (`assessPaperTransfer`). */
export const PaperTransferStatus = z.enum(['pending', 'overdue', 'on_time', 'late']);
export type PaperTransferStatus = z.infer<typeof PaperTransferStatus>;

const UnitRef = z.object({ id: z.string().uuid(), name: z.string() });
const PersonRef = z.object({ id: z.string().uuid(), name: z.string() });

/** The batch a dossier went in, as shown beside the dossier. */
export const PaperTransferBatchRef = z.object({
  id: z.string().uuid(),
  number: z.string(),
  handedAt: Instant,
  receivedAt: Instant.nullable(),
});

/** One paper dossier and its transfer. */
export const PaperTransferDossier = z.object({
  dossierId: z.string().uuid(),
  code: z.string().nullable(),
  procedureName: z.string(),
  applicantName: z.string(),
  receivedAt: Instant,
  dueAt: Instant,
  status: PaperTransferStatus,
  fromUnit: UnitRef,
  toUnit: UnitRef,
  batch: PaperTransferBatchRef.nullable(),
});
export type PaperTransferDossier = z.infer<typeof PaperTransferDossier>;

export const PaperTransferDossierList = z.object({ items: z.array(PaperTransferDossier) });
export type PaperTransferDossierList = z.infer<typeof PaperTransferDossierList>;

/** A dossier's transfer; null when it has no paper to move (online, or handled wholly at the one-stop). */
export const DossierPaperTransfer = z.object({ transfer: PaperTransferDossier.nullable() });
export type DossierPaperTransfer = z.infer<typeof DossierPaperTransfer>;

export const CreatePaperTransferBatchRequest = z.object({
  dossierIds: z
    .array(z.string().uuid())
    .min(1, 'Chọn ít nhất một hồ sơ để chuyển.')
    .max(200, 'Mỗi phiếu chuyển tối đa 200 hồ sơ.'),
});
export type CreatePaperTransferBatchRequest = z.infer<typeof CreatePaperTransferBatchRequest>;

export const PaperTransferBatchSummary = z.object({
  id: z.string().uuid(),
  number: z.string(),
  fromUnit: UnitRef,
  toUnit: UnitRef,
  handedBy: PersonRef,
  handedAt: Instant,
  receivedBy: PersonRef.nullable(),
  receivedAt: Instant.nullable(),
  itemCount: z.number().int(),
  lateCount: z.number().int(),
  /** True when the person asking may confirm receipt now. */
  canConfirm: z.boolean(),
});
export type PaperTransferBatchSummary = z.infer<typeof PaperTransferBatchSummary>;

export const PaperTransferBatch = PaperTransferBatchSummary.extend({
  items: z.array(PaperTransferDossier),
});
export type PaperTransferBatch = z.infer<typeof PaperTransferBatch>;

export const PaperTransferBatchList = z.object({ items: z.array(PaperTransferBatchSummary) });
export type PaperTransferBatchList = z.infer<typeof PaperTransferBatchList>;
