/** Shapes of the feedback and complaints (PAKN) API: reporting, the handling queue, answers, statistics. */
import { z } from 'zod';
import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  FEEDBACK_TOPICS,
  type FeedbackTopic,
} from '../domain/feedback/rules.js';

const TOPICS = Object.keys(FEEDBACK_TOPICS) as [FeedbackTopic, ...FeedbackTopic[]];

export const CreateFeedbackRequest = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  topic: z.enum(TOPICS),
  content: z.string().trim().min(10).max(5000),
  channel: z.enum(FEEDBACK_CHANNELS).default('online'),
  reporter: z.object({
    name: z.string().trim().min(2).max(200),
    phone: z.string().trim().max(20).optional(),
    email: z.string().trim().email().optional(),
  }),
  /** The dossier concerned, by code; a person who is not its applicant proves it with the tracking secret. */
  dossierCode: z.string().trim().max(60).optional(),
  dossierSecret: z.string().trim().max(10).optional(),
  /** The official concerned (one who acted on the dossier, or chosen by the official recording it). */
  officialId: z.string().uuid().optional(),
  /** The unit concerned when no dossier or official is named. */
  unitId: z.string().uuid().optional(),
});
export type CreateFeedbackRequest = z.infer<typeof CreateFeedbackRequest>;

export const CreatedFeedback = z.object({
  id: z.string().uuid(),
  code: z.string(),
  /** Shown once: with the code, it opens the answer on the public page. */
  pin: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  unitName: z.string(),
  dueAt: z.string(),
});

export const FeedbackItem = z.object({
  id: z.string().uuid(),
  code: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  kindLabel: z.string(),
  topic: z.enum(TOPICS),
  topicLabel: z.string(),
  channel: z.enum(FEEDBACK_CHANNELS),
  status: z.enum(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  unit: z.object({ id: z.string().uuid(), name: z.string() }),
  dossierCode: z.string().nullable(),
  official: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  receivedAt: z.string(),
  dueAt: z.string(),
  answeredAt: z.string().nullable(),
  timeliness: z.enum(['on_time', 'late', 'open']),
  upheld: z.boolean().nullable(),
  citizenSatisfied: z.boolean().nullable(),
  /** Other reports about the same dossier or official. */
  repeats: z.number().int(),
  version: z.number().int(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const FeedbackDetail = FeedbackItem.extend({
  content: z.string(),
  reporter: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
  answer: z.string().nullable(),
  handler: z.string().nullable(),
});
export type FeedbackDetail = z.infer<typeof FeedbackDetail>;

export const FeedbackListQuery = z.object({
  unitId: z.string().uuid().optional(),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  kind: z.enum(FEEDBACK_KINDS).optional(),
  /** Part of the report's code. */
  q: z.string().trim().max(40).optional(),
  /** Only items needing follow-up: reopened by the citizen, overdue, or repeated. */
  followUp: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type FeedbackListQuery = z.infer<typeof FeedbackListQuery>;

export const FeedbackPage = z.object({
  items: z.array(FeedbackItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const FeedbackVersion = z.object({ version: z.number().int() });
export const ForwardFeedbackRequest = FeedbackVersion.extend({ unitId: z.string().uuid() });
export const AnswerFeedbackRequest = FeedbackVersion.extend({
  answer: z.string().trim().min(10).max(5000),
  /** The report proved justified (a verified complaint). */
  upheld: z.boolean(),
});

export const PublicFeedbackQuery = z.object({
  code: z.string().trim().max(40),
  pin: z.string().trim().max(10),
});

export const PublicFeedback = z.object({
  code: z.string(),
  kindLabel: z.string(),
  topicLabel: z.string(),
  statusLabel: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  unitName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  citizenSatisfied: z.boolean().nullable(),
});

export const FeedbackReactionRequest = PublicFeedbackQuery.extend({
  satisfied: z.boolean(),
  comment: z.string().trim().max(2000).optional(),
});

export const FeedbackStatsQuery = z.object({
  unitId: z.string().uuid().optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export const FeedbackStats = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  open: z.number().int(),
  onTimeRate: z.number().nullable(),
  upheld: z.number().int(),
  reopened: z.number().int(),
  byKind: z.array(
    z.object({ kind: z.enum(FEEDBACK_KINDS), received: z.number().int(), upheld: z.number().int() }),
  ),
});

export const FeedbackPolicy = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  handlingDays: z.number().int(),
  legalBasis: z.string().nullable(),
});

export const UpdateFeedbackPolicyRequest = z.object({
  handlingDays: z.number().int().min(1).max(90),
  legalBasis: z.string().trim().max(300).optional(),
});

export const DossierOfficial = z.object({ id: z.string().uuid(), name: z.string(), step: z.string() });
