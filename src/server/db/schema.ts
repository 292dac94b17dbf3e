/**
 * Table types for Kysely, kept in step with `migrations/*.sql` by hand (one interface per table).
 * `Generated<T>` marks columns with a database default.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp with a database default: optional on insert. */
type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface UnitTable {
  id: Generated<string>;
  parent_id: string | null;
  path: string;
  kind: string;
  code: string;
  name: string;
  full_name: string;
  name_en: string | null;
  admin_type: string | null;
  dossier_code_id: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface UnitFormerNameTable {
  unit_id: string;
  valid_until: ColumnType<string, string, string>;
  name: string;
  full_name: string;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  kind: 'official' | 'citizen';
  full_name: string;
  unit_id: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  id_number: string | null;
  password_hash: string | null;
  external_subject: string | null;
  /** When and how the ID number was proven (VNeID or papers at the counter); null: only claimed. */
  id_verified_at: Timestamp | null;
  id_verified_by: 'vneid' | 'counter' | null;
  /** An unproven claim that VNeID gave to someone else, and when. */
  disputed_id_number: string | null;
  id_disputed_at: Timestamp | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  must_change_password: Generated<boolean>;
  locale: Generated<'vi' | 'en'>;
  version: Generated<number>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: TimestampDefault;
  last_seen_at: TimestampDefault;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

export interface LoginThrottleTable {
  key: string;
  window_start: Timestamp;
  attempts: number;
}

export interface AttemptCounterTable {
  key: string;
  attempts: number;
  window_start: Timestamp;
  next_allowed_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_unit_id: string | null;
  unit_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  summary: Json;
  request_id: string | null;
  /** Hash of the entry's own content (entries since migration 0037). */
  content_hash: string | null;
  /** Old chain link (entries before migration 0037). */
  prev_hash: string | null;
  hash: string | null;
}

/** Append-only chain of seals over committed audit entries (migration 0037). */
export interface AuditSealTable {
  seq: number;
  entry_id: number;
  prev_hash: string;
  hash: string;
}

export interface JobLeaseTable {
  name: string;
  holder: string;
  expires_at: Date;
  last_started_at: Date | null;
  last_finished_at: Date | null;
  last_error: string | null;
  runs: ColumnType<string, string | undefined, string>;
  failures: ColumnType<string, string | undefined, string>;
}

export interface OidcLoginTable {
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: Timestamp;
}

export interface ProcedureTable {
  id: Generated<string>;
  code: string;
  name: string;
  field: string;
  level: string;
  online_level: string;
  owner_unit_id: string | null;
  current_version_id: string | null;
  draft_version_id: string | null;
  demo: Generated<boolean>;
  archived: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProcedureVersionTable {
  id: Generated<string>;
  procedure_id: string;
  number: number;
  status: 'draft' | 'published' | 'superseded';
  definition: Json;
  effective_from: Timestamp | null;
  published_at: Timestamp | null;
  published_by: string | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface UnitProcedureTable {
  unit_id: string;
  procedure_id: string;
  enabled_at: Timestamp;
  enabled_by: string | null;
}

export interface CalendarTable {
  id: Generated<string>;
  code: string;
  name: string;
  active: Generated<boolean>;
  current_version_id: string;
  /** The unit whose home-affairs administrators edit it; null: the system's (the national default). */
  owner_unit_id: string | null;
  version: Generated<number>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface CalendarVersionTable {
  id: Generated<string>;
  calendar_id: string;
  number: number;
  weekly_sessions: string;
  holiday_rules: Json;
  official_schedules: Json;
  minutes_per_working_day: number | null;
  note: string | null;
  days_generated_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface CalendarDayTable {
  calendar_version_id: string;
  /** Local date, 'YYYY-MM-DD'. */
  date: string;
  is_working: boolean;
  working_minutes_before: number;
  working_day_ordinal: number;
}

export interface DossierTable {
  id: Generated<string>;
  code: string | null;
  receiving_unit_id: string;
  authority_unit_id: string;
  scope_path: string;
  /** Kept by a trigger: the path of the receiving unit, of the current step's unit and of the holder's unit. */
  receiving_path: Generated<string>;
  step_path: Generated<string | null>;
  holder_path: Generated<string | null>;
  procedure_id: string;
  procedure_version_id: string;
  variant_id: string | null;
  calendar_version_id: string;
  channel: 'counter' | 'online' | 'postal';
  assisted: Generated<boolean>;
  applicant: Json;
  applicant_user_id: string | null;
  documents: Json;
  fees: Json;
  tracking_pin_hash: string | null;
  idempotency_key: string | null;
  status: string;
  outcome: string | null;
  current_step_id: string | null;
  current_holder_id: string | null;
  step_due_at: Timestamp | null;
  received_at: Timestamp | null;
  due_at: Timestamp | null;
  finished_at: Timestamp | null;
  returned_at: Timestamp | null;
  /** The legal due time before any apology (statistics use it); equals due_at until an apology. */
  original_due_at: Timestamp | null;
  /** How the applicant chose to receive the result at intake (the default at return). */
  return_method: 'counter' | 'post' | 'online' | null;
  /** The dossier's line in its receiving unit's tracking book: volume (the local year) and line number. */
  book_volume: number | null;
  book_line: number | null;
  state: Json;
  last_seq: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DossierActionTable {
  id: Generated<number>;
  dossier_id: string;
  seq: number;
  type: string;
  at: Timestamp;
  actor_id: string | null;
  actor_unit_id: string | null;
  step_id: string | null;
  payload: Json;
  /** The dossier's `created_at`: the partition key (migration 0050), set from the dossier row by every writer. */
  dossier_created_at: Timestamp;
}

export interface DossierSequenceTable {
  unit_id: string;
  day: string;
  last: number;
}

export interface TrackingBookCounterTable {
  unit_id: string;
  volume: number;
  last: number;
}

export interface AttachmentTable {
  id: Generated<string>;
  hash: string;
  size: number;
  content_type: string;
  name: string;
  uploaded_by: string;
  dossier_id: string | null;
  /** The procedure a form template belongs to (0039). */
  procedure_id: Generated<string | null>;
  /** Downloadable by anyone (a procedure's form template). */
  public: Generated<boolean>;
  created_at: Timestamp;
  is_result: Generated<boolean>;
}

/** A dossier's result signed as PDF (migration 0038). */
export interface SignedResultTable {
  id: string;
  dossier_id: string;
  attachment_id: string;
  source_attachment_id: string | null;
  hash: string;
  signer_unit_id: string;
  signed_by: string;
  certificate_subject: string;
  certificate_issuer: string;
  certificate_serial: string;
  signed_at: Timestamp;
}

/** Development signing identities: 'ca' or a unit id (migration 0038). */
export interface SigningDevIdentityTable {
  owner: string;
  p12: Buffer;
  certificate_pem: string;
  created_at: Timestamp;
}

export interface NotificationOutboxTable {
  id: Generated<string>;
  dossier_id: string | null;
  event: string;
  channel: 'email' | 'sms' | 'zalo';
  address: string;
  payload: Json;
  status: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'dead'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  locked_at: Timestamp | null;
  last_error: string | null;
  delivered_via: string | null;
  idempotency_key: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface NotificationSinkTable {
  id: Generated<number>;
  outbox_id: string;
  dossier_id: string | null;
  channel: string;
  address: string;
  subject: string;
  body: string;
  received_at: Timestamp;
}

export interface DossierDraftTable {
  id: Generated<string>;
  user_id: string;
  procedure_id: string;
  receiving_unit_id: string | null;
  data: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What the first request with an idempotency key created, per person and operation (migration 0021). */
export interface IdempotencyRecordTable {
  user_id: string;
  operation: string;
  key: string;
  /** sha-256 of the canonical request; null for keys moved from `dossier.idempotency_key`. */
  request_hash: string | null;
  target_id: string;
  tracking_pin: string | null;
  created_at: Timestamp;
}

/** Conduct & inspections (issue #10, migration 0012). */
export interface ConductRulesVersionTable {
  version: string;
  effective_from: ColumnType<string, string, string>;
  explanation_working_days: number;
  deduction_points: Json;
  created_at: TimestampDefault;
}

export interface ConductCodeTable {
  id: Generated<string>;
  unit_id: string;
  version: number;
  title: string;
  rules: string;
  principles: string;
  published_at: Timestamp;
  published_by: string | null;
}

export interface ConductAcknowledgementTable {
  code_id: string;
  user_id: string;
  acknowledged_at: Timestamp;
}

export interface DisciplinePlanTable {
  id: Generated<string>;
  unit_id: string;
  code: string;
  title: string;
  issued_on: ColumnType<string, string, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface DisciplinePlanActionTable {
  id: Generated<string>;
  plan_id: string;
  seq: number;
  title: string;
  evidence_required: string;
  due_at: Timestamp;
}

export interface DisciplinePlanTargetTable {
  plan_id: string;
  unit_id: string;
}

export interface DisciplinePlanReportTable {
  id: Generated<string>;
  action_id: string;
  unit_id: string;
  reported_at: Timestamp;
  reported_by: string | null;
  note: string;
  evidence_ref: string | null;
  attachment_id: string | null;
}

export interface CommitmentTable {
  id: Generated<string>;
  kind: 'commitment' | 'emulation';
  year: number;
  unit_id: string;
  user_id: string | null;
  text: string;
  signed_on: ColumnType<string, string, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface InspectionTeamTable {
  id: Generated<string>;
  name: string;
  scope_unit_id: string;
  scope_note: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface InspectionTeamMemberTable {
  team_id: string;
  user_id: string;
  role: 'lead' | 'member';
}

export interface InspectionChecklistTable {
  id: Generated<string>;
  code: string;
  version: number;
  name: string;
  items: Json;
  created_at: TimestampDefault;
}

export interface InspectionTable {
  id: Generated<string>;
  team_id: string;
  unit_id: string;
  kind: 'planned' | 'unannounced';
  status: 'planned' | 'in_progress' | 'completed';
  planned_for: Timestamp | null;
  visited_at: Timestamp | null;
  checklist_id: string;
  results: ColumnType<unknown, string | undefined, string>;
  notes: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface InspectionFindingTable {
  id: Generated<string>;
  inspection_id: string | null;
  unit_id: string;
  official_id: string | null;
  violation_type: string;
  severity: 'light' | 'medium' | 'serious';
  status: 'awaiting_explanation' | 'explained' | 'decided';
  description: string;
  checklist_item: string | null;
  occurred_at: Timestamp;
  recorded_by: string | null;
  created_at: Timestamp;
  rules_version: string;
  explanation_due_at: Timestamp | null;
  explanation: string | null;
  explained_at: Timestamp | null;
  decision: 'dismissed' | 'reminded' | 'reprimanded' | 'discipline_proposed' | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  source_feedback_id: string | null;
  source_reference: string | null;
  version: Generated<number>;
}

export interface InspectionPhotoTable {
  attachment_id: string;
  inspection_id: string;
  finding_id: string | null;
  taken_at: Timestamp;
}

export interface InspectionFindingEventTable {
  id: Generated<number>;
  finding_id: string;
  type: 'recorded' | 'explained' | 'decided';
  at: Timestamp;
  actor_id: string | null;
  payload: ColumnType<unknown, string | undefined, string>;
}

// --- satisfaction, feedback and dialogues (migrations/20261122_0011_satisfaction_feedback.sql) ---

export interface SatisfactionInstrumentVersionTable {
  id: Generated<string>;
  number: number;
  definition: Json;
  formula_version: string;
  legal_basis: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SatisfactionResponseTable {
  id: Generated<string>;
  dossier_id: string;
  instrument_version_id: string;
  channel: 'kiosk' | 'qr' | 'sms' | 'zalo' | 'online';
  unit_id: string;
  authority_unit_id: string;
  procedure_id: string;
  anonymous: Generated<boolean>;
  answers: Json;
  score_access: number | null;
  score_procedure: number | null;
  score_officials: number | null;
  score_result: number | null;
  score_feedback: number | null;
  overall_satisfied: boolean | null;
  formula_version: string;
  submitted_at: Timestamp;
}

export interface SatisfactionResponseOfficialTable {
  response_id: string;
  user_id: string;
  step_id: string;
}

export interface SatisfactionTokenUseTable {
  token_hash: string;
  dossier_id: string;
  channel: string;
  used_at: Timestamp;
}

export interface FeedbackPolicyTable {
  kind: 'feedback' | 'complaint' | 'misconduct';
  handling_days: number;
  legal_basis: string | null;
  updated_at: TimestampDefault;
}

export interface FeedbackTable {
  id: Generated<string>;
  code: string;
  kind: 'feedback' | 'complaint' | 'misconduct';
  channel: 'online' | 'counter' | 'kiosk' | 'hotline' | 'mail';
  dossier_id: string | null;
  official_id: string | null;
  unit_id: string;
  topic: string;
  content: string;
  reporter_name: string;
  reporter_phone: string | null;
  reporter_email: string | null;
  reporter_user_id: string | null;
  pin_hash: string | null;
  status: 'received' | 'in_progress' | 'answered' | 'reopened';
  received_at: Timestamp;
  due_at: Timestamp;
  answered_at: Timestamp | null;
  answer: string | null;
  upheld: boolean | null;
  handler_id: string | null;
  citizen_satisfied: boolean | null;
  follow_up_of: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenDialogueTable {
  id: Generated<string>;
  unit_id: string;
  title: string;
  held_at: Timestamp;
  location: string | null;
  chaired_by: string | null;
  participants: number | null;
  status: 'planned' | 'held' | 'published';
  minutes: string | null;
  published_at: Timestamp | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenDialogueItemTable {
  id: Generated<string>;
  dialogue_id: string;
  position: number;
  question: string;
  asked_by: string | null;
  answer: string | null;
  commitment: string | null;
  /** 'YYYY-MM-DD'. */
  commitment_due: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RatingFrameworkTable {
  id: Generated<string>;
  code: string;
  version: number;
  name: string;
  definition: Json;
  created_at: Timestamp;
  created_by: string | null;
}

export interface EvaluationPeriodTable {
  id: Generated<string>;
  unit_id: string;
  month: string;
  framework_id: string;
  exceptional: Generated<boolean>;
  publish_scores: Generated<boolean>;
  appeal_days: Generated<number>;
  status: 'open' | 'locked' | 'published';
  evidence_rule: string;
  evidence_at: Timestamp;
  missing_sources: ColumnType<string[], string[] | undefined, string[]>;
  opened_by: string | null;
  opened_at: Timestamp;
  locked_at: Timestamp | null;
  published_at: Timestamp | null;
  appeal_until: Timestamp | null;
  version: Generated<number>;
}

export interface EvaluationEvidenceTable {
  period_id: string;
  official_id: string;
  unit_id: string;
  dossiers_handled: Generated<number>;
  steps_handled: Generated<number>;
  steps_early: Generated<number>;
  steps_on_time: Generated<number>;
  steps_late: Generated<number>;
  explanations: Generated<number>;
  apologies: Generated<number>;
  satisfaction_responses: Generated<number>;
  satisfaction_satisfied: Generated<number>;
  complaints_upheld: Generated<number>;
  violations: Generated<number>;
  tasks_weight_due: Generated<number>;
  tasks_weight_on_time: Generated<number>;
  tasks_due: Generated<number>;
  tasks_on_time: Generated<number>;
  late_apologies: Generated<number>;
  supplement_faults: Generated<number>;
  dossiers_finished: Generated<number>;
  finished_early: Generated<number>;
  finished_on_time: Generated<number>;
  contact_points: Generated<number>;
  attitude_points: Generated<number>;
}

export interface EvaluationTable {
  id: Generated<string>;
  period_id: string;
  official_id: string;
  unit_id: string;
  status: 'pending' | 'self_assessed' | 'reviewed' | 'approved';
  suggested: Json;
  self_scores: Json | null;
  self_comment: string | null;
  review_scores: Json | null;
  review_comment: string | null;
  reviewer_id: string | null;
  approver_id: string | null;
  approve_comment: string | null;
  /** Why the leader evaluated without a self-assessment (migration 0034), else null. */
  absence_reason: 'absent' | 'on_leave' | 'never_signed_in' | 'other' | null;
  /** numeric(5,2): read as a string by the drivers. */
  score: ColumnType<string | null, number | null, number | null>;
  grade: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface EvaluationEventTable {
  id: Generated<number>;
  evaluation_id: string;
  at: Timestamp;
  actor_id: string | null;
  type: 'self_assess' | 'review' | 'review_absent' | 'approve' | 'appeal' | 'appeal_decided';
  payload: Json;
}

export interface EvaluationAppealTable {
  id: Generated<string>;
  evaluation_id: string;
  reason: string;
  status: 'pending' | 'accepted' | 'rejected';
  filed_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
  previous_grade: string | null;
  new_grade: string | null;
}

export interface WorkTaskTable {
  id: Generated<string>;
  official_id: string;
  unit_id: string;
  horizon: 'week' | 'month' | 'quarter';
  title: string;
  due_at: Timestamp;
  weight: Generated<number>;
  status: 'proposed' | 'assigned' | 'done' | 'rejected' | 'cancelled';
  result: string | null;
  done_at: Timestamp | null;
  created_by: string | null;
  approved_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface YearlyRatingTable {
  id: Generated<string>;
  official_id: string;
  unit_id: string;
  year: number;
  rule_version: string;
  months: number;
  mean_score: ColumnType<string | null, number | null, number | null>;
  disciplined: Generated<boolean>;
  /** Null when not rated that year (`reason` says why). */
  level: 'excellent' | 'good' | 'complete' | 'not_complete' | null;
  reason: string | null;
  framework: string | null;
  capped: Generated<boolean>;
  computed_at: Timestamp;
  computed_by: string | null;
}

export interface HrCaseTable {
  id: Generated<string>;
  official_id: string;
  unit_id: string;
  kind: 'two_years_not_complete';
  years: number[];
  status: 'open' | 'closed';
  note: string | null;
  opened_at: Timestamp;
}

export interface LateWorkRuleTable {
  version: number;
  effective_from: Timestamp;
  rules: Json;
  created_at: Timestamp;
  created_by: string | null;
}

export interface StepExplanationTable {
  id: Generated<string>;
  dossier_id: string;
  step_id: string;
  period_index: number;
  user_id: string;
  unit_id: string | null;
  reason_code: string;
  text: string;
  attachment_id: string | null;
  step_due_at: Timestamp;
  created_at: Timestamp;
}

export interface DossierApologyTable {
  id: Generated<string>;
  dossier_id: string;
  unit_id: string;
  drafted_by: string;
  responsible_user_ids: string[];
  reason_code: string;
  reason: string;
  original_due_at: Timestamp;
  previous_due_at: Timestamp;
  proposed_due_at: Timestamp;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  /** The latest moment the apology reaches the citizen in time (one working day before the due date). */
  latest_at: Timestamp | null;
  /** Approved after its latest moment (null until approved). */
  late: boolean | null;
}

export interface LateTimerTable {
  id: Generated<string>;
  dossier_id: string;
  kind: 'step_due_soon' | 'step_overdue' | 'dossier_due_soon' | 'dossier_overdue' | 'escalation';
  period_index: number | null;
  level: Generated<number>;
  due_at: Timestamp;
  fire_at: Timestamp;
}

export interface LateAlertTable {
  id: Generated<string>;
  dossier_id: string;
  kind: string;
  period_index: Generated<number>;
  level: Generated<number>;
  due_at: Timestamp;
  holder_id: string | null;
  unit_id: string | null;
  recipient_ids: string[];
  fired_at: Timestamp;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: TimestampDefault;
}

/** National portal synchronisation (migration 0044): one row per dossier change, delivered in seq order. */
export interface PortalOutboxTable {
  id: Generated<string>;
  dossier_id: string;
  seq: number;
  payload: Json;
  status: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'dead'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  locked_at: Timestamp | null;
  last_error: string | null;
  idempotency_key: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

/** Per dossier: its latest queued portal change and when it was delivered (null while it is not). */
export interface PortalSyncTable {
  dossier_id: string;
  latest_seq: number;
  changed_at: Timestamp;
  synced_at: Timestamp | null;
}

/** Roll-ups (migration 0014): change queues, per-dossier facts, day/month measures (see domain/indicators). */
export interface RollupDirtyTable {
  id: Generated<number>;
  dossier_id: string;
}

export interface RollupStateTable {
  id: number;
  refreshed_at: Date | null;
  rebuilt_at: Date | null;
  generation: Generated<number>;
}

/** Measure columns are listed in ROLLUP_MEASURES; read them with raw SQL built from that list. */
export interface RollupDayTable {
  unit_id: string;
  procedure_id: string;
  day: string;
  received: number;
  finished: number;
  finished_late: number;
  returned: number;
  apologies: number;
}

export interface RollupMonthTable extends Omit<RollupDayTable, 'day'> {
  month: string;
}

export type RollupUnitMonthTable = Omit<RollupMonthTable, 'procedure_id'>;

export interface RollupFeedbackDayTable {
  unit_id: string;
  day: string;
  fb_received: number;
  fb_complaints: number;
  fb_answered: number;
  fb_answered_on_time: number;
  fb_upheld: number;
}

/** Paper transfer by the 15:00 rule (issue #17 item 8, migration 0030). */
/** Migration 0040: a component or result of a dossier marked digitised. */
export interface DossierDigitisationTable {
  id: string;
  dossier_id: string;
  kind: 'component' | 'result';
  document_id: string;
  name: string;
  attachment_ids: string[];
  page_count: number | null;
  verified: Generated<boolean>;
  valid_until: ColumnType<string | null, string | null | undefined, string | null>;
  digitised_by: string;
  digitised_at: Timestamp;
}

/** Migration 0040: an item of a citizen's personal document store; `dossier_id` is its source dossier. */
export interface PersonalDocumentTable {
  id: string;
  owner_id_number: string;
  owner_user_id: string | null;
  kind: 'component' | 'result';
  document_id: string;
  name: string;
  dossier_id: string;
  digitisation_id: string;
  valid_until: ColumnType<string | null, string | null | undefined, string | null>;
  shared: Generated<boolean>;
  created_at: Timestamp;
}

/** Migration 0040: a document of a dossier given by reusing a personal-store item. */
export interface DossierDocumentReuseTable {
  dossier_id: string;
  document_id: string;
  store_item_id: string;
  reused_at: Timestamp;
}

export interface DossierPaymentTable {
  dossier_id: string;
  reference: string;
  amount: ColumnType<number, number, number>;
  status: ColumnType<
    'unpaid' | 'paid' | 'refunded',
    'unpaid' | 'paid' | 'refunded' | undefined,
    'unpaid' | 'paid' | 'refunded'
  >;
  method: 'cash' | 'transfer' | 'online' | null;
  receipt_number: string | null;
  payer_name: string | null;
  paid_at: Timestamp | null;
  paid_online_at: Timestamp | null;
  recorded_by: string | null;
  notification_id: string | null;
  refunded_at: Timestamp | null;
  refunded_by: string | null;
  refund_reason: string | null;
  created_at: Timestamp;
}

export interface PaymentNotificationTable {
  id: string;
  provider: string;
  notification_id: string;
  reference: string | null;
  dossier_id: string | null;
  amount: ColumnType<number, number, number>;
  outcome: 'paid' | 'amount_mismatch' | 'unknown_reference' | 'already_settled';
  body: Json;
  received_at: Timestamp;
}

export interface PaperTransferTable {
  dossier_id: string;
  from_unit_id: string;
  to_unit_id: string;
  received_at: Timestamp;
  due_at: Timestamp;
  created_at: Timestamp;
}

export interface PaperTransferBatchTable {
  id: string;
  from_unit_id: string;
  to_unit_id: string;
  year: number;
  seq: number;
  number: string;
  handed_by: string;
  handed_at: Timestamp;
  received_by: string | null;
  received_at: Timestamp | null;
}

export interface PaperTransferSequenceTable {
  unit_id: string;
  year: number;
  last: number;
}

export interface PaperTransferItemTable {
  batch_id: string;
  dossier_id: string;
  position: number;
}

/** The step's and holder's unit paths of dossiers that have them, indexed apart from the wide row (0048). */
export interface DossierRouteTable {
  dossier_id: string;
  step_path: string | null;
  holder_path: string | null;
  receiving_path: string | null;
  holder_id: string | null;
  due_at: Date | null;
  open: Generated<boolean>;
}

export interface Database {
  unit: UnitTable;
  unit_former_name: UnitFormerNameTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  attempt_counter: AttemptCounterTable;
  audit_log: AuditLogTable;
  audit_seal: AuditSealTable;
  oidc_login: OidcLoginTable;
  procedure: ProcedureTable;
  procedure_version: ProcedureVersionTable;
  unit_procedure: UnitProcedureTable;
  calendar: CalendarTable;
  calendar_version: CalendarVersionTable;
  calendar_day: CalendarDayTable;
  dossier: DossierTable;
  dossier_action: DossierActionTable;
  dossier_sequence: DossierSequenceTable;
  tracking_book_counter: TrackingBookCounterTable;
  attachment: AttachmentTable;
  notification_outbox: NotificationOutboxTable;
  notification_sink: NotificationSinkTable;
  dossier_draft: DossierDraftTable;
  idempotency_record: IdempotencyRecordTable;
  conduct_rules_version: ConductRulesVersionTable;
  conduct_code: ConductCodeTable;
  conduct_acknowledgement: ConductAcknowledgementTable;
  discipline_plan: DisciplinePlanTable;
  discipline_plan_action: DisciplinePlanActionTable;
  discipline_plan_target: DisciplinePlanTargetTable;
  discipline_plan_report: DisciplinePlanReportTable;
  commitment: CommitmentTable;
  inspection_team: InspectionTeamTable;
  inspection_team_member: InspectionTeamMemberTable;
  inspection_checklist: InspectionChecklistTable;
  inspection: InspectionTable;
  inspection_finding: InspectionFindingTable;
  inspection_photo: InspectionPhotoTable;
  inspection_finding_event: InspectionFindingEventTable;
  satisfaction_instrument_version: SatisfactionInstrumentVersionTable;
  satisfaction_response: SatisfactionResponseTable;
  satisfaction_response_official: SatisfactionResponseOfficialTable;
  satisfaction_token_use: SatisfactionTokenUseTable;
  feedback_policy: FeedbackPolicyTable;
  feedback: FeedbackTable;
  citizen_dialogue: CitizenDialogueTable;
  citizen_dialogue_item: CitizenDialogueItemTable;
  rating_framework: RatingFrameworkTable;
  evaluation_period: EvaluationPeriodTable;
  evaluation_evidence: EvaluationEvidenceTable;
  evaluation: EvaluationTable;
  evaluation_event: EvaluationEventTable;
  evaluation_appeal: EvaluationAppealTable;
  work_task: WorkTaskTable;
  yearly_rating: YearlyRatingTable;
  hr_case: HrCaseTable;
  schema_migration: SchemaMigrationTable;
  late_work_rule: LateWorkRuleTable;
  step_explanation: StepExplanationTable;
  dossier_apology: DossierApologyTable;
  late_timer: LateTimerTable;
  late_alert: LateAlertTable;
  dossier_route: DossierRouteTable;
  rollup_dirty: RollupDirtyTable;
  rollup_state: RollupStateTable;
  rollup_day: RollupDayTable;
  rollup_month: RollupMonthTable;
  rollup_unit_month: RollupUnitMonthTable;
  rollup_feedback_day: RollupFeedbackDayTable;
  paper_transfer: PaperTransferTable;
  paper_transfer_batch: PaperTransferBatchTable;
  paper_transfer_sequence: PaperTransferSequenceTable;
  paper_transfer_item: PaperTransferItemTable;
  dossier_payment: DossierPaymentTable;
  payment_notification: PaymentNotificationTable;
  signed_result: SignedResultTable;
  signing_dev_identity: SigningDevIdentityTable;
  dossier_digitisation: DossierDigitisationTable;
  personal_document: PersonalDocumentTable;
  dossier_document_reuse: DossierDocumentReuseTable;
  job_lease: JobLeaseTable;
  portal_outbox: PortalOutboxTable;
  portal_sync: PortalSyncTable;
}
