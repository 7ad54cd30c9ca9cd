/**
 * Published disagreements (data/reference/disagreements.csv): the other figure, with its source, wherever two
 * published sources disagree about a shipped figure. Fetched once when a view asks (small file, hashed URL),
 * read by the domain (`parseDisagreements`), cached forever like the shipped scores.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import disagreementsUrl from '@data/reference/disagreements.csv?url';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { parseDisagreements, type PublishedDisagreement } from '@/domain/table/publishedDisagreements';

export async function fetchDisagreements(signal?: AbortSignal): Promise<PublishedDisagreement[]> {
  const response = await fetch(disagreementsUrl, { signal });
  if (!response.ok) throw new Error(`disagreements.csv: HTTP ${response.status}`);
  const { rows, problems } = parseDisagreements(await response.text(), defaultCatalogue);
  if (problems.length) throw new Error(`disagreements.csv: ${problems.slice(0, 3).join('; ')}`);
  return rows;
}

export const disagreementsQueryOptions = () =>
  queryOptions({ queryKey: ['reference', 'disagreements'] as const, queryFn: ({ signal }) => fetchDisagreements(signal), staleTime: Infinity, gcTime: Infinity });

/** Every published disagreement; filter with `disagreementsAbout` from the domain. */
export function usePublishedDisagreements() {
  return useQuery(disagreementsQueryOptions());
}
