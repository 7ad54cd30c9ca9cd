/**
 * "The latest year" of a province for an index: the last edition in which the province has a composite
 * score or a printed composite rank (PAR INDEX and SIPAS news sometimes print a rank without the score).
 * `null` when no edition has either — the views then say "no data", never show an older index's year.
 */
import { TOTAL } from './catalogue';
import type { ScoreTable } from './dataset';

export function latestYearWithFigure(table: ScoreTable, index: string, unit: string): number | null {
  const years = table.years(index);
  for (let i = years.length - 1; i >= 0; i--) {
    const s = table.get(index, years[i], unit, TOTAL);
    if (s && (s.value !== null || s.officialRank !== null)) return years[i];
  }
  return null;
}
