/** Localised names of violation types, severities, decisions and finding statuses (from the domain's labels). */
import {
  DECISION_LABELS,
  FINDING_STATUS_LABELS,
  SEVERITY_LABELS,
  VIOLATION_LABELS,
  type Decision,
  type FindingStatus,
  type Severity,
  type ViolationType,
} from '../../../domain/conduct/violations';
import type { Locale } from '../../app/i18n/define';

export const violationLabel = (type: ViolationType, locale: Locale) => VIOLATION_LABELS[type][locale];
export const severityLabel = (severity: Severity, locale: Locale) => SEVERITY_LABELS[severity][locale];
export const decisionLabel = (decision: Decision, locale: Locale) => DECISION_LABELS[decision][locale];
export const findingStatusLabel = (status: FindingStatus, locale: Locale) =>
  FINDING_STATUS_LABELS[status][locale];

/** Tag colours of severities. */
export const SEVERITY_COLORS: Record<Severity, string> = { light: 'gold', medium: 'orange', serious: 'red' };
