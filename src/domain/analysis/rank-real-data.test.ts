/**
 * Ranks computed from scores reproduce the published ranks, year by year, on the shipped data.
 * - A full year: the competition rank of every province equals its printed rank.
 * - A partial year: where the published ranks form a contiguous top block 1..k, ranks computed
 *   within that block are identical (the rest of the country cannot change a top-k order).
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue, findComponent, getIndex } from '../catalogue/catalogue';
import { competitionRanks } from './rank';
import type { Score } from '../catalogue/types';

const table = loadShippedTable();

interface Case {
  index: string;
  year: number;
  component: string;
  printed: number;
  full: boolean;
}

const cases: Case[] = [];
for (const index of table.indices()) {
  for (const year of table.years(index)) {
    for (const component of table.components(index, year)) {
      const slice = table.slice(index, year, component);
      const printed = slice.filter((s) => s.officialRank !== null && s.value !== null).length;
      if (printed >= 3) cases.push({ index, year, component, printed, full: table.coverage(index, year, component).complete });
    }
  }
}

/** The contiguous published top block 1..k (extended past ties: 1, 2, 2, 4 has no 3). */
function topBlock(withRank: Score[]): Score[] {
  const block: Score[] = [];
  const maxRank = Math.max(0, ...withRank.map((s) => s.officialRank!));
  for (let r = 1; r <= maxRank; r++) {
    const at = withRank.filter((s) => s.officialRank === r);
    if (at.length === 0) continue;
    if (block.length + 1 !== r) break;
    block.push(...at);
  }
  return block;
}

describe('computed ranks reproduce the published ranks on real data', () => {
  it('there are years with printed ranks to check (PCI 2005–2016 at least)', () => {
    const pciYears = new Set(cases.filter((c) => c.index === 'PCI' && c.component === 'total').map((c) => c.year));
    for (let y = 2006; y <= 2016; y++) expect(pciYears.has(y), `PCI ${y}`).toBe(true);
  });

  it.each(cases.map((c) => [`${c.index} ${c.year} ${c.component} (${c.printed} printed, ${c.full ? 'full year' : 'partial year'})`, c] as const))('%s', (_, c) => {
    const component = findComponent(getIndex(defaultCatalogue, c.index), c.component)!;
    const slice = table.slice(c.index, c.year, c.component).filter((s) => s.value !== null);
    const withRank = slice.filter((s) => s.officialRank !== null);
    // Every year, full or partial: a better printed rank never goes with a worse score.
    const better = (a: number, b: number) => (component.higherIsBetter ? a > b : a < b);
    const inversions = withRank.flatMap((a) =>
      withRank
        .filter((b) => a.officialRank! < b.officialRank! && better(b.value!, a.value!))
        .map((b) => `${a.unit} printed ${a.officialRank} (${a.value}) below ${b.unit} printed ${b.officialRank} (${b.value})`),
    );
    expect(inversions).toEqual([]);
    const pool = c.full ? slice : topBlock(withRank);
    // A partial year without a printed top block of three (PCI 2020: 11 provinces ranked 7 to 51 in press
    // reports) has only the order check above.
    if (!c.full && pool.length < 3) return;
    const computed = competitionRanks(pool.map((s) => ({ unit: s.unit, value: s.value })), component.higherIsBetter);
    // Within a tie the publisher's own printed order wins (it breaks ties on unrounded scores): a printed
    // rank inside the tie's span [shared rank, shared rank + tie size − 1] is that order, not a mismatch.
    const tieSize = (rank: number) => [...computed.values()].filter((r) => r === rank).length;
    const mismatches = pool
      .filter((s) => {
        const r = computed.get(s.unit)!;
        return s.officialRank !== null && (s.officialRank < r || s.officialRank > r + tieSize(r) - 1);
      })
      .map((s) => `${s.unit}: printed ${s.officialRank}, computed ${computed.get(s.unit)} (score ${s.value})`);
    expect(mismatches).toEqual([]);
  });

  it('PCI 2020 is checked by order only: 11 loaded provinces printed 7 to 51, Hải Phòng (69,27, rank 7) first, none printed 1', () => {
    const withRank = table.slice('PCI', 2020, 'total').filter((s) => s.value !== null && s.officialRank !== null);
    expect(withRank).toHaveLength(11);
    expect(topBlock(withRank)).toEqual([]);
    const first = [...withRank].sort((a, b) => a.officialRank! - b.officialRank!)[0];
    expect([first.unit, first.value, first.officialRank]).toEqual(['31', 69.27, 7]);
  });

  it('PCI 2011: Bình Thuận and Hà Giang tie at 57.62 (shared rank 40); VCCI printed 40 and 41, and the printed order wins', () => {
    const ranks = competitionRanks(table.slice('PCI', 2011, 'total'));
    expect(ranks.get('60')).toBe(40);
    expect(ranks.get('02')).toBe(40);
    expect(ranks.get('84')).toBe(42);
    expect(table.get('PCI', 2011, '02', 'total')!.officialRank).toBe(41);
  });

  it('Quảng Ninh PCI 2016: 65.60, rank 2 behind Đà Nẵng 70.00', () => {
    const qn = table.get('PCI', 2016, '22', 'total')!;
    expect(qn.value).toBeCloseTo(65.5956, 3);
    expect(qn.officialRank).toBe(2);
    const ranks = competitionRanks(table.slice('PCI', 2016, 'total'));
    expect(ranks.get('22')).toBe(2);
    expect(ranks.get('48')).toBe(1);
  });
});
