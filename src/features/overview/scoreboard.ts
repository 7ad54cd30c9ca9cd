/**
 * The leaders' scoreboard, prepared without JSX: for each of the four indices, the latest year in which
 * the province has a figure (score or printed rank), its row of the domain's rank table (score, rank,
 * change, tier) and its component trends. An index without any figure for the province is reported as
 * such, with the latest year the index has at all.
 */
import { FOUR_INDICES, findIndex, mainComponents, TOTAL, type Catalogue } from '@/domain/catalogue/catalogue';
import { latestOfPredecessors, latestYearWithFigure } from '@/domain/table/latestYear';
import { rankTable, type RankRow } from '@/domain/analysis/changes';
import type { Coverage, ScoreTable } from '@/domain/table/dataset';
import { componentTrends } from '@/domain/analysis/trends';
import type { IndexDef, NotRankedUnit } from '@/domain/catalogue/types';
import { notRankedEntry } from '@/domain/catalogue/editions';


export type ComponentTrend = ReturnType<typeof componentTrends>[number];

export type ScoreCard =
  | { kind: 'data'; index: IndexDef; year: number; row: RankRow; coverage: Coverage; baseYear: number | null; trends: ComponentTrend[]; newerNotRanked?: { year: number; entry: NotRankedUnit } }
  | { kind: 'none'; index: IndexDef; latestYear: number | null; predecessors?: PredecessorRow[] };

/** A province a 2025 unit was formed from, with its own latest figure (its rank table row): shown as its, not the unit's. */
export interface PredecessorRow {
  unit: string;
  year: number;
  row: RankRow;
  coverage: Coverage;
}

export function buildScoreboard(table: ScoreTable, catalogue: Catalogue, unit: string): ScoreCard[] {
  return FOUR_INDICES.flatMap((id): ScoreCard[] => buildScoreCard(table, catalogue, unit, id));
}

/** One index's card (empty when the catalogue lacks the index): each card can be drawn as soon as its own index loads. */
export function buildScoreCard(table: ScoreTable, catalogue: Catalogue, unit: string, id: string): ScoreCard[] {
  const index = findIndex(catalogue, id);
  if (!index) return [];
  const year = latestYearWithFigure(table, index.id, unit);
  if (year === null) {
    const years = table.years(index.id);
    // A 2025 unit before its index publishes on the 34 units: the figures of the provinces it was formed from, as theirs.
    const predecessors = latestOfPredecessors(table, catalogue, index.id, unit).flatMap(({ unit: old, year: y }): PredecessorRow[] => {
      const result = rankTable(table, catalogue, index.id, y, TOTAL);
      const row = result.rows.find((r) => r.unit === old);
      return row ? [{ unit: old, year: y, row, coverage: result.coverage }] : [];
    });
    return [{ kind: 'none', index, latestYear: years.length ? years[years.length - 1] : null, ...(predecessors.length ? { predecessors } : {}) }];
  }
  const result = rankTable(table, catalogue, index.id, year, TOTAL);
  const row = result.rows.find((r) => r.unit === unit);
  if (!row) return [{ kind: 'none', index, latestYear: year }];
  const main = new Set(mainComponents(index, year).map((c) => c.id));
  // Up to the card's year: a newer edition on another structure (PCI 2025's pillars, units of 2025) does not empty
  // the card of a province whose latest figures are older (Quảng Ninh's PCI 2024 sub-indices).
  const trends = componentTrends(table, catalogue, index.id, unit, year).filter((t) => main.has(t.component) && t.series.some((p) => p.value !== null));
  // A newer edition that did not rank the unit (PAPI 2024 Vĩnh Phúc): the card says so rather than look out of date.
  const newer = table.years(index.id).filter((y) => y > year).reverse().find((y) => notRankedEntry(catalogue, index.id, y, unit));
  const entry = newer === undefined ? undefined : notRankedEntry(catalogue, index.id, newer, unit);
  return [{ kind: 'data', index, year, row, coverage: result.coverage, baseYear: result.baseYear, trends, ...(entry && newer !== undefined ? { newerNotRanked: { year: newer, entry } } : {}) }];
}
