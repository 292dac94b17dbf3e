/** Readable names for audit actions and targets; unknown ones fall back to their code. */
import type { AuditEntry } from '../../../contracts/audit';
import type { I18n } from '../../app/i18n/context';
import { auditMessages } from './audit.messages';

type ActionKey = Extract<keyof typeof auditMessages, `audit.action.${string}`>;

/** Every action the server records today, for the filter. */
export const AUDIT_ACTIONS = Object.keys(auditMessages)
  .filter((key): key is ActionKey => key.startsWith('audit.action.'))
  .map((key) => key.slice('audit.action.'.length));

function isActionKey(key: string): key is ActionKey {
  return key in auditMessages && key.startsWith('audit.action.');
}

/** "Tạo tài khoản" for user.create; the raw code for an action this version does not know. */
export function actionLabel(t: I18n['t'], action: string): string {
  const key = `audit.action.${action}`;
  return isActionKey(key) ? t(key) : action;
}

function summaryName(summary: unknown): string | null {
  if (typeof summary !== 'object' || summary === null) return null;
  const { username, name, code } = summary as Record<string, unknown>;
  for (const value of [username, name, code]) if (typeof value === 'string' && value) return value;
  return null;
}

/** "Tài khoản · nguyenvana", or the type and a short id when the entry names nothing readable. */
export function targetLabel(t: I18n['t'], entry: AuditEntry): string {
  const type =
    entry.targetType === 'user' || entry.targetType === 'unit' || entry.targetType === 'system'
      ? t(`audit.target.${entry.targetType}`)
      : entry.targetType;
  const self = entry.targetType === 'user' && entry.targetId !== null && entry.targetId === entry.actorId;
  const name =
    summaryName(entry.summary) ??
    (self ? entry.actorName : null) ??
    (entry.targetId ? entry.targetId.slice(0, 8) : null);
  return name ? `${type} · ${name}` : type;
}
