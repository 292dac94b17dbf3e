/**
 * SQL of the late-work records behind an official's month (#17): the apologies approved after their latest
 * moment that the official held a late step of or drafted, and the supplement requests they made that were
 * the unit's fault. The same attribution as the evidence counts (`evaluation.evidence.ts`).
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

/** A record behind the evidence: its id, time, dossier (code and id) and what it says. */
export interface LateWorkItemRow {
  id: string;
  at: Date;
  dossier_id: string;
  code: string | null;
  detail: string;
  /** Supplement requests: 'late' (after the window) or 'repeat' (not the first); null for apologies. */
  fault: string | null;
}

/** Late apologies approved in [from, to) that the official held a late step of or drafted. */
export async function listLateApologyItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<LateWorkItemRow[]> {
  const result = await sql<LateWorkItemRow>`
    select a.id, a.decided_at as at, a.dossier_id, d.code, a.reason as detail, null as fault
    from dossier_apology a join dossier d on d.id = a.dossier_id
    where a.late and a.decided_at >= ${from} and a.decided_at < ${to}
      and (a.drafted_by = ${officialId} or ${officialId}::uuid = any(a.responsible_user_ids))
    order by a.decided_at limit 100`.execute(db);
  return result.rows;
}

/** Supplement requests the official made in [from, to) that were the unit's fault, with the reason given. */
export async function listSupplementFaultItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<LateWorkItemRow[]> {
  const result = await sql<LateWorkItemRow>`
    select x.id::text as id, x.at, x.dossier_id, d.code,
      coalesce(x.payload->>'faultReason', '') as detail,
      x.payload->>'unitFault' as fault
    from dossier_action x join dossier d on d.id = x.dossier_id and d.created_at = x.dossier_created_at
    where x.type = 'request_supplement' and x.payload ? 'unitFault' and x.actor_id = ${officialId}
      and x.at >= ${from} and x.at < ${to}
    order by x.at limit 100`.execute(db);
  return result.rows;
}
