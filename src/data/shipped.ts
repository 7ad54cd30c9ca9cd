/**
 * Shipped score files: the manifest (titles, sources, licences) is part of the app; the figures are
 * fetched per index when a view needs them, in the compact columnar form the build produced from
 * data/scores/*.csv (scripts/vite-shipped-scores.ts). Hashed file names: the browser caches them forever.
 * Cached by TanStack Query forever too (staleTime Infinity). Only a failed fetch throws.
 */
import { queryOptions } from '@tanstack/react-query';
import manifest from '@data/scores/manifest.json';
import { shippedScoreUrls } from 'virtual:shipped-scores';
import { decodeCompactScores, isCompactScores } from '@/domain/table/compactScores';
import type { Localised, Problem, Score } from '@/domain/catalogue/types';
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

/** Indices with shipped figures, known without fetching any of them. */
export const shippedIndices: readonly string[] = Object.keys(shippedScoreUrls);

export interface LoadedScores {
  scores: Score[];
  issues: Problem[];
}

export async function fetchShippedIndex(index: string, signal?: AbortSignal): Promise<LoadedScores> {
  const url = shippedScoreUrls[index];
  if (!url) return { scores: [], issues: [] };
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${index}: HTTP ${response.status} (${url})`);
  const body: unknown = await response.json();
  if (!isCompactScores(body)) throw new Error(`${index}: ${url} is not a score file of this version of the app`);
  return { scores: decodeCompactScores(body), issues: body.issues };
}

export const shippedIndexQueryOptions = (index: string) =>
  queryOptions({ queryKey: scoreKeys.shipped(index), queryFn: ({ signal }) => fetchShippedIndex(index, signal), staleTime: Infinity, gcTime: Infinity });

/**
 * Warm the browser's cache with the other indices' files once the page has nothing else to do, so switching
 * index or opening the overview needs no download. `<link rel="prefetch">`: the network fetches them at low
 * priority and nothing is parsed on the phone's main thread until a view asks (then the query reads the cache).
 * Waits for an idle moment after load: the first screen gets the network first.
 */
export function prefetchShippedWhenIdle(chosenIndex: string): void {
  if (typeof window === 'undefined') return;
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 1000));
  const start = () =>
    idle(() => {
      for (const index of shippedIndices) {
        if (index === chosenIndex) continue;
        const link = document.createElement('link');
        link.rel = 'prefetch';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = shippedScoreUrls[index];
        document.head.appendChild(link);
      }
    });
  if (document.readyState === 'complete') setTimeout(start, 1500);
  else window.addEventListener('load', () => setTimeout(start, 1500), { once: true });
}
