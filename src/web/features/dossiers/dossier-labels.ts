/** Names and colours of dossier statuses, actions and step outcomes, from the shared domain tables. */
import type { Locale } from '../../app/i18n/define';
import {
  ACTION_LABELS,
  STATUS_LABELS,
  type DossierStatus,
  type LoggedActionType,
} from '../../../domain/dossiers/status';

/** The status's name in the language, e.g. "Đang xử lý". */
export function statusLabel(status: DossierStatus, locale: Locale): string {
  return STATUS_LABELS[status][locale];
}

/** The action's name in the language, e.g. "Chuyển bước tiếp theo". */
export function actionLabel(type: LoggedActionType, locale: Locale): string {
  return ACTION_LABELS[type][locale];
}

/** Tag colour of each status: blue while at the counter, cyan in work, orange waiting, green done. */
export const STATUS_COLORS: Record<DossierStatus, string> = {
  submitted: 'blue',
  received: 'cyan',
  not_received: 'volcano',
  processing: 'geekblue',
  supplement_requested: 'orange',
  withdrawal_requested: 'gold',
  stopped: 'default',
  processed: 'green',
  returned: 'success',
};

export type StepOutcome = 'early' | 'on_time' | 'late';

/** Tag colour of a step's outcome on the process control sheet. */
export const OUTCOME_COLORS: Record<StepOutcome, string> = {
  early: 'green',
  on_time: 'blue',
  late: 'red',
};
