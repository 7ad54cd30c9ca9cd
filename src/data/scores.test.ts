import { describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver, queryOptions } from '@tanstack/react-query';
import { compactShippedScores } from '../../scripts/lib/shipped-compact';
import { decodeCompactScores } from '@/domain/table/compactScores';
import type { Score } from '@/domain/catalogue/types';

// The shipped files as the build produces them (real data), "fetched" through a counter instead of HTTP.
const fetches: string[] = [];
vi.mock('./shipped', () => {
  const compact = compactShippedScores();
  return {
    shippedIndices: [...compact.keys()],
    shippedIndexQueryOptions: (index: string) =>
      queryOptions({
        queryKey: ['scores', 'shipped', index],
        queryFn: async () => {
          fetches.push(index);
          const c = compact.get(index)!;
          return { scores: decodeCompactScores(JSON.parse(JSON.stringify(c))), issues: c.issues };
        },
        staleTime: Infinity,
      }),
  };
});

const { scoreTableQueryOptions } = await import('./scores');
const { buildScoreTable, overlayScores } = await import('@/domain/table/dataset');
const { defaultCatalogue } = await import('@/domain/catalogue/catalogue');
type ScoreTable = import('@/domain/table/dataset').ScoreTable;

/** How many times the table of (index, version) was built in this client: the query's data updates. */
const builds = (client: QueryClient, index: string, version: number) => client.getQueryCache().find({ queryKey: ['scores', 'table', index, version], exact: true })?.state.dataUpdateCount ?? 0;

/** Subscribe `n` observers at once, as n views mounting together, and wait until all have the table. */
async function readers(client: QueryClient, options: ReturnType<typeof scoreTableQueryOptions>, n: number) {
  const observers = Array.from({ length: n }, () => new QueryObserver(client, options));
  const tables = await Promise.all(
    observers.map(
      (o) =>
        new Promise((resolve) => {
          if (o.getCurrentResult().data) return resolve(o.getCurrentResult().data);
          const stop = o.subscribe((r) => {
            if (r.data) {
              stop();
              resolve(r.data);
            }
          });
        }),
    ),
  );
  return tables;
}

describe('one merged table per index and imports version', () => {
  it('selection bar, coverage note and the open view reading PCI together build the table once and fetch the file once; Quảng Ninh PCI 2016 composite reads 65.595551, rank 2 (VCCI workbook)', async () => {
    const client = new QueryClient();
    const tables = await readers(client, scoreTableQueryOptions('PCI', 1, []), 3);
    expect(builds(client, 'PCI', 1)).toBe(1);
    expect(new Set(tables).size).toBe(1);
    expect(fetches.filter((i) => i === 'PCI')).toHaveLength(1);
    expect(fetches).not.toContain('PAPI'); // a PCI screen never loads the PAPI file
    const table = tables[0] as Awaited<ReturnType<NonNullable<ReturnType<typeof scoreTableQueryOptions>['queryFn']>>>;
    expect(table.get('PCI', 2016, '22', 'total')).toMatchObject({ value: 65.595551, officialRank: 2 });
    // Re-reading the same version later builds nothing.
    await readers(client, scoreTableQueryOptions('PCI', 1, []), 2);
    expect(builds(client, 'PCI', 1)).toBe(1);
  });

  it('a new imports version builds the table once more, with the imported figure over the shipped one, and the shipped file is not fetched again', async () => {
    const client = new QueryClient();
    fetches.length = 0;
    await readers(client, scoreTableQueryOptions('PCI', 1, []), 1);
    const imported: Score[] = [{ index: 'PCI', year: 2016, unit: '22', component: 'total', value: 65.5, officialRank: null, tier: null, source: 'import:test.csv' }];
    const [table] = (await readers(client, scoreTableQueryOptions('PCI', 2, imported), 3)) as { get: (...a: [string, number, string, string]) => Score | undefined }[];
    expect(builds(client, 'PCI', 2)).toBe(1);
    expect(builds(client, 'PCI', 1)).toBe(1);
    expect(table.get('PCI', 2016, '22', 'total')?.value).toBe(65.5);
    expect(table.get('PCI', 2016, '01', 'total')?.value).not.toBeUndefined();
    expect(fetches.filter((i) => i === 'PCI')).toHaveLength(1);
  });

  it('an import added on top of the version on screen: the new table is that table with the figure laid over (one slice indexed again), the same as a full build, and the shipped file is not read again', async () => {
    const client = new QueryClient();
    fetches.length = 0;
    const [below] = (await readers(client, scoreTableQueryOptions('PCI', 1, []), 1)) as ScoreTable[];
    const top: Score[] = [{ index: 'PCI', year: 2016, unit: '22', component: 'total', value: 65.5, officialRank: null, tier: null, source: 'import:test.csv' }];
    const [table] = (await readers(client, scoreTableQueryOptions('PCI', 2, top, { from: 1, top }), 1)) as ScoreTable[];
    expect(table.get('PCI', 2016, '22', 'total')?.value).toBe(65.5);
    expect(below.get('PCI', 2016, '22', 'total')?.value).toBe(65.595551);
    expect(table.slice('PCI', 2021, 'total')).toBe(below.slice('PCI', 2021, 'total'));
    expect(table.scores).toEqual(buildScoreTable(overlayScores(below.scores, top), defaultCatalogue).scores);
    // The version below gone from the cache: built in full, the same figures.
    const other = new QueryClient();
    const [whole] = (await readers(other, scoreTableQueryOptions('PCI', 2, top, { from: 1, top }), 1)) as ScoreTable[];
    expect(whole.scores).toEqual(table.scores);
  });
});
