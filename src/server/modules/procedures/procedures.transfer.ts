/**
 * Import and export of the catalogue: JSON (the definition schema; errors name the exact path, e.g.
 * `[3].workflows[0].steps[2].allotted.value`) and an Excel workbook for reading and printing.
 */
import ExcelJS from 'exceljs';
import { canEditCatalogue } from '../../../domain/access/policy.js';
import { canonicalJson } from '../../../domain/audit/chain.js';
import { fail } from '../../../domain/errors.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { feeRange } from '../../../domain/procedures/fees.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor, Tx } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { checkDefinition } from './definition-input.js';
import * as q from './procedures.queries.js';
import { columnsOf } from './procedures.service.js';

/** Parses a whole import: every problem of every entry, or the valid definitions. */
export function parseCatalogue(input: unknown): ProcedureDefinition[] {
  const list = Array.isArray(input) ? input : [input];
  const issues: { path: string; message: string }[] = [];
  const definitions: ProcedureDefinition[] = [];
  list.forEach((entry, index) => {
    const checked = checkDefinition(entry, `[${index}]`);
    issues.push(...checked.issues);
    if (checked.definition) definitions.push(checked.definition);
  });
  const codes = definitions.map((d) => d.code);
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index)
      issues.push({ path: `[${index}].code`, message: `Mã thủ tục ${code} xuất hiện hai lần.` });
  });
  if (issues.length > 0) {
    const summary = issues
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    throw fail.validation(
      `Tệp nhập có ${issues.length} lỗi — ${summary}${issues.length > 5 ? '; …' : ''}`,
      issues,
    );
  }
  return definitions;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes parsed definitions inside the caller's transaction: new codes become procedures with a published
 * first version; known codes get a new published version when the definition changed.
 */
export async function writeCatalogue(
  trx: Tx,
  definitions: ProcedureDefinition[],
  options: { ownerUnitId: string | null; actorId: string | null; now: Date },
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0 };
  for (const definition of definitions) {
    const existing = await q.findProcedureByCode(trx, definition.code);
    if (existing && canonicalJson(existing.current_definition) === canonicalJson(definition)) {
      outcome.unchanged += 1;
      continue;
    }
    const procedureId =
      existing?.id ??
      (await q.insertProcedure(
        trx,
        { ...columnsOf(definition), owner_unit_id: options.ownerUnitId },
        options.now,
      ));
    const version = await q.insertVersion(trx, {
      procedureId,
      status: 'published',
      definition,
      effectiveFrom: options.now,
      actorId: options.actorId,
      now: options.now,
    });
    if (existing?.current_version_id) {
      await q.markSuperseded(trx, existing.current_version_id);
    }
    await q.setCurrentVersion(trx, procedureId, columnsOf(definition), version.id, options.now);
    if (existing) outcome.updated += 1;
    else outcome.created += 1;
  }
  return outcome;
}

/** Imports a catalogue file all-or-nothing (sysadmin: any owner; home affairs: procedures owned in scope). */
export async function importCatalogue(
  ctx: RequestContext,
  input: unknown,
  ownerUnitId: string | null,
): Promise<ImportOutcome> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const { db } = ctx.deps.database;
  const owner = ownerUnitId ? await q.findOwnerUnit(db, ownerUnitId) : undefined;
  if (!canEditCatalogue(actor, owner?.path ?? null))
    throw fail.forbidden('Bạn không có quyền nhập danh mục thủ tục.');
  const definitions = parseCatalogue(input);
  return db.transaction().execute(async (trx) => {
    for (const definition of definitions) {
      const existing = await q.findProcedureByCode(trx, definition.code);
      if (existing && !canEditCatalogue(actor, existing.owner_path)) {
        throw fail.forbidden(`Bạn không có quyền sửa thủ tục ${definition.code}.`);
      }
    }
    const outcome = await writeCatalogue(trx, definitions, {
      ownerUnitId: owner?.id ?? null,
      actorId: actor.userId,
      now: ctx.deps.clock.now(),
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'procedure.import',
        targetType: 'procedure',
        targetId: null,
        unitId: owner?.id ?? null,
        summary: { ...outcome },
      }),
    );
    return outcome;
  });
}

/** Current definitions of every published procedure. */
export async function exportDefinitions(db: Executor): Promise<ProcedureDefinition[]> {
  const rows = await q.listCurrentDefinitions(db);
  return rows.map((row) => row.definition as ProcedureDefinition);
}

const TIME_UNIT_LABELS: Record<string, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  same_day: 'trong ngày',
};
const ONLINE_LABELS: Record<string, string> = { full: 'Toàn trình', partial: 'Một phần', none: 'Không' };

/** The catalogue as an Excel workbook: one sheet of procedures, one of workflow steps. */
export async function buildCatalogueWorkbook(definitions: ProcedureDefinition[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ Cương';
  const sheet = workbook.addWorksheet('Thủ tục');
  sheet.columns = [
    { header: 'Mã thủ tục', key: 'code', width: 26 },
    { header: 'Tên thủ tục', key: 'name', width: 60 },
    { header: 'Lĩnh vực', key: 'field', width: 24 },
    { header: 'Cấp thực hiện', key: 'level', width: 14 },
    { header: 'Thời hạn giải quyết', key: 'time', width: 20 },
    { header: 'Phí, lệ phí (đồng)', key: 'fee', width: 16 },
    { header: 'Dịch vụ công trực tuyến', key: 'online', width: 18 },
    { header: 'Số giấy tờ', key: 'documents', width: 10 },
    { header: 'Số bước', key: 'steps', width: 10 },
    { header: 'Căn cứ pháp lý', key: 'legal', width: 60 },
  ];
  const steps = workbook.addWorksheet('Quy trình nội bộ');
  steps.columns = [
    { header: 'Mã thủ tục', key: 'code', width: 26 },
    { header: 'Quy trình', key: 'workflow', width: 24 },
    { header: 'Bước', key: 'order', width: 6 },
    { header: 'Công việc', key: 'task', width: 40 },
    { header: 'Đơn vị', key: 'unit', width: 30 },
    { header: 'Vai trò', key: 'role', width: 16 },
    { header: 'Thời gian', key: 'time', width: 14 },
    { header: 'Kết quả', key: 'result', width: 40 },
  ];
  for (const d of definitions) {
    sheet.addRow({
      code: d.code,
      name: d.name,
      field: d.field,
      level: d.level,
      time:
        d.processingTime.unit === 'same_day'
          ? 'Trong ngày'
          : `${d.processingTime.value} ${TIME_UNIT_LABELS[d.processingTime.unit]}`,
      fee: describeFeeRange(d),
      online: ONLINE_LABELS[d.onlineLevel],
      documents: d.documents.length,
      steps: d.workflows.find((w) => w.id === d.defaultWorkflowId)?.steps.length ?? 0,
      legal: d.legalBasis.join('; '),
    });
    for (const workflow of d.workflows) {
      workflow.steps.forEach((step, index) =>
        steps.addRow({
          code: d.code,
          workflow: workflow.name,
          order: index + 1,
          task: step.task,
          unit: step.unitName,
          role: step.role,
          time: `${step.allotted.value} ${TIME_UNIT_LABELS[step.allotted.unit]}`,
          result: step.result,
        }),
      );
    }
  }
  for (const ws of [sheet, steps]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The fee cell: the amount owed, or "min–max" when the procedure has alternatives (never their sum). */
function describeFeeRange(definition: ProcedureDefinition): number | string {
  const { min, max } = feeRange(definition.fees);
  return min === max ? min : `${min.toLocaleString('vi-VN')}–${max.toLocaleString('vi-VN')}`;
}
