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
  prev_hash: string;
  hash: string;
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
}

export interface DossierSequenceTable {
  unit_id: string;
  day: string;
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

export interface SchemaMigrationTable {
  name: string;
  applied_at: TimestampDefault;
}

export interface Database {
  unit: UnitTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
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
  attachment: AttachmentTable;
  notification_outbox: NotificationOutboxTable;
  notification_sink: NotificationSinkTable;
  dossier_draft: DossierDraftTable;
  schema_migration: SchemaMigrationTable;
}
