/**
 * Scores the user imported (persisted in the browser). Placeholder until the import feature lands:
 * the import feature owns this file and keeps the `useImportedScores` signature.
 */
import type { Score } from '@/domain/types';

const none: Score[] = [];

export function useImportedScores(): { scores: Score[]; ready: boolean } {
  return { scores: none, ready: true };
}
