/**
 * The score tables every view reads: per index, the shipped figures with the user's confirmed imports on
 * top, merged and indexed ONCE per (index, that index's imports version) in one TanStack query — however many views,
 * pickers and notes read it. A view asks for the indices it shows (by default the chosen one); the others
 * are neither fetched nor built until a view needs them (or the idle prefetch fetched them).
 * Small sets are indexed at once; a large import (a million figures) is overlaid and indexed in slices
 * between which the page gets its turn, so no long task freezes it. While a new version of the same index
 * builds, the previous table stays on screen.
 */
import { useEffect, useMemo } from 'react';
import { queryOptions, useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { buildScoreTable, buildScoreTableInSlices, combineTables, overlayScores, overlayScoresInSlices, overlayTable, type ScoreTable } from '@/domain/table/dataset';
import type { Score } from '@/domain/catalogue/types';
import { shippedIndexQueryOptions, shippedIndices } from './shipped';
import { ensureImportsLoaded, useImports, type AddedOnTop } from './imported';
import { scoreKeys } from './queryKeys';
import { yieldToPage } from './yieldToPage';

export interface ScoreTableState {
  table: ScoreTable | undefined;
  isLoading: boolean;
  error: Error | null;
}

/** Above this many figures the table is built in slices (of this many: each well under 200 ms on a slow phone). */
export const SLICED_BUILD_THRESHOLD = 50_000;

/** Merge one index's shipped figures with its imported ones and index them. */
export async function buildIndexTable(shipped: readonly Score[], imported: readonly Score[]): Promise<ScoreTable> {
  if (shipped.length + imported.length <= SLICED_BUILD_THRESHOLD) return buildScoreTable(imported.length ? overlayScores(shipped, imported) : shipped, defaultCatalogue);
  const merged = await overlayScoresInSlices(shipped, imported, yieldToPage, SLICED_BUILD_THRESHOLD);
  return buildScoreTableInSlices(merged, defaultCatalogue, yieldToPage, SLICED_BUILD_THRESHOLD);
}

/**
 * One index's table for an imports version. `added`: the imports of this version only came on top of version
 * `added.from`; when that table is still in the cache (it is on screen while this one builds), this one is it with
 * the added figures laid over (dataset.overlayTable: the same table, only the touched slices indexed again).
 */
export const scoreTableQueryOptions = (index: string, importsVersion: number, imported: readonly Score[], added?: AddedOnTop) =>
  queryOptions({
    queryKey: scoreKeys.table(index, importsVersion),
    queryFn: async ({ client }: { client: QueryClient }) => {
      const below = added && client.getQueryData<ScoreTable>(scoreKeys.table(index, added.from));
      if (below) return overlayTable(below, added.top, defaultCatalogue);
      const shipped = await client.ensureQueryData(shippedIndexQueryOptions(index));
      return buildIndexTable(shipped.scores, imported);
    },
    staleTime: Infinity,
    // A table is a value with an identity, never deep-compared with the previous one (a million figures).
    structuralSharing: false,
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

interface TablesResult {
  tables: ScoreTable[] | undefined;
  isLoading: boolean;
  error: Error | null;
}

/** The per-index tables once all have loaded. The array keeps its identity while its tables do (TanStack
 * Query shares the combined result structurally, and tables are compared by reference). */
function combineResults(results: UseQueryResult<ScoreTable>[]): TablesResult {
  const error = results.find((r) => r.error)?.error ?? null;
  if (results.some((r) => !r.data)) return { tables: undefined, isLoading: !error, error };
  return { tables: results.map((r) => r.data!), isLoading: false, error };
}

/**
 * The merged table of `indices`, outside React: each index's one cached table, fetched and built if no view has yet.
 * An export that names another index's indicators awaits it here (labels, never ids).
 */
export async function loadScoreTable(client: QueryClient, indices: readonly string[]): Promise<ScoreTable> {
  await ensureImportsLoaded();
  const { versionByIndex, overlayByIndex } = useImports.getState();
  const tables = await Promise.all(indices.map((index) => client.ensureQueryData(scoreTableQueryOptions(index, versionByIndex.get(index) ?? 0, overlayByIndex.get(index) ?? EMPTY))));
  return combineTables(tables, defaultCatalogue);
}

/**
 * The merged table of `indices` ('all': every index with figures). Reads the one cached table per
 * (index, imports version of that index); never builds its own. Importing PCI leaves PAPI's table as it is.
 */
export function useScoreTable(indices: readonly string[] | 'all'): ScoreTableState {
  const available = useAvailableIndices();
  const versions = useImports((s) => s.versionByIndex);
  const ready = useImports((s) => s.ready);
  const overlay = useImports((s) => s.overlayByIndex);
  const added = useImports((s) => s.addedByIndex);
  useEffect(() => {
    void ensureImportsLoaded();
  }, []);
  const wanted = indices === 'all' ? (available.length ? available : [defaultCatalogue.indices[0].id]) : indices;
  const { tables, isLoading, error } = useQueries({
    queries: wanted.map((index) => ({
      ...scoreTableQueryOptions(index, versions.get(index) ?? 0, overlay.get(index) ?? EMPTY, added.get(index)),
      enabled: ready,
      // Keep showing this index's previous table while a new imports version builds (never another index's).
      placeholderData: (previous: ScoreTable | undefined, previousQuery?: { queryKey: readonly unknown[] }) => (previousQuery?.queryKey[2] === index ? previous : undefined),
    })),
    combine: combineResults,
  });
  // One table object per set of per-index tables, so the memos of the views below keep their inputs.
  const table = useMemo(() => (tables ? combineTables(tables, defaultCatalogue) : undefined), [tables]);
  return useMemo(() => ({ table, isLoading, error }), [table, isLoading, error]);
}
