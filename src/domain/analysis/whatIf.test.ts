import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue } from '../catalogue/catalogue';
import { findTargets, STRATEGY_LABELS } from './targetFinder';
import { readRequest, simulate } from './whatIf';

const table = loadShippedTable();
const HA_GIANG = '02';
const QUANG_NINH = '22';

describe('what-if: the composite under the edition’s weights, linear from the published composite', () => {
  it('PCI 2016 Hà Giang, land access +0.5: 55.40 → 55.65 (5 % weight × 10 × 0.5) and 58th instead of 59th, a national rank (2016 is complete)', () => {
    const r = simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { land_access: { delta: 0.5 } });
    expect(r.supported).toBe(true);
    expect(r.baseComposite).toBeCloseTo(55.4, 2);
    expect(r.composite).toBeCloseTo(55.65, 2);
    expect(r.compositeChange).toBeCloseTo(0.25, 6);
    expect(r.rank).toBe(58);
    expect(r.rankBasis).toBe('computed-national');
    expect(r.changes).toMatchObject([{ component: 'land_access', delta: 0.5, clampedBy: null, contribution: 0.25 }]);
  });

  it('PCI 2022 Quảng Ninh, business support +1: composite +1.5 under the 2022 weights (15 %), not +2.0 as under 2013–2021 (20 %); 2022 is partial, but 74.45 passes the printed 1st, so 1st is national (rank.ts reads the printed ranks)', () => {
    const r = simulate(table, defaultCatalogue, 'PCI', 2022, QUANG_NINH, { business_support: { delta: 1 } });
    expect(r.baseComposite).toBe(72.95);
    expect(r.compositeChange).toBeCloseTo(1.5, 6);
    expect(r.composite).toBeCloseTo(74.45, 6);
    expect(r.rank).toBe(1);
    expect(r.rankBasis).toBe('computed-national');
    // A smaller change on a partial edition with room between the printed ranks stays a rank among the loaded, marked.
    const small = simulate(table, defaultCatalogue, 'PCI', 2021, '93', { business_support: { delta: 0.1 } });
    expect(small.rankBasis).toBe('among-loaded');
    const under2016 = simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { business_support: { delta: 1 } });
    expect(under2016.compositeChange).toBeCloseTo(2, 6);
  });

  it('a change is bounded by the best score any province reached that edition: Hà Giang PCI 2016 labour training +9 stops at the best province’s score', () => {
    const r = simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { labour_training: { delta: 9 } });
    const best = Math.max(...table.slice('PCI', 2016, 'labour_training').map((s) => s.value as number));
    expect(r.changes[0].clampedBy).toBe('best');
    expect(r.changes[0].to).toBeCloseTo(best, 6);
    expect(r.levers.find((l) => l.component === 'labour_training')!.headroom).toBeCloseTo(best - 4.734142, 6);
  });

  it('and downwards by the scale (0): land access −20 stops at 0', () => {
    const r = simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { land_access: { delta: -20 } });
    expect(r.changes[0]).toMatchObject({ to: 0, clampedBy: 'scale' });
  });

  it('PAPI 2019 (complete) is the plain sum of its dimensions: +1 on a dimension is +1 on the aggregate, tier by recomputed quartiles', () => {
    const base = table.get('PAPI', 2019, HA_GIANG, 'total')!.value as number;
    const r = simulate(table, defaultCatalogue, 'PAPI', 2019, HA_GIANG, { e_governance: { delta: 0.3 } });
    expect(r.composite).toBeCloseTo(base + 0.3, 6);
    expect(r.tier?.basis).toBe('quartile');
  });

  it('PAR INDEX, SIPAS and PCI before 2013 have no known composite function: nothing changed gives the edition\'s own figures, a change is refused with the reason and nothing invented', () => {
    for (const [index, year, unit, component] of [['PAR', 2022, '01', 'direction'], ['SIPAS', 2022, QUANG_NINH, 'access'], ['PCI', 2010, QUANG_NINH, 'entry_costs']] as const) {
      const own = simulate(table, defaultCatalogue, index, year, unit, {});
      expect(own.supported).toBe(false);
      expect(own.refused).toBe(false);
      expect(own.composite).toBe(table.get(index, year, unit, 'total')!.value);
      const r = simulate(table, defaultCatalogue, index, year, unit, { [component]: { delta: 1 } });
      expect(r.refused).toBe(true);
      expect(r.composite).toBe(own.composite);
      expect(r.compositeChange).toBe(0);
      expect(r.reason?.en).toMatch(/not a known function/);
    }
  });

  it('PCI tiers are only printed: with nothing changed the printed tier; a changed composite is read from the lowest score printed in each group (an estimate, labelled)', () => {
    expect(simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, {}).tier).toMatchObject({ basis: 'printed', label: { id: 'relatively_low' } });
    const r = simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { land_access: { delta: 0.1 } });
    expect(r.tier?.basis).toBe('observed-floor');
    expect(r.tier?.label.id).toBe('relatively_low');
  });

  it('reads "+0.5", "-1", "0,25" as changes and "6.2" as a value', () => {
    expect(readRequest('+0.5')).toEqual({ delta: 0.5 });
    expect(readRequest('-1')).toEqual({ delta: -1 });
    expect(readRequest('+0,25')).toEqual({ delta: 0.25 });
    expect(readRequest('6.2')).toEqual({ value: 6.2 });
    expect(readRequest('abc')).toBeNull();
  });
});

