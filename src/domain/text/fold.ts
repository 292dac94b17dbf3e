/**
 * One way to compare Vietnamese text when searching: lower case, without diacritics, "đ"/"Đ" read as "d",
 * so "tinh trang hon nhan" finds "Xác nhận tình trạng hôn nhân". Used by the screens (filtering in the
 * browser) and by the server (the same folding done in SQL with `translate()`, which PostgreSQL and
 * PGlite both have, so no extension such as `unaccent` is needed).
 */

/** Folds text for matching: lower case, without diacritics, "đ"/"Đ" as "d". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** True when `text` contains `query`, both folded (an empty or blank query matches everything). */
export function matchesFolded(text: string, query: string): boolean {
  const folded = foldText(query.trim());
  return folded === '' || foldText(text).includes(folded);
}

/** Every precomposed letter of Vietnamese that carries a diacritic, lower case then upper case. */
const VIETNAMESE_MARKED =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';

/**
 * The two argument strings of SQL `translate(text, from, to)` that fold a Vietnamese letter as `foldText`
 * does (to a lower-case ASCII letter); the database's `lower()` then folds the rest of ASCII. Built from
 * `foldText` itself so that the browser and the database cannot disagree.
 */
export const SQL_FOLD_TRANSLATION: { readonly from: string; readonly to: string } = {
  from: VIETNAMESE_MARKED,
  to: [...VIETNAMESE_MARKED].map((letter) => foldText(letter)).join(''),
};
