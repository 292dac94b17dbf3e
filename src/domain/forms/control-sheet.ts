/**
 * Form 06 (TT 03/2025; 05 in TT 01/2018): Phiếu kiểm soát quá trình giải quyết hồ sơ (process control sheet), A4: one line per hand-over,
 * derived from the step periods of the dossier state and its action log. The system records a hand-over
 * at one instant; the receiver's time differs only when the step arrived unassigned and was assigned later.
 */
import { classifyTimeliness, type StepPeriod } from '../dossiers/state.js';
import { ACTION_LABELS } from '../dossiers/status.js';
import { describeDueChanges, findLegalDue } from './due.js';
import { describeFormNumber, findFormNumber } from './editions.js';
import { formatMomentVi, formatShortMomentVi, TIMELINESS_LABELS } from './format.js';
import type { FormDocument } from './model.js';
import { headingOf } from './receipt.js';
import type { DossierFormSource } from './source.js';

/** One logged action as the sheet needs it. */
export interface SheetAction {
  type: string;
  at: number;
  actorName: string | null;
}

export interface HandOver {
  stage: string;
  handedAt: number;
  giver: string;
  receiver: string;
  receivedAt: number;
  result: string;
  note: string;
}

/** Actions that end a step period and start the next one (their actor hands the dossier over). */
const HANDING: ReadonlySet<string> = new Set([
  'accept',
  'forward',
  'approve',
  'sign',
  'return',
  'supplement_received',
]);
/** Ways a period ends that are worth a note (a plain forward is not). */
const NOTED_ENDINGS: ReadonlySet<string> = new Set([
  'return',
  'supplement_received',
  'refuse',
  'stop',
  'approve_withdrawal',
]);

function describeEnding(period: StepPeriod): string | null {
  if (!period.endedBy || !NOTED_ENDINGS.has(period.endedBy)) return null;
  return ACTION_LABELS[period.endedBy].vi;
}

/** The holder of the period; for a step nobody was assigned to, whoever acted to end it. */
function receiverOf(
  period: StepPeriod,
  names: ReadonlyMap<string, string>,
  actions: readonly SheetAction[],
): string {
  if (period.holderId) return names.get(period.holderId) ?? '';
  const ending = actions.find((a) => a.at === period.endedAt && a.type === period.endedBy);
  return ending?.actorName ?? '(chưa phân công)';
}

/**
 * Lists the hand-overs of a dossier: one per step period (the first from the applicant to the receiving
 * officer), then the return of the result to the applicant when it happened.
 */
export function listHandOvers(input: {
  periods: readonly StepPeriod[];
  steps: ReadonlyMap<string, { task: string; unitName: string }>;
  names: ReadonlyMap<string, string>;
  actions: readonly SheetAction[];
  applicantName: string;
  dueAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  receivingUnit: string;
}): HandOver[] {
  const rows = input.periods.map((period, index): HandOver => {
    const step = input.steps.get(period.stepId);
    const handing = input.actions.find((a) => a.at === period.startedAt && HANDING.has(a.type));
    const previous = index > 0 ? input.periods[index - 1] : undefined;
    const previousHolder = previous?.holderId ? input.names.get(previous.holderId) : undefined;
    const assigned = input.actions.find(
      (a) =>
        a.type === 'assign' &&
        a.at >= period.startedAt &&
        (period.endedAt === null || a.at <= period.endedAt),
    );
    const startedWithHolder = handing?.type === 'accept' || assigned === undefined;
    const note = [`Hạn: ${formatShortMomentVi(period.dueAt)}`, describeEnding(period)].filter(Boolean);
    return {
      stage: step ? `${step.task} — ${step.unitName}` : period.stepId,
      handedAt: period.startedAt,
      giver: index === 0 ? input.applicantName : (handing?.actorName ?? previousHolder ?? ''),
      receiver: receiverOf(period, input.names, input.actions),
      receivedAt: startedWithHolder ? period.startedAt : assigned.at,
      result: period.outcome ? TIMELINESS_LABELS[period.outcome] : 'Đang xử lý',
      note: note.join('; '),
    };
  });
  const returned = input.actions.find((a) => a.type === 'return_result');
  if (input.returnedAt !== null && returned) {
    const finished = input.finishedAt ?? input.returnedAt;
    rows.push({
      stage: `${ACTION_LABELS.return_result.vi} — ${input.receivingUnit}`,
      handedAt: input.returnedAt,
      giver: returned.actorName ?? '',
      receiver: input.applicantName,
      receivedAt: input.returnedAt,
      result: input.dueAt === null ? '' : TIMELINESS_LABELS[classifyTimeliness(finished, input.dueAt)],
      note: input.dueAt === null ? '' : `Hẹn trả: ${formatShortMomentVi(input.dueAt)}`,
    });
  }
  return rows;
}

