/**
 * Rules a procedure's fee lines must satisfy beyond their shape, each problem at its exact path in
 * Vietnamese (the editor marks the field). Fees and charges are set by law (Luật Phí và lệ phí 2015); the
 * editor only records them, so these rules catch entries that cannot be what a legal text says: a group of
 * alternatives with one line, rates on a line priced per dossier, rates out of order, a cap below the price of
 * one unit.
 */
import type { Fee } from './definition.js';
import { FEE_UNIT_LABELS } from './fees.js';

export interface FeeIssue {
  path: string;
  message: string;
}

function checkGroups(fees: readonly Fee[], issues: FeeIssue[]): void {
  const sizes = new Map<string, number>();
  for (const fee of fees) if (fee.group !== undefined) sizes.set(fee.group, (sizes.get(fee.group) ?? 0) + 1);
  fees.forEach((fee, index) => {
    if (fee.group === undefined) return;
    // the tier's condition may be said in its name ("Lệ phí (nộp trực tuyến)"), so it is not required
    if (sizes.get(fee.group) === 1)
      issues.push({
        path: `fees[${index}].group`,
        message: `Nhóm mức thu "${fee.group}" chỉ có một dòng: các mức thu thay thế nhau ("một trong các mức") cần ít nhất hai dòng cùng nhóm; nếu phí luôn phải nộp, hãy bỏ trống nhóm.`,
      });
  });
}

function checkPricing(fee: Fee, index: number, issues: FeeIssue[]): void {
  const per = fee.per ?? 'dossier';
  const rates = fee.rates ?? [];
  if (per === 'dossier') {
    if (rates.length > 0)
      issues.push({
        path: `fees[${index}].rates`,
        message: 'Mức thu theo bậc chỉ dùng cho phí tính theo trang, bản, phiếu hoặc trường hợp.',
      });
    return;
  }
  rates.forEach((rate, r) => {
    const previous = rates[r - 1];
    if (previous && rate.fromUnit <= previous.fromUnit)
      issues.push({
        path: `fees[${index}].rates[${r}].fromUnit`,
        message: `Các bậc phải tăng dần: bậc này bắt đầu từ ${FEE_UNIT_LABELS[per]} thứ ${rate.fromUnit}, không sau bậc trước (thứ ${previous.fromUnit}).`,
      });
  });
  if (fee.max !== undefined && fee.max < fee.amount)
    issues.push({
      path: `fees[${index}].max`,
      message: `Mức thu tối đa không được nhỏ hơn mức thu của một ${FEE_UNIT_LABELS[per]}.`,
    });
}

/** All problems of a fee list (empty when it is valid). */
export function listFeeIssues(fees: readonly Fee[]): FeeIssue[] {
  const issues: FeeIssue[] = [];
  const ids = fees.flatMap((fee) => (fee.id === undefined ? [] : [fee.id]));
  for (const id of ids.filter((id, index) => ids.indexOf(id) !== index))
    issues.push({ path: 'fees', message: `Mã dòng phí "${id}" bị trùng.` });
  checkGroups(fees, issues);
  fees.forEach((fee, index) => checkPricing(fee, index, issues));
  return issues;
}
