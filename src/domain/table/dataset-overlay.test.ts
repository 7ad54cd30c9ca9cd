import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { seededRandom } from '../analysis/seeded';
import { buildScoreTable, buildScoreTableInSlices, overlayScores, overlayScoresInSlices, overlayTable, type ScoreTable } from './dataset';
import type { Score } from '../catalogue/types';

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

describe('building in slices (how the page indexes a large import)', () => {
  it('buildScoreTableInSlices and overlayScoresInSlices give the same table as the one-go build', async () => {
    const base: Score[] = [];
    const top: Score[] = [];
    for (let i = 0; i < 500; i++) {
      const unit = String((i % 63) + 1).padStart(2, '0');
      base.push({ index: 'PCI', year: 2000 + Math.floor(i / 63), unit, component: 'total', value: i / 10, officialRank: null, tier: null, source: 'base' });
      if (i % 3 === 0) top.push({ index: 'PCI', year: 2000 + Math.floor(i / 63), unit, component: 'total', value: i, officialRank: null, tier: null, source: 'top' });
    }
    let pauses = 0;
    const pause = async () => void pauses++;
    const merged = await overlayScoresInSlices(base, top, pause, 40);
    expect(merged).toEqual(overlayScores(base, top));
    const sliced = await buildScoreTableInSlices(merged, defaultCatalogue, pause, 100);
    const whole = buildScoreTable(merged, defaultCatalogue);
    expect(pauses).toBeGreaterThan(5);
    for (const y of whole.years('PCI')) {
      expect(sliced.slice('PCI', y, 'total')).toEqual(whole.slice('PCI', y, 'total'));
      expect(sliced.coverage('PCI', y)).toEqual(whole.coverage('PCI', y));
    }
    expect(sliced.get('PCI', 2003, '01', 'total')?.source).toBe('top');
  });
});

describe('overlayTable: a new import laid over a built table re-indexes only what it touches', () => {
  const shipped = loadShippedTable();
  /** Every question a view asks of a table, answered for every edition and component of both tables. */
  const answers = (t: ScoreTable) =>
    t.indices().map((index) => ({
      index,
      years: t.years(index).map((year) => ({
        year,
        components: t.components(index, year),
        units: t.units(index, year),
        slices: t.components(index, year).map((c) => ({ c, slice: t.slice(index, year, c), coverage: t.coverage(index, year, c), got: t.units(index, year).map((u) => t.get(index, year, u, c)) })),
      })),
    }));
  it('equals the full build over all shipped data, for 40 seeded imports (replacing, adding, new editions, new sub-indices, emptying a slice)', () => {
    const random = seededRandom(18);
    const all = shipped.scores;
    for (let n = 0; n < 40; n++) {
      const top: Score[] = [];
      const size = 1 + Math.floor(random() * (n % 8 === 0 ? 200 : 4));
      for (let i = 0; i < size; i++) {
        const from = all[Math.floor(random() * all.length)];
        const kind = random();
        // A figure replaced, one for a new year, one for a sub-index the edition does not have, or a whole slice.
        if (kind < 0.6) top.push({ ...from, value: Math.round(random() * 10000) / 100, source: `import ${n}` });
        else if (kind < 0.75) top.push({ ...from, year: 2030 + (n % 3), source: `import ${n}` });
        else if (kind < 0.9) top.push({ ...from, component: `new_${n % 4}`, source: `import ${n}` });
        else for (const s of shipped.slice(from.index, from.year, from.component)) top.push({ ...s, value: null, source: `import ${n}` });
      }
      const base = n % 2 ? shipped : buildScoreTable(overlayScores(all, top.slice(0, 1)), defaultCatalogue);
      const patched = overlayTable(base, top, defaultCatalogue);
      const whole = buildScoreTable(overlayScores(base.scores, top), defaultCatalogue);
      expect(patched.scores).toEqual(whole.scores);
      expect(answers(patched)).toEqual(answers(whole));
    }
  });
  it('shares the slices it does not touch, and leaves the table it was laid over as it was', () => {
    const before = shipped.slice('PAPI', 2022, 'total');
    const patched = overlayTable(shipped, [s('22', 'total', 60.01, null, 'import')], defaultCatalogue);
    expect(patched.slice('PAPI', 2022, 'total')).toBe(before);
    expect(patched.get('PCI', 2021, '22', 'total')?.value).toBe(60.01);
    expect(shipped.get('PCI', 2021, '22', 'total')?.value).toBe(73.02);
  });
});
