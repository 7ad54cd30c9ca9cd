/**
 * "The latest year" of a province for an index, two rules with one loop:
 * - `latestYearWithFigure`: the last edition in which the province has a composite score or a printed
 *   composite rank (PAR INDEX and SIPAS news sometimes print a rank without the score) — the overview and brief;
 * - `latestYearWithScore`: the last edition with a composite score — the year views open on.
 * `null` when no edition qualifies — the views then say "no data", never show an older index's year.
 * - `latestOfPredecessors`: a unit formed in 2025 (`formedFrom`) with no figure of its own for an index that has not
 *   yet published on the 34 units: the provinces it was formed from, each with its own latest edition — their figures,
 *   never the new unit's (a merged unit's score is not the sum or mean of its parts unless a rule derives it).
 */
import { getUnit, TOTAL, type Catalogue } from '../catalogue/catalogue';
import { notRankedEntry } from '../catalogue/editions';
import type { NotRankedUnit } from '../catalogue/types';
import type { ScoreTable } from './dataset';
import type { Score } from '../catalogue/types';

function latestYear(table: ScoreTable, index: string, unit: string, counts: (s: Score) => boolean): number | null {
  const years = table.years(index);
  for (let i = years.length - 1; i >= 0; i--) {
    const s = table.get(index, years[i], unit, TOTAL);
    if (s && counts(s)) return years[i];
  }
  return null;
}

export function latestYearWithFigure(table: ScoreTable, index: string, unit: string): number | null {
  return latestYear(table, index, unit, (s) => s.value !== null || s.officialRank !== null);
}

export function latestYearWithScore(table: ScoreTable, index: string, unit: string): number | null {
  return latestYear(table, index, unit, (s) => s.value !== null);
}

/**
 * What a view must say at the top when the province is behind the index's newest edition:
 * - `newestYear`: the newest edition loaded for any province (it is published);
 * - `provinceHasNewest`: whether the province has a figure in it — if not, the views say so and offer Import
 *   for (index, newestYear);
 * - `provinceLatest`: the province's latest edition with a figure, the year views fall back to;
 * - `shownHasFigures`: whether the year on screen has the province's figure — if not, the way to `provinceLatest`;
 * - `newestUnder`: the province ended before the newest edition (the 63 provinces end in 2024) and the unit it became
 *   (its `successor`: Quảng Ninh 22 → n22, Phú Yên 54 → Đắk Lắk n66) has a figure in it — the views then point there
 *   instead of offering an import of figures that are loaded;
 * - `newestNotRanked` / `shownNotRanked`: the publisher did not rank the province in that edition (catalogue/editions.ts):
 *   the views say so with the reason ("không được xếp hạng trong PAPI 2023: …") and offer no import for it —
 *   there are no figures to import.
 * `null` when there is nothing to say (the province has figures in the newest edition and in the shown one).
 */
export interface LandingState {
  index: string;
  newestYear: number;
  provinceHasNewest: boolean;
  provinceLatest: number | null;
  shownYear: number | null;
  shownHasFigures: boolean;
  newestNotRanked?: NotRankedUnit;
  shownNotRanked?: NotRankedUnit;
  newestUnder?: string;
}

export function landingState(table: ScoreTable, index: string, unit: string, shownYear: number | null, catalogue?: Catalogue): LandingState | null {
  const years = table.years(index);
  if (years.length === 0) return null;
  const newestYear = years[years.length - 1];
  const has = (y: number, who = unit) => ((s) => s !== undefined && (s.value !== null || s.officialRank !== null))(table.get(index, y, who, TOTAL));
  const provinceHasNewest = has(newestYear);
  const shownHasFigures = shownYear !== null && has(shownYear);
  if (provinceHasNewest && shownHasFigures) return null;
  const notRanked = (y: number | null) => (catalogue && y !== null && !has(y) ? notRankedEntry(catalogue, index, y, unit) : undefined);
  const newestNotRanked = notRanked(newestYear);
  const successor = !provinceHasNewest && catalogue ? catalogue.units.find((u) => u.id === unit)?.successor : undefined;
  const newestUnder = successor && has(newestYear, successor) ? successor : undefined;
  const shownNotRanked = notRanked(shownYear);
  return {
    index,
    newestYear,
    provinceHasNewest,
    provinceLatest: latestYearWithFigure(table, index, unit),
    shownYear,
    shownHasFigures,
    ...(newestNotRanked ? { newestNotRanked } : {}),
    ...(shownNotRanked ? { shownNotRanked } : {}),
    ...(newestUnder ? { newestUnder } : {}),
  };
}

/** A province a 2025 unit was formed from, and its latest edition with a figure for an index. */
export interface PredecessorLatest {
  unit: string;
  year: number;
}

/**
 * For a unit formed in 2025 that has no figure of its own for `index`: the units it was formed from that have one,
 * each with its latest edition (in the crosswalk's order). Empty for any other unit, or when the unit has a figure.
 */
export function latestOfPredecessors(table: ScoreTable, catalogue: Catalogue, index: string, unit: string): PredecessorLatest[] {
  const formedFrom = getUnit(catalogue, unit)?.formedFrom ?? [];
  if (!formedFrom.length || latestYearWithFigure(table, index, unit) !== null) return [];
  return formedFrom.flatMap((old) => {
    const year = latestYearWithFigure(table, index, old);
    return year === null ? [] : [{ unit: old, year }];
  });
}
