/**
 * Shipped score files (data/scores/*.csv, listed in data/scores/manifest.json): fetched once,
 * parsed by the domain core, cached forever (staleTime Infinity). Only a failed fetch throws.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import manifest from '@data/scores/manifest.json';
import { defaultCatalogue } from '@/domain/catalogue';
import { parseScoresCsv } from '@/domain/parse';
import type { Localised, Problem, Score } from '@/domain/types';
import { scoreKeys } from './queryKeys';

export interface ManifestEntry {
  file: string;
  index: string;
  years: [number, number];
  title: Localised;
  source: string;
  licence?: string;
  coverage?: Localised;
}

export const shippedManifest = (manifest as unknown as { files: ManifestEntry[] }).files;

const urls = import.meta.glob('/data/scores/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface LoadedScores {
  scores: Score[];
  issues: Problem[];
}

export async function fetchShippedScores(): Promise<LoadedScores> {
  const parts = await Promise.all(
    shippedManifest.map(async (entry) => {
      const url = urls[`/data/scores/${entry.file}`];
      if (!url) throw new Error(`Shipped file missing from build: ${entry.file}`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${entry.file}: HTTP ${response.status}`);
      return parseScoresCsv(await response.text(), entry.file, defaultCatalogue, { source: entry.file });
    }),
  );
  return { scores: parts.flatMap((p) => p.rows), issues: parts.flatMap((p) => p.issues) };
}

export const shippedScoresQueryOptions = () =>
  queryOptions({ queryKey: scoreKeys.shipped(), queryFn: fetchShippedScores, staleTime: Infinity, gcTime: Infinity });

export function useShippedScores() {
  return useQuery(shippedScoresQueryOptions());
}
