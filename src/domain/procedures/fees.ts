/**
 * What a dossier owes: the procedure's fee lines with the intake's choices applied. Lines of one group are
 * alternatives (exactly one is charged), per-unit lines are priced by the quantity given (with their rates and
 * legal cap), and an exemption or reduction is recorded with its legal reason. Pure: shared by server and web.
 */
import { z } from 'zod';
import { fail } from '../errors.js';
import { FEE_UNITS, type Fee, type FeeUnit } from './definition.js';

const QUANTITY_UNITS = FEE_UNITS.filter((unit) => unit !== 'dossier') as Exclude<FeeUnit, 'dossier'>[];
const Quantity = z.number().int().min(1).max(10_000);

/** Miễn, giảm phí, lệ phí: why, under which provision, and by how much (a percentage or an amount). */
export const FeeExemption = z
  .object({
    reason: z.string().trim().min(2).max(300),
    legalBasis: z.string().trim().min(2).max(300),
    percent: z.number().int().min(1).max(100).optional(),
    amount: z.number().int().min(1).optional(),
  })
  .refine((e) => (e.percent === undefined) !== (e.amount === undefined), {
    message: 'Ghi mức miễn, giảm theo tỷ lệ phần trăm hoặc theo số tiền (một trong hai)',
    path: ['percent'],
  });
export type FeeExemption = z.infer<typeof FeeExemption>;

/** The intake's choices: the line chosen in each group, the quantities counted, an exemption. */
export const FeeSelection = z.object({
  /** group → key of the chosen line (its `id`, or `line-<n>`). */
  choices: z.record(z.string().max(40), z.string().max(40)).default({}),
  quantities: z
    .object({ page: Quantity, copy: Quantity, sheet: Quantity, item: Quantity })
    .partial()
    .default({}),
  exemption: FeeExemption.nullable().optional(),
});
export type FeeSelection = z.infer<typeof FeeSelection>;
export type FeeSelectionInput = z.input<typeof FeeSelection>;

/** One line the dossier owes, as stored on the dossier and printed on the receipt. */
export interface ChargedFee {
  lineId: string;
  name: string;
  /** What is owed after any exemption. */
  amount: number;
  /** Before any exemption. */
  grossAmount: number;
  per: FeeUnit;
  quantity: number | null;
  /** Human wording of the quantity and reduction, e.g. `3 trang × 1 bản; giảm 50% (…)`. */
  detail: string | null;
  exemption: { reason: string; legalBasis: string } | null;
}

export interface FeeBill {
  lines: ChargedFee[];
  total: number;
  exemption: (FeeExemption & { reduced: number }) | null;
}

export const FEE_UNIT_LABELS: Record<FeeUnit, string> = {
  dossier: 'hồ sơ',
  page: 'trang',
  copy: 'bản',
  sheet: 'phiếu',
  item: 'trường hợp',
};

/** The key of a fee line: its `id`, or its position (`line-1` …). */
export function feeLineKey(fee: Fee, index: number): string {
  return fee.id ?? `line-${index + 1}`;
}

/** The groups of alternatives of a fee list, in order of appearance, with their lines' keys. */
export function listFeeGroups(fees: Fee[]): { group: string; lines: { key: string; fee: Fee }[] }[] {
  const groups = new Map<string, { key: string; fee: Fee }[]>();
  fees.forEach((fee, index) => {
    if (fee.group === undefined) return;
    const lines = groups.get(fee.group) ?? [];
    lines.push({ key: feeLineKey(fee, index), fee });
    groups.set(fee.group, lines);
  });
  return [...groups].map(([group, lines]) => ({ group, lines }));
}

/** The units a fee list needs a quantity for (page, copy, …), in a fixed order. */
export function listFeeQuantityUnits(fees: Fee[]): Exclude<FeeUnit, 'dossier'>[] {
  const needed = new Set<FeeUnit>();
  for (const fee of fees) {
    if (fee.per === 'page') needed.add('copy');
    if (fee.per !== undefined && fee.per !== 'dossier') needed.add(fee.per);
  }
  return QUANTITY_UNITS.filter((unit) => needed.has(unit));
}

/** Price of `count` units: `amount` each, changed by the rates from their unit on. */
function priceUnits(fee: Fee, count: number): number {
  const rates = [...(fee.rates ?? [])].sort((a, b) => a.fromUnit - b.fromUnit);
  let total = 0;
  let price = fee.amount;
  let unit = 1;
  for (const rate of rates) {
    const until = Math.min(count, rate.fromUnit - 1);
    if (until >= unit) total += (until - unit + 1) * price;
    unit = Math.max(unit, rate.fromUnit);
    price = rate.amount;
  }
  if (count >= unit) total += (count - unit + 1) * price;
  return total;
}

