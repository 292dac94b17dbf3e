/**
 * Diacritic-insensitive search in SQL: the database folds a column as `foldText` folds the query
 * (src/domain/text/fold.ts), with `translate()` and `lower()`, which PostgreSQL and PGlite both have.
 */
import { sql, type RawBuilder } from 'kysely';
import { SQL_FOLD_TRANSLATION, foldText } from '../../domain/text/fold.js';

/** `lower(translate(<expr>, …))`: the column or expression folded like `foldText`. */
export function foldedSql(expression: string | RawBuilder<unknown>): RawBuilder<string> {
  const value = typeof expression === 'string' ? sql.ref(expression) : expression;
  return sql<string>`lower(translate(${value}, ${SQL_FOLD_TRANSLATION.from}, ${SQL_FOLD_TRANSLATION.to}))`;
}

/** A LIKE pattern "contains the folded query", with the query's own `%`, `_` and `\` taken literally. */
export function foldedContainsPattern(query: string): string {
  return `%${foldText(query.trim()).replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}
