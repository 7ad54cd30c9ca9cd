/**
 * Ranking rules (one home for them):
 * - rank 1 is best; "best" follows the component's `higherIsBetter`;
 * - ties share a rank and the next rank skips (standard competition ranking: 1, 2, 2, 4);
 * - a missing value (null) gets no rank — never rank 0, never last;
 * - where the publisher printed a rank, the printed rank wins and is marked `official` — unless the year is
 *   complete and the printed rank contradicts the score order: then it is a data conflict (`conflict`), and
 *   the rank the scores imply is used (basis `computed-national`), both kept so views show both sources.
 *   Rounding in print never makes a false conflict: rounding keeps the order of scores that differ in print,
 *   so a printed rank agrees when it lies in [1 + number strictly better, number better or equal];
 * - a rank computed among a subset of provinces is never a national rank: it is only given
 *   as `national` when every unit the index could rank that year is loaded.
 */

export interface Rankable {
  unit: string;
  value: number | null;
}

/** Standard competition ranking of the non-missing values. */
export function competitionRanks(items: readonly Rankable[], higherIsBetter = true): Map<string, number> {
  const present = items.filter((i): i is Rankable & { value: number } => i.value !== null && Number.isFinite(i.value));
  const sorted = [...present].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const ranks = new Map<string, number>();
  sorted.forEach((item, i) => {
    const prev = sorted[i - 1];
    ranks.set(item.unit, prev && prev.value === item.value ? ranks.get(prev.unit)! : i + 1);
  });
  return ranks;
}

export type RankBasis = 'official' | 'computed-national' | 'among-loaded';

export interface RankConflict {
  /** The rank as printed (e.g. on a provincial page). */
  printedRank: number;
  /** The rank the complete year's scores give (standard competition ranking). */
  impliedRank: number;
  /** Ranks the printed scores allow (ties in print can be broken either way by unrounded scores). */
  impliedRange: [number, number];
}

export interface RankResult {
  rank: number | null;
  basis: RankBasis | null;
  /** Set when a printed rank contradicts a complete year's score order; `rank` is then the implied one. */
  conflict?: RankConflict;
}

/** The ranks a value can have among `values` when ties in print may hide any order: [1 + strictly better, better or equal]. */
export function impliedRankRange(value: number, values: readonly number[], higherIsBetter: boolean): [number, number] {
  let better = 0;
  let betterOrEqual = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (higherIsBetter ? v > value : v < value) better++;
    if (higherIsBetter ? v >= value : v <= value) betterOrEqual++;
  }
  return [better + 1, Math.max(better + 1, betterOrEqual)];
}

/**
 * The rank to show for each unit.
 * `complete` = every unit the index could rank that year has a value loaded.
 */
export function displayRanks(
  items: readonly (Rankable & { officialRank: number | null })[],
  higherIsBetter: boolean,
  complete: boolean,
): Map<string, RankResult> {
  const computed = competitionRanks(items, higherIsBetter);
  const values = complete ? items.flatMap((i) => (i.value !== null && Number.isFinite(i.value) ? [i.value] : [])) : [];
  const result = new Map<string, RankResult>();
  for (const item of items) {
    if (item.officialRank !== null && complete && item.value !== null && computed.has(item.unit)) {
      const range = impliedRankRange(item.value, values, higherIsBetter);
      if (item.officialRank < range[0] || item.officialRank > range[1]) {
        const impliedRank = computed.get(item.unit)!;
        result.set(item.unit, { rank: impliedRank, basis: 'computed-national', conflict: { printedRank: item.officialRank, impliedRank, impliedRange: range } });
      } else result.set(item.unit, { rank: item.officialRank, basis: 'official' });
    } else if (item.officialRank !== null) result.set(item.unit, { rank: item.officialRank, basis: 'official' });
    else if (computed.has(item.unit)) result.set(item.unit, { rank: computed.get(item.unit)!, basis: complete ? 'computed-national' : 'among-loaded' });
    else result.set(item.unit, { rank: null, basis: null });
  }
  return result;
}

/** "26*" for a rank among the loaded units (never a national rank, never the publisher's), "26" otherwise; "—" when none. */
export function rankText(rank: number | null | undefined, basis: RankBasis | null | undefined): string {
  return rank == null ? '—' : `${rank}${basis === 'among-loaded' ? '*' : ''}`;
}

/** A national rank: printed by the publisher, or computed over every unit of the year (never among a subset). */
export function isNationalRank(basis: RankBasis | null): boolean {
  return basis === 'official' || basis === 'computed-national';
}

/** Rank change = previous − current: positive means the unit moved up. `null` when either is missing. */
export function rankChange(previous: number | null | undefined, current: number | null | undefined): number | null {
  if (previous == null || current == null) return null;
  return previous - current;
}

export type RankTargetStatus = 'met' | 'not_met' | 'undecided' | 'no_data';

/**
 * Is a rank within a target ("top N", or "rank ≤ N")? One home for the rule used by the leaders'
 * targets and the follow-up items:
 * - a national rank (official or computed over every province) decides: ≤ N met, else not met;
 * - a rank computed among a subset is only a lower bound on the national rank (more provinces can
 *   only push it down): above N it is certainly not met, at or under N it is undecided;
 * - no rank: no data.
 */
export function rankTargetStatus(rank: number | null, basis: RankBasis | null, targetRank: number): RankTargetStatus {
  if (rank === null || basis === null) return 'no_data';
  if (rank > targetRank) return 'not_met';
  return basis === 'among-loaded' ? 'undecided' : 'met';
}
