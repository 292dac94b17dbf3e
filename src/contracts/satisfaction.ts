/** Shapes of the satisfaction API: the instrument, survey links, public answering and the indices. */
import { z } from 'zod';
import { SATISFACTION_CHANNELS, SATISFACTION_ELEMENTS } from '../domain/satisfaction/instrument.js';

const Label = z.object({ vi: z.string().min(1).max(300), en: z.string().min(1).max(300) });
const QuestionCode = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{1,39}$/);

export const SurveyQuestion = z.discriminatedUnion('kind', [
  z.object({
    code: QuestionCode,
    kind: z.literal('scale'),
    label: Label,
    element: z.enum(SATISFACTION_ELEMENTS).optional(),
  }),
  z.object({ code: QuestionCode, kind: z.literal('yes_no'), label: Label }),
  z.object({
    code: QuestionCode,
    kind: z.literal('count'),
    label: Label,
    max: z.number().int().min(1).max(100),
  }),
  z.object({
    code: QuestionCode,
    kind: z.literal('choice'),
    label: Label,
    options: z
      .array(z.object({ code: QuestionCode, label: Label }))
      .min(2)
      .max(10),
  }),
  z.object({
    code: QuestionCode,
    kind: z.literal('text'),
    label: Label,
    maxLength: z.number().int().min(1).max(5000),
  }),
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const InstrumentVersion = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  formulaVersion: z.string(),
  formulaDescription: z.string(),
  legalBasis: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  questions: z.array(SurveyQuestion),
});
export type InstrumentVersion = z.infer<typeof InstrumentVersion>;

/** A new version: the questions added to the latest version (earlier questions are kept as they are). */
export const CreateInstrumentVersionRequest = z.object({
  addQuestions: z.array(SurveyQuestion).min(1).max(20),
  legalBasis: z.string().trim().max(300).optional(),
  note: z.string().trim().max(1000).optional(),
});

export const SurveyInvitationRequest = z.object({
  dossierId: z.string().uuid(),
  channel: z.enum(SATISFACTION_CHANNELS),
});

export const SurveyInvitation = z.object({
  token: z.string(),
  url: z.string(),
  channel: z.enum(SATISFACTION_CHANNELS),
  expiresAt: z.string(),
  /** The link as a QR code (SVG markup), for the result slip or a screen. */
  qrSvg: z.string(),
  dossierCode: z.string().nullable(),
});

export const TokenParams = z.object({ token: z.string().min(20).max(400) });

export const PublicSurvey = z.object({
  dossierCode: z.string().nullable(),
  procedureName: z.string(),
  unitName: z.string(),
  returnedAt: z.string().nullable(),
  channel: z.enum(SATISFACTION_CHANNELS),
  expiresAt: z.string(),
  /** True once this dossier was rated (the link cannot be used again). */
  answered: z.boolean(),
  instrumentNumber: z.number().int(),
  questions: z.array(SurveyQuestion),
});

export const SubmitSurveyRequest = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.boolean(), z.string().max(5000)])),
  /** Hide the citizen's identity and dossier from officials. */
  anonymous: z.boolean().default(false),
});

export const SubmitSurveyResponse = z.object({
  ok: z.literal(true),
  overallSatisfied: z.boolean().nullable(),
});

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DashboardQuery = z.object({
  unitId: z.string().uuid().optional(),
  from: Day.optional(),
  to: Day.optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const ElementRate = z.object({
  element: z.enum(SATISFACTION_ELEMENTS),
  valid: z.number().int(),
  satisfied: z.number().int(),
  rate: z.number().nullable(),
  distribution: z.array(z.number().int()),
});

export const Indices = z.object({
  formulaVersion: z.string(),
  responses: z.number().int(),
  elements: z.array(ElementRate),
  overallValid: z.number().int(),
  overallSatisfied: z.number().int(),
  overallRate: z.number().nullable(),
  index: z.number().nullable(),
  smallSample: z.boolean(),
});

const Breakdown = z.object({
  key: z.string(),
  label: z.string(),
  /** Returned dossiers this row could have been rated for (null where it does not apply, e.g. channels). */
  returned: z.number().int().nullable(),
  responseRate: z.number().nullable(),
  indices: Indices,
});
export type Breakdown = z.infer<typeof Breakdown>;

export const SatisfactionDashboard = z.object({
  unit: z.object({ id: z.string().uuid(), name: z.string() }),
  from: Day,
  to: Day,
  formula: z.object({ version: z.string(), description: z.string() }),
  returned: z.number().int(),
  responseRate: z.number().nullable(),
  indices: Indices,
  byChannel: z.array(Breakdown),
  byProcedure: z.array(Breakdown),
  byOfficial: z.array(Breakdown),
  byMonth: z.array(Breakdown),
  /** Inputs of the national real-time index's satisfaction indicator (QĐ 766, 5.4). */
  nationalInputs: z.object({
    returned: z.number().int(),
    rated: z.number().int(),
    dislike: z.number().int(),
    withComplaint: z.number().int(),
    dislikeOrComplaint: z.number().int(),
  }),
});
export type SatisfactionDashboard = z.infer<typeof SatisfactionDashboard>;

export const ResponseListQuery = DashboardQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A response as officials see it: an anonymous one carries no id, dossier, exact time or officials. */
export const ResponseItem = z.object({
  id: z.string().uuid().nullable(),
  anonymous: z.boolean(),
  dossierCode: z.string().nullable(),
  procedureName: z.string(),
  /** dd/mm/yyyy, or mm/yyyy for an anonymous response. */
  submitted: z.string(),
  channel: z.enum(SATISFACTION_CHANNELS),
  scores: z.record(z.string(), z.number().nullable()),
  overallSatisfied: z.boolean().nullable(),
  comment: z.string().nullable(),
  officials: z.array(z.string()),
});

export const ResponsePage = z.object({
  items: z.array(ResponseItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const RateableDossier = z.object({
  dossierId: z.string().uuid(),
  code: z.string().nullable(),
  procedureName: z.string(),
  applicantName: z.string(),
  returnedAt: z.string().nullable(),
  /** Whether it was rated: told to the applicant only (officials cannot see who answered). */
  rated: z.boolean().nullable(),
});

export const RateableQuery = z.object({ q: z.string().trim().max(100).optional() });
