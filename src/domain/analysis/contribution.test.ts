import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue, findComponent, getIndex } from '../catalogue/catalogue';
import { componentWeight } from './composite';
import { explainRankMove } from './contribution';

const table = loadShippedTable();
const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

describe('why the rank moved: weighted contributions that add up to the composite change, and the gaps left', () => {
  it('PCI composite = 10 × Σ weight × sub-index; PAPI weights are 1', () => {
    const pci = getIndex(catalogue, 'PCI');
    expect(componentWeight(pci, findComponent(pci, 'transparency')!, 2016)).toEqual({ weight: 0.2, factor: 10 });
    expect(componentWeight(pci, findComponent(pci, 'transparency')!, 2022)).toEqual({ weight: 0.05, factor: 10 });
    expect(componentWeight(pci, findComponent(pci, 'transparency')!, 2012).weight).toBeNull();
    const papi = getIndex(catalogue, 'PAPI');
    expect(componentWeight(papi, findComponent(papi, 'participation')!, 2020)).toEqual({ weight: 1, factor: 1 });
  });

  it('Quảng Ninh PCI 2015 → 2016: the contributions sum to the composite change −0.15 within 0.02', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2016, '22');
    expect(move.baseYear).toBe(2015);
    expect(move.compositeChange).toBe(-0.150848);
    expect(Math.abs(sum(move.contributions.map((c) => c.contribution)) - move.compositeChange!)).toBeLessThan(0.02);
    expect(move.comparable).toBe(true);
    expect(move.reweighting).toBe(0);
  });

  it('Quảng Ninh PCI 2016: business support added most (+0.34 × 20 % × 10 = +0.68), transparency took most (−0.51)', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2016, '22');
    const by = Object.fromEntries(move.contributions.map((c) => [c.component, c]));
    expect(by.business_support).toEqual({ component: 'business_support', weight: 0.2, change: 0.337525, contribution: 0.67505 });
    expect(by.transparency.contribution).toBe(-0.508574);
    expect(by.labour_training.contribution).toBe(-0.497858);
  });

  it('Quảng Ninh PCI 2016: 2nd, 4.41 points behind Đà Nẵng (next rank up and the top)', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2016, '22');
    expect(move.rank).toBe(2);
    expect(move.baseRank).toBe(3);
    expect(move.gapToNextRank).toEqual({ unit: '48', gap: 4.405845, targetRank: 1, targetRankBasis: 'official', exact: true, nextRank: 1, boundReason: null });
    expect(move.gapToTop).toBe(4.405845);
    expect(move.gapToNextTier).toBeNull();
  });

  it('the contributions sum to the change for every province, PCI 2014 → 2015 and PAPI 2019 → 2020, within 0.02', () => {
    for (const [index, year] of [['PCI', 2015], ['PAPI', 2020], ['PAPI', 2016]] as const) {
      for (const s of table.slice(index, year, 'total')) {
        const move = explainRankMove(table, catalogue, index, year, s.unit);
        if (move.compositeChange === null || !move.comparable) continue;
        expect(Math.abs(sum(move.contributions.map((c) => c.contribution)) - move.compositeChange), `${index} ${year} ${s.unit}`).toBeLessThan(0.02);
      }
    }
  });

  it('Quảng Ninh PAPI 2019 → 2020: +2.15 = sum of eight dimension changes; corruption control added most (+0.65)', () => {
    const move = explainRankMove(table, catalogue, 'PAPI', 2020, '22');
    expect(move.compositeChange).toBe(2.148591);
    expect(move.contributions).toHaveLength(8);
    expect(Math.abs(sum(move.contributions.map((c) => c.contribution)) - 2.148591)).toBeLessThan(0.02);
    expect(move.contributions.find((c) => c.component === 'corruption_control')).toEqual({ component: 'corruption_control', weight: 1, change: 0.647629, contribution: 0.647629 });
    expect(move.gapToTop).toBe(0);
    expect(move.gapToNextRank).toBeNull();
  });

  it('Quảng Ninh PAPI 2016 (62nd): 0.22 behind Kiên Giang, 1.78 below the low-average quartile, 6.59 behind the top', () => {
    const move = explainRankMove(table, catalogue, 'PAPI', 2016, '22');
    expect(move.gapToNextRank).toMatchObject({ unit: '91', gap: 0.218004, exact: true });
    expect(move.gapToNextTier?.tier.id).toBe('q3');
    expect(move.gapToNextTier?.basis).toBe('quartile');
    expect(move.gapToNextTier?.gap).toBe(1.781486);
    expect(move.gapToTop).toBe(6.593509);
  });

  it('PCI 2021 Hậu Giang (38th printed): the nearest loaded province above is Đồng Nai (22nd), so 1.95 is only an upper bound on the gap to the 37th', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2021, '93');
    expect(move.rank).toBe(38);
    const gap = move.gapToNextRank!;
    expect(gap.nextRank).toBe(37);
    if (gap.targetRank === 37) expect(gap.exact).toBe(true);
    else {
      expect(gap).toMatchObject({ exact: false, targetRankBasis: 'official', boundReason: 'next-rank-not-loaded' });
      expect(gap.targetRank).toBeLessThan(37);
    }
  });

  it('PAR INDEX 2023 Quảng Nam (56th): the gap is not presented as the gap to the 55th unless the 55th is loaded', () => {
    const move = explainRankMove(table, catalogue, 'PAR', 2023, '49');
    if (move.rank !== null && move.gapToNextRank) {
      expect(move.gapToNextRank.exact).toBe(move.gapToNextRank.targetRank === move.rank - 1);
    }
  });

  it('ties in the nearest rank above leave no rank between: ranks 5, 5 then 7 → the gap from the 7th to the 5th is exact', async () => {
    const { buildScoreTable } = await import('../table/dataset');
    const s = (unit: string, value: number, officialRank: number) => ({ index: 'PAR', year: 2023, unit, component: 'total', value, officialRank, source: 't' });
    const partial = buildScoreTable([s('01', 90, 5), s('31', 90, 5), s('22', 88, 7)], catalogue);
    expect(explainRankMove(partial, catalogue, 'PAR', 2023, '22', null).gapToNextRank).toMatchObject({ targetRank: 5, gap: 2, exact: true });
    const gapped = buildScoreTable([s('01', 90, 5), s('22', 88, 7)], catalogue);
    expect(explainRankMove(gapped, catalogue, 'PAR', 2023, '22', null).gapToNextRank).toMatchObject({ targetRank: 5, exact: false, nextRank: 6 });
  });

  it('across the PCI 2022 method break: new weights are reported as reweighting, and the move is not comparable', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2022, '22');
    expect(move.methodBreaks.map((b) => b.year)).toEqual([2022]);
    expect(move.comparable).toBe(false);
    expect(move.reweighting).toBe(5.68);
    expect(move.contributions.find((c) => c.component === 'business_support')).toMatchObject({ weight: 0.15, change: -1.15, contribution: -1.725 });
  });

  it('weights unknown (PCI 2012): contributions are null, not 0', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2012, '22');
    expect(move.contributions.length).toBeGreaterThan(0);
    expect(move.contributions.every((c) => c.weight === null && c.contribution === null && c.change !== null)).toBe(true);
    expect(move.residual).toBeNull();
    expect(move.comparable).toBe(false);
  });

  it('no base year, no change', () => {
    const move = explainRankMove(table, catalogue, 'PCI', 2016, '22', null);
    expect(move.compositeChange).toBeNull();
    expect(move.contributions.every((c) => c.contribution === null)).toBe(true);
  });
});
