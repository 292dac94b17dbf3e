/** Which conduct and inspection screens the menu offers (the server still checks every request). */
import type { CurrentUser } from '../../../contracts/auth';

const READERS = ['home_affairs', 'unit_leader', 'one_stop_head', 'inspector', 'sysadmin'];

/** Inspections, reports and discipline plans: inspectors, administrators and heads of units. */
export function canSeeConductOversight(user: CurrentUser): boolean {
  return user.kind === 'official' && user.roles.some((role) => READERS.includes(role));
}

/** Findings (one's own at least) and the code of conduct: every official. */
export function canSeeOwnConduct(user: CurrentUser): boolean {
  return user.kind === 'official';
}
