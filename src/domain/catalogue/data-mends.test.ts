/**
 * The data errors found on 2026-11-30 (shared/data-candidates/SOURCES.md, "Checks that found errors") and
 * the news figures shipped since: one test per mended error and per new figure, each stating the figure
 * and the page that prints it. Reads the shipped files (data/scores, data/reference) as the app does.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex, mainComponents, resolveUnit, weightFor } from './catalogue';

const SCORES = new URL('../../../data/scores/', import.meta.url);
const REFERENCE = new URL('../../../data/reference/', import.meta.url);
const NEWS_FIGURES = new URL('../../../../shared/data-candidates/news-figures-2021-2024.csv', import.meta.url);

function parse(url: URL): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(url, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const manifest = JSON.parse(readFileSync(new URL('manifest.json', SCORES), 'utf8')) as { files: { file: string }[] };
const rows = manifest.files.flatMap((m) => parse(new URL(m.file, SCORES)));
const key = (index: string, year: string | number, province: string, component: string) => `${index}|${year}|${province}|${component}`;
const byKey = new Map(rows.map((r) => [key(r.index, r.year, r.province, r.component), r]));
const get = (index: string, year: number, province: string, component: string) => byKey.get(key(index, year, province, component));
const disagreements = parse(new URL('disagreements.csv', REFERENCE));
const disagreementsOf = (index: string, year: number, province: string, component: string) =>
  disagreements.filter((d) => key(d.index, d.year, d.province, d.component) === key(index, year, province, component));

/** Rank of `province` among every province with a score for (index, year, component): 1 + number strictly better. */
function rankAmongAll(index: string, year: number, province: string, component: string) {
  const all = rows.filter((r) => r.index === index && Number(r.year) === year && r.component === component && r.score !== '');
  const own = Number(all.find((r) => r.province === province)!.score);
  return { rank: 1 + all.filter((r) => Number(r.score) > own).length, of: all.length };
}

