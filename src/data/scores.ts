/**
 * The one score table every view reads: shipped data with the user's confirmed imports on top.
 * Small sets are indexed at once; a large import (a million figures) is overlaid and indexed in
 * slices between which the page gets its turn, so no long task freezes it. While that runs, the
 * previous table stays on screen.
 */
import { useEffect, useState } from 'react';
import { defaultCatalogue } from '@/domain/catalogue';
import { buildScoreTable, buildScoreTableInSlices, overlayScores, overlayScoresInSlices, type ScoreTable } from '@/domain/dataset';
import type { Score } from '@/domain/types';
import { useShippedScores } from './shipped';
import { useImportedScores } from './imported';
import { yieldToPage } from './yieldToPage';

export interface ScoreTableState {
  table: ScoreTable | undefined;
  isLoading: boolean;
  error: Error | null;
}

/** Above this many figures the table is built in slices. */
export const SLICED_BUILD_THRESHOLD = 150_000;

const tables = new WeakMap<readonly Score[], WeakMap<readonly Score[], ScoreTable>>();

function cached(shipped: readonly Score[], imported: readonly Score[]): ScoreTable | undefined {
  return tables.get(shipped)?.get(imported);
}

function remember(shipped: readonly Score[], imported: readonly Score[], table: ScoreTable) {
  let byImport = tables.get(shipped);
  if (!byImport) tables.set(shipped, (byImport = new WeakMap()));
  byImport.set(imported, table);
}

export function useScoreTable(): ScoreTableState {
  const shipped = useShippedScores();
  const imported = useImportedScores();
  const shippedScores = shipped.data?.scores;
  const ready = !!shippedScores && imported.ready;
  const small = ready && shippedScores.length + imported.scores.length <= SLICED_BUILD_THRESHOLD;
  if (small && !cached(shippedScores, imported.scores)) remember(shippedScores, imported.scores, buildScoreTable(overlayScores(shippedScores, imported.scores), defaultCatalogue));
  const [sliced, setSliced] = useState<ScoreTable | undefined>(undefined);

  useEffect(() => {
    if (!ready || small || cached(shippedScores, imported.scores)) return;
    let cancelled = false;
    void (async () => {
      const merged = await overlayScoresInSlices(shippedScores, imported.scores, yieldToPage);
      if (cancelled) return;
      const table = await buildScoreTableInSlices(merged, defaultCatalogue, yieldToPage);
      if (cancelled) return;
      remember(shippedScores, imported.scores, table);
      setSliced(table);
    })();
    return () => {
      cancelled = true;
    };
  }, [ready, small, shippedScores, imported.scores]);

  const table = ready ? (cached(shippedScores, imported.scores) ?? sliced) : undefined;
  return { table, isLoading: shipped.isLoading || !imported.ready || (ready && !table), error: shipped.error };
}
