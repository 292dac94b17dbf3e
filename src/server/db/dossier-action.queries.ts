/**
 * The condition that reads one dossier's actions from its own partition only. `dossier_action` is
 * partitioned by its dossier's creation month (migration 0050): a filter on `dossier_id` alone probes every
 * month's index; with the dossier's `created_at` beside it (a sub-select, known when the plan starts), the
 * other months are pruned before they are opened.
 */
import { sql, type RawBuilder } from 'kysely';

export function actionsOfDossier(alias: string, dossierId: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${alias}.dossier_id`)} = ${dossierId}
    and ${sql.ref(`${alias}.dossier_created_at`)} = (select created_at from dossier where id = ${dossierId}))`;
}
