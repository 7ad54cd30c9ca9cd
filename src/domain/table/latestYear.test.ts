import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue } from '../catalogue/catalogue';
import { buildScoreTable } from './dataset';
import { landingState, latestOfPredecessors, latestYearWithFigure, latestYearWithScore } from './latestYear';

const table = loadShippedTable();

describe('latestYearWithFigure', () => {
  it('Quảng Ninh PAPI: 2024 (2023 has no record, 2024 does)', () => {
    expect(latestYearWithFigure(table, 'PAPI', '22')).toBe(2024);
  });
  it('Hải Phòng PCI: 2024, the 74.84 news figure (only 2 provinces that year)', () => {
    expect(latestYearWithFigure(table, 'PCI', '31')).toBe(2024);
  });
  it('Hải Phòng PAR INDEX 2021 counts: a printed rank 1 without a score is a figure', () => {
    expect(table.get('PAR', 2021, '31', 'total')?.value).toBeNull();
    expect(latestYearWithFigure(table, 'PAR', '31')).toBeGreaterThanOrEqual(2021);
  });
  it('a province with no SIPAS figure at all gets null, not an older year', () => {
    expect(latestYearWithFigure(table, 'SIPAS', '02')).toBeNull();
  });
  it('an index that is not loaded gives null (DTI: catalogue only, no shipped figures); PGI Quảng Ninh is 2024 (26.21 on the Hải Dương page)', () => {
    expect(latestYearWithFigure(table, 'DTI', '22')).toBeNull();
    expect(latestYearWithFigure(table, 'PGI', '22')).toBe(2024);
  });
});

describe('latestYearWithScore', () => {
  it('Quảng Ninh SIPAS: 2023 (90.61); 2024 printed only rank 4, no score', () => {
    expect(latestYearWithScore(table, 'SIPAS', '22')).toBe(2023);
    expect(latestYearWithFigure(table, 'SIPAS', '22')).toBe(2024);
  });
  it('a province with no SIPAS score at all gets null', () => {
    expect(latestYearWithScore(table, 'SIPAS', '02')).toBeNull();
  });
});

describe('landing: a province behind the newest edition is told so', () => {
  it('Hà Giang: PCI 2024 is published (loaded for other provinces), its figures end in 2022 (64.39, 41st) — the view on 2022 says so', () => {
    expect(landingState(table, 'PCI', '02', 2022)).toEqual({ index: 'PCI', newestYear: 2024, provinceHasNewest: false, provinceLatest: 2022, shownYear: 2022, shownHasFigures: true });
    expect(landingState(table, 'PCI', '02', 2023)).toMatchObject({ shownHasFigures: false, provinceLatest: 2022 });
    expect(landingState(table, 'PCI', '31', 2024)).toBeNull();
  });
});

describe('landing: a province that ended before the newest edition points to the unit it became', () => {
  // A PCI 2025 figure for the 34-unit Quảng Ninh (n22) and Đắk Lắk (n66) only (no PCI 2025 figures are published yet).
  const with2025 = buildScoreTable(
    [...table.scores, ...['n22', 'n66'].map((unit) => ({ index: 'PCI', year: 2025, unit, component: 'total', value: 65.77, officialRank: null, source: 'test' }))],
    defaultCatalogue,
  );
  it('Quảng Ninh (22, to 2024): PCI 2025 is under n22 — no import offered; Phú Yên (54) is under Đắk Lắk (n66); Hà Giang (02 → Tuyên Quang, no figure) is not', () => {
    expect(landingState(with2025, 'PCI', '22', 2024, defaultCatalogue)).toMatchObject({ newestYear: 2025, provinceHasNewest: false, provinceLatest: 2024, newestUnder: 'n22' });
    expect(landingState(with2025, 'PCI', '54', 2024, defaultCatalogue)?.newestUnder).toBe('n66');
    expect(landingState(with2025, 'PCI', '02', 2022, defaultCatalogue)?.newestUnder).toBeUndefined();
    expect(landingState(with2025, 'PCI', 'n22', 2025, defaultCatalogue)).toBeNull();
  });
});

describe('latestOfPredecessors: a 2025 unit before its index publishes on the 34 units', () => {
  it('Quảng Ninh (n22, formed from Quảng Ninh 22 alone): its own PAR INDEX 2023 (92.18, 1st), SIPAS 2024 and PAPI 2024 (47.82, 1st), as the 63-province unit', () => {
    expect(latestOfPredecessors(table, defaultCatalogue, 'PAR', 'n22')).toEqual([{ unit: '22', year: 2023 }]);
    expect(table.get('PAR', 2023, '22', 'total')).toMatchObject({ value: 92.18, officialRank: 1 });
    expect(latestOfPredecessors(table, defaultCatalogue, 'SIPAS', 'n22')).toEqual([{ unit: '22', year: 2024 }]);
    expect(latestOfPredecessors(table, defaultCatalogue, 'PAPI', 'n22')).toEqual([{ unit: '22', year: 2024 }]);
  });
  it('Đắk Lắk (n66, Phú Yên 54 + Đắk Lắk 66): each former province with its own latest edition (PAPI 2024 both); Tuyên Quang (n08): Hà Giang PCI 2022, Tuyên Quang PCI 2016', () => {
    expect(latestOfPredecessors(table, defaultCatalogue, 'PAPI', 'n66')).toEqual([{ unit: '54', year: 2024 }, { unit: '66', year: 2024 }]);
    expect(latestOfPredecessors(table, defaultCatalogue, 'PCI', 'n08')).toEqual([{ unit: '02', year: 2022 }, { unit: '08', year: 2016 }]);
  });
  it('nothing for a 63-province unit, for a predecessor without figures (no PAR INDEX for Phú Yên or Đắk Lắk), or once the unit has its own figure', () => {
    expect(latestOfPredecessors(table, defaultCatalogue, 'PAPI', '22')).toEqual([]);
    expect(latestOfPredecessors(table, defaultCatalogue, 'PAR', 'n66')).toEqual([]);
    const own = buildScoreTable([...table.scores, { index: 'PAPI', year: 2025, unit: 'n22', component: 'total', value: 48, officialRank: null, source: 'test' }], defaultCatalogue);
    expect(latestOfPredecessors(own, defaultCatalogue, 'PAPI', 'n22')).toEqual([]);
  });
});
