/**
 * Rating frameworks: the built-in versions (1 and 2) are stored the first time any framework is needed;
 * home-affairs administrators add new versions (a period keeps the version it was opened with).
 */
import type { CreateFrameworkVersionRequest } from '../../../contracts/evaluation.js';
import type { z } from 'zod';
import { canAdministerEvaluation } from '../../../domain/evaluation/policy.js';
import { checkFrameworkDefinition, FrameworkDefinition } from '../../../domain/evaluation/framework.js';
import { BUILT_IN_FRAMEWORKS } from '../../../domain/evaluation/frameworks-2026.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './evaluation.queries.js';

export interface FrameworkRow {
  id: string;
  code: string;
  version: number;
  name: string;
  definition: FrameworkDefinition;
  created_at: Date;
}

function toFramework(row: { definition: unknown } & Omit<FrameworkRow, 'definition'>): FrameworkRow {
  return { ...row, definition: FrameworkDefinition.parse(row.definition) };
}

/** Stores the built-in framework versions when they are missing; safe to call concurrently. */
export async function ensureBuiltInFrameworks(db: Executor, now: Date): Promise<void> {
  for (const f of BUILT_IN_FRAMEWORKS) {
    await q.insertFrameworkIfMissing(db, {
      code: f.code,
      version: f.version,
      name: f.name,
      definition: JSON.stringify(f.definition),
      created_at: now,
      created_by: null,
    });
  }
}

/** Every version of every framework, newest version first within a code. */
export async function listFrameworks(db: Executor, now: Date): Promise<FrameworkRow[]> {
  await ensureBuiltInFrameworks(db, now);
  const rows = await q.listFrameworkRows(db);
  return rows.map(toFramework);
}

/** The latest version of a framework by code, or not_found. */
export async function getLatestFramework(db: Executor, code: string, now: Date): Promise<FrameworkRow> {
  await ensureBuiltInFrameworks(db, now);
  const row = await q.findLatestFrameworkRow(db, code);
  if (!row) throw fail.notFound(`Không có khung đánh giá ${code}.`);
  return toFramework(row);
}

/** A framework version by id, or not_found. */
export async function getFramework(db: Executor, id: string): Promise<FrameworkRow> {
  const row = await q.findFrameworkRow(db, id);
  if (!row) throw fail.notFound('Không tìm thấy khung đánh giá.');
  return toFramework(row);
}

/** Adds the next version of a framework (home-affairs administrators of a province or the system). */
export async function createFrameworkVersion(
  ctx: RequestContext,
  input: z.infer<typeof CreateFrameworkVersionRequest>,
): Promise<FrameworkRow> {
  const actor = ctx.actor;
  if (!actor || !actor.unitPath || !canAdministerEvaluation(actor, actor.unitPath)) throw fail.forbidden();
  const problems = checkFrameworkDefinition(input.definition);
  if (problems.length > 0)
    throw fail.validation(
      problems.join(' '),
      problems.map((message) => ({ path: 'definition', message })),
    );
  const now = ctx.deps.clock.now();
  const { db } = ctx.deps.database;
  return db.transaction().execute(async (trx) => {
    const last = await q.findMaxFrameworkVersion(trx, input.code);
    const version = Number(last.v) + 1;
    const row = await q.insertFramework(trx, {
      code: input.code,
      version,
      name: input.name,
      definition: JSON.stringify(input.definition),
      created_at: now,
      created_by: actor.userId,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.framework_version',
        targetType: 'rating_framework',
        targetId: row.id,
        unitId: actor.unitId,
        summary: { code: input.code, version },
      }),
    );
    return toFramework(row);
  });
}
