import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { buildScoreTable } from '../table/dataset';
import { rankTable } from './changes';
import { rankMoveSentence, rankWithBaseScore } from './rankMove';

const table = loadShippedTable();
const TAY_NINH = '72';

describe('rankWithBaseScore: the rank kept-score would hold (complete editions: exact)', () => {
  it('PCI 2016 Tây Ninh: +0.48 points, 16 → 20; had it kept 59.66 (2015) it would stand 23rd of 63: own move +3, others −7', () => {
    const m = rankWithBaseScore(table, catalogue, 'PCI', 2016, TAY_NINH)!;
    expect(m.baseYear).toBe(2015);
    expect(m.scoreChange).toBeCloseTo(0.48, 2);
    expect([m.baseRank, m.rank, m.rankChange]).toEqual([16, 20, -4]);
    expect(m.exact).toBe(true);
    expect(m.rankWithBaseScore).toBe(23);
    expect(m.range).toEqual([23, 23]);
    expect([m.ownMove, m.othersMove]).toEqual([3, -7]);
  });

  it('PAPI 2024 Tây Ninh (2nd of the 61 ranked; 60th in 2023): had it kept 39.24 it would stand 61st of 61 — out of the units the publisher ranked, not the 63 provinces', () => {
    const m = rankWithBaseScore(table, catalogue, 'PAPI', 2024, TAY_NINH)!;
    expect([m.baseRank, m.rank, m.rankChange]).toEqual([60, 2, 58]);
    expect(m.exact).toBe(true);
    expect([m.rankWithBaseScore, m.loaded, m.outOf]).toEqual([61, 61, 61]);
    expect(rankMoveSentence(m, 'vi')).toContain('giữ điểm 2023 (39,24) thì đứng thứ 61/61');
  });

  it('own move + others’ move = the published rank change, for every province of every complete PCI pair 2006–2016', () => {
    let checked = 0;
    for (let year = 2006; year <= 2016; year++) {
      const rows = rankTable(table, catalogue, 'PCI', year, 'total').rows;
      for (const row of rows) {
        if (row.rankChange === null) continue;
        const m = rankWithBaseScore(table, catalogue, 'PCI', year, row.unit)!;
        expect(m.exact, `${year} ${row.unit}`).toBe(true);
        expect(m.ownMove! + m.othersMove!, `${year} ${row.unit}`).toBe(row.rankChange);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(600);
  });

  it('the kept-score rank is 1 + the other provinces scoring strictly better (PCI 2016, every province)', () => {
    for (const s of table.slice('PCI', 2016, 'total')) {
      const m = rankWithBaseScore(table, catalogue, 'PCI', 2016, s.unit);
      if (!m) continue;
      const better = table.slice('PCI', 2016, 'total').filter((o) => o.unit !== s.unit && o.value !== null && o.value > m.baseValue).length;
      expect(m.rankWithBaseScore).toBe(better + 1);
    }
  });

  it('a partial edition gives a bound, never an exact rank: PCI 2020 Lâm Đồng (2019: 66.23) lies in a range that holds its rank among the loaded', () => {
    const m = rankWithBaseScore(table, catalogue, 'PCI', 2020, '68')!;
    expect(m.exact).toBe(false);
    expect(m.rankWithBaseScore).toBeNull();
    expect(m.ownMove).toBeNull();
    expect(m.range[0]).toBeLessThanOrEqual(m.range[1]);
    expect(m.range[1]).toBeLessThanOrEqual(63);
    expect(rankMoveSentence(m, 'vi')).toMatch(/không phải hạng toàn quốc|chỉ là khoảng/);
  });

  it('the bound on a partial edition contains the exact rank: PCI 2016 with a third of the provinces dropped, printed ranks kept', () => {
    const keep = new Set(table.slice('PCI', 2016, 'total').filter((_, i) => i % 3 !== 0).map((s) => s.unit));
    keep.add(TAY_NINH);
    const partial = buildScoreTable(
      table.scores.filter((s) => s.index !== 'PCI' || s.year !== 2016 || keep.has(s.unit)),
      catalogue,
    );
    let checked = 0;
    for (const unit of keep) {
      const exact = rankWithBaseScore(table, catalogue, 'PCI', 2016, unit);
      const bound = rankWithBaseScore(partial, catalogue, 'PCI', 2016, unit);
      if (!exact || !bound) continue;
      expect(bound.exact).toBe(false);
      expect(bound.range[0], unit).toBeLessThanOrEqual(exact.rankWithBaseScore!);
      expect(bound.range[1], unit).toBeGreaterThanOrEqual(exact.rankWithBaseScore!);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('no base edition, or no base score: null (never a rank from a missing figure)', () => {
    expect(rankWithBaseScore(table, catalogue, 'PCI', 2005, TAY_NINH)).toBeNull();
    expect(rankWithBaseScore(table, catalogue, 'PCI', 2016, TAY_NINH, 1990)).toBeNull();
  });

  it('says it plainly, in Vietnamese and English', () => {
    const m = rankWithBaseScore(table, catalogue, 'PCI', 2016, TAY_NINH)!;
    expect(rankMoveSentence(m, 'vi')).toBe(
      'Điểm tăng 0,48 nhưng các tỉnh khác tăng nhanh hơn: giữ điểm 2015 (59,66) thì đứng thứ 23/63 (thực tế: thứ 20). Tự thân điểm số: lên 3 bậc; do các tỉnh khác: xuống 7 bậc.',
    );
    expect(rankMoveSentence(m, 'en')).toBe(
      'The score rose 0.48, but other provinces rose faster: had it kept its 2015 score (59.66) it would rank 23 of 63 (actual: 20). Its own score change: up 3 places; other provinces’ moves: down 7 places.'.replace('’', "'"),
    );
  });
});
