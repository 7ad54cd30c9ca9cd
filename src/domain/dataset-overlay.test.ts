import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './catalogue';
import { buildScoreTable, overlayScores } from './dataset';
import type { Score } from './types';

const s = (unit: string, component: string, value: number | null, officialRank: number | null = null, source = 'shipped'): Score => ({ index: 'PCI', year: 2021, unit, component, value, officialRank, source });

describe('overlayScores: a confirmed import lies over the shipped figures, key by key', () => {
  const shipped = [s('22', 'total', 73.02, 1), s('22', 'entry_costs', 7.98, 1), s('46', 'total', 69.24, 8)];
  const imported = [s('46', 'total', 69.42, 8, 'import'), s('24', 'total', 64.74, 31, 'import')];
  const table = buildScoreTable(overlayScores(shipped, imported), defaultCatalogue);
  it('TT-Huế takes the imported 69.42; Quảng Ninh keeps 73.02 and its sub-index; Bắc Giang 64.74 is added', () => {
    expect(table.get('PCI', 2021, '46', 'total')).toMatchObject({ value: 69.42, source: 'import' });
    expect(table.get('PCI', 2021, '22', 'total')?.value).toBe(73.02);
    expect(table.get('PCI', 2021, '22', 'entry_costs')?.value).toBe(7.98);
    expect(table.get('PCI', 2021, '24', 'total')?.value).toBe(64.74);
    expect(table.slice('PCI', 2021, 'total').map((x) => x.unit).sort()).toEqual(['22', '24', '46']);
    expect(table.coverage('PCI', 2021)).toEqual({ loaded: 3, expected: 63, complete: false });
  });
  it('the same key in another year or component is not overlaid', () => {
    const other = overlayScores([s('46', 'entry_costs', 7.02)], [s('46', 'total', 69.42)]);
    expect(other.map((x) => x.component)).toEqual(['entry_costs', 'total']);
  });
});
