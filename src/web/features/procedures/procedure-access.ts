/** What a signed-in person may do with the catalogue, as far as the web app can tell (the server decides). */
import type { CurrentUser } from '../../../contracts/auth';
import type { Role } from '../../../domain/access/roles';

/**
 * Roles that choose which procedures their unit receives (canChooseUnitOffer in the access policy). The
 * system administrator may too, but has no counter of their own, so the switch is not offered to them.
 */
const OFFER_ROLES: readonly Role[] = ['home_affairs', 'unit_leader', 'one_stop_head'];

/** True for an official who may switch procedures on or off at their own unit's counter. */
export function canChooseOwnUnitOffer(user: CurrentUser | null | undefined): boolean {
  if (!user || user.kind !== 'official' || !user.unitId) return false;
  return user.roles.some((role) => OFFER_ROLES.includes(role));
}
