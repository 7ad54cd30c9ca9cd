/**
 * Decides every rank shown, printed, exported or simulated (published or computed, ties, direction, basis).
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
 *   as `national` when every unit the index could rank that year is loaded;
 * - two scores that agree at the coarser of the precisions they were printed with (import/precision.ts
 *   `agreeAtPrecision`: 5,19 and 5.1912 agree, 5,19 and 5,20 do not) are equal in print: a printed rank may order
 *   them either way. The import checks and the data build read printed ranks against score order by this same rule
 *   (`printedRankRange`, `printedRankAgrees`);
 * - a what-if (`rankWithOverride`: one unit's value replaced, the others as published): an unchanged value keeps
 *   the rank shown above (printed rank included); a changed one is ranked by the values. On a complete year that
 *   is the national rank (`computed-national`). On a partial year the ranks others printed bound it: at least
 *   1 + the printed rank of any loaded unit strictly better, at most the printed rank of any loaded unit worse or
 *   equal; when the bounds meet it is national (`computed-national`), else it is the rank among the loaded units
 *   (`among-loaded`, a lower bound on the national rank).
 */

import { agreeAtPrecision, type PrintedFigure } from '../import/precision';

export interface Rankable {
  unit: string;
  value: number | null;
  /** Decimals the value was printed with, when the text showed more than the number does ("6.60"). */
  decimals?: number;
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

/** Strictly better than `b` and not equal to it in print (the tie rule at the top). */
export function betterInPrint(a: PrintedFigure, b: PrintedFigure, higherIsBetter: boolean): boolean {
  if (a.value === null || b.value === null) return false;
  return (higherIsBetter ? a.value > b.value : a.value < b.value) && !agreeAtPrecision(a, b);
}

/**
 * The ranks a figure can have among `figures` (its own included) when figures equal in print may hide any order:
 * [1 + better in print, better or equal in print].
 */
export function printedRankRange(figure: PrintedFigure & { value: number }, figures: readonly PrintedFigure[], higherIsBetter: boolean): [number, number] {
  let better = 0;
  let betterOrEqual = 0;
  for (const f of figures) {
    if (f.value === null || !Number.isFinite(f.value)) continue;
    if (betterInPrint(f, figure, higherIsBetter)) better++;
    if (!betterInPrint(figure, f, higherIsBetter)) betterOrEqual++;
  }
  return [better + 1, Math.max(better + 1, betterOrEqual)];
}

/** Does a printed rank agree with the order of a complete year's scores (within `printedRankRange`)? */
export function printedRankAgrees(printedRank: number, figure: PrintedFigure & { value: number }, figures: readonly PrintedFigure[], higherIsBetter: boolean): boolean {
  const [best, worst] = printedRankRange(figure, figures, higherIsBetter);
  return printedRank >= best && printedRank <= worst;
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
  const figures = complete ? items.filter((i) => i.value !== null && Number.isFinite(i.value)) : [];
  const result = new Map<string, RankResult>();
  for (const item of items) {
    if (item.officialRank !== null && complete && item.value !== null && computed.has(item.unit)) {
      const range = printedRankRange({ value: item.value, decimals: item.decimals }, figures, higherIsBetter);
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

export interface RankOverride {
  unit: string;
  value: number;
}

const sameValue = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-9;

type PrintedItem = Rankable & { officialRank: number | null };

/**
 * The ranks `override.unit` can hold with its value replaced by `override.value`, every other unit as published:
 * [best, worst]. On a complete year both are the standard competition rank. On a partial year the loaded units that
 * score better (or worse) count for certain; a loaded unit printed r-th above the value means the r − 1 ranked before
 * it are above it too (one printed below means those after it are below) — the unit itself excepted when its own
 * national rank is before r (unknown: the case that widens the bound); the units not loaded could be anywhere else
 * among `outOf` (default: no limit from below).
 */
export function rankRangeWithOverride(items: readonly PrintedItem[], higherIsBetter: boolean, complete: boolean, override: RankOverride, outOf?: number): [number, number] {
  const v = override.value;
  const others = items.filter((i): i is Rankable & { value: number; officialRank: number | null } => i.unit !== override.unit && i.value !== null && Number.isFinite(i.value));
  const better = (a: number) => (higherIsBetter ? a > v : a < v);
  const worse = (a: number) => (higherIsBetter ? a < v : a > v);
  let fewestBetter = others.filter((o) => better(o.value)).length;
  if (complete) return [1 + fewestBetter, 1 + fewestBetter];
  let mostBetter = outOf === undefined ? Infinity : outOf - 1 - others.filter((o) => !better(o.value)).length;
  const own = displayRanks(items, higherIsBetter, complete).get(override.unit);
  const ownRank = own && isNationalRank(own.basis) ? own.rank : null;
  for (const o of others) {
    if (o.officialRank === null) continue;
    const r = o.officialRank;
    if (better(o.value)) fewestBetter = Math.max(fewestBetter, r - (ownRank === null || ownRank < r ? 1 : 0));
    if (worse(o.value)) mostBetter = Math.min(mostBetter, r - 1 - (ownRank !== null && ownRank < r ? 1 : 0));
  }
  return [1 + fewestBetter, 1 + Math.max(fewestBetter, mostBetter)];
}

/**
 * The rank `override.unit` would have with `override.value`, every other unit as published (rules at the top):
 * unchanged → as shown; complete year → national; partial year → national when `rankRangeWithOverride` leaves one
 * rank, else the rank among the loaded units (`among-loaded`, with `range`).
 */
export function rankWithOverride(items: readonly PrintedItem[], higherIsBetter: boolean, complete: boolean, override: RankOverride, outOf?: number): RankResult & { range?: [number, number] } {
  const own = items.find((i) => i.unit === override.unit);
  if (own && sameValue(own.value, override.value)) return displayRanks(items, higherIsBetter, complete).get(override.unit) ?? { rank: null, basis: null };
  if (!Number.isFinite(override.value)) return { rank: null, basis: null };
  const range = rankRangeWithOverride(items, higherIsBetter, complete, override, outOf);
  if (range[0] === range[1]) return { rank: range[0], basis: 'computed-national', range };
  const amongLoaded = 1 + items.filter((i) => i.unit !== override.unit && i.value !== null && Number.isFinite(i.value) && (higherIsBetter ? i.value > override.value : i.value < override.value)).length;
  return { rank: amongLoaded, basis: 'among-loaded', range };
}
