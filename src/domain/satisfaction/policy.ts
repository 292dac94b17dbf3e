/**
 * Who may do what with satisfaction surveys, feedback and dialogues, as pure functions over the acting
 * person and the unit path of the target (role AND unit subtree, like every policy of the system).
 */
import { canActOnUnit, hasAnyRole, type Actor } from '../access/policy.js';
import type { Role } from '../access/roles.js';

/** Read the indices, the responses and the feedback register of a unit subtree. */
export const SATISFACTION_READERS: readonly Role[] = [
  'unit_leader',
  'one_stop_head',
  'home_affairs',
  'inspector',
];
/** Offer a survey for a returned dossier (kiosk, QR slip, SMS/Zalo link). */
export const SURVEY_ISSUERS: readonly Role[] = ['reception', 'one_stop_head', 'unit_leader'];
/** Handle (take, forward, answer) feedback of a unit subtree. */
export const FEEDBACK_HANDLERS: readonly Role[] = ['one_stop_head', 'unit_leader', 'home_affairs'];
/** Record feedback received at the counter or by phone. */
export const FEEDBACK_RECORDERS: readonly Role[] = [
  'reception',
  'one_stop_head',
  'unit_leader',
  'home_affairs',
];
/** Organise dialogues with citizens. */
export const DIALOGUE_ORGANISERS: readonly Role[] = ['unit_leader', 'home_affairs'];

/** May the actor read satisfaction figures and responses of the unit at this path? */
export function canReadSatisfaction(actor: Actor, unitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, SATISFACTION_READERS, unitPath);
}

/** May the actor publish a new version of the national instrument? */
export function canEditInstrument(actor: Actor): boolean {
  return actor.kind === 'official' && hasAnyRole(actor, ['sysadmin', 'home_affairs']);
}

/** May the actor handle feedback routed to the unit at this path? */
export function canHandleFeedback(actor: Actor, unitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, FEEDBACK_HANDLERS, unitPath);
}

/** May the actor read feedback of the unit at this path (handlers, readers and inspectors)? */
export function canReadFeedback(actor: Actor, unitPath: string | null | undefined): boolean {
  return canHandleFeedback(actor, unitPath) || canReadSatisfaction(actor, unitPath);
}

/** May the actor organise and publish dialogues of the unit at this path? */
export function canOrganiseDialogues(actor: Actor, unitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, DIALOGUE_ORGANISERS, unitPath);
}

/**
 * Whether a dossier in this status can be rated (the citizen evaluation of ND 61/2018 art. 31, "đánh giá mức
 * độ hài lòng"): once its result was returned (a refusal after appraisal is returned too), and also when it
 * was not received at the counter — the citizen was served, and may rate how.
 */
export function isRateableDossierStatus(status: string): boolean {
  return status === 'returned' || status === 'not_received';
}

/** The statuses `isRateableDossierStatus` accepts, for the SQL that lists rateable dossiers. */
export const RATEABLE_DOSSIER_STATUSES = ['returned', 'not_received'] as const;