function chargeLine(fee: Fee, key: string, quantities: FeeSelection['quantities']): ChargedFee {
  const per = fee.per ?? 'dossier';
  const base = { lineId: key, name: fee.name, per, exemption: null };
  if (per === 'dossier')
    return { ...base, amount: fee.amount, grossAmount: fee.amount, quantity: null, detail: null };
  const count = quantities[per];
  if (count === undefined) {
    throw fail.validation(`Cần nhập số ${FEE_UNIT_LABELS[per]} để tính "${fee.name}".`, [
      { path: `fees.quantities.${per}` },
    ]);
  }
  if (per !== 'page') {
    const amount = Math.min(priceUnits(fee, count), fee.max ?? Infinity);
    return {
      ...base,
      amount,
      grossAmount: amount,
      quantity: count,
      detail: `${count} ${FEE_UNIT_LABELS[per]}`,
    };
  }
  // a page line is priced for one copy (capped per copy, "tối đa … đồng/bản"), then times the copies
  const copies = quantities.copy ?? 1;
  const amount = Math.min(priceUnits(fee, count), fee.max ?? Infinity) * copies;
  return { ...base, amount, grossAmount: amount, quantity: count, detail: `${count} trang × ${copies} bản` };
}

/** Spreads a reduction over the lines in order, never below zero. */
function applyExemption(
  lines: ChargedFee[],
  exemption: FeeExemption,
): { lines: ChargedFee[]; reduced: number } {
  const gross = lines.reduce((sum, line) => sum + line.grossAmount, 0);
  const wanted =
    exemption.percent !== undefined ? Math.round((gross * exemption.percent) / 100) : exemption.amount!;
  let left = Math.min(wanted, gross);
  const wording =
    exemption.percent === 100
      ? `miễn (${exemption.reason}; ${exemption.legalBasis})`
      : `giảm ${exemption.percent !== undefined ? `${exemption.percent}%` : `${wanted.toLocaleString('vi-VN')} đồng`} (${exemption.reason}; ${exemption.legalBasis})`;
  const reducedLines = lines.map((line) => {
    const cut = Math.min(left, line.amount);
    left -= cut;
    if (cut === 0) return line;
    return {
      ...line,
      amount: line.amount - cut,
      detail: [line.detail, wording].filter(Boolean).join('; '),
      exemption: { reason: exemption.reason, legalBasis: exemption.legalBasis },
    };
  });
  return { lines: reducedLines, reduced: Math.min(wanted, gross) };
}

/**
 * The fees a dossier owes. Ungrouped lines are all owed; of each group exactly the chosen line is charged
 * (a missing or unknown choice is `validation_failed`: alternatives are never summed); per-unit lines need
 * their quantity; an exemption reduces the total, line by line, and is kept with its legal reason.
 */
export function computeFees(fees: Fee[], selection: FeeSelectionInput = {}): FeeBill {
  const { choices, quantities, exemption } = FeeSelection.parse(selection);
  for (const { group, lines } of listFeeGroups(fees)) {
    const chosen = choices[group];
    if (chosen === undefined || !lines.some((line) => line.key === chosen)) {
      throw fail.validation(
        `Cần chọn một trong các mức phí: ${lines.map((line) => line.fee.name).join('; ')}.`,
        [{ path: `fees.choices.${group}` }],
      );
    }
  }
  const charged = fees.flatMap((fee, index) => {
    const key = feeLineKey(fee, index);
    if (fee.group !== undefined && choices[fee.group] !== key) return [];
    return [chargeLine(fee, key, quantities)];
  });
  if (!exemption) return { lines: charged, total: sumFees(charged), exemption: null };
  const { lines, reduced } = applyExemption(charged, exemption);
  return { lines, total: sumFees(lines), exemption: { ...exemption, reduced } };
}

/** The total of fee lines as stored (what is owed). */
export function sumFees(lines: { amount: number }[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

/**
 * The lowest and highest a dossier can owe before quantities and exemptions (per-unit lines count one unit):
 * what a catalogue shows instead of summing alternatives.
 */
export function feeRange(fees: Fee[]): { min: number; max: number } {
  const single = (fee: Fee) => Math.min(priceUnits(fee, 1), fee.max ?? Infinity);
  const owed = sumFees(fees.filter((fee) => fee.group === undefined).map((fee) => ({ amount: single(fee) })));
  let min = owed;
  let max = owed;
  for (const { lines } of listFeeGroups(fees)) {
    const amounts = lines.map((line) => single(line.fee));
    min += Math.min(...amounts);
    max += Math.max(...amounts);
  }
  return { min, max };
}

/** A selection that charges the first line of each group, one of each unit: for generated demo data only. */
export function firstFeeSelection(fees: Fee[]): FeeSelectionInput {
  const choices = Object.fromEntries(listFeeGroups(fees).map(({ group, lines }) => [group, lines[0]!.key]));
  const quantities = Object.fromEntries(listFeeQuantityUnits(fees).map((unit) => [unit, 1]));
  return { choices, quantities };
}
