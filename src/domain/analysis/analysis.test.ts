/**
 * The assembled analysis, and the promise behind it: ranks and rank changes computed from the scores
 * alone equal the published ones, for every index and year where both exist.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { analyseProvince } from './analysis';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { rankTable } from './changes';
import { buildScoreTable } from '../table/dataset';

const table = loadShippedTable();
const stripped = buildScoreTable(
  table.scores.map((s) => ({ ...s, officialRank: null })),
  catalogue,
);

/** Printed ranks that the printed scores cannot reproduce, each explained. */
const KNOWN_DISAGREEMENTS = new Set([
  // VCCI workbook prints Quảng Ninh's 2015 land-access rank as 44 although its score 6.26 ranks 20th.
  'PCI|2015|land_access|22',
]);

describe('analysis: computed ranks equal printed ranks', () => {
  it('every complete year with printed ranks: the rank from scores alone is the printed rank (ties: the publisher orders within the tie)', () => {
    let checked = 0;
    for (const index of table.indices()) {
      for (const year of table.years(index)) {
        for (const component of table.components(index, year)) {
          if (!table.coverage(index, year, component).complete) continue;
          const printed = table.slice(index, year, component).filter((s) => s.officialRank !== null && s.value !== null);
          if (printed.length === 0) continue;
          const computed = new Map(rankTable(stripped, catalogue, index, year, component, { baseYear: null }).rows.map((r) => [r.unit, r]));
          for (const s of printed) {
            if (KNOWN_DISAGREEMENTS.has(`${index}|${year}|${component}|${s.unit}`)) continue;
            const row = computed.get(s.unit)!;
            expect(row.rankBasis).toBe('computed-national');
            const tiedWith = printed.filter((o) => o.value === s.value).map((o) => o.officialRank!);
            // A tie shares the best rank of its group; the publisher's own order inside it wins.
            expect(row.rank, `${index} ${year} ${component} ${s.unit}`).toBe(tiedWith.length > 1 ? Math.min(...tiedWith) : s.officialRank);
            checked++;
          }
        }
      }
    }
    // 647 printed PCI composite ranks (2006–2016) plus printed component and PAPI ranks.
    expect(checked).toBeGreaterThanOrEqual(700);
  });

  it('rank changes from scores alone equal the printed ones: PCI 2015 → 2016, every province', () => {
    const fromScores = rankTable(stripped, catalogue, 'PCI', 2016, 'total');
    const published = rankTable(table, catalogue, 'PCI', 2016, 'total');
    expect(fromScores.rows.map((r) => [r.unit, r.rankChange])).toEqual(published.rows.map((r) => [r.unit, r.rankChange]));
    expect(published.rows.filter((r) => r.rankChange !== null)).toHaveLength(63);
  });

  it('the analysis of a partial year keeps printed ranks and never replaces them: PCI 2021 Quảng Ninh 1st of 28 loaded (27 with scores + the printed rank 30 of Nghệ An)', () => {
    const result = rankTable(table, catalogue, 'PCI', 2021, 'total');
    expect(result.coverage).toMatchObject({ loaded: 28, expected: 63 });
    expect(result.rows.find((r) => r.unit === '22')).toMatchObject({ rank: 1, rankBasis: 'official' });
    expect(result.rows.filter((r) => r.rank !== null).every((r) => r.rankBasis === 'official')).toBe(true);
  });
});

describe('analyseProvince: everything for one province, index and year', () => {
  it('Quảng Ninh PCI 2016: 2nd (+1), weak first legal institutions, contributions, trends to 2016', () => {
    const a = analyseProvince(table, catalogue, 'PCI', 2016, '22');
    expect(a.composite).toMatchObject({ rank: 2, rankChange: 1, baseYear: 2015, value: 65.595551 });
    expect(a.weak.map((w) => w.component)).toEqual(['legal_institutions', 'equal_competition']);
    expect(a.components).toHaveLength(10);
    expect(a.rules).toMatchObject({ bottomShare: 1 / 3, consecutiveDeclines: 2, belowMedian: true });
    expect(a.rankMove.compositeChange).toBe(-0.150848);
    expect(a.trends.every((t) => t.series.every((p) => p.year <= 2016))).toBe(true);
    expect(a.harmonised).toEqual([]);
  });
  it('a chosen base year flows through: Quảng Ninh PAPI 2020 against 2016', () => {
    const a = analyseProvince(table, catalogue, 'PAPI', 2020, '22', { baseYear: 2016 });
    expect(a.composite?.baseYear).toBe(2016);
    expect(a.rankMove.baseYear).toBe(2016);
    expect(a.rankMove.methodBreaks.map((b) => b.year)).toEqual([2018]);
    expect(a.rankMove.comparable).toBe(false);
  });
});
