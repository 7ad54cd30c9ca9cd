import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue, methodBreaksBetween } from '../catalogue/catalogue';
import { assessComponents, bottomShareStart, comparisonStats, weakAssessmentOf, weakComponents } from './weakness';

const table = loadShippedTable();
const find = (list: ReturnType<typeof assessComponents>, id: string) => list.find((a) => a.component === id)!;

describe('weak components: bottom third, below the median, falling two editions running; ordered by points lost', () => {
  it('the bottom third of 63 starts at rank 43 (21 provinces); of 64 (with Hà Tây, to 2008) at rank 44', () => {
    expect(bottomShareStart(63, 1 / 3)).toBe(43);
    expect(bottomShareStart(64, 1 / 3)).toBe(44);
  });

  it('Quảng Ninh PCI 2016: only legal institutions (5.40 vs median 5.50) and equal competition (5.00 vs 5.06) are weak, legal institutions first (0.053 vs 0.032 points)', () => {
    const weak = weakComponents(table, catalogue, 'PCI', 2016, '22');
    expect(weak.map((w) => w.component)).toEqual(['legal_institutions', 'equal_competition']);
    expect(weak[0]).toMatchObject({ value: 5.397976, rank: 35, median: 5.504911, gapToMedian: 0.106935, weight: 0.05, cost: 0.053468 });
    expect(weak[0].flags.map((f) => f.rule)).toEqual(['below-median']);
    expect(weak[0].flags[0].amount).toBe(0.106935);
    expect(weak[0].flags[0].detail.en).toBe('Score 5.40 is 0.11 points below the national median 5.50');
  });

  it('Hà Nội PCI 2016: land access costs most (0.82 points), last of 63 — 21 places into the bottom third', () => {
    const list = assessComponents(table, catalogue, 'PCI', 2016, '01');
    expect(list[0].component).toBe('land_access');
    expect(list[0].cost).toBe(0.824568);
    const flag = list[0].flags.find((f) => f.rule === 'bottom-share')!;
    expect(flag.amount).toBe(21);
    expect(flag.detail.en).toBe('Rank 63 of 63: in the bottom 33% (from rank 43), 21 places in');
    expect(list.slice(0, 3).map((a) => a.component)).toEqual(['land_access', 'informal_charges', 'legal_institutions']);
  });

  it('Hà Nội PCI 2016 legal institutions fell two editions running: 4.66 → 4.64 → 4.18 (down 0.48)', () => {
    const flag = find(assessComponents(table, catalogue, 'PCI', 2016, '01'), 'legal_institutions').flags.find((f) => f.rule === 'declining')!;
    expect(flag.amount).toBe(0.48329);
    expect(flag.detail.en).toBe('Fell 2 editions in a row: 2014: 4.66 → 2015: 4.64 → 2016: 4.18 (down 0.48)');
  });

  it('PAPI weights are 1 (unweighted sum): Quảng Ninh PAPI 2016 control of corruption costs 0.97 points (4.89 vs median 5.86), 61st', () => {
    const list = assessComponents(table, catalogue, 'PAPI', 2016, '22');
    expect(list[0]).toMatchObject({ component: 'corruption_control', value: 4.887998, rank: 61, median: 5.861181, weight: 1, cost: 0.973183 });
    expect(list[0]).toMatchObject({ best: 7.136063, bestUnit: '92', regionMedian: 5.726695, top10BasedOn: 10, change: -0.831196, rankChange: -24 });
    expect(list[0].top10Average).toBeCloseTo(6.7542288, 6);
    expect(list.map((a) => a.weak)).toEqual([true, true, true, true, true, false]);
  });

  it('rules are options: without below-median, Quảng Ninh PCI 2016 has no weak component', () => {
    expect(weakComponents(table, catalogue, 'PCI', 2016, '22', { belowMedian: false })).toEqual([]);
  });

  it('a partial year withholds national statistics: PCI 2019 (30 of 63 sub-index scores) has no median, best or cost for Quảng Ninh', () => {
    const list = assessComponents(table, catalogue, 'PCI', 2019, '22');
    const entry = find(list, 'entry_costs');
    expect(entry).toMatchObject({ value: 7.16, rank: 36, rankBasis: 'official', median: null, best: null, cost: null, statsWithheld: true });
    expect(entry.basedOn).toEqual({ loaded: 30, expected: 63, complete: false });
    expect(list.every((a) => a.flags.every((f) => f.rule !== 'below-median'))).toBe(true);
  });

  it('a rank among loaded provinces never fires the bottom-third rule: PCI 2019 legal institutions rank 5 is among-loaded', () => {
    const legal = find(assessComponents(table, catalogue, 'PCI', 2019, '22'), 'legal_institutions');
    expect(legal.rankBasis).toBe('among-loaded');
    expect(legal.flags.some((f) => f.rule === 'bottom-share')).toBe(false);
  });

  it('weights unknown before PCI 2013: cost is null, priority falls back to the gap — Hà Nội PCI 2010: land access 3.10 below the median, then proactivity 2.06, time costs 0.86, informal charges 0.55, entry costs 0.52, transparency 0.20', () => {
    const list = assessComponents(table, catalogue, 'PCI', 2010, '01');
    expect(list.every((a) => a.weight === null && a.cost === null)).toBe(true);
    const weak = list.filter((a) => a.weak && a.gapToMedian !== null && a.gapToMedian > 0);
    expect(weak.map((a) => [a.component, Number(a.gapToMedian!.toFixed(2))])).toEqual([
      ['land_access', 3.1],
      ['proactivity', 2.06],
      ['time_costs', 0.86],
      ['informal_charges', 0.55],
      ['entry_costs', 0.52],
      ['transparency', 0.2],
    ]);
    expect(list.slice(0, weak.length)).toEqual(weak);
  });
});

