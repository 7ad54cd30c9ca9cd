/**
 * The current selection (index, year, province) resolved against the loaded data:
 * the year defaults to the latest year in which the chosen province has a composite score.
 */
import { defaultCatalogue, findIndex, getUnit } from '@/domain/catalogue/catalogue';
import { latestYearWithScore } from '@/domain/table/latestYear';
import type { Coverage, ScoreTable } from '@/domain/table/dataset';
import type { IndexDef, Unit } from '@/domain/catalogue/types';
import { useScoreTable } from '@/data/scores';
import { useView } from '@/state/view';

export interface Selection {
  table: ScoreTable;
  index: IndexDef;
  years: number[];
  year: number | null;
  unit: Unit | undefined;
  coverage: Coverage | null;
}

/** The year a view opens on: the province's latest composite score, else the index's latest year. */
export function defaultYear(table: ScoreTable, index: string, unit: string): number | null {
  const years = table.years(index);
  return latestYearWithScore(table, index, unit) ?? (years.length ? years[years.length - 1] : null);
}

export function useSelection(): { selection: Selection | null; isLoading: boolean; error: Error | null } {
  const { table, isLoading, error } = useScoreTable();
  const chosenIndex = useView((v) => v.index);
  const chosenYear = useView((v) => v.year);
  const province = useView((v) => v.province);
  if (!table) return { selection: null, isLoading, error };
  const index = findIndex(defaultCatalogue, chosenIndex) ?? defaultCatalogue.indices[0];
  const years = table.years(index.id);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : defaultYear(table, index.id, province);
  const unit = getUnit(defaultCatalogue, province);
  const coverage = year !== null ? table.coverage(index.id, year) : null;
  return { selection: { table, index, years, year, unit, coverage }, isLoading, error };
}
