/**
 * Who hears of lateness (the escalation chain): the holder, the holder's unit leader (the nearest leader up
 * the holder's unit path), the agency head (the leader of the dossier's authority unit or above) and the
 * one-stop head of the receiving unit. Resolved in memory from the chain's people, loaded once per sweep.
 */
import type { EscalationTarget } from '../../../domain/late-work/rules.js';

export interface ChainPerson {
  id: string;
  unit_id: string | null;
  path: string;
  role: string;
}

export interface AlertSubject {
  holderId: string | null;
  /** Path of the holder's unit, or of the authority when nobody holds the step. */
  holderUnitPath: string;
  authorityPath: string;
  receivingPath: string;
}

/** The person with `role` whose unit is the deepest at or above `path`. */
function nearest(people: readonly ChainPerson[], role: string, path: string): string | null {
  let best: ChainPerson | null = null;
  for (const person of people) {
    if (person.role !== role || !path.startsWith(person.path)) continue;
    if (!best || person.path.length > best.path.length) best = person;
  }
  return best?.id ?? null;
}

/** The distinct people to notify for the given targets. */
export function resolveRecipients(
  people: readonly ChainPerson[],
  subject: AlertSubject,
  targets: readonly EscalationTarget[],
): string[] {
  const ids = targets.map((target) => {
    switch (target) {
      case 'holder':
        return subject.holderId;
      case 'unit_leader':
        return nearest(
          people.filter((p) => p.id !== subject.holderId),
          'unit_leader',
          subject.holderUnitPath,
        );
      case 'agency_head':
        return nearest(people, 'unit_leader', subject.authorityPath);
      case 'one_stop_head':
        return nearest(people, 'one_stop_head', subject.receivingPath);
    }
  });
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
