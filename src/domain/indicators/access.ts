/** Who may read the leaders' dashboards of a unit: its leaders and overseers, within their subtree. */
import { canActOnUnit, type Actor } from '../access/policy.js';
import type { Role } from '../access/roles.js';

const DASHBOARD_READERS: readonly Role[] = ['unit_leader', 'one_stop_head', 'home_affairs', 'inspector'];

/** True when the actor may read the dashboards of the target unit (sysadmin anywhere). */
export function canReadDashboards(actor: Actor, targetUnitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, DASHBOARD_READERS, targetUnitPath);
}
