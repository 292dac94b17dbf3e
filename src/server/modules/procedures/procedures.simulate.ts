/** The deadline simulator: a procedure, a case and a receipt instant → every due time, on a working calendar. */
import type { ScheduleResponse, SimulateRequest } from '../../../contracts/procedures.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { scheduleCase } from '../../../domain/procedures/schedule.js';
import type { RequestContext } from '../../context.js';
import { defaultCalendar } from '../calendars/calendars.service.js';
import { parseDefinition } from './definition-input.js';
import * as service from './procedures.service.js';

/** Simulates a case of the current (or a given) version of a procedure on the default calendar. */
export async function simulateCase(
  ctx: RequestContext,
  id: string,
  input: SimulateRequest,
): Promise<ScheduleResponse> {
  let definition: ProcedureDefinition;
  if (input.versionNumber) {
    definition = (await service.getVersion(ctx, id, input.versionNumber)).definition as ProcedureDefinition;
  } else {
    const found = await service.getProcedure(ctx, id);
    definition = parseDefinition(found.current?.definition ?? found.draft?.definition, { shapeOnly: true });
  }
  const variantId = input.variantId ?? null;
  if (variantId && !definition.variants.some((v) => v.id === variantId)) {
    throw fail.validation(`Thủ tục không có trường hợp "${variantId}".`, [{ path: 'variantId' }]);
  }
  const calendar = await defaultCalendar(ctx.deps.database.db);
  const schedule = scheduleCase(definition, variantId, new Date(input.receivedAt).getTime(), calendar);
  return {
    receivedAt: formatInstant(schedule.receivedAt),
    countingFrom: formatInstant(schedule.countingFrom),
    dueAt: formatInstant(schedule.dueAt),
    processingTime: schedule.processingTime,
    steps: schedule.steps.map((step) => ({
      ...step,
      startsAt: formatInstant(step.startsAt),
      dueAt: formatInstant(step.dueAt),
    })),
    skippedDays: schedule.skippedDays,
  };
}
