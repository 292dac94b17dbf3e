/** Names of roles and unit kinds in the current language, from the shared domain tables. */
import { ROLE_LABELS, UNIT_KIND_LABELS, type Role, type UnitKind } from '../../../domain/access/roles';
import type { Locale } from './define';

/** The role's name, e.g. "Chuyên viên" in Vietnamese. */
export function roleLabel(role: Role, locale: Locale): string {
  return ROLE_LABELS[role][locale];
}

/** The unit kind's name, e.g. "Bộ phận Một cửa". */
export function unitKindLabel(kind: UnitKind, locale: Locale): string {
  return UNIT_KIND_LABELS[kind][locale];
}
