/** Shapes of the dialogues-with-citizens API: sessions, questions, answers, commitments, minutes, reminders. */
import { z } from 'zod';
import { DIALOGUE_STATUSES } from '../domain/feedback/dialogues.js';

export const DialogueItem = z.object({
  question: z.string().trim().min(3).max(2000),
  askedBy: z.string().trim().max(200).nullish(),
  answer: z.string().trim().max(5000).nullish(),
  commitment: z.string().trim().max(2000).nullish(),
  commitmentDue: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
});

export const SaveDialogueRequest = z.object({
  unitId: z.string().uuid(),
  title: z.string().trim().min(5).max(300),
  /** ISO instant. */
  heldAt: z.string().datetime({ offset: true }),
  location: z.string().trim().max(300).nullish(),
  chairedBy: z.string().trim().max(200).nullish(),
  participants: z.number().int().min(0).max(100_000).nullish(),
  status: z.enum(['planned', 'held']),
  items: z.array(DialogueItem).max(200).default([]),
  /** Required when editing. */
  version: z.number().int().optional(),
});
export type SaveDialogueRequest = z.infer<typeof SaveDialogueRequest>;

export const PublishDialogueRequest = z.object({
  version: z.number().int(),
  minutes: z.string().trim().min(20).max(20_000),
});

export const Dialogue = z.object({
  id: z.string().uuid(),
  unit: z.object({ id: z.string().uuid(), name: z.string() }),
  title: z.string(),
  heldAt: z.string(),
  location: z.string().nullable(),
  chairedBy: z.string().nullable(),
  participants: z.number().int().nullable(),
  status: z.enum(DIALOGUE_STATUSES),
  statusLabel: z.string(),
  minutes: z.string().nullable(),
  publishedAt: z.string().nullable(),
  items: z.array(
    z.object({
      question: z.string(),
      askedBy: z.string().nullable(),
      answer: z.string().nullable(),
      commitment: z.string().nullable(),
      commitmentDue: z.string().nullable(),
    }),
  ),
  version: z.number().int(),
});
export type Dialogue = z.infer<typeof Dialogue>;

export const DialogueListQuery = z.object({ unitId: z.string().uuid().optional() });

export const DialogueDue = z.object({
  unit: z.object({ id: z.string().uuid(), name: z.string() }),
  lastHeldAt: z.string().nullable(),
  dueBy: z.string().nullable(),
  overdue: z.boolean(),
});
