import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { classifyTrend, componentTrends, trendLabels } from './trends';

const table = loadShippedTable();
const series = (start: number, values: (number | null)[]) => values.map((value, i) => ({ year: start + i, value }));

describe('trend classes: the recent (5-year) pace against the long (10-year) pace, flat within 1 % of the scale a year', () => {
  it('improving: rising, and at least as fast recently (+0.2 a year throughout)', () => {
    expect(classifyTrend(series(2010, [5, 5.2, 5.4, 5.6, 5.8, 6, 6.2, 6.4, 6.6, 6.8, 7])).trend).toBe('improving');
  });
  it('slowing: rose +0.3 a year for five years, then +0.12 a year', () => {
    expect(classifyTrend(series(2010, [4, 4.3, 4.6, 4.9, 5.2, 5.5, 5.62, 5.74, 5.86, 5.98, 6.1])).trend).toBe('slowing');
  });
  it('warning signs: up over ten years, down over the last five', () => {
    const result = classifyTrend(series(2010, [4, 4.5, 5, 5.5, 6, 7, 6.8, 6.6, 6.4, 6.2, 6]));
    expect(result.trend).toBe('warning_signs');
    expect(result.longPace).toBeCloseTo(0.2, 10);
    expect(result.recentPace).toBeCloseTo(-0.2, 10);
  });
  it('bouncing back: down over ten years, up over the last five', () => {
    expect(classifyTrend(series(2010, [8, 7, 6, 5, 4, 3, 3.5, 4, 4.5, 5, 5.5])).trend).toBe('bouncing_back');
  });
  it('declining: falling over both windows', () => {
    expect(classifyTrend(series(2010, [7, 6.8, 6.6, 6.4, 6.2, 6, 5.8, 5.6, 5.4, 5.2, 5])).trend).toBe('declining');
  });
  it('stable: moves of 0.05 a year on a 0–10 scale are within the 0.1 flat band', () => {
    expect(classifyTrend(series(2014, [6, 6.05, 6.1, 6.15, 6.2])).trend).toBe('stable');
  });
  it('lower-is-better components read the other way', () => {
    expect(classifyTrend(series(2010, [7, 6.8, 6.6, 6.4, 6.2, 6, 5.8, 5.6, 5.4, 5.2, 5]), { higherIsBetter: false }).trend).toBe('improving');
  });
  it('insufficient data: two values, or missing values only', () => {
    expect(classifyTrend(series(2020, [5, 6])).trend).toBe('insufficient_data');
    expect(classifyTrend(series(2020, [null, null, null])).label).toEqual(trendLabels.insufficient_data);
  });
  it('missing years are skipped, not read as 0', () => {
    expect(classifyTrend(series(2010, [5, null, 5.4, null, 5.8, null, 6.2, null, 6.6, null, 7])).trend).toBe('improving');
  });

  it('Quảng Ninh PCI business support to 2022: up +0.18 a year since 2012 but −0.26 a year since 2017 → warning signs', () => {
    const t = componentTrends(table, catalogue, 'PCI', '22').find((x) => x.component === 'business_support')!;
    expect(t.trend).toBe('warning_signs');
    expect(t.detail.en).toContain('Long 2012–2022: +0.18 points/year; recent 2017–2022: -0.26 points/year');
    expect(t.methodBreaks.map((b) => b.year)).toEqual([2013, 2022]);
  });
  it('Quảng Ninh PAPI: the aggregate restarts at the 2018 break (6–60 → 8–80); environmental governance is declining', () => {
    const trends = componentTrends(table, catalogue, 'PAPI', '22');
    const total = trends.find((x) => x.component === 'total')!;
    expect(total.detail.en).toContain('Long 2019–2024');
    expect(total.trend).toBe('stable');
    expect(trends.find((x) => x.component === 'environment')!.trend).toBe('declining');
    expect(trends.map((x) => x.component)).toEqual(['total', 'participation', 'transparency', 'accountability', 'corruption_control', 'admin_procedures', 'public_services', 'environment', 'e_governance']);
  });
  it('upTo ends the series at the analysed edition: Quảng Ninh PCI composite 2013–2016 (since the 2013 break), +0.69 a year, within the ±1 flat band → stable', () => {
    const total = componentTrends(table, catalogue, 'PCI', '22', 2016).find((x) => x.component === 'total')!;
    expect(total.series[total.series.length - 1].year).toBe(2016);
    expect(total.trend).toBe('stable');
    expect(total.detail.en).toContain('Long 2013–2016: +0.69 points/year');
  });
});
