/**
 * Amounts in Vietnamese words, as a receipt prints them ("Số tiền bằng chữ"): `Mười lăm nghìn đồng`.
 * Rules of reading: "mốt" for 1 after a tens digit above one, "lăm" for 5 after a tens digit, "linh" for a
 * zero tens digit inside a group, "mươi" for tens above ten, a group of zeros skipped.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/** Reads a group of three digits; `full` when a higher group precedes it (so `5` reads `không trăm linh năm`). */
function readGroup(value: number, full: boolean): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (ones > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens]!, 'mươi');
  if (ones === 0) return words;
  if (ones === 1 && tens > 1) words.push('mốt');
  else if (ones === 5 && tens > 0) words.push('lăm');
  else words.push(DIGITS[ones]!);
  return words;
}

/** A whole number of đồng in words, capitalised, ending in `đồng` (`Không đồng` for zero). */
export function formatMoneyWordsVi(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error('amount must be a whole number ≥ 0');
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const value = groups[index]!;
    if (value === 0) continue;
    words.push(...readGroup(value, index < groups.length - 1));
    if (GROUPS[index]) words.push(GROUPS[index]!);
  }
  const text = `${words.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
