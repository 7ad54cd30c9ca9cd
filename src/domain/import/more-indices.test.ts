/**
 * More national indices as data (issue 13 item 5): PGI figures shipped from pcivietnam.vn's PGI province pages
 * (and news pages), asserted against the pages' numbers; the ICT Index and the provincial Digital Transformation
 * Index (DTI) in the catalogue, ready to import — checked with the DTI 2022 table as dti.gov.vn prints it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, findIndex, getIndex, mainComponents, weightFor } from '../catalogue/catalogue';
import { checkComposite } from './importChecks';
import { parseScoresCsv } from './parse';
import type { Score } from '../catalogue/types';
import { matchWideColumns, parseWideCsv } from './wide';

const PGI_FILE = 'pgi-2022-2024-pages-and-news.csv';
const pgiText = readFileSync(new URL(`../../../data/scores/${PGI_FILE}`, import.meta.url), 'utf8');
const pgi = parseScoresCsv(pgiText, PGI_FILE, defaultCatalogue);
const unitId = (vi: string) => defaultCatalogue.units.find((u) => u.vi === vi && u.set === 'provinces63')!.id;
const figure = (year: number, province: string, component: string) =>
  pgi.rows.find((s) => s.year === year && s.unit === unitId(province) && s.component === component);
const four = (year: number, province: string) =>
  ['pollution_mitigation', 'environmental_compliance', 'green_leadership', 'green_support'].map((c) => figure(year, province, c)?.value);
const nowhere = () => ({ file: PGI_FILE, line: 0, column: 0 });

describe('PGI figures shipped from pcivietnam.vn PGI province pages', () => {
  it('the shipped PGI file reads without a problem and every figure is within its scale (components 0–10, composite 0–40)', () => {
    expect(pgi.issues).toEqual([]);
    expect(pgi.rows.length).toBe(68);
    expect(pgi.rows.every((s) => s.value === null || (s.value >= 0 && s.value <= (s.component === 'total' ? 40 : 10)))).toBe(true);
  });

  it('TP.HCM (pcivietnam.vn/pgi/ho-so-tinh/tphcm): PGI 2022 3.12, 4.94, 4.09, 1.87 → 13.99, 49th; PGI 2023 7.49, 6.37, 5.92, 4.43 → 24.20, 5th', () => {
    expect(four(2022, 'Hồ Chí Minh')).toEqual([3.12, 4.94, 4.09, 1.87]);
    expect(figure(2022, 'Hồ Chí Minh', 'total')).toMatchObject({ value: 13.99, officialRank: 49 });
    expect(four(2023, 'Hồ Chí Minh')).toEqual([7.49, 6.37, 5.92, 4.43]);
    expect(figure(2023, 'Hồ Chí Minh', 'total')).toMatchObject({ value: 24.2, officialRank: 5 });
    expect(pgiText).toContain('PGI,2023,Hồ Chí Minh,total,24.20,5,,https://pcivietnam.vn/pgi/ho-so-tinh/tphcm,');
  });

  it('Hải Dương (pcivietnam.vn/en/pgi/provinces/hai-duong): 16.53 (6th) in 2022, 22.34 (25th) in 2023, 26.34 (13th) in 2024, with the four components', () => {
    expect(four(2022, 'Hải Dương')).toEqual([4.61, 4.61, 5.15, 2.13]);
    expect(four(2023, 'Hải Dương')).toEqual([7.43, 5.85, 3.83, 5.23]);
    expect(four(2024, 'Hải Dương')).toEqual([7.65, 7.58, 4.99, 6.11]);
    expect([2022, 2023, 2024].map((y) => [figure(y, 'Hải Dương', 'total')!.value, figure(y, 'Hải Dương', 'total')!.officialRank])).toEqual([
      [16.53, 6],
      [22.34, 25],
      [26.34, 13],
    ]);
  });

  it('the regional comparisons printed on those pages are shipped without a rank unless another page prints it: Bình Dương 2023 22.44 (no rank), Hải Phòng 2024 29.00 (1st by nongnghiephuuco.vn)', () => {
    expect(figure(2023, 'Bình Dương', 'total')).toMatchObject({ value: 22.44, officialRank: null });
    expect(figure(2024, 'Hải Phòng', 'total')).toMatchObject({ value: 29, officialRank: 1 });
    expect(figure(2024, 'Nam Định', 'total')).toMatchObject({ value: 27.11, officialRank: null });
    expect(figure(2023, 'Nam Định', 'total')).toBeUndefined(); // printed N/A: no row, never 0
  });

  it('PGI 2024 top five (nongnghiephuuco.vn): Hải Phòng 29, Vĩnh Long 28.16, Hà Nam 28.04, Bắc Ninh 27.78, Bình Dương 27.64', () => {
    const top = pgi.rows.filter((s) => s.year === 2024 && s.component === 'total' && s.officialRank !== null && s.officialRank <= 5);
    const name = (id: string) => defaultCatalogue.units.find((u) => u.id === id)!.vi;
    expect(top.sort((a, b) => a.officialRank! - b.officialRank!).map((s) => [name(s.unit), s.value])).toEqual([
      ['Hải Phòng', 29],
      ['Vĩnh Long', 28.16],
      ['Hà Nam', 28.04],
      ['Bắc Ninh', 27.78],
      ['Bình Dương', 27.64],
    ]);
  });

  it('Quảng Ninh PGI 2022 17.12 (4th) and 2023 26 (1st: 7.41 + 6.18 + 6.68 + 5.73, ieem.vn); Trà Vinh led 2022 with 17.67, Hà Nội last with 12.52', () => {
    expect(figure(2022, 'Quảng Ninh', 'total')).toMatchObject({ value: 17.12, officialRank: 4 });
    expect(figure(2023, 'Quảng Ninh', 'total')).toMatchObject({ value: 26, officialRank: 1 });
    expect(four(2023, 'Quảng Ninh')).toEqual([7.41, 6.18, 6.68, 5.73]);
    expect(figure(2022, 'Trà Vinh', 'total')).toMatchObject({ value: 17.67, officialRank: 1 });
    expect(figure(2022, 'Hà Nội', 'total')).toMatchObject({ value: 12.52, officialRank: 63 });
  });

  it('the PGI composite is the sum of its four components (catalogue weight 0.25 × factor 4) within print rounding on every shipped page: no composite warning', () => {
    expect(checkComposite(pgi.rows, defaultCatalogue, nowhere)).toEqual([]);
    const typo: Score[] = pgi.rows.map((s) => (s.year === 2023 && s.unit === unitId('Hồ Chí Minh') && s.component === 'total' ? { ...s, value: 25.2 } : s));
    expect(checkComposite(typo, defaultCatalogue, nowhere).map((p) => p.code)).toEqual(['composite-mismatch']);
  });

  it('every PGI row names the page it was read from', () => {
    const lines = pgiText.trim().split('\n').slice(1);
    expect(lines.every((l) => /,https?:\/\/[^,]+,/.test(l))).toBe(true);
    expect(lines.filter((l) => l.includes('https://pcivietnam.vn/')).length).toBeGreaterThanOrEqual(50);
  });
});

/** The DTI 2022 detailed ranking as dti.gov.vn/xep-hang-2022 prints it (first five rows). */
const DTI_2022 = [
  'Xếp hạng DTI,Các tỉnh thành phố trực thuộc TW,Chỉ số Nhận thức số,Chỉ số Thể chế số,Chỉ số Hạ tầng số,Chỉ số Nhân lực số,Chỉ số An toàn thông tin mạng,Chỉ số Hoạt động chính quyền số,Chỉ số Hoạt động kinh tế số,Chỉ số Hoạt động xã hội số,CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)',
  '1,TP. Đà Nẵng,1.0000,0.9000,0.8253,0.8487,0.7578,0.8575,0.7836,0.5197,0.8002',
  '2,TP. Hồ Chí Minh,0.8917,0.9000,0.8258,0.6267,0.5580,0.8406,0.7611,0.3590,0.7163',
  '3,Quảng Ninh,0.9581,0.9000,0.7648,0.6250,0.5382,0.8385,0.5904,0.4505,0.7024',
  '4,Thừa Thiên - Huế,0.9500,0.9000,0.6823,0.6794,0.6423,0.8262,0.6787,0.3001,0.6975',
  '5,TP. Cần Thơ,0.9000,0.8000,0.7233,0.7376,0.7226,0.7325,0.7556,0.2947,0.6924',
].join('\n');