describe('mended: a printed rank that contradicts a complete year', () => {
  it('PCI 2015 Quảng Ninh land access: score 6.261923 (VCCI workbook) is 20th of 63; the rank 44 printed by investinquangninh.vn is not shipped but kept as a disagreement', () => {
    const r = get('PCI', 2015, 'Quảng Ninh', 'land_access')!;
    expect(r).toMatchObject({ score: '6.261923', rank: '' });
    expect(r.note).toContain('20th of 63');
    expect(rankAmongAll('PCI', 2015, 'Quảng Ninh', 'land_access')).toEqual({ rank: 20, of: 63 });
    expect(disagreementsOf('PCI', 2015, 'Quảng Ninh', 'land_access')).toEqual([
      expect.objectContaining({ field: 'rank', shipped: '', other: '44', other_source: 'investinquangninh.vn/vi/pci: Dữ liệu PCI', kind: 'rank-contradicts-scores' }),
    ]);
  });

  it('every other printed sub-index rank of a complete PCI year (2005–2016) agrees with the score order (ties within 0.005)', () => {
    const bad: string[] = [];
    for (const r of rows.filter((x) => x.index === 'PCI' && Number(x.year) <= 2016 && x.rank !== '' && x.score !== '')) {
      const all = rows.filter((x) => x.index === 'PCI' && x.year === r.year && x.component === r.component && x.score !== '');
      const v = Number(r.score);
      const best = 1 + all.filter((x) => Number(x.score) > v + 0.005).length;
      const worst = all.filter((x) => Number(x.score) >= v - 0.005).length;
      if (Number(r.rank) < best || Number(r.rank) > worst) bad.push(`${r.year} ${r.province} ${r.component}: printed ${r.rank}, scores say ${best}–${worst}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('mended: a composite that contradicts its components', () => {
  const PCI = getIndex(defaultCatalogue, 'PCI');
  const weightedSum = (year: number, province: string) =>
    10 * mainComponents(PCI, year).reduce((s, c) => s + (weightFor(c, year) ?? 0) * Number(get('PCI', year, province, c.id)?.score ?? NaN), 0);

  it('PCI 2023 Thanh Hóa: the composite 66.79 printed on pcivietnam.vn/en/provinces/thanh-hoa is 0.695 below the weighted sum 67.485 of its printed components; shipped as printed, with the derived sum labelled in disagreements.csv', () => {
    const r = get('PCI', 2023, 'Thanh Hóa', 'total')!;
    expect(r).toMatchObject({ score: '66.79', rank: '30', source: 'https://pcivietnam.vn/en/provinces/thanh-hoa' });
    expect(weightedSum(2023, 'Thanh Hóa')).toBeCloseTo(67.485, 3);
    expect(r.note).toContain('0.695 below');
    expect(disagreementsOf('PCI', 2023, 'Thanh Hóa', 'total')).toEqual([
      expect.objectContaining({ field: 'score', shipped: '66.79', other: '67.485', kind: 'composite-contradicts-components' }),
    ]);
    expect(disagreementsOf('PCI', 2023, 'Thanh Hóa', 'total')[0].other_source).toMatch(/^derived: /);
  });

  it('every other PCI 2022–2024 composite with all ten printed sub-indices fits the 2022+ weights within 0.055 (Thanh Hóa 2022 63.67, 2024 68.74 do)', () => {
    const misfits: string[] = [];
    for (const r of rows.filter((x) => x.index === 'PCI' && Number(x.year) >= 2022 && x.component === 'total' && x.score !== '')) {
      const sum = weightedSum(Number(r.year), r.province);
      if (Number.isNaN(sum)) continue;
      if (Math.abs(sum - Number(r.score)) > 0.055) misfits.push(`${r.year} ${r.province}`);
    }
    expect(misfits).toEqual(['2023 Thanh Hóa']);
    expect(weightedSum(2024, 'Thanh Hóa')).toBeCloseTo(68.74, 1);
  });
});

describe('mended: PAPI 2024 dimensions (sub-dimension mapping of S3 checked against printed dimensions)', () => {
  const papi = (year: number, province: string, component: string) => Number(get('PAPI', year, province, component)!.score);

  it('Quảng Bình PAPI 2024 (vjs.vietnam.vn, quoting baoquangbinh.vn): environment 3.49, e-governance 3.51, total 43.80 (28th) equal the sums of the shipped sub-dimensions', () => {
    expect(papi(2024, 'Quảng Bình', 'environment')).toBeCloseTo(3.49, 2);
    expect(papi(2024, 'Quảng Bình', 'e_governance')).toBeCloseTo(3.51, 2);
    expect(papi(2024, 'Quảng Bình', 'total')).toBeCloseTo(43.8, 2);
    expect(get('PAPI', 2024, 'Quảng Bình', 'total')!.rank).toBe('28');
    const subs = rows.filter((r) => r.index === 'PAPI' && r.year === '2024' && r.province === 'Quảng Bình' && r.component.startsWith('environment.'));
    expect(subs.map((r) => r.component).sort()).toEqual(['environment.air_quality', 'environment.environmental_protection', 'environment.water_quality']);
    expect(subs.reduce((s, r) => s + Number(r.score), 0)).toBeCloseTo(3.4936, 4);
  });

  it('PAPI 2024 leaders (baomoi.net.vn): Quảng Ninh 47.82 1st (public services 8.42), Tây Ninh 47.35 2nd, Bình Thuận 47.13 3rd', () => {
    expect(papi(2024, 'Quảng Ninh', 'total')).toBeCloseTo(47.82, 2);
    expect(papi(2024, 'Quảng Ninh', 'public_services')).toBeCloseTo(8.42, 2);
    expect(papi(2024, 'Tây Ninh', 'total')).toBeCloseTo(47.35, 2);
    expect(papi(2024, 'Bình Thuận', 'total')).toBeCloseTo(47.13, 2);
    expect(['Quảng Ninh', 'Tây Ninh', 'Bình Thuận'].map((p) => get('PAPI', 2024, p, 'total')!.rank)).toEqual(['1', '2', '3']);
  });

  it('Quảng Ninh PAPI 2024: the six dimension scores printed on vietnam.vn (participation 5.43 … e-governance 4.08) disagree with the PAPI data and are kept as disagreements, not shipped', () => {
    const printed: Record<string, string> = {
      participation: '5.43',
      transparency: '6.52',
      accountability: '5.09',
      corruption_control: '7.36',
      admin_procedures: '7.66',
      e_governance: '4.08',
    };
    for (const [component, value] of Object.entries(printed)) {
      const shipped = get('PAPI', 2024, 'Quảng Ninh', component)!;
      expect(Math.abs(Number(shipped.score) - Number(value)), component).toBeGreaterThan(0.1);
      expect(disagreementsOf('PAPI', 2024, 'Quảng Ninh', component), component).toEqual([
        expect.objectContaining({ field: 'score', shipped: shipped.score, other: value, kind: 'sources-disagree' }),
      ]);
    }
    expect(papi(2024, 'Quảng Ninh', 'participation')).toBeCloseTo(5.8739, 4);
  });
});

describe('mended: PAR INDEX 2023 Hải Phòng printed two ways', () => {
  it('PAR INDEX 2023 Hải Phòng: 91.87 is shipped (vietnam.vn, and 96.17 − 4.30 in the 2024 release: audit 2026-12-02), 91.81 (en.doanhnghiephoinhap.vn, one page) is kept beside it as a disagreement with its source', () => {
    const r = get('PAR', 2023, 'Hải Phòng', 'total')!;
    expect(r).toMatchObject({ score: '91.87', rank: '2' });
    expect(r.source).toContain('vietnam.vn/ja/quang-nam-tang-diem');
    expect(Number(get('PAR', 2024, 'Hải Phòng', 'total')!.score) - 4.3).toBeCloseTo(91.87, 2);
    expect(disagreementsOf('PAR', 2023, 'Hải Phòng', 'total')).toEqual([
      expect.objectContaining({ field: 'score', shipped: '91.87', other: '91.81', kind: 'sources-disagree' }),
    ]);
    expect(disagreementsOf('PAR', 2023, 'Hải Phòng', 'total')[0].other_source).toContain('doanhnghiephoinhap.vn');
  });
});

describe('news figures 2021–2024 (shared/data-candidates/news-figures-2021-2024.csv)', () => {
  it('PCI 2022 Nghệ An reads 66.60, 23rd (baonghean.vn); PCI 2021 Nghệ An 30th with no printed score', () => {
    expect(get('PCI', 2022, 'Nghệ An', 'total')).toMatchObject({ score: '66.60', rank: '23' });
    expect(get('PCI', 2022, 'Nghệ An', 'total')!.source).toMatch(/^https:\/\/baonghean\.vn\//);
    expect(get('PCI', 2021, 'Nghệ An', 'total')).toMatchObject({ score: '', rank: '30' });
  });

  it('PCI 2022 Hà Giang 64.39, 41st (nhandan.vn); Cao Bằng 59.58, 63rd; Hà Nội 20th and TP.HCM 27th with no printed score', () => {
    expect(get('PCI', 2022, 'Hà Giang', 'total')).toMatchObject({ score: '64.39', rank: '41' });
    expect(get('PCI', 2022, 'Cao Bằng', 'total')).toMatchObject({ score: '59.58', rank: '63' });
    expect(get('PCI', 2022, 'Hà Nội', 'total')).toMatchObject({ score: '', rank: '20' });
    expect(get('PCI', 2022, 'Hồ Chí Minh', 'total')).toMatchObject({ score: '', rank: '27' });
  });

  it('PAR INDEX 2024 Hải Phòng reads 96.17, 1st (kinhtedothi.vn); Bà Rịa - Vũng Tàu 2nd and Hà Nội 3rd (doanhnghieptiepthi.vn)', () => {
    const r = get('PAR', 2024, 'Hải Phòng', 'total')!;
    expect(r).toMatchObject({ score: '96.17', rank: '1' });
    expect(r.source).toMatch(/^https:\/\/kinhtedothi\.vn\//);
    expect(r.note).not.toContain('score not in the stored excerpt');
    expect(get('PAR', 2024, 'Bà Rịa - Vũng Tàu', 'total')).toMatchObject({ score: '', rank: '2' });
    expect(get('PAR', 2024, 'Hà Nội', 'total')).toMatchObject({ score: '', rank: '3' });
  });

  it('PAR INDEX 2024 averages are reference figures, not provinces: national 88.37 (baomoi.net.vn), Đồng bằng sông Hồng 90.17 … Tây Nguyên 85.63 (vietnamplus.vn)', () => {
    const nat = parse(new URL('national-averages.csv', REFERENCE));
    expect(nat.find((n) => n.index === 'PAR' && n.year === '2024')).toMatchObject({ value: '88.37' });
    const regions = parse(new URL('region-averages.csv', REFERENCE));
    expect(regions.map((r) => [r.region, r.value])).toEqual([
      ['Bắc Trung Bộ và duyên hải miền Trung', '88.51'],
      ['Đông Nam Bộ', '89.44'],
      ['Đồng bằng sông Cửu Long', '87.37'],
      ['Đồng bằng sông Hồng', '90.17'],
      ['Tây Nguyên', '85.63'],
      ['Trung du và miền núi phía Bắc', '88.20'],
    ].sort((a, b) => a[0].localeCompare(b[0])));
    expect(regions.every((r) => r.source.startsWith('https://www.vietnamplus.vn/'))).toBe(true);
    expect(rows.filter((r) => r.province.startsWith('('))).toEqual([]);
  });

  it('SIPAS 2023 Hải Phòng 88.09, 5th and PAR INDEX 2023 Hà Nội 91.43, 3rd, each with its page address', () => {
    expect(get('SIPAS', 2023, 'Hải Phòng', 'total')).toMatchObject({ score: '88.09', rank: '5' });
    expect(get('PAR', 2023, 'Hà Nội', 'total')!.source).toMatch(/^https:\/\/nvsk\.vnanet\.vn\//);
  });

  it.skipIf(!existsSync(NEWS_FIGURES))('every province figure of news-figures-2021-2024.csv is shipped with its page address, or kept as a disagreement with it', () => {
    const missing: string[] = [];
    for (const n of parse(NEWS_FIGURES)) {
      if (n.province.startsWith('(')) continue; // averages: data/reference
      const unit = resolveUnit(defaultCatalogue, n.province, Number(n.year))!;
      const r = get(n.index, Number(n.year), unit.vi, n.component);
      const shippedHere = r && (n.score === '' || r.score === n.score) && (n.rank === '' || r.rank === n.rank);
      const kept = disagreements.some((d) => key(d.index, d.year, d.province, d.component) === key(n.index, n.year, unit.vi, n.component) && d.other_source === n.source_url);
      if (!shippedHere && !kept) missing.push(`${n.index} ${n.year} ${n.province} ${n.component}`);
      if (shippedHere && r!.source !== n.source_url && n.score !== '') missing.push(`${n.index} ${n.year} ${n.province}: source ${r!.source}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('more PAR INDEX and SIPAS figures found in published pages (data/found)', () => {
  it('PAR INDEX 2020 top ten (Báo Đầu tư via a Chinese-language consulate page): Quảng Ninh 91.04 1st, Hải Phòng 90.51 2nd … Phú Thọ 85.74 10th; Quảng Ngãi 73.25 last of 63', () => {
    const top = rows
      .filter((r) => r.index === 'PAR' && r.year === '2020' && r.rank !== '' && Number(r.rank) <= 10)
      .sort((a, b) => Number(a.rank) - Number(b.rank))
      .map((r) => [r.province, r.score]);
    expect(top).toEqual([
      ['Quảng Ninh', '91.04'], ['Hải Phòng', '90.51'], ['Thừa Thiên Huế', '88.47'], ['Bình Dương', '86.93'], ['Đồng Tháp', '86.77'],
      ['Đà Nẵng', '86.56'], ['Long An', '86.25'], ['Hà Nội', '86.07'], ['Bà Rịa - Vũng Tàu', '86.02'], ['Phú Thọ', '85.74'],
    ]);
    expect(get('PAR', 2020, 'Quảng Ngãi', 'total')).toMatchObject({ score: '73.25', rank: '63' });
    // Bà Rịa - Vũng Tàu 2021 is printed as 87.61, "+1.59 vs 2020": 86.02 + 1.59 = 87.61.
    expect(Number(get('PAR', 2021, 'Bà Rịa - Vũng Tàu', 'total')!.score) - Number(get('PAR', 2020, 'Bà Rịa - Vũng Tàu', 'total')!.score)).toBeCloseTo(1.59, 2);
  });

  it('Tây Ninh (baotayninh.vn): PAR INDEX 2019 80.05 %, 44th; SIPAS 2019 83.45 %, 40th; SIPAS 2018 81.24 % and 2017 79.76 % without a printed rank', () => {
    expect(get('PAR', 2019, 'Tây Ninh', 'total')).toMatchObject({ score: '80.05', rank: '44' });
    expect(get('SIPAS', 2019, 'Tây Ninh', 'total')).toMatchObject({ score: '83.45', rank: '40' });
    expect(get('SIPAS', 2018, 'Tây Ninh', 'total')).toMatchObject({ score: '81.24', rank: '' });
    expect(get('SIPAS', 2017, 'Tây Ninh', 'total')).toMatchObject({ score: '79.76', rank: '' });
    expect(get('SIPAS', 2019, 'Tây Ninh', 'total')!.source).toMatch(/^https:\/\/baotayninh\.vn\//);
  });

  it('PCI 2024 top five (vietnamnews.vn): Hải Phòng 74.84, Quảng Ninh 73.20, Long An 72.64, Bắc Giang 71.24, Bà Rịa - Vũng Tàu 71.17; national median 67.67 (tothethao.com) is a reference figure', () => {
    const top = rows.filter((r) => r.index === 'PCI' && r.year === '2024' && r.component === 'total' && r.rank !== '' && Number(r.rank) <= 5);
    expect(top.sort((a, b) => Number(a.rank) - Number(b.rank)).map((r) => [r.province, r.score])).toEqual([
      ['Hải Phòng', '74.84'], ['Quảng Ninh', '73.20'], ['Long An', '72.64'], ['Bắc Giang', '71.24'], ['Bà Rịa - Vũng Tàu', '71.17'],
    ]);
    const nat = parse(new URL('national-averages.csv', REFERENCE));
    expect(nat.find((n) => n.index === 'PCI' && n.year === '2024')).toMatchObject({ statistic: 'national_median', value: '67.67' });
  });

  it('PCI 2023 (plo.vn): Quảng Ninh 71.25 1st, Long An 70.94 2nd; Hải Phòng, Bắc Giang, Đồng Tháp 3rd–5th without a printed score; Quảng Ninh 2023→2024 is +1.95 as printed', () => {
    expect(get('PCI', 2023, 'Quảng Ninh', 'total')).toMatchObject({ score: '71.25', rank: '1' });
    expect(get('PCI', 2023, 'Long An', 'total')).toMatchObject({ score: '70.94', rank: '2' });
    expect(['Hải Phòng', 'Bắc Giang', 'Đồng Tháp'].map((p) => get('PCI', 2023, p, 'total')!.rank)).toEqual(['3', '4', '5']);
    expect(Number(get('PCI', 2024, 'Quảng Ninh', 'total')!.score) - Number(get('PCI', 2023, 'Quảng Ninh', 'total')!.score)).toBeCloseTo(1.95, 2);
  });

  it('PCI 2024 Điện Biên: the page prints 67.77, 32nd; 67.67 is shipped (its 2023 66.77 + the printed +0.9 = the national median 67.67 = the 32nd of 63), 67.77 kept as a disagreement; informal charges 6.39, 52nd', () => {
    const r = get('PCI', 2024, 'Điện Biên', 'total')!;
    expect(r).toMatchObject({ score: '67.67', rank: '32' });
    expect(r.source).toMatch(/^derived: 66\.77/);
    expect(r.note).toContain('misprint');
    expect(disagreementsOf('PCI', 2024, 'Điện Biên', 'total')).toEqual([
      expect.objectContaining({ field: 'score', shipped: '67.67', other: '67.77', kind: 'sources-disagree' }),
    ]);
    expect(get('PCI', 2024, 'Điện Biên', 'informal_charges')).toMatchObject({ score: '6.39', rank: '52' });
  });
});

describe('a page that contradicts better sources is kept as a disagreement, never shipped (data/found/*-disputed.csv)', () => {
  it('PGI 2023: thongtin.vietnam.vn lists Hưng Yên, TP.HCM, Tây Ninh 3rd–5th; the pcivietnam.vn TP.HCM page prints TP.HCM 5th and online.nks.vn Hưng Yên 4th — shipped ranks unchanged, the other ranks kept with their page', () => {
    expect(get('PGI', 2023, 'Hồ Chí Minh', 'total')).toMatchObject({ score: '24.20', rank: '5' });
    expect(get('PGI', 2023, 'Hưng Yên', 'total')).toMatchObject({ score: '24.59', rank: '4' });
    expect(get('PGI', 2023, 'Tây Ninh', 'total')).toMatchObject({ score: '23.96', rank: '' });
    const other = (p: string) => disagreementsOf('PGI', 2023, p, 'total').map((d) => [d.field, d.shipped, d.other, d.other_source.includes('thongtin.vietnam.vn')]);
    expect(other('Hồ Chí Minh')).toEqual([['rank', '5', '4', true]]);
    expect(other('Hưng Yên')).toEqual([['rank', '4', '3', true]]);
    expect(other('Tây Ninh')).toEqual([['rank', '', '5', true]]);
  });

  it('PCI 2023 Hải Dương (same page, undisputed figure): 68.68, 17th', () => {
    expect(get('PCI', 2023, 'Hải Dương', 'total')).toMatchObject({ score: '68.68', rank: '17' });
  });
});

describe('data/reference/disagreements.csv', () => {
  it('each row names a shipped figure, repeats it exactly, and holds a different figure with its own source', () => {
    expect(disagreements.length).toBeGreaterThan(40);
    const bad: string[] = [];
    for (const d of disagreements) {
      const r = byKey.get(key(d.index, d.year, d.province, d.component));
      if (!r) {
        bad.push(`${key(d.index, d.year, d.province, d.component)}: not shipped`);
        continue;
      }
      if ((d.field === 'score' ? r.score : r.rank) !== d.shipped) bad.push(`${d.index} ${d.year} ${d.province} ${d.component}: shipped ${d.field} differs`);
      if (d.other === '' || d.other === d.shipped || d.other_source === '') bad.push(`${d.index} ${d.year} ${d.province} ${d.component}: no other figure`);
      if (!['sources-disagree', 'rank-contradicts-scores', 'composite-contradicts-components'].includes(d.kind)) bad.push(`kind ${d.kind}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('figures printed on stored pages, shipped after the audit of 2026-12-02 (data/found/figures-found-2026-12-02.csv)', () => {
  it('PCI 2024 (en.sggp.org.vn): TT-Huế 71.13, Hậu Giang 70.54, Phú Thọ and Đồng Tháp 70.35, Hưng Yên 70.18 without a printed rank; TP.HCM 67.89, 29th (27th in 2023)', () => {
    expect(['Thừa Thiên Huế', 'Hậu Giang', 'Phú Thọ', 'Đồng Tháp', 'Hưng Yên'].map((p) => get('PCI', 2024, p, 'total')?.score)).toEqual(['71.13', '70.54', '70.35', '70.35', '70.18']);
    expect(get('PCI', 2024, 'Hưng Yên', 'total')!.rank).toBe('');
    expect(get('PCI', 2024, 'Hồ Chí Minh', 'total')).toMatchObject({ score: '67.89', rank: '29' });
    expect(get('PCI', 2023, 'Hồ Chí Minh', 'total')).toMatchObject({ score: '', rank: '27' });
    expect(get('PCI', 2024, 'Hồ Chí Minh', 'total')!.source).toContain('en.sggp.org.vn');
  });
  it('PCI 2024 Hà Nội (news.laodong.vn): 68.38, 24th of 63, up 4 places; its page is the row\'s source', () => {
    expect(get('PCI', 2024, 'Hà Nội', 'total')).toMatchObject({ score: '68.38', rank: '24' });
    expect(get('PCI', 2024, 'Hà Nội', 'total')!.source).toBe('https://news.laodong.vn/kinh-doanh/ly-giai-viec-ha-noi-nam-ngoai-top-20-tinh-thanh-co-chat-luong-dieu-hanh-kinh-te-tot-nhat-1503703.ldo');
  });
});

describe('PGI 2023 Lạng Sơn (thongtin.vietnam.vn/en/xanh-dan-chi-so-xanh)', () => {
  it('PGI 2023: 17.33, 62nd of 63; PGI 2022: 2nd (rank only)', () => {
    expect(get('PGI', 2023, 'Lạng Sơn', 'total')).toMatchObject({ score: '17.33', rank: '62' });
    expect(get('PGI', 2022, 'Lạng Sơn', 'total')).toMatchObject({ score: '', rank: '2' });
  });
});
