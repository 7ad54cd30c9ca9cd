import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCatalogue } from '../catalogue/catalogue';
import { decodeCompactScores, encodeCompactScores, isCompactScores } from './compactScores';
import { parseScoresCsv } from '../import/parse';

const file = 'pci-2005-2016-vcci-workbooks.csv';
const parsed = parseScoresCsv(readFileSync(resolve(__dirname, '../../../data/scores', file), 'utf8'), file, defaultCatalogue, { source: file });

describe('compact score form', () => {
  it('gives back every figure of the PCI 2005–2016 workbooks field for field (Quảng Ninh 2016: 65.595551, rank 2, "Rất tốt")', () => {
    const compact = JSON.parse(JSON.stringify(encodeCompactScores('PCI', [file], parsed.rows)));
    expect(isCompactScores(compact)).toBe(true);
    const back = decodeCompactScores(compact);
    expect(back).toEqual(parsed.rows);
    expect(back.find((s) => s.year === 2016 && s.unit === '22' && s.component === 'total')).toMatchObject({ value: 65.595551, officialRank: 2, tier: 'Rất tốt' });
  });

  it('keeps a missing score missing (null), never 0', () => {
    const compact = JSON.parse(JSON.stringify(encodeCompactScores('PCI', ['x'], [{ index: 'PCI', year: 2021, unit: '22', component: 'total', value: null, officialRank: 1, tier: null, source: 'x', note: 'rank only' }])));
    expect(decodeCompactScores(compact)).toEqual([{ index: 'PCI', year: 2021, unit: '22', component: 'total', value: null, officialRank: 1, tier: null, source: 'x', note: 'rank only' }]);
  });

  it('refuses to mix indices in one file', () => {
    expect(() => encodeCompactScores('PCI', [], [{ index: 'PAPI', year: 2024, unit: '22', component: 'total', value: 45, officialRank: null, source: 'x' }])).toThrow(/PAPI/);
  });
});