describe('comparisonStats (shared by weakness, profile and the trend chart)', () => {
  it('PCI 2016 entry costs, all 63 loaded: national median 8.53, best Quảng Ninh 9.28', () => {
    const stats = comparisonStats(table, catalogue, 'PCI', 2016, 'entry_costs', 'Đồng bằng sông Hồng');
    expect(stats.statsAllowed).toBe(true);
    expect(stats.median).toBeCloseTo(8.53, 2);
    expect(stats.bestUnit).toBe('22');
    expect(stats.best).toBeCloseTo(9.28, 2);
  });
  it('PCI 2021 composite, 27 of 63 loaded: the median is withheld, the best is VCCI’s printed first (Quảng Ninh 73.02)', () => {
    const stats = comparisonStats(table, catalogue, 'PCI', 2021, 'total', 'Đồng bằng sông Hồng');
    expect(stats.statsAllowed).toBe(false);
    expect(stats.median).toBeNull();
    expect(stats.regionMedian).toBeNull();
    expect([stats.bestUnit, stats.best]).toEqual(['22', 73.02]);
  });
});

describe('weakAssessment: complete, partial or not assessed — never "none weak" when the rules could not run', () => {
  it('PAPI 2022 Quảng Ninh, not ranked by PAPI in 2021: falling in a row is withheld as "không được xếp hạng trong PAPI 2021", never as missing figures', () => {
    const d = weakAssessmentOf(assessComponents(table, catalogue, 'PAPI', 2022, '22'));
    expect(d.status).toBe('partial');
    const declining = d.rulesWithheld.find((w) => w.rule === 'declining')!;
    expect(declining.reason.vi).toBe('không được xếp hạng trong PAPI 2021 (không phải thiếu số liệu) nên không xét được giảm liên tiếp');
    expect(d.summary.vi).not.toContain('thiếu số liệu của tỉnh');
  });

  it('PCI 2016 Quảng Ninh (63 of 63 loaded): complete, all three rules applied to every component', () => {
    const d = weakAssessmentOf(assessComponents(table, catalogue, 'PCI', 2016, '22'));
    expect(d.status).toBe('complete');
    expect(d.rulesApplied.sort()).toEqual(['below-median', 'bottom-share', 'declining']);
    expect(d.rulesWithheld).toEqual([]);
  });

  it('PCI 2022 Quảng Ninh (10 of 63 have component figures): partial — falling in a row runs on its own series across the weights-only 2022 break (time costs 8.53 → 8.52 → 7.89), but not for the renamed business support; the national median and national ranks are withheld', () => {
    const list = assessComponents(table, catalogue, 'PCI', 2022, '22');
    const d = weakAssessmentOf(list);
    expect(d.status).toBe('partial');
    expect(d.rulesApplied).toEqual(['declining']);
    const withheld = Object.fromEntries(d.rulesWithheld.map((w) => [w.rule, w]));
    expect(withheld['below-median'].reason.en).toContain('of 63 provinces have component figures');
    expect(withheld['bottom-share'].reason.en).toContain('no national rank');
    expect(withheld.declining.reason.en).toContain('method break 2022');
    expect(withheld.declining.components).toEqual(['business_support']);
    expect(find(list, 'time_costs').flags).toMatchObject([{ rule: 'declining', amount: 0.64 }]);
    expect(d.summary.en).toMatch(/^Only partly assessed \(applied: falling in a row\), because /);
  });

  it('a method break without a component list touches every component; the PCI 2022 break touches only the composite and business support', () => {
    const pci = catalogue.indices.find((i) => i.id === 'PCI')!;
    expect(methodBreaksBetween(pci, 2012, 2013, 'land_access').map((b) => b.year)).toEqual([2013]);
    expect(methodBreaksBetween(pci, 2020, 2022, 'time_costs')).toEqual([]);
    expect(methodBreaksBetween(pci, 2020, 2022, 'business_support').map((b) => b.year)).toEqual([2022]);
    expect(methodBreaksBetween(pci, 2020, 2022, 'total').map((b) => b.year)).toEqual([2022]);
    expect(methodBreaksBetween(pci, 2020, 2022).map((b) => b.year)).toEqual([2022]);
  });

  it('PCI 2021 Hậu Giang (27 of 63): partial — its own three editions 2019–2021 are checked for falls (transparency 6.56 → 5.31 → 4.53), the median is withheld', () => {
    const list = assessComponents(table, catalogue, 'PCI', 2021, '93');
    const d = weakAssessmentOf(list);
    expect(d.status).toBe('partial');
    expect(d.rulesApplied).toEqual(['declining']);
    expect(list.find((a) => a.component === 'transparency')!.flags.map((f) => f.rule)).toEqual(['declining']);
    expect(d.summary.en).toMatch(/^Only partly assessed \(applied: falling in a row\), because /);
  });

  it('no component figures loaded (PCI 2023 Hà Giang): not assessed, saying so', () => {
    const d = weakAssessmentOf(assessComponents(table, catalogue, 'PCI', 2023, '02'));
    expect(d.status).toBe('not-assessed');
    expect(d.summary.en).toBe("Not assessed, because none of the province's component scores is loaded");
  });
});
