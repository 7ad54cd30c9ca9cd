import { describe, expect, it } from 'vitest';
import { defaultCatalogue as catalogue, findIndex } from '../catalogue/catalogue';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { rankRangesFor, rankTable } from './changes';
import { analyseProvince } from './analysis';
import { moveWithinNoise, orderWithinNoise, rankRangeText, rankRanges } from './composite';

const table = loadShippedTable();
const id = (vi: string) => catalogue.units.find((u) => u.vi === vi && u.set === 'provinces63')!.id;
const row = (index: string, year: number, vi: string) => rankTable(table, catalogue, index, year, 'total').rows.find((r) => r.unit === id(vi))!;

describe('composite.rankRanges: how sure a rank is (sensitivity of the method, not sampling error)', () => {
  it('PCI 2016 Tây Ninh, printed 20th: weights moved ±20% (1,000 seeded draws, 5th–95th percentile) give 16–22; its six-decimal figure ties no one in print', () => {
    const r = rankRangesFor(table, catalogue, 'PCI', 2016)!.get(id('Tây Ninh'))!;
    expect(r).toMatchObject({ low: 16, high: 22, method: { kind: 'method-sensitivity', precision: { low: 20, high: 20 }, weights: { low: 16, high: 22, draws: 1000, perturbation: 0.2 } } });
    expect(rankRangeText(r, 'vi')).toBe('khoảng hạng 16–22 (khi trọng số đổi ±20% và theo độ chính xác in; độ nhạy của phương pháp, không phải sai số chọn mẫu)');
  });
  it('the same draws on every run (seeded)', () => {
    const units = table.slice('PCI', 2016, 'total').map((s) => ({ unit: s.unit, composite: s.value, components: Object.fromEntries(['entry_costs', 'land_access', 'transparency', 'time_costs', 'informal_charges', 'equal_competition', 'proactivity', 'business_support', 'labour_training', 'legal_institutions'].map((c) => [c, table.get('PCI', 2016, s.unit, c)?.value ?? null])) }));
    const opts = { complete: true, higherIsBetter: true, rankOf: () => null };
    const a = rankRanges(findIndex(catalogue, 'PCI')!, 2016, units, opts)!.get(id('Tây Ninh'));
    const b = rankRanges(findIndex(catalogue, 'PCI')!, 2016, units, opts)!.get(id('Tây Ninh'));
    expect(a).toEqual(b);
  });
  it('PCI 2015 → 2016 Tây Ninh, 16th → 20th: 20 lies outside 2015\'s range (13–19), so the drop is not within noise', () => {
    const r = row('PCI', 2016, 'Tây Ninh');
    expect(r.rankChange).toBe(-4);
    expect(rankRangesFor(table, catalogue, 'PCI', 2015)!.get(id('Tây Ninh'))).toMatchObject({ low: 13, high: 19 });
    expect(r.withinNoise).toBe(false);
  });
  it('PCI 2014 → 2015 Tây Ninh, 19th → 16th: each rank lies in the other edition\'s range — within noise', () => {
    const r = row('PCI', 2015, 'Tây Ninh');
    expect([r.baseRank, r.rank]).toEqual([19, 16]);
    expect(r.withinNoise).toBe(true);
  });
  it('PCI 2012 (weights not known before 2013): no weight perturbation, said why; the range is the printed precision only', () => {
    const r = rankRangesFor(table, catalogue, 'PCI', 2012)!.get(id('Tây Ninh'))!;
    expect(r).toMatchObject({ low: 57, high: 57, method: { weights: { withheld: { en: 'PCI 2012 weights are not known: no weight perturbation' } } } });
  });
  it('PCI 2024 (14 of 63 loaded): a rank among the loaded has no range', () => {
    expect(rankRangesFor(table, catalogue, 'PCI', 2024)).toBeNull();
    expect(row('PCI', 2024, 'Quảng Ninh').rankRange).toBeNull();
  });
  it('PAPI 2023 (61 ranked, complete): Thừa Thiên Huế 1st holds 1–1; Thái Nguyên 2nd and Bắc Ninh 3rd overlap (their order is within noise), Huế and Bạc Liêu do not', () => {
    const ranges = rankRangesFor(table, catalogue, 'PAPI', 2023)!;
    const get = (vi: string) => ranges.get(id(vi))!;
    expect(get('Thừa Thiên Huế')).toMatchObject({ low: 1, high: 1 });
    expect(get('Thái Nguyên')).toMatchObject({ low: 2, high: 4 });
    expect(orderWithinNoise(get('Thái Nguyên'), get('Bắc Ninh'))).toBe(true);
    expect(orderWithinNoise(get('Thừa Thiên Huế'), get('Bạc Liêu'))).toBe(false);
    expect(ranges.has(id('Quảng Ninh'))).toBe(false); // not ranked by the publisher: no range, never a rank
  });
  it('printed precision: PCI 2024 Phú Thọ and Đồng Tháp both print 70.35 — equal in print, each may hold either place', () => {
    const units = table.slice('PCI', 2024, 'total').map((s) => ({ unit: s.unit, composite: s.value, decimals: s.decimals, components: {} }));
    const ranges = rankRanges(findIndex(catalogue, 'PCI')!, 2024, units, { complete: true, higherIsBetter: true, rankOf: () => null })!;
    const phuTho = ranges.get(id('Phú Thọ'))!;
    const dongThap = ranges.get(id('Đồng Tháp'))!;
    expect(phuTho.method.precision).toEqual(dongThap.method.precision);
    expect(phuTho.method.precision.high - phuTho.method.precision.low).toBe(1);
  });
  it('moveWithinNoise: unknown when either rank or range is missing', () => {
    expect(moveWithinNoise({ rank: 3, range: null }, { rank: 4, range: null })).toBeNull();
  });
  it('two provinces within noise: PCI 2016 Tây Ninh is 0.0012 behind Ninh Bình (19th) — their ranges overlap; PAPI 2023 Thái Nguyên (2–4) is not within noise of Huế (1–1)', () => {
    const tayNinh = analyseProvince(table, catalogue, 'PCI', 2016, id('Tây Ninh'));
    expect(tayNinh.rankMove.gapToNextRank).toMatchObject({ unit: id('Ninh Bình'), exact: true });
    expect(tayNinh.gapWithinNoise).toBe(true);
    const thaiNguyen = analyseProvince(table, catalogue, 'PAPI', 2023, id('Thái Nguyên'));
    expect(thaiNguyen.rankMove.gapToNextRank?.unit).toBe(id('Thừa Thiên Huế'));
    expect(thaiNguyen.gapWithinNoise).toBe(false);
    expect(analyseProvince(table, catalogue, 'PCI', 2024, id('Quảng Ninh')).gapWithinNoise).toBeNull(); // partial edition: no ranges
  });
});
