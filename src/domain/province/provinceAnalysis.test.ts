import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOTAL } from '../catalogue/catalogue';
import { analyseLocalUnit, contributions, localRankTable } from './provinceAnalysis';
import { parseProvinceTableCsv, type ProvinceIndexDef } from './provinceIndex';
import { provinceLocalUnits } from './provinceUnits';
import type { Score } from '../catalogue/types';

const text = (name: string) => readFileSync(new URL(`../../../tests/fixtures/province/${name}`, import.meta.url), 'utf8');
const ddci2021 = parseProvinceTableCsv(text('ddci-ha-tinh-2021-corrected.csv'), 'c.csv', { label: 'DDCI', province: '42', year: 2021 });
const units = provinceLocalUnits('42');
const def = ddci2021.definition;
const scores = ddci2021.rows;

describe('rank tables: departments among departments, localities among localities (Hà Tĩnh DDCI 2021)', () => {
  it('departments: Sở Giáo dục và Đào tạo 84.89 is 1st of 10, Sở Tư pháp 68.2 is 7th of 10 — among the loaded, never 12th of a mixed list', () => {
    const t = localRankTable(scores, units, def, 2021, 'department');
    expect(t.rows).toHaveLength(10);
    expect(t.rows[0]).toMatchObject({ unit: '42/so-gddt', value: 84.89, rank: 1, outOf: 10, basis: 'among-loaded', grade: 'Rất tốt', responses: 40 });
    expect(t.rows.find((r) => r.unit === '42/so-tu-phap')).toMatchObject({ rank: 7, outOf: 10, basis: 'among-loaded' });
    expect(t.rows.every((r) => !r.unit.includes('huyen'))).toBe(true);
  });

  it('localities: Thị xã Hồng Lĩnh 89.45 is 1st of 7, Huyện Cẩm Xuyên 13.77 is 7th', () => {
    const t = localRankTable(scores, units, def, 2021, 'locality');
    expect(t.rows.map((r) => [r.unit, r.rank])).toEqual([
      ['42/tx-hong-linh', 1], ['42/tp-ha-tinh', 2], ['42/huyen-huong-khe', 3], ['42/tx-ky-anh', 4], ['42/huyen-vu-quang', 5], ['42/huyen-loc-ha', 6], ['42/huyen-cam-xuyen', 7],
    ]);
  });

  it('land access: the 10 departments are "not applicable" — unranked, listed after the 7 ranked localities in no table of their own rank', () => {
    const d = localRankTable(scores, units, def, 2021, 'department', 'land_access');
    expect(d.rows.every((r) => r.notApplicable && r.rank === null && r.value === null)).toBe(true);
    const l = localRankTable(scores, units, def, 2021, 'locality', 'land_access');
    expect(l.rows[0]).toMatchObject({ unit: '42/huyen-vu-quang', value: 8.77, rank: 1, outOf: 7 });
  });
});

describe("a unit's profile", () => {
  it('Sở Kế hoạch và Đầu tư 2021: composite 67.8, 8th of 10 departments; transparency 6.48 is 1.08 below the departments\' median 7.56 (weak); land access not applicable, not weak', () => {
    const a = analyseLocalUnit(scores, units, def, 2021, '42/so-khdt')!;
    expect(a.kind).toBe('department');
    expect(a.composite).toMatchObject({ value: 67.8, rank: 8, outOf: 10, basis: 'among-loaded', grade: 'Khá', responses: 104 });
    const transparency = a.components.find((c) => c.component === 'transparency')!;
    expect(transparency).toMatchObject({ value: 6.48, median: 7.56, gapToMedian: 1.08, weak: true, rank: 9, outOf: 10 });
    const land = a.components.find((c) => c.component === 'land_access')!;
    expect(land).toMatchObject({ notApplicable: true, value: null, weak: false, rank: null, median: null });
    expect(a.weak.length).toBeGreaterThan(0);
    expect(a.weak.every((w) => !w.notApplicable)).toBe(true);
    expect(a.contributions).toBeNull();
  });

  it('trend and crosswalk: a 2025 Sở Tài chính lists Sở Kế hoạch và Đầu tư 2021 (67.8) as a predecessor, beside — not inside — its own series', () => {
    const d2025 = parseProvinceTableCsv(text('ddci-ha-tinh-2025-crosswalk.csv'), 'x.csv', { label: 'DDCI', province: '42', year: 2025, definition: def });
    expect(d2025.issues.filter((p) => p.severity === 'error')).toEqual([]);
    const all = [...scores, ...d2025.rows];
    const a = analyseLocalUnit(all, units, def, 2025, '42/so-tai-chinh')!;
    expect(a.series).toEqual([{ year: 2021, value: 68.85 }, { year: 2025, value: 50 }]);
    expect(a.predecessors).toContainEqual({ unit: '42/so-khdt', year: 2021, value: 67.8 });
    const nnmt = analyseLocalUnit(all, units, def, 2025, '42/so-nn-mt')!;
    expect(nnmt.series).toEqual([{ year: 2025, value: 50 }]);
    expect(nnmt.predecessors).toContainEqual({ unit: '42/so-nnptnt', year: 2021, value: 80.03 });
  });
});

describe('contributions only where the composite is a known function', () => {
  it('composite = 10 × mean of the scored components: a +1 on one of two components adds 5 points', () => {
    const mini: ProvinceIndexDef = { ...def, components: def.components.slice(0, 2), compositeFunction: { kind: 'mean', factor: 10 } };
    const s = (year: number, component: string, value: number): Score => ({ index: def.id, year, unit: '42/so-y-te', component, value, officialRank: null, source: 't' });
    const rows = [s(2021, 'transparency', 6), s(2021, 'time_costs', 5), s(2021, TOTAL, 55), s(2022, 'transparency', 7), s(2022, 'time_costs', 5), s(2022, TOTAL, 60)];
    expect(contributions(rows, mini, '42/so-y-te', 2021, 2022)).toEqual([
      { component: 'transparency', change: 1, contribution: 5 },
      { component: 'time_costs', change: 0, contribution: 0 },
    ]);
    expect(contributions(rows, { ...mini, compositeFunction: { kind: 'unknown' } }, '42/so-y-te', 2021, 2022)).toBeNull();
  });
});
