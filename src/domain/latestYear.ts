/**
 * "The latest year" of a province for an index, two rules with one loop:
 * - `latestYearWithFigure`: the last edition in which the province has a composite score or a printed
 *   composite rank (PAR INDEX and SIPAS news sometimes print a rank without the score) — the overview and brief;
 * - `latestYearWithScore`: the last edition with a composite score — the year views open on.
 * `null` when no edition qualifies — the views then say "no data", never show an older index's year.
 */
import { TOTAL } from './catalogue';
import type { ScoreTable } from './dataset';
import type { Score } from './types';

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
