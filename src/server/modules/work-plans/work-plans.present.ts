/** Work-task rows → API shape. */
import type { WorkTask } from '../../../contracts/work-plans.js';
import type { Actor } from '../../../domain/access/policy.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { canManageTasks, canSelfAssess } from '../../../domain/evaluation/policy.js';
import type { TaskRow } from './work-plans.queries.js';

const STATUS_LABELS: Record<WorkTask['status'], string> = {
  proposed: 'Chờ lãnh đạo duyệt',
  assigned: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  rejected: 'Không được duyệt',
  cancelled: 'Đã hủy',
};

/** A task as the actor sees it, with what they may do with it. */
export function presentTask(row: TaskRow, actor: Actor): WorkTask {
  const official = { officialId: row.official_id, unitPath: row.unit_path, unitKind: row.unit_kind };
  return {
    id: row.id,
    officialId: row.official_id,
    officialName: row.official_name,
    horizon: row.horizon,
    title: row.title,
    dueAt: formatInstant(row.due_at.getTime()),
    weight: row.weight,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    result: row.result,
    doneAt: row.done_at ? formatInstant(row.done_at.getTime()) : null,
    onTime: row.done_at ? row.done_at <= row.due_at : null,
    createdByName: row.created_by_name,
    version: row.version,
    canComplete: row.status === 'assigned' && canSelfAssess(actor, official),
    canDecide: row.status === 'proposed' && canManageTasks(actor, official),
  };
}
