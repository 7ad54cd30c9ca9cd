import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue } from '../catalogue/catalogue';
import { formatGap, gapDigits, gapsOf } from './gap';

const table = loadShippedTable();

describe('gap to the next rank, tier and top', () => {
  it('PCI 2016 Tây Ninh is 0.00116 behind Ninh Bình (19th), printed "0,0012", exact on a complete edition', () => {
    const g = gapsOf(table, defaultCatalogue, 'PCI', 2016, '72');
    expect(g.nextRank).toMatchObject({ unit: '37', targetRank: 19, exact: true });
    expect(g.nextRank!.gap).toBeCloseTo(0.00116, 6);
    expect(formatGap(g.nextRank!.gap, 'vi')).toBe('0,0012');
  });
});

describe('formatGap: a gap that is not zero never reads as zero', () => {
  it('0.0012 reads "0,0012" in Vietnamese and "0.0012" in English, never "0,00"', () => {
    expect(formatGap(0.0012, 'vi')).toBe('0,0012');
    expect(formatGap(0.0012, 'en')).toBe('0.0012');
    expect(gapDigits(0.0012)).toBe(4);
  });
  it('ordinary gaps keep 2 decimals; zero is "0,00"; below 0.0001 reads "< 0,0001"; unknown is "—"', () => {
    expect(formatGap(2.615, 'vi')).toBe('2,62');
    expect(formatGap(0, 'vi')).toBe('0,00');
    expect(formatGap(0.00001, 'vi')).toBe('< 0,0001');
    expect(formatGap(null, 'vi')).toBe('—');
  });
});
