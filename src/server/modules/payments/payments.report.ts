/**
 * The fee report (báo cáo thu phí, lệ phí): the dossiers of a period that owe a fee in the reader's unit
 * subtree (every unit for the system administrator), each with its payment status, method, receipt and
 * times, and the count and amount per status. Read by the one-stop, leaders and inspectors.
 */
import type { FeeReport, FeeReportQuery, FeeReportRow } from '../../../contracts/payments.js';
import { hasAnyRole } from '../../../domain/access/policy.js';
import {
  computeLocalDayStart,
  formatInstant,
  parseIsoDate,
  toEpochDay,
} from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import { FEE_REPORT_ROLES, sumFeeReport } from '../../../domain/payments/fee-report.js';
import { derivePaymentStatus, PAYMENT_STATUS_LABELS } from '../../../domain/payments/fee-status.js';
import type { RequestContext } from '../../context.js';
import { presentFees } from '../dossiers/dossiers.present.js';
import type { PaidFeeLine } from './payments.service.js';
import * as q from './payments.queries.js';

/** The longest period one report covers, and the most dossiers it lists. */
const MAX_DAYS = 366;
const MAX_ROWS = 2000;

const iso = (value: Date | null) => (value ? formatInstant(value.getTime()) : null);

/** The fee report of the period `query.from`–`query.to` (local days, both included). */
export async function getFeeReport(ctx: RequestContext, query: FeeReportQuery): Promise<FeeReport> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const everywhere = actor.kind === 'official' && actor.roles.includes('sysadmin');
  if (actor.kind !== 'official' || !hasAnyRole(actor, FEE_REPORT_ROLES) || (!everywhere && !actor.unitPath))
    throw fail.forbidden(
      'Chỉ Bộ phận Một cửa, lãnh đạo và cán bộ kiểm tra xem được báo cáo thu phí, lệ phí.',
    );
  const fromDay = toEpochDay(parseIsoDate(query.from));
  const toDay = toEpochDay(parseIsoDate(query.to));
  if (toDay < fromDay || toDay - fromDay >= MAX_DAYS)
    throw fail.validation('Khoảng thời gian không hợp lệ (từ ngày ≤ đến ngày, tối đa 366 ngày).', [
      { path: 'to' },
    ]);
  const found = await q.listFeeReportDossiers(ctx.deps.database.readDb, {
    scopePath: everywhere ? null : actor.unitPath,
    from: new Date(computeLocalDayStart(fromDay)),
    to: new Date(computeLocalDayStart(toDay + 1)),
    limit: MAX_ROWS + 1,
  });
  const rows = found.slice(0, MAX_ROWS).flatMap((row): FeeReportRow[] => {
    const fees = (row.fees as PaidFeeLine[]).filter((fee) => fee.amount > 0);
    const status = derivePaymentStatus(fees, row.payment_status);
    if (status === 'none' || (query.status && status !== query.status)) return [];
    return [
      {
        dossierId: row.id,
        code: row.code,
        procedureName: row.procedure_name,
        applicantName: (row.applicant as { fullName?: string } | null)?.fullName ?? '',
        unitName: row.unit_name,
        submittedAt: formatInstant(row.created_at.getTime()),
        amount: fees.reduce((sum, fee) => sum + fee.amount, 0),
        fees: presentFees(fees),
        status,
        statusLabel: PAYMENT_STATUS_LABELS[status],
        method: row.method ?? fees.find((fee) => fee.method)?.method ?? null,
        receiptNumber: row.receipt_number ?? fees.find((fee) => fee.receiptNumber)?.receiptNumber ?? null,
        paidAt: iso(row.paid_at),
        refundedAt: iso(row.refunded_at),
      },
    ];
  });
  return {
    from: query.from,
    to: query.to,
    rows,
    totals: sumFeeReport(rows),
    truncated: found.length > MAX_ROWS,
  };
}
