/** Feedback rows → API shapes, field by field. */
import type { FeedbackDetail, FeedbackItem } from '../../../contracts/feedback.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import {
  classifyFeedbackTimeliness,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_TOPICS,
  type FeedbackTopic,
} from '../../../domain/feedback/rules.js';
import type { FeedbackRow } from './feedback.queries.js';

const at = (value: Date | null) => (value === null ? null : formatInstant(value.getTime()));

/** A queue line. */
export function presentFeedbackItem(row: FeedbackRow, now: Date): FeedbackItem {
  const topic = row.topic as FeedbackTopic;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    kindLabel: FEEDBACK_KIND_LABELS[row.kind].vi,
    topic,
    topicLabel: FEEDBACK_TOPICS[topic]?.vi ?? row.topic,
    channel: row.channel,
    status: row.status,
    statusLabel: FEEDBACK_STATUS_LABELS[row.status].vi,
    unit: { id: row.unit_id, name: row.unit_name },
    dossierCode: row.dossier_code,
    official: row.official_id ? { id: row.official_id, name: row.official_name ?? '' } : null,
    receivedAt: formatInstant(row.received_at.getTime()),
    dueAt: formatInstant(row.due_at.getTime()),
    answeredAt: at(row.answered_at),
    timeliness: classifyFeedbackTimeliness(
      { dueAt: row.due_at.getTime(), answeredAt: row.answered_at?.getTime() ?? null },
      now.getTime(),
    ),
    upheld: row.upheld,
    citizenSatisfied: row.citizen_satisfied,
    repeats: Number(row.repeats),
    version: row.version,
  };
}

/** The full item, for its handlers. */
export function presentFeedbackDetail(row: FeedbackRow, now: Date): FeedbackDetail {
  return {
    ...presentFeedbackItem(row, now),
    content: row.content,
    reporter: { name: row.reporter_name, phone: row.reporter_phone, email: row.reporter_email },
    answer: row.answer,
    handler: row.handler_name,
  };
}

/** What the citizen sees with the code and PIN: the status and the published answer. */
export function presentPublicFeedback(row: FeedbackRow) {
  const topic = row.topic as FeedbackTopic;
  return {
    code: row.code,
    kindLabel: FEEDBACK_KIND_LABELS[row.kind].vi,
    topicLabel: FEEDBACK_TOPICS[topic]?.vi ?? row.topic,
    statusLabel: FEEDBACK_STATUS_LABELS[row.status].vi,
    status: row.status,
    unitName: row.unit_name,
    receivedAt: formatInstant(row.received_at.getTime()),
    dueAt: formatInstant(row.due_at.getTime()),
    answeredAt: at(row.answered_at),
    answer: row.status === 'answered' || row.answered_at ? row.answer : null,
    citizenSatisfied: row.citizen_satisfied,
  };
}
