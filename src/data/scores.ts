/**
 * The score tables every view reads: per index, the shipped figures with the user's confirmed imports on
 * top, merged and indexed ONCE per (index, imports version) in one TanStack query — however many views,
 * pickers and notes read it. A view asks for the indices it shows (by default the chosen one); the others
 * are neither fetched nor built until a view needs them (or the idle prefetch fetched them).
 * Small sets are indexed at once; a large import (a million figures) is overlaid and indexed in slices
 * between which the page gets its turn, so no long task freezes it. While a new version of the same index
 * builds, the previous table stays on screen.
 */
import { useEffect } from 'react';
import { queryOptions, useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { defaultCatalogue, findIndex } from '@/domain/catalogue/catalogue';
import { buildScoreTable, buildScoreTableInSlices, combineTables, overlayScores, overlayScoresInSlices, type ScoreTable } from '@/domain/table/dataset';
import type { Score } from '@/domain/catalogue/types';
import { useView } from '@/state/view';
import { shippedIndexQueryOptions, shippedIndices } from './shipped';
import { ensureImportsLoaded, useImports } from './imported';
import { scoreKeys } from './queryKeys';
import { yieldToPage } from './yieldToPage';

export interface ScoreTableState {
  table: ScoreTable | undefined;
  isLoading: boolean;
  error: Error | null;
}

/** Above this many figures the table is built in slices. */
export const SLICED_BUILD_THRESHOLD = 150_000;

/** How many merged tables have been built since the page opened (read by the test that counts them). */
export const tableBuilds = { count: 0 };

/** Merge one index's shipped figures with its imported ones and index them. */
export async function buildIndexTable(shipped: readonly Score[], imported: readonly Score[]): Promise<ScoreTable> {
  tableBuilds.count++;
  if (shipped.length + imported.length <= SLICED_BUILD_THRESHOLD) return buildScoreTable(imported.length ? overlayScores(shipped, imported) : shipped, defaultCatalogue);
  const merged = await overlayScoresInSlices(shipped, imported, yieldToPage);
  return buildScoreTableInSlices(merged, defaultCatalogue, yieldToPage);
}

export const scoreTableQueryOptions = (index: string, importsVersion: number, imported: readonly Score[]) =>
  queryOptions({
    queryKey: scoreKeys.table(index, importsVersion),
    queryFn: async ({ client }: { client: QueryClient }) => {
      const shipped = await client.ensureQueryData(shippedIndexQueryOptions(index));
      return buildIndexTable(shipped.scores, imported);
    },
    staleTime: Infinity,
    // Old versions go: a replaced million-row table must not stay in memory.
    gcTime: 30_000,
  });

const EMPTY: Score[] = [];

/** Every index with figures: shipped or imported. Known without fetching. */
export function useAvailableIndices(): string[] {
  const imported = useImports((s) => s.overlayByIndex);
  const all = new Set([...shippedIndices, ...imported.keys()]);
  return defaultCatalogue.indices.map((i) => i.id).filter((id) => all.has(id));
}

/** The chosen index as the views resolve it (an unknown id in the URL falls back to the first index). */
export function useChosenIndex(): string {
  const chosen = useView((v) => v.index);
  return (findIndex(defaultCatalogue, chosen) ?? defaultCatalogue.indices[0]).id;
}

let lastCombined: { tables: ScoreTable[]; table: ScoreTable } | null = null;

/** One table object per set of per-index tables, so views' memos keep their inputs. */
function combined(tables: ScoreTable[]): ScoreTable {
  if (lastCombined && lastCombined.tables.length === tables.length && lastCombined.tables.every((t, i) => t === tables[i])) return lastCombined.table;
  const table = combineTables(tables, defaultCatalogue);
  lastCombined = { tables, table };
  return table;
}

function combineResults(results: UseQueryResult<ScoreTable>[]): ScoreTableState {
  const error = results.find((r) => r.error)?.error ?? null;
  if (results.some((r) => !r.data)) return { table: undefined, isLoading: !error, error };
  return { table: combined(results.map((r) => r.data!)), isLoading: false, error };
}

/**
 * The merged table of `indices` (default: the chosen index; 'all': every index with figures).
 * Reads the one cached table per (index, imports version); never builds its own.
 */
export function useScoreTable(indices?: readonly string[] | 'all'): ScoreTableState {
  const chosen = useChosenIndex();
  const available = useAvailableIndices();
  const version = useImports((s) => s.version);
  const ready = useImports((s) => s.ready);
  const overlay = useImports((s) => s.overlayByIndex);
  useEffect(() => {
    void ensureImportsLoaded();
  }, []);
  const wanted = indices === 'all' ? (available.length ? available : [chosen]) : (indices ?? [chosen]);
  return useQueries({
    queries: wanted.map((index) => ({
      ...scoreTableQueryOptions(index, version, overlay.get(index) ?? EMPTY),
      enabled: ready,
      // Keep showing this index's previous table while a new imports version builds (never another index's).
      placeholderData: (previous: ScoreTable | undefined, previousQuery?: { queryKey: readonly unknown[] }) => (previousQuery?.queryKey[2] === index ? previous : undefined),
    })),
    combine: combineResults,
  });
}