describe('DTI (provincial Digital Transformation Index) in the catalogue, ready to import', () => {
  const dti = getIndex(defaultCatalogue, 'DTI');

  it('DTI 2022: eight scored main indices weighted 100/100/100/100/100/200/150/150 of 1,000 (QĐ 922/QĐ-BTTTT); the three pillars are not terms of that sum', () => {
    const main = mainComponents(dti, 2022);
    expect(main.map((c) => [c.id, weightFor(c, 2022)])).toEqual([
      ['digital_awareness', 0.1],
      ['digital_institutions', 0.1],
      ['digital_infrastructure', 0.1],
      ['digital_human_resources', 0.1],
      ['cyber_security', 0.1],
      ['digital_government_activity', 0.2],
      ['digital_economy_activity', 0.15],
      ['digital_society_activity', 0.15],
    ]);
    expect(dti.components.filter((c) => c.id.startsWith('total_')).map((c) => c.vi)).toEqual(['Trụ cột chính quyền số', 'Trụ cột kinh tế số', 'Trụ cột xã hội số']);
    expect(findIndex(defaultCatalogue, 'Chỉ số chuyển đổi số')?.id).toBe('DTI');
  });

  it('the table printed on dti.gov.vn/xep-hang-2022 imports as a wide table: every header matched, TP. Đà Nẵng 0.8002 1st, and every composite equals the weighted sum (0.800175)', () => {
    const r = parseWideCsv(DTI_2022, 'dti-2022.csv', defaultCatalogue, { index: 'DTI', year: 2022 });
    expect(r.issues).toEqual([]);
    expect(r.mapping.map((m) => m.component ?? m.role)).toEqual([
      'rank', 'province', 'digital_awareness', 'digital_institutions', 'digital_infrastructure', 'digital_human_resources',
      'cyber_security', 'digital_government_activity', 'digital_economy_activity', 'digital_society_activity', 'total',
    ]);
    expect(r.rows).toHaveLength(5 * 9);
    expect(r.rows.find((s) => s.unit === '48' && s.component === 'total')).toMatchObject({ value: 0.8002, officialRank: 1 });
    expect(checkComposite(r.rows, defaultCatalogue, () => ({ file: 'dti-2022.csv', line: 0, column: 0 }))).toEqual([]);
    const broken = r.rows.map((s) => (s.unit === '48' && s.component === 'total' ? { ...s, value: 0.9002 } : s));
    expect(checkComposite(broken, defaultCatalogue, () => ({ file: 'dti-2022.csv', line: 2, column: 11 })).map((p) => p.code)).toEqual(['composite-mismatch']);
  });

  it('a DTI score outside 0–1 (7.5, typed on a 10-point scale) is refused with its line and column', () => {
    const r = parseWideCsv(DTI_2022.replace('0.8253', '7.5'), 'dti-2022.csv', defaultCatalogue, { index: 'DTI', year: 2022 });
    expect(r.issues.filter((p) => p.severity === 'error').map((p) => [p.line, p.column])).toEqual([[2, 5]]);
  });
});

