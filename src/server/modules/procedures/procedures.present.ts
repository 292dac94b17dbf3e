/** Procedure rows → API shapes. */
import type { ProcedureSummary, ProcedureVersionInfo } from '../../../contracts/procedures.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { feeRange } from '../../../domain/procedures/fees.js';
import type { ProcedureRow } from './procedures.queries.js';

export function presentSummary(row: ProcedureRow): ProcedureSummary {
  const definition = row.current_definition as ProcedureDefinition | null;
  // alternatives are one-of: the list shows their range, never their sum
  const fees = definition ? feeRange(definition.fees) : null;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level,
    onlineLevel: row.online_level as ProcedureSummary['onlineLevel'],
    processingTime: definition?.processingTime ?? null,
    totalFee: fees?.min ?? null,
    maxFee: fees?.max ?? null,
    currentVersion: row.current_number ?? null,
    hasDraft: row.draft_version_id !== null,
    demo: row.demo,
  };
}

export function presentVersionInfo(row: {
  id: string;
  number: number;
  status: 'draft' | 'published' | 'superseded';
  effective_from: Date | null;
  published_at: Date | null;
  published_by_name: string | null;
  created_at: Date;
}): ProcedureVersionInfo {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    effectiveFrom: row.effective_from?.toISOString() ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    publishedBy: row.published_by_name,
    createdAt: row.created_at.toISOString(),
  };
}
