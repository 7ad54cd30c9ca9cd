/**
 * The current selection (index, year, province) resolved against the loaded data:
 * the year defaults to the latest year in which the chosen province has a composite score.
 */
import { defaultCatalogue, findIndex, getUnit } from '@/domain/catalogue/catalogue';
import { latestYearWithScore } from '@/domain/table/latestYear';
import type { Coverage, ScoreTable } from '@/domain/table/dataset';
import type { IndexDef, Unit } from '@/domain/catalogue/types';
import { useMemo } from 'react';
import { useScoreTable } from '@/data/scores';
import { useCatalogue } from '@/data/catalogue';
import type { Catalogue } from '@/domain/catalogue/catalogue';
import { useView } from '@/state/view';

export interface Selection {
  table: ScoreTable;
  /** The catalogue with the structures the user declared on import (data/catalogue.ts). */
  catalogue: Catalogue;
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

/** The chosen index as the views resolve it (an unknown id in the URL falls back to the first index). */
export function useChosenIndex(): string {
  const chosen = useView((v) => v.index);
  return (findIndex(defaultCatalogue, chosen) ?? defaultCatalogue.indices[0]).id;
}

/**
 * The selection, with a stable identity: the same object for as long as the table, index, year and
 * province are the same, so the memos of every view below keep their inputs across renders.
 */
export function useSelection(): { selection: Selection | null; isLoading: boolean; error: Error | null } {
  const chosen = useChosenIndex();
  const indices = useMemo(() => [chosen], [chosen]);
  const { table, isLoading, error } = useScoreTable(indices);
  const chosenYear = useView((v) => v.year);
  const province = useView((v) => v.province);
  const catalogue = useCatalogue();
  const selection = useMemo(() => {
    if (!table) return null;
    const index = findIndex(catalogue, chosen) ?? catalogue.indices[0];
    const years = table.years(index.id);
    const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : defaultYear(table, index.id, province);
    const unit = getUnit(catalogue, province);
    const coverage = year !== null ? table.coverage(index.id, year) : null;
    return { table, catalogue, index, years, year, unit, coverage };
  }, [table, catalogue, chosen, chosenYear, province]);
  return useMemo(() => ({ selection, isLoading, error }), [selection, isLoading, error]);
}
