/**
 * Indicator standings on real published figures: PAPI sub-dimensions as shipped in data/scores/papi-2011-2024.csv
 * (S1 workbook for 2011–2016, S3 for 2017–2024; see data/SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { parseScoresCsv } from '../import/parse';
import { buildScoreTable } from '../table/dataset';
import { distanceToBest, indicatorStandings, indicatorValueText, weakIndicators, type IndicatorDef } from './indicators';
import { subComponentSource } from './indicatorSources';

const text = readFileSync(new URL('../../../data/scores/papi-2011-2024.csv', import.meta.url), 'utf8');
const table = buildScoreTable(parseScoresCsv(text, 'papi-2011-2024.csv', defaultCatalogue).rows, defaultCatalogue);
const papi = subComponentSource(table, defaultCatalogue);
const QN = '22'; // Quảng Ninh
const byId = (list: ReturnType<typeof indicatorStandings>, id: string) => list.find((s) => s.def.id === id)!;

describe('PAPI sub-dimensions open as indicators (real figures)', () => {
  const participation2016 = indicatorStandings(papi, 'PAPI', 2016, 'participation', QN);

  it('lists the four participation sub-dimensions of PAPI 2016 in catalogue order', () => {
    expect(participation2016.map((s) => s.def.code)).toEqual(['civic_knowledge', 'opportunities_for_participation', 'quality_of_elections', 'voluntary_contributions']);
  });

  it('Quảng Ninh PAPI 2016 civic knowledge: 0.910817, median 1.053492, best Bắc Giang 1.498273, rank 57 of 63, down 0.176527 from 2015', () => {
    const s = byId(participation2016, 'participation.civic_knowledge');
    expect(s.value).toBe(0.910817);
    expect(s.median).toBe(1.053492);
    expect(s.best).toBe(1.498273);
    expect(s.bestUnits).toEqual(['24']); // Bắc Giang
    expect(s.rank).toBe(57);
    expect(s.rankOutOf).toBe(63);
    expect(s.rankBasis).toBe('computed-national');
    expect(s.previousYear).toBe(2015);
    expect(s.previousValue).toBe(1.087344);
    expect(s.change).toBeCloseTo(-0.176527, 6);
    expect(s.changeIsBetter).toBe(false);
  });

  it('weak by both named rules: rank 57 is 15 places into the bottom third (43–63); 0.142675 below the median', () => {
    const s = byId(participation2016, 'participation.civic_knowledge');
    expect(s.weak).toEqual([
      { rule: 'bottom-share', amount: 15 },
      { rule: 'worse-than-median', amount: 0.142675 },
    ]);
  });

  it('weak ones sorted by how far behind: voluntary contributions (63rd of 63), civic knowledge (57th), opportunities (41st), elections (34th)', () => {
    expect(weakIndicators(participation2016).map((s) => [s.def.code, s.rank, s.behind])).toEqual([
      ['voluntary_contributions', 63, 1],
      ['civic_knowledge', 57, 0.9032],
      ['opportunities_for_participation', 41, 0.6452],
      ['quality_of_elections', 34, 0.5323],
    ]);
  });

  it('distance to the best in plain words: 0.59 points higher', () => {
    const s = byId(participation2016, 'participation.civic_knowledge');
    expect(s.distanceToBest?.amount).toBe(0.587456);
    expect(s.distanceToBest?.text.vi).toBe('cao hơn 0,59 điểm');
    expect(s.distanceToBest?.text.en).toBe('0.59 points higher');
  });

  it('ties share a rank: PAPI 2019 e-responsiveness, 15 provinces at 0.334 (Quảng Ninh among them) all rank 49 of 63', () => {
    const s = byId(indicatorStandings(papi, 'PAPI', 2019, 'e_governance', QN), 'e_governance.e_responsiveness');
    expect(s.value).toBe(0.334);
    expect(s.rank).toBe(49);
    const hưngYên = byId(indicatorStandings(papi, 'PAPI', 2019, 'e_governance', '33'), 'e_governance.e_responsiveness');
    expect(hưngYên.rank).toBe(49);
    expect(s.best).toBe(2.310554); // Tiền Giang
  });

  it('a new sub-dimension has no earlier edition: e-responsiveness first printed in 2019, no change; 2020 +0.087534', () => {
    const y2019 = byId(indicatorStandings(papi, 'PAPI', 2019, 'e_governance', QN), 'e_governance.e_responsiveness');
    expect(y2019.previousYear).toBeNull();
    expect(y2019.change).toBeNull();
    const y2020 = byId(indicatorStandings(papi, 'PAPI', 2020, 'e_governance', QN), 'e_governance.e_responsiveness');
    expect(y2020.previousYear).toBe(2019);
    expect(y2020.change).toBeCloseTo(0.087534, 6);
    expect(y2020.changeIsBetter).toBe(true);
  });

  it('the 2018 method break restarts every series: 2018 civic knowledge has no previous edition, 2019 compares with 2018', () => {
    expect(byId(indicatorStandings(papi, 'PAPI', 2018, 'participation', QN), 'participation.civic_knowledge').previousYear).toBeNull();
    expect(byId(indicatorStandings(papi, 'PAPI', 2019, 'participation', QN), 'participation.civic_knowledge').previousYear).toBe(2018);
  });

  it('a missing figure is no value, never 0: Quảng Ninh has no PAPI 2018 poverty-lists figure (61 of 63 printed)', () => {
    const s = byId(indicatorStandings(papi, 'PAPI', 2018, 'transparency', QN), 'transparency.poverty_lists');
    expect(s.value).toBeNull();
    expect(s.rank).toBeNull();
    expect(s.loaded).toBe(61);
    expect(s.weak).toEqual([]);
    expect(s.median).toBe(1.74189); // 61 of 63 ≥ 90 %: the median is computed, on 61
  });
});

describe('distance to the best in plain words (units of PCI base indicators)', () => {
  const def = (unit: IndicatorDef['unit'], higherIsBetter: boolean): IndicatorDef => ({ index: 'PCI', id: 'x', code: 'x', component: 'land_access', label: { vi: 'x', en: 'x' }, unit, higherIsBetter });
  it('a share of firms: 0.48 → best 0.552 is "7.2 more firms in 100"', () => {
    expect(distanceToBest(def('share', true), 0.48, 0.552).text).toEqual({ vi: 'thêm 7,2 doanh nghiệp trên 100', en: '7.2 more firms in 100' });
  });
  it('days, lower is better: 10.25 → best 7 is "3.25 days fewer"', () => {
    expect(distanceToBest(def('days', false), 10.25, 7).text).toEqual({ vi: 'ít hơn 3,25 ngày', en: '3.25 days fewer' });
  });
  it('a share shown in its unit: 0.407 is "40,7 %"', () => {
    expect(indicatorValueText(def('share', true), 0.407, 'vi')).toBe('40,7 %');
  });
});

describe('worse than the median, as printed', () => {
  it('Quảng Ninh PAPI 2024 interactions with local authorities 1,97 against a median of 1,97 is not worse than the median (it differs only beyond the printed 0.01)', () => {
    const s = byId(indicatorStandings(papi, 'PAPI', 2024, 'accountability', QN), 'accountability.interactions_with_local_authorities');
    expect(s.value).toBe(1.969766);
    expect(s.median).not.toBe(s.value);
    expect(s.median).toBeGreaterThan(s.value!);
    expect(indicatorValueText(s.def, s.value, 'vi')).toBe(indicatorValueText(s.def, s.median, 'vi'));
    expect(s.weak.map((w) => w.rule)).not.toContain('worse-than-median');
  });
  it('over every PAPI sub-dimension of Quảng Ninh 2018–2024: flagged worse than the median exactly when the printed value is worse than the printed median', () => {
    let flagged = 0;
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024])
      for (const component of ['participation', 'transparency', 'accountability', 'corruption_control', 'admin_procedures', 'public_services', 'environment', 'e_governance'])
        for (const s of indicatorStandings(papi, 'PAPI', year, component, QN)) {
          if (s.value === null || s.median === null || s.def.directionUndecided) continue;
          const [v, m] = [Number(s.value.toFixed(2)), Number(s.median.toFixed(2))];
          const worse = s.def.higherIsBetter ? v < m : v > m;
          expect(s.weak.some((w) => w.rule === 'worse-than-median'), `${year} ${s.def.id}`).toBe(worse);
          if (worse) flagged++;
        }
    expect(flagged).toBeGreaterThan(10);
  });
});
