/**
 * Decides the rank table of an edition (rows, changes against a base year); each rank from rank.ts.
 * The rank table of one index, year and component, with changes against a base year.
 * Rules:
 * - ranks come from `displayRanks` (rank.ts): a printed rank wins; a rank computed on a partial year
 *   is `among-loaded`, never national;
 * - the base year defaults to the previous year that holds this component; `null` = no comparison;
 * - score change = current − base; rank change = base rank − current rank (positive = moved up);
 * - a rank change is only given between two national ranks (printed or computed on a complete year):
 *   the difference of two ranks among different subsets means nothing;
 * - a region filter keeps national ranks (it selects rows, it does not re-rank);
 * - every unit the index could rank that year is a row: a missing province is a row with `null`s;
 * - changes that cross a method break are listed in `methodBreaks` so they are not read as real change; across a
 *   structure break (catalogue/editionStructure.ts: the components themselves changed) no score or rank change is
 *   computed at all, and the row says why (`changeWithheld`);
 * Across the 2025 boundary (63 provinces → 34 units, data/catalogue/units.json `formedFrom`), a 2025+ unit is
 * compared with the base year through the crosswalk (harmonise.ts): a unit that was not merged gets a real score
 * change against its old province (`baseComparison: 'same-province'`); a merged unit gets a change against the
 * plain mean of its old provinces, labelled derived (`'derived-mean'`, `changeDerived`). A rank among 63 and a
 * rank among 34 are never subtracted: `rankChange` is null, and each rank carries its denominator
 * (`rankOutOf`, `baseRankOutOf`) so views show "5/63 → 3/34".
 */
import { notRankedEntry } from '../catalogue/editions';
import { structureBreakBetween, structureBreakReason } from '../catalogue/editionStructure';
import { findComponent, getIndex, getUnit, mainComponents, methodBreaksBetween, unitsForYear, type Catalogue } from '../catalogue/catalogue';
import { harmonisedPoint } from './harmonise';
import { memoOnTable, type Coverage, type ScoreTable } from '../table/dataset';
import { displayRanks, isNationalRank as isNational, rankChange as rankDifference, rankWithOverride, type RankBasis, type RankResult } from './rank';
import { tidy } from './stats';
import { moveWithinNoise, rankRanges, type RankRange } from './composite';
import { tierOf, type TierResult, type TierSource } from './tiers';
import type { Localised, MethodBreak, NotRankedUnit, TierLabel } from '../catalogue/types';

export interface RankRow {
  unit: string;
  value: number | null;
  rank: number | null;
  rankBasis: RankBasis | null;
  baseValue: number | null;
  baseRank: number | null;
  scoreChange: number | null;
  rankChange: number | null;
  tier: TierLabel | null;
  tierSource: TierSource | null;
  /** How the tier was found (tiers.ts): printed beside the unit, the edition's printed ranges or group sizes, computed. */
  tierBasis?: TierResult['basis'] | null;
  /** How many units the rank is out of (63, 64 with Hà Tây, 34 from 2025). */
  rankOutOf?: number;
  baseRankOutOf?: number | null;
  /** How the base figure was found: the same unit, its one old province (2025 boundary), or the derived mean of several. */
  baseComparison?: BaseComparison | null;
  /** True when the base value is derived (mean of the old provinces): the score change is a derived comparison. */
  changeDerived?: boolean;
  /** Set when the publisher did not rank the unit in this edition (catalogue/editions.ts): not missing data. */
  notRanked?: NotRankedUnit;
  /** Set when a structure break lies between the base year and this one: no change is computed, and this says why. */
  changeWithheld?: Localised;
  /** The composite's rank range (composite.ts `rankRanges`: sensitivity of the method); null on a partial edition. */
  rankRange?: RankRange | null;
  /** The rank move lies inside both editions' rank ranges (composite.ts `moveWithinNoise`); null when not known. */
  withinNoise?: boolean | null;
}

export type BaseComparison = 'same-unit' | 'same-province' | 'derived-mean';

export interface RankTableResult {
  rows: RankRow[];
  coverage: Coverage;
  baseYear: number | null;
  methodBreaks: MethodBreak[];
}

