/**
 * The appointment as reprinted forms state it: the legal return time stays on paper, an approved apology's
 * new date is added beside it, and a result that came after the legal time is marked late (domain.md §7:
 * an apologised dossier is still late), as the dashboards count it.
 */
import { formatMomentVi } from './format.js';
import type { FormBlock } from './model.js';
import type { DossierFormSource } from './source.js';

type DueSource = Pick<DossierFormSource, 'dueAt' | 'legalDueAt' | 'finishedAt' | 'returnedAt'>;

/** The legal return time (the first appointment), whatever apologies did later. */
export function findLegalDue(source: DueSource): number | null {
  return source.legalDueAt ?? source.dueAt;
}

/** The new return date an approved apology gave, or null when the appointment never moved. */
export function findRescheduledDue(source: DueSource): number | null {
  const legal = findLegalDue(source);
  return source.dueAt !== null && legal !== null && source.dueAt !== legal ? source.dueAt : null;
}

/** Whether the result was finished (or returned) after the legal return time. */
export function isFinishedLate(source: DueSource): boolean {
  const legal = findLegalDue(source);
  const finished = source.finishedAt ?? source.returnedAt;
  return legal !== null && finished !== null && finished > legal;
}

/** The lines after the legal return time: the new date, then `Quá hạn` with when the result came. */
export function describeDueChanges(source: DueSource): FormBlock[] {
  const blocks: FormBlock[] = [];
  const rescheduled = findRescheduledDue(source);
  if (rescheduled !== null)
    blocks.push({
      kind: 'line',
      line: {
        label: 'Hẹn lại ngày trả kết quả (phiếu xin lỗi đã duyệt): ',
        text: formatMomentVi(rescheduled),
      },
    });
  const finished = source.finishedAt ?? source.returnedAt;
  if (isFinishedLate(source) && finished !== null)
    blocks.push({
      kind: 'line',
      line: {
        label: 'Tình trạng: ',
        text: `Quá hạn — có kết quả lúc ${formatMomentVi(finished)}, sau thời hạn theo quy định.`,
      },
    });
  return blocks;
}