/** An approved apology (form 04) as the sheet notes it; `lateAfter` is its missed latest moment, if late. */
export interface SheetApology {
  approvedAt: number;
  previousDueAt: number;
  newDueAt: number;
  lateAfter: number | null;
}

function describeApology(apology: SheetApology): string {
  const base = `duyệt ${formatShortMomentVi(apology.approvedAt)}, hẹn trả ${formatShortMomentVi(apology.previousDueAt)} → ${formatShortMomentVi(apology.newDueAt)}`;
  return apology.lateAfter === null
    ? `${base} (đúng hạn)`
    : `${base} — XIN LỖI MUỘN (chậm nhất ${formatShortMomentVi(apology.lateAfter)})`;
}

/**
 * Builds the control sheet from the dossier, its hand-overs and its approved apologies (noted below the
 * table); the appointment printed is the legal one, an apology's new date beside it.
 */
export function buildControlSheetForm(
  source: DossierFormSource,
  handOvers: HandOver[],
  apologies: readonly SheetApology[] = [],
): FormDocument {
  const line = (label: string, text: string) => ({ kind: 'line' as const, line: { label, text } });
  const legalDue = findLegalDue(source);
  const agencies = source.coordinatingAgencies;
  return {
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ — ${source.code}`,
    fileName: `mau-${findFormNumber(source.edition, 'control-sheet')}-phieu-kiem-soat-${source.code}`,
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'line', line: { text: describeFormNumber(source.edition, 'control-sheet') } },
      headingOf(source, null),
      {
        kind: 'title',
        text: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
        subtitle: `Mã hồ sơ: ${source.code}`,
      },
      line('Thủ tục: ', source.procedureName),
      line('Người nộp hồ sơ: ', source.applicant.fullName),
      line('Cơ quan giải quyết hồ sơ: ', source.authority),
      line('Thời gian nhận hồ sơ: ', source.receivedAt === null ? '' : formatMomentVi(source.receivedAt)),
      line(
        'Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: ',
        `${source.code} (mẫu ${findFormNumber(source.edition, 'receipt')})`,
      ),
      line('Cơ quan phối hợp giải quyết: ', agencies.length > 0 ? agencies.join('; ') : 'Không'),
      line('Thời gian hẹn trả kết quả: ', legalDue === null ? '' : formatMomentVi(legalDue)),
      ...describeDueChanges(source),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.9, align: 'center' },
          { title: 'Bước / cơ quan', width: 3 },
          { title: 'Thời gian giao', width: 1.8, align: 'center' },
          { title: 'Người giao', width: 2 },
          { title: 'Người nhận', width: 2 },
          { title: 'Thời gian nhận', width: 1.8, align: 'center' },
          { title: 'Kết quả', width: 1.4, align: 'center' },
          { title: 'Ghi chú', width: 2.4 },
        ],
        rows: handOvers.map((h, index) => [
          String(index + 1),
          h.stage,
          formatShortMomentVi(h.handedAt),
          h.giver,
          h.receiver,
          formatShortMomentVi(h.receivedAt),
          h.result,
          h.note,
        ]),
      },
      ...apologies.map((apology, index) =>
        line(`Phiếu xin lỗi và hẹn lại (mẫu 04) ${index + 1}: `, describeApology(apology)),
      ),
    ],
  };
}