export interface RankTableOptions {
  /** `undefined` = previous year present; `null` = no comparison. */
  baseYear?: number | null;
  /** Region name as in data/catalogue/units.json (e.g. "Đồng bằng sông Hồng"); '' = all. */
  region?: string;
}

/** Years in which the index holds at least one value (or printed rank) for the component. */
export function yearsWithComponent(table: ScoreTable, index: string, component: string): number[] {
  return table.years(index).filter((y) => table.slice(index, y, component).some((s) => s.value !== null || s.officialRank !== null));
}

/** The previous year (strictly before `year`) that holds the component, or `null`. */
export function previousYear(table: ScoreTable, index: string, year: number, component = 'total'): number | null {
  const earlier = yearsWithComponent(table, index, component).filter((y) => y < year);
  return earlier.length ? earlier[earlier.length - 1] : null;
}

/** Ranks of every unit loaded for (index, year, component), by the rules of rank.ts. */
export function ranksFor(table: ScoreTable, catalogue: Catalogue, index: string, year: number, component: string): Map<string, RankResult> {
  const ix = getIndex(catalogue, index);
  const higherIsBetter = findComponent(ix, component)?.higherIsBetter ?? true;
  // Computed once per table and slice: the follow-up, weakness and conflicts ask for the same slice many times.
  return memoOnTable(table, `ranks|${ix.id}|${year}|${component}|${higherIsBetter}`, () =>
    displayRanks(
      table.slice(ix.id, year, component).map((s) => ({ unit: s.unit, value: s.value, decimals: s.decimals, officialRank: s.officialRank })),
      higherIsBetter,
      table.coverage(ix.id, year, component).complete,
    ),
  );
}

/** Every unit's composite rank range for (index, year) (composite.ts `rankRanges`), once per table; null on a partial edition. */
export function rankRangesFor(table: ScoreTable, catalogue: Catalogue, index: string, year: number): Map<string, RankRange> | null {
  const ix = getIndex(catalogue, index);
  return memoOnTable(table, `rankRanges|${ix.id}|${year}`, () => {
    const components = mainComponents(ix, year).map((c) => c.id);
    const ranks = ranksFor(table, catalogue, ix.id, year, 'total');
    const units = table.slice(ix.id, year, 'total').map((s) => ({
      unit: s.unit,
      composite: s.value,
      decimals: s.decimals,
      components: Object.fromEntries(components.map((c) => [c, table.get(ix.id, year, s.unit, c)?.value ?? null])),
    }));
    return rankRanges(ix, year, units, { complete: table.coverage(ix.id, year, 'total').complete, higherIsBetter: findComponent(ix, 'total')?.higherIsBetter ?? true, rankOf: (u) => ranks.get(u)?.rank ?? null });
  });
}

/** The rank of `unit` were its value `value` (what-if), every other unit as published (rank.ts `rankWithOverride`). */
export function rankWithValue(table: ScoreTable, catalogue: Catalogue, index: string, year: number, component: string, unit: string, value: number): RankResult {
  const ix = getIndex(catalogue, index);
  const higherIsBetter = findComponent(ix, component)?.higherIsBetter ?? true;
  const slice = table.slice(ix.id, year, component);
  const complete = table.coverage(ix.id, year, component).complete;
  return rankWithOverride(
    slice.map((s) => ({ unit: s.unit, value: s.value, decimals: s.decimals, officialRank: s.officialRank })),
    higherIsBetter,
    complete,
    { unit, value },
    table.coverage(ix.id, year, component).expected,
  );
}

