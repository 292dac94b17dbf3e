/** Reading notifications on behalf of an official: the development sink and a dossier's outbox rows. */
import { hasAnyRole, type Actor } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import { getDossier } from '../dossiers/dossiers.service.js';
import type { DevSinkQuery } from './notifications.contracts.js';
import { listDossierNotifications, listSinkMessages } from './notifications.queries.js';

const DEV_SINK_READERS: readonly Role[] = ['sysadmin', 'reception', 'one_stop_head'];

/** May this official read the development sink? (Sysadmin: all of it; the one-stop: its own dossiers'.) */
export function canReadDevSink(actor: Actor): boolean {
  return actor.kind === 'official' && hasAnyRole(actor, DEV_SINK_READERS);
}

/** The sink's messages the official may read, newest first; forbidden for other roles. */
export async function listDevSinkMessages(ctx: RequestContext, query: DevSinkQuery) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (!canReadDevSink(actor)) throw fail.forbidden();
  const scopePath = actor.roles.includes('sysadmin') ? null : (actor.unitPath ?? '/none/');
  return listSinkMessages(ctx.deps.database.db, { scopePath, dossierId: query.dossierId }, query);
}

/** The outbox rows of a dossier the person may see (another unit's dossier answers not_found). */
export async function listNotificationsOfDossier(ctx: RequestContext, dossierId: string) {
  await getDossier(ctx, dossierId);
  return listDossierNotifications(ctx.deps.database.db, dossierId);
}
