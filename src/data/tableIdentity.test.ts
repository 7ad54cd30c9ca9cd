import { describe, expect, it } from 'vitest';
import { replaceEqualDeep } from '@tanstack/query-core';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import type { Score } from '@/domain/catalogue/types';
import { buildScoreTable, combineTables, memoOnTable } from '@/domain/table/dataset';

const figures: Score[] = [
  { index: 'PCI', year: 2016, unit: '22', component: 'total', value: 65.595551, officialRank: 2, source: 'test' },
  { index: 'PAPI', year: 2022, unit: '22', component: 'total', value: 44.9, officialRank: null, source: 'test' },
];

describe('a score table is a value with an identity, never deep-compared', () => {
  it('two tables over the same figures are two values: TanStack Query’s structural sharing keeps the new one instead of walking a million figures', () => {
    const a = buildScoreTable(figures, defaultCatalogue);
    const b = buildScoreTable(figures, defaultCatalogue);
    expect(replaceEqualDeep(a, b)).toBe(b);
    expect(replaceEqualDeep({ table: a }, { table: b }).table).toBe(b);
    const combined = combineTables([buildScoreTable([figures[0]], defaultCatalogue), buildScoreTable([figures[1]], defaultCatalogue)], defaultCatalogue);
    expect(combined.get('PCI', 2016, '22', 'total')?.value).toBe(65.595551);
    expect(combined.indices()).toEqual(['PCI', 'PAPI']);
    expect(replaceEqualDeep(combined, combineTables([buildScoreTable([figures[0]], defaultCatalogue), buildScoreTable([figures[1]], defaultCatalogue)], defaultCatalogue))).not.toBe(combined);
  });

  it('a fact derived from a table is computed once per table and key; a new table computes it again', () => {
    const a = buildScoreTable(figures, defaultCatalogue);
    let runs = 0;
    const median = () => memoOnTable(a, 'PCI|2016|total|median', () => ++runs);
    expect(median()).toBe(1);
    expect(median()).toBe(1);
    expect(memoOnTable(buildScoreTable(figures, defaultCatalogue), 'PCI|2016|total|median', () => ++runs)).toBe(2);
  });
});
