/**
 * The one score table every view reads: shipped data with the user's confirmed imports on top.
 */
import { useMemo } from 'react';
import { defaultCatalogue } from '@/domain/catalogue';
import { buildScoreTable, overlayScores, type ScoreTable } from '@/domain/dataset';
import { useShippedScores } from './shipped';
import { useImportedScores } from './imported';

export interface ScoreTableState {
  table: ScoreTable | undefined;
  isLoading: boolean;
  error: Error | null;
}

export function useScoreTable(): ScoreTableState {
  const shipped = useShippedScores();
  const imported = useImportedScores();
  const table = useMemo(
    () => (shipped.data && imported.ready ? buildScoreTable(overlayScores(shipped.data.scores, imported.scores), defaultCatalogue) : undefined),
    [shipped.data, imported.ready, imported.scores],
  );
  return { table, isLoading: shipped.isLoading || !imported.ready, error: shipped.error };
}