describe('target finder: the smallest sets of component improvements that reach a rank', () => {
  it('Hà Giang PCI 2016 "top 50": 2–3 alternatives, each re-simulated reaches rank ≤ 50 nationally, never above the best province’s score', () => {
    const search = findTargets(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { kind: 'rank', rank: 50 });
    expect(search.reachable).toBe(true);
    expect(search.alreadyMet).toBe(false);
    expect(search.proposals.length).toBeGreaterThanOrEqual(2);
    expect(search.proposals.length).toBeLessThanOrEqual(3);
    for (const p of search.proposals) {
      const again = simulate(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, Object.fromEntries(p.changes.map((c) => [c.component, { value: c.to }])));
      expect(again.rank).toBeLessThanOrEqual(50);
      expect(again.rankBasis).toBe('computed-national');
      expect(again.composite).toBeGreaterThanOrEqual(search.required!);
      for (const c of p.changes) {
        const best = Math.max(...table.slice('PCI', 2016, c.component).map((s) => s.value as number));
        expect(c.to).toBeLessThanOrEqual(best + 1e-9);
        expect(Math.round(c.to * 100) / 100).toBe(c.to);
      }
    }
    expect(STRATEGY_LABELS[search.proposals[0].strategy].en).toBe('Fewest components');
    // The fewest-components proposal uses no more components than any other.
    expect(search.proposals[0].changes.length).toBe(Math.min(...search.proposals.map((p) => p.changes.length)));
  });

  it('the composite needed for rank N is the N-th best among the other provinces', () => {
    const search = findTargets(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { kind: 'rank', rank: 50 });
    const others = table
      .slice('PCI', 2016, 'total')
      .filter((s) => s.unit !== HA_GIANG)
      .map((s) => s.value as number)
      .sort((a, b) => b - a);
    expect(search.required).toBe(others[49]);
  });

  it('a rank already held is met without proposals; a goal beyond every component at the best score is unreachable', () => {
    expect(findTargets(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { kind: 'rank', rank: 60 }).alreadyMet).toBe(true);
    // Quảng Trị PCI 2022 (partial year): among the 10 loaded, the best loaded scores bound the proposal.
    const far = findTargets(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { kind: 'rank', rank: 1 });
    expect(far.maxComposite).not.toBeNull();
    expect(far.reachable).toBe(far.maxComposite! >= (table.get('PCI', 2016, QUANG_NINH, 'total')!.value as number));
    if (!far.reachable) expect(far.proposals).toEqual([]);
  });

  it('a tier target: Hà Giang PCI 2016 reaching "Trung bình" (average), by the lowest score printed in that group', () => {
    const search = findTargets(table, defaultCatalogue, 'PCI', 2016, HA_GIANG, { kind: 'tier', tier: 'average' });
    expect(search.reachable).toBe(true);
    for (const p of search.proposals) expect(['average', 'fairly_good', 'good', 'very_good']).toContain(p.result.tier?.label.id);
  });
});
