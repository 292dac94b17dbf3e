/** Cases opened from citizens' misconduct reports (issue #7's feedback) or other sources, outside a visit. */
import type { CreateCaseRequest } from '../../../contracts/inspections.js';
import { canInspectUnit, canManageConduct } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import * as fq from './findings.queries.js';
import { insertNewFinding, requireOfficialActor, resolveFindingUnit } from './findings.service.js';
import { getUnitInfo } from './unit-lookup.js';

/**
 * Opens a case from a citizen's misconduct report (inspectors and home-affairs administrators in scope).
 * With `sourceFeedbackId` the report must be a `misconduct` (or `complaint`) feedback of that unit; its code
 * becomes the reference and its official is the default one named. One case per report.
 */
export async function openCaseFromReport(ctx: RequestContext, input: CreateCaseRequest) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const unit = await getUnitInfo(db, input.unitId);
  if (!canInspectUnit(actor, unit.path) && !canManageConduct(actor, unit.path))
    throw fail.forbidden('Bạn không được mở vụ việc cho đơn vị này.');
  let { officialId, sourceReference } = input;
  if (input.sourceFeedbackId) {
    const report = await fq.findFeedbackReport(db, input.sourceFeedbackId);
    if (!report || report.kind === 'feedback' || report.unit_id !== unit.id)
      throw fail.validation('Phản ánh không tồn tại hoặc không phải phản ánh về hành vi của đơn vị này.', [
        { path: 'sourceFeedbackId' },
      ]);
    const taken = await fq.findFindingBySourceFeedback(db, input.sourceFeedbackId);
    if (taken) throw fail.conflict('Phản ánh này đã được mở vụ việc.', { findingId: taken.id });
    officialId = officialId ?? report.official_id;
    sourceReference = report.code;
  }
  const unitId = await resolveFindingUnit(db, unit, officialId);
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt > ctx.deps.clock.now())
    throw fail.validation('Thời điểm vi phạm ở tương lai.', [{ path: 'occurredAt' }]);
  return db.transaction().execute((trx) =>
    insertNewFinding(ctx, trx, {
      ...input,
      officialId,
      sourceReference,
      inspectionId: null,
      unitId,
      checklistItem: null,
      occurredAt,
    }),
  );
}
