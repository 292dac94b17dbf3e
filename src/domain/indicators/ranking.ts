/**
 * Rankings of peer units (same kind under the same parent) by a score, highest first. Ties share a rank
 * ("1, 2, 2, 4"); units without a score are listed unranked. Movement = previous rank − current rank
 * (positive: moved up).
 */
/**
 * Fewest dossiers a unit must have received in the period to be ranked [practice: configuration to check].
 * Below it the unit is listed apart as "chưa đủ dữ liệu": a commune with two dossiers, both on time, is not
 * "first" in the country.
 */
export const RANK_MIN_RECEIVED = 10;

/** True when a unit's period holds enough data to rank it (an index measured over enough dossiers). */
export function hasEnoughData(received: number, index: { score: number | null }): boolean {
  return index.score !== null && received >= RANK_MIN_RECEIVED;
}

export interface RankInput {
  id: string;
  score: number | null;
}

export interface RankedEntry {
  id: string;
  score: number | null;
  rank: number | null;
  previousRank: number | null;
  movement: number | null;
}

/** Code-point order of ids (ASCII uuids): a stable tie-break, far cheaper than a locale comparison. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Competition ranking of the entries with a score (ties compared after rounding to 1e-9). */
export function rankScores(entries: readonly RankInput[]): Map<string, number> {
  const scored = entries.filter((e): e is { id: string; score: number } => e.score !== null);
  scored.sort((a, b) => b.score - a.score || byId(a, b));
  const ranks = new Map<string, number>();
  scored.forEach((entry, index) => {
    const previous = scored[index - 1];
    const tied = previous !== undefined && Math.abs(previous.score - entry.score) < 1e-9;
    ranks.set(entry.id, tied ? ranks.get(previous.id)! : index + 1);
  });
  return ranks;
}

/** Ranks this period's entries and compares with the previous period's ranks; ranked entries first. */
export function rankWithMovement(
  current: readonly RankInput[],
  previous: readonly RankInput[],
): RankedEntry[] {
  const now = rankScores(current);
  const before = rankScores(previous);
  const rows = current.map((entry) => {
    const rank = now.get(entry.id) ?? null;
    const previousRank = before.get(entry.id) ?? null;
    return {
      id: entry.id,
      score: entry.score,
      rank,
      previousRank,
      movement: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || byId(a, b));
}