export function rankTable(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  component: string,
  options: RankTableOptions = {},
): RankTableResult {
  const ix = getIndex(catalogue, index);
  const baseYear = options.baseYear === undefined ? previousYear(table, ix.id, year, component) : options.baseYear;
  const current = ranksFor(table, catalogue, ix.id, year, component);
  const base = baseYear === null ? new Map<string, RankResult>() : ranksFor(table, catalogue, ix.id, baseYear, component);

  const unitIds = new Set(unitsForYear(catalogue, year).map((u) => u.id));
  for (const s of table.slice(ix.id, year, component)) unitIds.add(s.unit);
  const region = options.region ?? '';

  const ranges = component === 'total' ? rankRangesFor(table, catalogue, ix.id, year) : null;
  const baseRanges = component === 'total' && baseYear !== null ? rankRangesFor(table, catalogue, ix.id, baseYear) : null;
  const structureBreak = structureBreakBetween(ix, baseYear, year);
  const withheld = structureBreak ? structureBreakReason(structureBreak) : null;
  const rows: RankRow[] = [];
  const outOf = table.coverage(ix.id, year, component).expected;
  const baseOutOf = baseYear === null ? null : table.coverage(ix.id, baseYear, component).expected;
  for (const unit of unitIds) {
    if (region && getUnit(catalogue, unit)?.region !== region) continue;
    const value = table.get(ix.id, year, unit, component)?.value ?? null;
    const now = current.get(unit) ?? { rank: null, basis: null };
    const tier = tierOf(table, catalogue, ix.id, year, unit, component);
    const crossing = baseYear !== null ? crosswalkBase(table, catalogue, ix.id, baseYear, unit, component) : null;
    let baseValue: number | null;
    let before: RankResult;
    let baseComparison: BaseComparison | null;
    if (crossing) {
      baseValue = crossing.value;
      before = crossing.method === 'same-province' ? (base.get(crossing.constituents[0].unit) ?? { rank: null, basis: null }) : { rank: null, basis: null };
      baseComparison = baseValue === null ? null : crossing.method === 'same-province' ? 'same-province' : 'derived-mean';
    } else {
      baseValue = baseYear === null ? null : (table.get(ix.id, baseYear, unit, component)?.value ?? null);
      before = base.get(unit) ?? { rank: null, basis: null };
      baseComparison = baseValue === null ? null : 'same-unit';
    }
    const sameSet = !crossing;
    rows.push({
      unit,
      value,
      rank: now.rank,
      rankBasis: now.basis,
      baseValue,
      baseRank: before.rank,
      scoreChange: !withheld && value !== null && baseValue !== null ? tidy(value - baseValue) : null,
      rankChange: !withheld && sameSet && isNational(now.basis) && isNational(before.basis) ? rankDifference(before.rank, now.rank) : null,
      tier: tier?.tier ?? null,
      tierSource: tier?.source ?? null,
      tierBasis: tier?.basis ?? null,
      rankOutOf: outOf,
      baseRankOutOf: baseOutOf,
      baseComparison,
      changeDerived: !withheld && baseComparison === 'derived-mean',
      ...(withheld ? { changeWithheld: withheld } : {}),
      ...(component === 'total' ? rangeFields(ranges?.get(unit) ?? null, baseRanges?.get(unit) ?? null, now.rank, before.rank, !withheld && sameSet) : {}),
      ...(value === null && notRankedEntry(catalogue, ix.id, year, unit) ? { notRanked: notRankedEntry(catalogue, ix.id, year, unit) } : {}),
    });
  }
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.localeCompare(b.unit));

  return {
    rows,
    coverage: table.coverage(ix.id, year, component),
    baseYear,
    methodBreaks: baseYear === null ? [] : methodBreaksBetween(ix, baseYear, year),
  };
}

/** The range fields of a composite row: the range, and whether the move is within noise (only where a move is compared). */
function rangeFields(range: RankRange | null, baseRange: RankRange | null, rank: number | null, baseRank: number | null, compared: boolean) {
  return { rankRange: range, withinNoise: compared ? moveWithinNoise({ rank: baseRank, range: baseRange }, { rank, range }) : null };
}

/** A 2025+ unit's base-year figure through the crosswalk, when the base year lies before the unit existed. */
function crosswalkBase(table: ScoreTable, catalogue: Catalogue, index: string, baseYear: number, unit: string, component: string) {
  const u = getUnit(catalogue, unit);
  if (!u?.formedFrom?.length || baseYear >= u.validFrom) return null;
  return harmonisedPoint(table, catalogue, index, unit, component, baseYear);
}

/**
 * Who improved most: the rows with the largest rank change (national ranks only), ties broken by the
 * larger score change. `count` rows at most; rows without a rank change are never included.
 */
export function mostImproved(result: RankTableResult, count = 3): RankRow[] {
  return result.rows
    .filter((r) => r.rankChange !== null)
    .sort((a, b) => b.rankChange! - a.rankChange! || (b.scoreChange ?? -Infinity) - (a.scoreChange ?? -Infinity))
    .slice(0, count);
}
