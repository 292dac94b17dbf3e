/**
 * Printable forms of a dossier (receipt, supplement request, refusal, apology, stop notice, control sheet)
 * and a unit's tracking book, numbered by the edition the dossier was received under (TT 01/2018 before
 * 1 July 2025, TT 03/2025 from then; editions.ts). A dossier form is shown to exactly those who may see the
 * dossier (its applicant, officials in scope); a form that does not apply to the dossier (no supplement
 * asked, never refused, not yet received) answers not_found with the reason.
 */
import { hasAnyRole, isUnitInScope } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import { computeLocalDayStart, parseIsoDate, toEpochDay } from '../../../domain/calendar/index.js';
import type { DossierState } from '../../../domain/dossiers/state.js';
import { buildApologyForm } from '../../../domain/forms/apology.js';
import { buildControlSheetForm } from '../../../domain/forms/control-sheet.js';
import {
  findEditionAt,
  isEditionAllowed,
  type DossierFormName,
  type FormEdition,
} from '../../../domain/forms/editions.js';
import { nameAuthority, namePlace } from '../../../domain/forms/format.js';
import type { FormDocument } from '../../../domain/forms/model.js';
import { chooseUnitNameAt } from '../../../domain/forms/unit-names.js';
import { buildRefusalForm, buildSupplementForm } from '../../../domain/forms/notices.js';
import { buildReceiptForm } from '../../../domain/forms/receipt.js';
import { buildStopNoticeForm } from '../../../domain/forms/stop-notice.js';
import type { FormApplicant } from '../../../domain/forms/source.js';
import {
  buildTrackingBookForm,
  describeBookProgress,
  type TrackingBookEntry,
} from '../../../domain/forms/tracking-book.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import { isTrackingPinRight } from '../dossiers/dossiers.intake.js';
import { getDossier } from '../dossiers/dossiers.service.js';
import * as q from './forms.queries.js';
import { listApologies } from '../late-work/apologies.queries.js';
import { buildFormSource, buildHandOvers, findNotice } from './forms.source.js';

/** How a dossier form is asked for: which edition (default: the dossier's), and the PIN on the first slip. */
export interface FormOptions {
  edition?: FormEdition;
  /** The tracking PIN given at intake, printed on the receipt only when it matches the stored hash. */
  pin?: string;
}

async function requireUnit(ctx: RequestContext, id: string) {
  const unit = await q.findFormUnit(ctx.deps.database.readDb, id);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  return unit;
}

/** A unit as named at `at`: a form of an earlier period prints the name the unit bore then. */
async function requireUnitAsNamedAt(ctx: RequestContext, id: string, at: number): Promise<q.FormUnit> {
  const unit = await requireUnit(ctx, id);
  const formers = await q.listFormerNames(ctx.deps.database.readDb, id);
  const named = chooseUnitNameAt({ name: unit.name, fullName: unit.full_name }, formers, at);
  return { ...unit, name: named.name, full_name: named.fullName };
}

/** The edition a dossier's forms print in: the one asked for, if the dossier may use it, else its own. */
function chooseEdition(receivedAt: number | null, now: number, asked: FormEdition | undefined): FormEdition {
  if (asked === undefined) return findEditionAt(receivedAt ?? now);
  if (!isEditionAllowed(asked, receivedAt))
    throw fail.validation(
      'Mẫu theo Thông tư 01/2018/TT-VPCP chỉ dùng cho hồ sơ tiếp nhận trước ngày 01/7/2025.',
      [{ path: 'edition' }],
    );
  return asked;
}

/** The PIN to print on the slip: only an official's print, and only the PIN that opens the dossier. */
function checkSlipPin(
  ctx: RequestContext,
  row: { id: string; tracking_pin_hash: string | null },
  pin?: string,
) {
  if (pin === undefined) return null;
  if (ctx.actor?.kind !== 'official' || !isTrackingPinRight(row, pin))
    throw fail.validation('Mã PIN không đúng với hồ sơ này.', [{ path: 'pin' }]);
  return pin.trim();
}