describe('ICT Index (Vietnam ICT Index) in the catalogue, ready to import', () => {
  const ict = getIndex(defaultCatalogue, 'ICT');
  it('found by its printed names; three sub-indices and an overall index on 0–1; uncertain facts marked [U]', () => {
    expect(findIndex(defaultCatalogue, 'Vietnam ICT Index')?.id).toBe('ICT');
    expect(findIndex(defaultCatalogue, 'Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT-TT')?.id).toBe('ICT');
    expect(ict.components.map((c) => c.id)).toEqual(['total', 'technical_infrastructure', 'human_resources', 'ict_application']);
    expect(ict.components.every((c) => c.scale[0].max === 1 && /\[U\]|\[U /.test(c.note ?? ''))).toBe(true);
    expect(ict.coverageNote?.en).toContain('Digital Transformation Index');
  });
  it('a published ICT table header (Hạ tầng kỹ thuật, Hạ tầng nhân lực, Ứng dụng CNTT, Chỉ số chung, Xếp hạng) maps to the catalogue', () => {
    const m = matchWideColumns(['TT', 'Tỉnh, thành phố', 'Hạ tầng kỹ thuật', 'Hạ tầng nhân lực', 'Ứng dụng CNTT', 'Chỉ số chung', 'Xếp hạng'], ict, 2019, defaultCatalogue);
    expect(m.map((c) => c.component ?? c.role)).toEqual(['ignore', 'province', 'technical_infrastructure', 'human_resources', 'ict_application', 'total', 'rank']);
  });
});
