/**
 * Editions as published (data/catalogue/editions.json, editions.ts, tiers.ts), on the shipped figures:
 * units the publisher did not rank are out of the edition's count, its printed groups decide the tier.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from './catalogue';
import { editionOf, expectedInEdition, notRankedEntry, notRankedLabel, notRankedText, printedGroupRanges, sampleSizeOf, sampleSizeText } from './editions';
import { rankTable, ranksFor } from '../analysis/changes';
import { tierOf, tierThreshold } from '../analysis/tiers';
import { landingState } from '../table/latestYear';
import { buildScoreTable } from '../table/dataset';

const table = loadShippedTable();
const trunc2 = (v: number) => Math.floor(v * 100) / 100;

describe('units the publisher did not rank', () => {
  it('PAPI 2023 ranked 61: Quảng Ninh and Bình Dương "không có dữ liệu, do kết quả khảo sát vượt giá trị sai số cho phép" — the edition is complete, its ranks national', () => {
    expect(expectedInEdition(catalogue, 'PAPI', 2023)).toBe(61);
    expect(table.coverage('PAPI', 2023)).toEqual({ loaded: 61, expected: 61, complete: true });
    const ranks = ranksFor(table, catalogue, 'PAPI', 2023, 'total');
    expect(ranks.get('46')).toEqual({ rank: 1, basis: 'computed-national' }); // TT-Huế 46.04
    expect(ranks.get('01')).toEqual({ rank: 15, basis: 'computed-national' }); // Hà Nội 43.96, 15th (hanoitimes.vn)
    const qn = notRankedEntry(catalogue, 'PAPI', 2023, '22')!;
    expect(notRankedText(catalogue, qn, 'PAPI', 2023, 'vi')).toBe('không được xếp hạng trong PAPI 2023: không có dữ liệu do kết quả khảo sát vượt giá trị sai số cho phép trong thống kê');
    expect(qn.source).toContain('baohomnay.com');
    const row = rankTable(table, catalogue, 'PAPI', 2023, 'total').rows.find((r) => r.unit === '74')!;
    expect(row).toMatchObject({ value: null, rank: null, rankOutOf: 61, notRanked: { unit: '74' } });
  });

  it('PAPI 2021 and 2022 Bắc Giang: "not in the PAPI index rankings due to reporting data noise" (its own portal); Bắc Ninh 2021: no stated reason found, said so', () => {
    expect(notRankedEntry(catalogue, 'PAPI', 2022, '24')!.reason!.en).toContain('data noise');
    expect(notRankedEntry(catalogue, 'PAPI', 2021, '24')!.source).toContain('bacgiang.gov.vn');
    const bn = notRankedEntry(catalogue, 'PAPI', 2021, '27')!;
    expect(bn.reason).toBeNull();
    expect(notRankedText(catalogue, bn, 'PAPI', 2021, 'en')).toBe('not ranked in PAPI 2021: no stated reason found');
    expect(table.coverage('PAPI', 2021)).toEqual({ loaded: 60, expected: 60, complete: true });
  });

  it('PAPI 2018 Quảng Ninh and Đồng Tháp: out of the aggregate and the two dimensions without a figure, in the six that are published', () => {
    expect(table.coverage('PAPI', 2018, 'total')).toEqual({ loaded: 61, expected: 61, complete: true });
    expect(table.coverage('PAPI', 2018, 'transparency')).toEqual({ loaded: 61, expected: 61, complete: true });
    expect(table.coverage('PAPI', 2018, 'participation')).toEqual({ loaded: 63, expected: 63, complete: true });
  });

  it('every PAPI edition 2011–2024 is complete once the units not ranked are out of the count', () => {
    for (const year of table.years('PAPI')) expect(table.coverage('PAPI', year).complete, String(year)).toBe(true);
  });

  it('an edition with no record keeps the whole year as its count (PCI 2024: 63, partial by publication)', () => {
    expect(table.coverage('PCI', 2024).expected).toBe(63);
    expect(table.coverage('PCI', 2024).complete).toBe(false);
  });

  it('a figure for a unit recorded as not ranked still counts (an import of real figures wins over the record)', () => {
    const withQn = buildScoreTable([...table.scores, { index: 'PAPI', year: 2023, unit: '22', component: 'total', value: 45, officialRank: null, source: 'test' }], catalogue);
    expect(withQn.coverage('PAPI', 2023)).toEqual({ loaded: 62, expected: 62, complete: true });
  });

  it("Quảng Ninh's views for PAPI 2023 say it was not ranked, with the reason, instead of offering an import; Vĩnh Phúc likewise for PAPI 2024, the newest edition", () => {
    expect(landingState(table, 'PAPI', '22', 2023, catalogue)?.shownNotRanked?.reason?.vi).toContain('sai số');
    const vp = landingState(table, 'PAPI', '26', 2024, catalogue)!;
    expect(vp.provinceHasNewest).toBe(false);
    expect(vp.newestNotRanked?.unit).toBe('26');
    expect(landingState(table, 'PAPI', '01', 2023, catalogue)).toBeNull();
  });
});

describe('published groups per edition', () => {
  it('PAPI 2022: the four printed ranges 43.44–47.88, 42.15–43.25, 40.74–42.14, 38.80–40.72 are exactly the ranges of the tiers given (two-decimal scores)', () => {
    const ranges = printedGroupRanges(catalogue, 'PAPI', 2022)!;
    const byTier = new Map<string, number[]>();
    for (const s of table.slice('PAPI', 2022, 'total')) {
      const t = tierOf(table, catalogue, 'PAPI', 2022, s.unit)!;
      expect(t).toMatchObject({ source: 'published', basis: 'printed-range' });
      byTier.set(t.tier.id, [...(byTier.get(t.tier.id) ?? []), Math.round(s.value! * 100) / 100]);
    }
    expect(ranges.map((r) => [r.tier, Math.min(...byTier.get(r.tier)!), Math.max(...byTier.get(r.tier)!)])).toEqual(ranges.map((r) => [r.tier, r.min, r.max]));
    expect(tierThreshold(table, catalogue, 'PAPI', 2022, 'q2')).toBe(42.15);
  });

  it('PAPI 2022: a province on a boundary follows its printed two-decimal score (42.145… → 42.15 is in the second group, where the 50th percentile would put it in the third)', () => {
    const edge = table.slice('PAPI', 2022, 'total').find((s) => Math.round(s.value! * 100) / 100 === 42.15)!;
    expect(tierOf(table, catalogue, 'PAPI', 2022, edge.unit)!.tier.id).toBe('q2');
  });

  it('PAPI 2023: printed group sizes 15, 15, (15), 16 of 61 — the high-average group is 42.39–43.95 as printed (hanoitimes.vn); Hà Nội 43.96 in the best group, TP.HCM 41.77 in the low-average one', () => {
    const q2 = table.slice('PAPI', 2023, 'total').filter((s) => tierOf(table, catalogue, 'PAPI', 2023, s.unit)!.tier.id === 'q2').map((s) => s.value!);
    expect(q2).toHaveLength(15);
    expect([trunc2(Math.min(...q2)), trunc2(Math.max(...q2))]).toEqual([42.39, 43.95]);
    expect(tierOf(table, catalogue, 'PAPI', 2023, '01')).toMatchObject({ tier: { id: 'q1' }, basis: 'printed-count' });
    expect(tierOf(table, catalogue, 'PAPI', 2023, '79')!.tier.id).toBe('q3');
  });

  it('PAPI 2020: 16 best, 16 high-average, 15 low-average, 16 poor performers (VNA/VNS) — Hà Nội 41.629 in the lowest 16; TP.HCM 41.985 is 46th, in the third group by those sizes, though news.gov.vn puts it "among 16 localities scoring least"', () => {
    const counts = new Map<string, number>();
    for (const s of table.slice('PAPI', 2020, 'total')) {
      const id = tierOf(table, catalogue, 'PAPI', 2020, s.unit)!.tier.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(['q1', 'q2', 'q3', 'q4'].map((q) => counts.get(q))).toEqual([16, 16, 15, 16]);
    expect(tierOf(table, catalogue, 'PAPI', 2020, '01')!.tier.id).toBe('q4');
    // The sizes as printed decide; the news sentence is looser than the data (HCMC is 46th of 63: the third group holds ranks 33–47).
    expect(ranksFor(table, catalogue, 'PAPI', 2020, 'total').get('79')!.rank).toBe(46);
    expect(tierOf(table, catalogue, 'PAPI', 2020, '79')!.tier.id).toBe('q3');
  });

  it('PAPI 2021 (no groups printed): computed quartiles on the 60 ranked, labelled computed — Hải Dương 42.68 high-average (haiduongnews.com), Bà Rịa - Vũng Tàu 40.62 in the lowest group (baobariavungtau.com.vn)', () => {
    expect(tierOf(table, catalogue, 'PAPI', 2021, '30')).toMatchObject({ tier: { id: 'q2' }, source: 'computed', basis: 'quartile' });
    expect(tierOf(table, catalogue, 'PAPI', 2021, '77')!.tier.id).toBe('q4');
  });

  it('PAR INDEX 2024: A from 90 % (13 provinces), B 80 % to under 90 % (50) — Hải Phòng 96.17 is A', () => {
    expect(editionOf(catalogue, 'PAR', 2024)!.groups!.groups).toEqual([
      { tier: 'A', min: 90, count: 13 },
      { tier: 'B', min: 80, count: 50 },
    ]);
    expect(tierOf(table, catalogue, 'PAR', 2024, '31')!.tier.id).toBe('A');
  });

  it('PCI: the group VCCI printed beside each province (2016 Tây Ninh)', () => {
    expect(editionOf(catalogue, 'PCI', 2016)!.groups!.basis).toBe('printed-per-unit');
    expect(tierOf(table, catalogue, 'PCI', 2016, '72')).toMatchObject({ source: 'published', basis: 'printed' });
  });
});

describe('published sample sizes', () => {
  it('PAPI 2023 19,536 respondents, 2024 18,894, 2022 16,117 — each with its page; PCI 2024 "nearly 11,000" firms', () => {
    expect(sampleSizeOf(catalogue, 'PAPI', 2023)).toMatchObject({ value: 19536, approx: false, of: 'respondents' });
    expect(sampleSizeOf(catalogue, 'PAPI', 2024)!.source).toContain('vietnamlawmagazine.vn');
    expect(sampleSizeOf(catalogue, 'PAPI', 2022)!.value).toBe(16117);
    expect(sampleSizeOf(catalogue, 'PCI', 2024)).toMatchObject({ value: 11000, approx: true, of: 'firms' });
    expect(sampleSizeOf(catalogue, 'PCI', 2010)).toBeNull();
  });
});

describe('sample size and not-ranked wording (one wording for every view)', () => {
  it('PAPI 2023: "Cỡ mẫu công bố: 19.536 người trả lời", PCI 2024 "~11,000 firms"', () => {
    expect(sampleSizeText(sampleSizeOf(catalogue, 'PAPI', 2023)!, 'vi')).toMatch(/^Cỡ mẫu công bố: 19\.536 người trả lời \(nguồn: https:\/\/chatluongvacuocsong\.vn/);
    expect(sampleSizeText(sampleSizeOf(catalogue, 'PCI', 2024)!, 'en')).toMatch(/^Published sample size: ~11,000 firms/);
  });
  it('a unit not ranked reads "không xếp hạng" in a cell, never "—"', () => {
    expect([notRankedLabel('vi'), notRankedLabel('en')]).toEqual(['không xếp hạng', 'not ranked']);
  });
});
