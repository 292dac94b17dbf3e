/**
 * Readable names of the catalogue's codes (levels, online levels, document forms, step units and actions,
 * version states, kinds of change), in the interface language. Step roles use the shared role names.
 */
import type {
  OnlineLevel,
  RequiredDocument,
  StepAction,
  StepUnitKind,
  TimeUnit,
} from '../../../domain/procedures/definition';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import type { I18n } from '../../app/i18n/context';
import type { MessageKey } from '../../app/i18n/messages';

export type ProcedureLevel = ProcedureDefinition['level'];
export type StepRole = ProcedureDefinition['workflows'][number]['steps'][number]['role'];
export type DocumentForm = RequiredDocument['form'];
export type VersionStatus = 'draft' | 'published' | 'superseded';
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export const LEVELS: readonly ProcedureLevel[] = ['commune', 'province', 'department', 'ministry'];
export const STEP_ROLES: readonly StepRole[] = ['reception', 'specialist', 'unit_leader', 'one_stop_head'];

const LEVEL_KEYS: Record<ProcedureLevel, MessageKey> = {
  commune: 'proc.level.commune',
  province: 'proc.level.province',
  department: 'proc.level.department',
  ministry: 'proc.level.ministry',
};

const ONLINE_KEYS: Record<OnlineLevel, MessageKey> = {
  full: 'proc.online.full',
  partial: 'proc.online.partial',
  none: 'proc.online.none',
};

const FORM_KEYS: Record<DocumentForm, MessageKey> = {
  original: 'proc.doc.form.original',
  copy: 'proc.doc.form.copy',
  certified_copy: 'proc.doc.form.certified_copy',
  original_or_copy: 'proc.doc.form.original_or_copy',
};

const UNIT_KIND_KEYS: Record<StepUnitKind, MessageKey> = {
  one_stop: 'proc.unitKind.one_stop',
  department: 'proc.unitKind.department',
  authority: 'proc.unitKind.authority',
  other_agency: 'proc.unitKind.other_agency',
};

const ACTION_KEYS: Record<StepAction, MessageKey> = {
  forward: 'proc.action.forward',
  return: 'proc.action.return',
  request_supplement: 'proc.action.request_supplement',
  consult: 'proc.action.consult',
  approve: 'proc.action.approve',
  sign: 'proc.action.sign',
  refuse: 'proc.action.refuse',
};

const TIME_UNIT_KEYS: Record<TimeUnit, MessageKey> = {
  working_days: 'proc.unit.working_days',
  working_hours: 'proc.unit.working_hours',
  calendar_days: 'proc.unit.calendar_days',
  same_day: 'proc.unit.same_day',
};

const STATUS_KEYS: Record<VersionStatus, MessageKey> = {
  draft: 'proc.status.draft',
  published: 'proc.status.published',
  superseded: 'proc.status.superseded',
};

const CHANGE_KEYS: Record<ChangeKind, MessageKey> = {
  added: 'proc.change.added',
  removed: 'proc.change.removed',
  changed: 'proc.change.changed',
  moved: 'proc.change.moved',
};

function isIn<K extends string>(table: Record<K, MessageKey>, code: string): code is K {
  return Object.prototype.hasOwnProperty.call(table, code);
}

/** "Cấp xã/phường" for commune; an unknown level is shown as written. */
export function levelLabel(t: I18n['t'], level: string): string {
  return isIn(LEVEL_KEYS, level) ? t(LEVEL_KEYS[level]) : level;
}

/** "Toàn trình", "Một phần" or "Không". */
export function onlineLabel(t: I18n['t'], level: OnlineLevel): string {
  return t(ONLINE_KEYS[level]);
}

/** Tag colour of an online level: fully online stands out. */
export const ONLINE_COLORS: Record<OnlineLevel, string> = { full: 'green', partial: 'blue', none: 'default' };

/** "Bản chính", "Bản sao", "Bản sao chứng thực", "Bản chính hoặc bản sao". */
export function documentFormLabel(t: I18n['t'], form: DocumentForm): string {
  return t(FORM_KEYS[form]);
}

/** "Bộ phận Một cửa", "Phòng chuyên môn", … */
export function stepUnitKindLabel(t: I18n['t'], kind: StepUnitKind): string {
  return t(UNIT_KIND_KEYS[kind]);
}

/** "Chuyển bước tiếp", "Yêu cầu bổ sung", … */
export function stepActionLabel(t: I18n['t'], action: StepAction): string {
  return t(ACTION_KEYS[action]);
}

/** "Ngày làm việc", "Giờ làm việc", … (the unit alone, for pickers). */
export function timeUnitLabel(t: I18n['t'], unit: TimeUnit): string {
  return t(TIME_UNIT_KEYS[unit]);
}

/** "Nháp", "Đang áp dụng" or "Hết hiệu lực". */
export function versionStatusLabel(t: I18n['t'], status: VersionStatus): string {
  return t(STATUS_KEYS[status]);
}

export const VERSION_STATUS_COLORS: Record<VersionStatus, string> = {
  draft: 'orange',
  published: 'green',
  superseded: 'default',
};

/** "Thêm", "Xóa", "Sửa" or "Di chuyển". */
export function changeKindLabel(t: I18n['t'], kind: ChangeKind): string {
  return t(CHANGE_KEYS[kind]);
}

export const CHANGE_COLORS: Record<ChangeKind, string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  moved: 'purple',
};
