/** Shapes of the conduct API: codes of conduct (versioned, public), acknowledgements, commitments, rules. */
import { z } from 'zod';

const Instant = z.string().describe('ISO 8601 instant');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ConductCode = z.object({
  id: z.string().uuid(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  version: z.number().int(),
  title: z.string(),
  rules: z.string(),
  principles: z.string(),
  publishedAt: Instant,
});
export type ConductCode = z.infer<typeof ConductCode>;

export const PublicConductCode = z.object({
  current: ConductCode,
  versions: z.array(z.object({ id: z.string().uuid(), version: z.number().int(), publishedAt: Instant })),
});

export const PublishCodeRequest = z.object({
  title: z.string().trim().min(1).max(300),
  rules: z.string().trim().min(1).max(20000),
  principles: z.string().trim().min(1).max(20000),
});

export const MyConductCode = z.object({
  code: ConductCode.nullable(),
  acknowledgedAt: Instant.nullable(),
});

export const Acknowledgements = z.object({
  codeId: z.string().uuid(),
  version: z.number().int(),
  items: z.array(
    z.object({
      userId: z.string().uuid(),
      fullName: z.string(),
      unitName: z.string(),
      acknowledgedAt: Instant.nullable(),
    }),
  ),
});

export const Commitment = z.object({
  id: z.string().uuid(),
  kind: z.enum(['commitment', 'emulation']),
  year: z.number().int(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  userId: z.string().uuid().nullable(),
  userName: z.string().nullable(),
  text: z.string(),
  signedOn: Day,
});
export type Commitment = z.infer<typeof Commitment>;

export const CreateCommitmentRequest = z.object({
  kind: z.enum(['commitment', 'emulation']),
  year: z.number().int().min(2000).max(2100),
  /** Whose: a unit's (unitId, no userId) or an official's (userId; the unit is theirs). Default: yourself. */
  unitId: z.string().uuid().optional(),
  userId: z.string().uuid().nullable().optional(),
  text: z.string().trim().min(1).max(5000),
  signedOn: Day,
});
export type CreateCommitmentRequest = z.infer<typeof CreateCommitmentRequest>;

export const CommitmentQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.string().uuid().optional(),
});
export const CommitmentList = z.object({ items: z.array(Commitment) });

export const ConductRules = z.object({
  version: z.string(),
  effectiveFrom: Day,
  explanationWorkingDays: z.number().int(),
  deductionPoints: z.object({ light: z.number(), medium: z.number(), serious: z.number() }),
});
export const ConductRulesList = z.object({ items: z.array(ConductRules) });
