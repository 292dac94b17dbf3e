/**
 * The fee report (báo cáo thu phí, lệ phí): the dossiers of a period that owe a fee, each with its payment
 * status (đã nộp / chưa nộp / đã hoàn), and the count and amount per status. Who may read it is shared by the
 * server (which checks) and the web menu (which offers it).
 */
import type { Role } from '../access/roles.js';
import type { PaymentStatus } from './fee-status.js';

/** Roles that read the fee report of their unit's subtree: the one-stop, its leaders, inspectors, sysadmin. */
export const FEE_REPORT_ROLES: readonly Role[] = [
  'reception',
  'one_stop_head',
  'unit_leader',
  'inspector',
  'sysadmin',
];

/** The statuses a dossier of the report can have (one that owes nothing is not in the report). */
export const FEE_REPORT_STATUSES = ['unpaid', 'paid', 'refunded'] as const satisfies readonly PaymentStatus[];
export type FeeReportStatus = (typeof FEE_REPORT_STATUSES)[number];

/** Count and amount (đồng) of the dossiers per status, every status listed even when none has it. */
export function sumFeeReport(
  rows: readonly { status: FeeReportStatus; amount: number }[],
): { status: FeeReportStatus; count: number; amount: number }[] {
  return FEE_REPORT_STATUSES.map((status) => {
    const of = rows.filter((row) => row.status === status);
    return { status, count: of.length, amount: of.reduce((sum, row) => sum + row.amount, 0) };
  });
}