/** Builds one form of a dossier the signed-in person may see. */
export async function getDossierForm(
  ctx: RequestContext,
  id: string,
  form: DossierFormName,
  options: FormOptions = {},
): Promise<FormDocument> {
  const view = await getDossier(ctx, id);
  const now = ctx.deps.clock.now().getTime();
  // named as at receipt (a dossier not received: as when it was handed in)
  const namedAt = view.state.receivedAt ?? view.row.created_at.getTime();
  const units = {
    authority: await requireUnitAsNamedAt(ctx, view.row.authority_unit_id, namedAt),
    receiving: await requireUnitAsNamedAt(ctx, view.row.receiving_unit_id, namedAt),
  };
  const edition = chooseEdition(view.state.receivedAt, now, options.edition);
  const source = buildFormSource(view, units, ctx.deps.config.publicUrl, edition, ctx.deps.config.payment);
  switch (form) {
    case 'receipt':
    case 'control-sheet':
      if (view.state.receivedAt === null)
        throw fail.notFound('Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận và phiếu kiểm soát.');
      return form === 'receipt'
        ? buildReceiptForm(source, { pin: checkSlipPin(ctx, view.row, options.pin) })
        : buildControlSheetForm(
            source,
            buildHandOvers(view, source),
            (await listApologies(ctx.deps.database.readDb, id))
              .filter((a) => a.status === 'approved' && a.decided_at !== null)
              .map((a) => ({
                approvedAt: a.decided_at!.getTime(),
                previousDueAt: a.previous_due_at.getTime(),
                newDueAt: a.proposed_due_at.getTime(),
                lateAfter: a.late ? (a.latest_at?.getTime() ?? a.previous_due_at.getTime()) : null,
              })),
          );
    case 'supplement': {
      const notice = findNotice(view, ['request_supplement']);
      if (!notice) throw fail.notFound('Hồ sơ không có yêu cầu bổ sung nên không có phiếu yêu cầu bổ sung.');
      return buildSupplementForm(source, notice);
    }
    case 'refusal': {
      const notice = findNotice(view, ['reject', 'refuse']);
      if (!notice) throw fail.notFound('Hồ sơ không bị từ chối nên không có phiếu từ chối.');
      return buildRefusalForm(source, notice);
    }
    case 'stop': {
      const notice = findNotice(view, ['stop']);
      if (!notice) throw fail.notFound('Hồ sơ không bị dừng xử lý nên không có thông báo dừng xử lý.');
      return buildStopNoticeForm(source, notice);
    }
    case 'apology': {
      // the latest approved apology; officials may also print a pending one as a draft
      const apologies = (await listApologies(ctx.deps.database.readDb, id)).filter(
        (a) => a.status === 'approved' || (a.status === 'pending' && ctx.actor?.kind === 'official'),
      );
      const apology = apologies.at(-1);
      if (!apology) throw fail.notFound('Hồ sơ không có phiếu xin lỗi và hẹn lại ngày trả kết quả.');
      return buildApologyForm(source, {
        reason: apology.reason,
        previousDueAt: apology.previous_due_at.getTime(),
        newDueAt: apology.proposed_due_at.getTime(),
        issuedAt: (apology.decided_at ?? apology.created_at).getTime(),
        signerName: apology.decided_by_name,
        draft: apology.status === 'pending',
        // numbered among the approved ones (a draft prints no number)
        number: apologies.filter((a) => a.status === 'approved').indexOf(apology) + 1,
        lateAfter: apology.late ? (apology.latest_at?.getTime() ?? apology.previous_due_at.getTime()) : null,
      });
    }
  }
}

const BOOK_READERS: readonly Role[] = ['reception', 'one_stop_head', 'unit_leader', 'sysadmin'];
const MAX_BOOK_DAYS = 366;

/** A tracking book: the printable form and its lines (the Excel export writes the lines itself). */
export interface TrackingBook {
  form: FormDocument;
  entries: TrackingBookEntry[];
  unitName: string;
  from: string;
  to: string;
}

/** Builds the tracking book of a unit for the local dates from..to (both included). */
export async function getTrackingBook(
  ctx: RequestContext,
  unitId: string,
  period: { from: string; to: string },
): Promise<TrackingBook> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'official' || !hasAnyRole(actor, BOOK_READERS))
    throw fail.forbidden('Chỉ cán bộ Một cửa, lãnh đạo đơn vị hoặc quản trị hệ thống được xem sổ theo dõi.');
  const unit = await requireUnit(ctx, unitId);
  if (!actor.roles.includes('sysadmin') && !isUnitInScope(actor, unit.path))
    throw fail.forbidden('Đơn vị này không thuộc phạm vi quản lý của bạn.');
  const fromDay = toEpochDay(parseIsoDate(period.from));
  const toDay = toEpochDay(parseIsoDate(period.to));
  if (toDay < fromDay || toDay - fromDay >= MAX_BOOK_DAYS)
    throw fail.validation('Khoảng thời gian không hợp lệ (từ ngày ≤ đến ngày, tối đa 366 ngày).', [
      { path: 'to' },
    ]);
  const from = computeLocalDayStart(fromDay);
  // the heading names the units as they were on the first day of the period
  const named = await requireUnitAsNamedAt(ctx, unit.id, from);
  const authority =
    unit.kind === 'one_stop' && unit.parent_id
      ? await requireUnitAsNamedAt(ctx, unit.parent_id, from)
      : named;
  const to = computeLocalDayStart(toDay + 1);
  const rows = await q.listBookDossiers(ctx.deps.database.readDb, {
    unitPath: unit.path,
    from: new Date(from),
    to: new Date(to),
    scopePath: actor.roles.includes('sysadmin') ? null : actor.unitPath,
  });
  if (rows.length > q.BOOK_LINE_LIMIT)
    throw fail.validation(
      `Khoảng thời gian có hơn ${q.BOOK_LINE_LIMIT} hồ sơ; hãy in sổ theo từng khoảng ngắn hơn.`,
      [{ path: 'to' }],
    );
  const now = ctx.deps.clock.now().getTime();
  const entries = rows.map((row): TrackingBookEntry => {
    const applicant = row.applicant as FormApplicant;
    return {
      book:
        row.book_volume !== null && row.book_line !== null
          ? { volume: row.book_volume, line: row.book_line }
          : null,
      receivingUnitId: row.receiving_unit_id,
      code: row.code ?? row.id,
      procedureName: row.procedure_name,
      sets: 1,
      applicantName: applicant.organisationName ?? applicant.fullName,
      contact: [applicant.address, applicant.phone].filter(Boolean).join(' — '),
      agency: nameAuthority({
        kind: row.authority_kind,
        name: row.authority_name,
        full_name: row.authority_full_name,
        admin_type: row.authority_admin_type,
      }),
      ...describeBookProgress(row.state as DossierState, now),
    };
  });
  const form = buildTrackingBookForm({
    authority: nameAuthority(authority),
    unit: authority.id === unit.id ? nameAuthority(authority) : named.full_name,
    place: namePlace(authority),
    from,
    to: computeLocalDayStart(toDay),
    printedAt: now,
    entries,
    edition: findEditionAt(from),
  });
  return { form, entries, unitName: unit.full_name, from: period.from, to: period.to };
}
