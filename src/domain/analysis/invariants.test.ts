/**
 * Invariants over all shipped data (issue 18): the figures a user sees do not depend on which view computed them.
 * - The what-if with nothing changed is the analysis: composite, rank, rank basis and tier, for every index,
 *   edition and province with a composite — and it never refuses when nothing is asked.
 * - Every target-finder proposal, re-simulated on its own, reaches its goal (rank goals and tier goals).
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue, getIndex } from '../catalogue/catalogue';
import { rankTable } from './changes';
import { reachesGoal, findTargets, type TargetGoal } from './targetFinder';
import { simulate } from './whatIf';

const table = loadShippedTable();
const catalogue = defaultCatalogue;

const editions = table.indices().flatMap((index) => table.years(index).filter((year) => table.components(index, year).includes('total')).map((year) => ({ index, year })));

describe('the what-if with nothing changed equals the analysis, over all shipped data', () => {
  it('covers every index with a composite', () => {
    expect(new Set(editions.map((e) => e.index))).toEqual(new Set(['PCI', 'PAPI', 'PAR', 'SIPAS', ...editions.map((e) => e.index).filter((i) => !['PCI', 'PAPI', 'PAR', 'SIPAS'].includes(i))]));
    expect(editions.length).toBeGreaterThan(30);
  });

  for (const { index, year } of editions) {
    it(`${index} ${year}: value, rank, rank basis and tier of every province`, () => {
      const rows = rankTable(table, catalogue, index, year, 'total').rows.filter((r) => r.value !== null);
      expect(rows.length).toBeGreaterThan(0);
      const differ: string[] = [];
      for (const row of rows) {
        const w = simulate(table, catalogue, index, year, row.unit, {});
        const seen = { value: w.composite, rank: w.rank, basis: w.rankBasis, tier: w.tier?.label.id ?? null, refused: w.refused };
        const want = { value: row.value, rank: row.rank, basis: row.rankBasis, tier: row.tier?.id ?? null, refused: false };
        if (JSON.stringify(seen) !== JSON.stringify(want)) differ.push(`${row.unit}: what-if ${JSON.stringify(seen)} ≠ analysis ${JSON.stringify(want)}`);
      }
      expect(differ).toEqual([]);
    });
  }
});

describe('every target-finder proposal re-simulates to its goal, over all shipped data', () => {
  let proposalCount = 0;
  const supported = editions.filter(({ index, year }) => simulate(table, catalogue, index, year, table.slice(index, year, 'total').find((s) => s.value !== null)!.unit, {}).supported);

  it('the editions whose composite is a known function of its components include PCI 2013–2024 and PAPI', () => {
    const ids = supported.map((e) => `${e.index} ${e.year}`);
    expect(ids).toEqual(expect.arrayContaining(['PCI 2013', 'PCI 2021', 'PCI 2024', 'PAPI 2022']));
  });

  for (const { index, year } of supported) {
    it(`${index} ${year}: five places up, and the next tier up, for every province`, () => {
      const ix = getIndex(catalogue, index);
      const order = (ix.tiers.labels ?? []).map((l) => l.id);
      const rows = rankTable(table, catalogue, index, year, 'total').rows.filter((r) => r.value !== null && r.rank !== null);
      const failures: string[] = [];
      let proposals = 0;
      for (const row of rows) {
        const goals: TargetGoal[] = [];
        if ((row.rank as number) > 1) goals.push({ kind: 'rank', rank: Math.max(1, (row.rank as number) - 5) });
        const tierAt = row.tier ? order.indexOf(row.tier.id) : -1;
        if (tierAt > 0) goals.push({ kind: 'tier', tier: order[tierAt - 1] });
        for (const goal of goals) {
          const search = findTargets(table, catalogue, index, year, row.unit, goal);
          for (const p of search.proposals) {
            proposals++;
            const again = simulate(table, catalogue, index, year, row.unit, Object.fromEntries(p.changes.map((c) => [c.component, { value: c.to }])));
            if (!reachesGoal(again, goal, order)) failures.push(`${row.unit} ${JSON.stringify(goal)} ${p.strategy}: re-simulated ${again.composite} rank ${again.rank} tier ${again.tier?.label.id}`);
            if (again.composite !== p.result.composite) failures.push(`${row.unit} ${p.strategy}: proposal says ${p.result.composite}, re-simulation ${again.composite}`);
          }
        }
      }
      expect(failures).toEqual([]);
      proposalCount += proposals;
    });
  }

  it('proposals were made and checked (PGI 2024 and the like may have none: too few provinces loaded)', () => {
    expect(proposalCount).toBeGreaterThan(1000);
  });
});
