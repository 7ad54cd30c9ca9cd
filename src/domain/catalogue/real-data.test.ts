/**
 * Specifications of the real published figures shipped in data/scores/ (built by scripts/build-data.ts
 * from ../shared/data-candidates/). Each test states a property of the published data with real numbers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  defaultCatalogue,
  expectedUnitCount,
  getIndex,
  mainComponents,
  resolveUnit,
  subComponents,
  weightFor,
} from './catalogue';

const SCORES = new URL('../../../data/scores/', import.meta.url);
const REFERENCE = new URL('../../../data/reference/', import.meta.url);
const SHARED_PCI = new URL('../../../../shared/data-candidates/pci-2005-2021-all-provinces.csv', import.meta.url);
const HEADER = 'index,year,province,component,score,rank,tier,source,note';

type Row = Record<'index' | 'year' | 'province' | 'component' | 'score' | 'rank' | 'tier' | 'source' | 'note', string> & {
  file: string;
};

function parse(url: URL): Record<string, string>[] {
  const text = readFileSync(url, 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const manifest = JSON.parse(readFileSync(new URL('manifest.json', SCORES), 'utf8')) as {
  files: { file: string; index: string; years: [number, number]; title: { vi: string; en: string }; source: string; licence: string; coverage: { vi: string; en: string } }[];
};
const csvFiles = readdirSync(fileURLToPath(SCORES)).filter((f) => f.endsWith('.csv')).sort();
const rows: Row[] = manifest.files.flatMap((m) => parse(new URL(m.file, SCORES)).map((r) => ({ ...(r as Row), file: m.file })));

const key = (r: { index: string; year: string | number; province: string; component: string }) =>
  `${r.index}|${r.year}|${r.province}|${r.component}`;
const byKey = new Map(rows.map((r) => [key(r), r]));
const get = (index: string, year: number, province: string, component: string) => byKey.get(key({ index, year, province, component }));
const score = (index: string, year: number, province: string, component: string) => {
  const r = get(index, year, province, component);
  return r && r.score !== '' ? Number(r.score) : undefined;
};
const componentsOf = new Map<string, string[]>();
for (const r of rows) {
  const k = `${r.index}|${r.year}|${r.province}`;
  componentsOf.set(k, [...(componentsOf.get(k) ?? []), r.component]);
}
const provincesOf = (index: string, year: number) => [...new Set(rows.filter((r) => r.index === index && Number(r.year) === year).map((r) => r.province))];

const PCI = getIndex(defaultCatalogue, 'PCI');
const PAPI = getIndex(defaultCatalogue, 'PAPI');

/** 10 × Σ weight × sub-index with the edition's weights (from the catalogue); undefined if a sub-index is missing. */
function pciWeightedSum(year: number, province: string, weightYear = year): number | undefined {
  let sum = 0;
  for (const c of mainComponents(PCI, year)) {
    const w = weightFor(c, weightYear);
    const v = score('PCI', year, province, c.id);
    if (w === null || v === undefined) return undefined;
    sum += w * v;
  }
  return 10 * sum;
}

describe('shipped files', () => {
  it('the manifest lists exactly the CSV files in data/scores, each with the long-format header', () => {
    expect(manifest.files.map((f) => f.file).sort()).toEqual(csvFiles);
    for (const f of csvFiles) {
      const first = readFileSync(new URL(f, SCORES), 'utf8').split('\n')[0];
      expect(first, f).toBe(HEADER);
    }
    for (const m of manifest.files) {
      expect(m.title.vi && m.title.en && m.source && m.licence && m.coverage.vi && m.coverage.en, m.file).toBeTruthy();
      const years = rows.filter((r) => r.file === m.file).map((r) => Number(r.year));
      expect([Math.min(...years), Math.max(...years)], m.file).toEqual(m.years);
      expect(new Set(rows.filter((r) => r.file === m.file).map((r) => r.index)), m.file).toEqual(new Set([m.index]));
    }
  });

  it('no (index, year, province, component) key appears twice across all shipped files', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const r of rows) {
      const k = key(r);
      if (seen.has(k)) dup.push(`${k} in ${seen.get(k)} and ${r.file}`);
      seen.set(k, r.file);
    }
    expect(dup).toEqual([]);
    expect(rows.length).toBe(8015 + 1228 + 28854 + 68 + 31 + 19);
  });

  it('every province is the Vietnamese name of the catalogue unit it resolves to in that year', () => {
    const bad = new Set<string>();
    for (const r of rows) {
      const unit = resolveUnit(defaultCatalogue, r.province, Number(r.year));
      if (!unit || unit.vi !== r.province) bad.add(`${r.province} ${r.year}`);
    }
    expect([...bad]).toEqual([]);
    // Hà Tây is a unit only until 2008.
    expect(provincesOf('PCI', 2008)).toContain('Hà Tây');
    expect(provincesOf('PCI', 2009)).not.toContain('Hà Tây');
  });

  it('every component is a catalogue component of its index', () => {
    const bad = new Set<string>();
    for (const r of rows) {
      const ix = getIndex(defaultCatalogue, r.index);
      if (!ix.components.some((c) => c.id === r.component)) bad.add(`${r.index}/${r.component}`);
    }
    expect([...bad]).toEqual([]);
  });

  it('no score of 0 stands for a missing value; a row without a score carries a printed rank', () => {
    const bad: string[] = [];
    for (const r of rows) {
      if (r.score === '') {
        if (!/^\d+$/.test(r.rank)) bad.push(`${key(r)}: no score and no rank`);
      } else if (!Number.isFinite(Number(r.score)) || Number(r.score) === 0) bad.push(`${key(r)}: score ${r.score}`);
    }
    expect(bad).toEqual([]);
    expect(rows.filter((r) => r.score === '').length).toBeGreaterThan(0);
  });

  it('ranks are whole numbers between 1 and the number of units ranked that year, never repeated for a component', () => {
    const seen = new Map<string, string>();
    for (const r of rows.filter((x) => x.rank !== '')) {
      const rank = Number(r.rank);
      expect(Number.isInteger(rank) && rank >= 1 && rank <= expectedUnitCount(defaultCatalogue, Number(r.year)), key(r)).toBe(true);
      const k = `${r.index}|${r.year}|${r.component}|${rank}`;
      expect(seen.get(k), `${k}: ${seen.get(k)} and ${r.province}`).toBeUndefined();
      seen.set(k, r.province);
    }
  });

  it('national averages live in data/reference, not among the provinces', () => {
    expect(rows.filter((r) => /national|toàn quốc|average/i.test(r.province) || r.component === 'national_average')).toEqual([]);
    const nat = parse(new URL('national-averages.csv', REFERENCE));
    expect(nat.map((n) => [n.index, n.year, n.statistic, n.value])).toEqual([
      ['PAR', '2023', 'national_average', '86.98'],
      ['PAR', '2024', 'national_average', '88.37'],
      ['PCI', '2024', 'national_median', '67.67'],
      ['SIPAS', '2023', 'national_average', '82.66'],
      ['SIPAS', '2024', 'national_average', '83.94'],
    ]);
  });
});

describe('PCI', () => {
  it('PCI 2005–2016 comes only from the VCCI workbooks (S1); PCI 2017+ only from official pages and reports, never S2', () => {
    for (const r of rows.filter((x) => x.index === 'PCI')) {
      if (Number(r.year) <= 2016) expect(r.source, key(r)).toBe('S1-mdtrinh-vietnamdata');
      else expect(r.source, key(r)).not.toMatch(/^S[123]-/);
    }
    expect(rows.some((r) => /letrinhandn|S2-/.test(r.source + r.note))).toBe(false);
  });

  it('PCI 2005 is the 42-province pilot; 2006–2008 rank 64 units (with Hà Tây); 2009–2016 every one of the 63 provinces', () => {
    expect(provincesOf('PCI', 2005)).toHaveLength(42);
    for (const y of [2006, 2007, 2008]) expect(provincesOf('PCI', y)).toHaveLength(64);
    for (let y = 2009; y <= 2016; y++) expect(provincesOf('PCI', y)).toHaveLength(63);
  });

  it('PCI 2013–2021: every province\'s composite equals 10 × Σ weight × sub-index (weights 5,5,20,5,10,5,5,20,20,5 %) within 0.02', () => {
    expect(mainComponents(PCI, 2013).map((c) => Math.round((weightFor(c, 2013) ?? NaN) * 100))).toEqual([5, 5, 20, 5, 10, 5, 5, 20, 20, 5]);
    const misses: string[] = [];
    let checked = 0;
    for (let year = 2013; year <= 2021; year++) {
      for (const p of provincesOf('PCI', year)) {
        const sum = pciWeightedSum(year, p);
        const total = score('PCI', year, p, 'total');
        if (sum === undefined || total === undefined) continue;
        checked++;
        if (Math.abs(sum - total) > 0.02 + 1e-9) misses.push(`${year} ${p}: printed ${total}, weighted sum ${sum.toFixed(3)}`);
      }
    }
    expect(checked).toBe(4 * 63 + 92); // 2013–2016 workbooks + official tables and pages 2017–2021
    // The only misses are two-decimal province pages, where ten rounded sub-indices can drift up to 0.05.
    expect(misses).toEqual([
      '2017 Sóc Trăng: printed 60.84, weighted sum 60.815',
      '2021 Bình Phước: printed 62.17, weighted sum 62.140',
    ]);
  });

  it('PCI 2022: the printed composite equals the new-weight sum within 0.02 for every province with all ten sub-indices (old weights miss by 2–5)', () => {
    const checked: string[] = [];
    for (const p of provincesOf('PCI', 2022)) {
      const total = score('PCI', 2022, p, 'total');
      const sum = pciWeightedSum(2022, p);
      if (sum === undefined || total === undefined) continue;
      checked.push(p);
      expect(Math.abs(sum - total), p).toBeLessThanOrEqual(0.02 + 1e-9);
      const old = pciWeightedSum(2022, p, 2021)!;
      expect(total - old, p).toBeGreaterThan(1.9);
    }
    expect(checked.sort()).toEqual(
      ['Bình Phước', 'Đồng Nai', 'Hải Phòng', 'Hậu Giang', 'Lâm Đồng', 'Ninh Thuận', 'Phú Thọ', 'Quảng Trị', 'Thanh Hóa'].sort(),
    );
  });

  it('Quảng Ninh PCI 2021: composite 73.02, rank 1 of 63; entry costs 7.98 and time costs 8.52 both ranked 1st', () => {
    expect(get('PCI', 2021, 'Quảng Ninh', 'total')).toMatchObject({ score: '73.02', rank: '1' });
    expect(get('PCI', 2021, 'Quảng Ninh', 'entry_costs')).toMatchObject({ score: '7.98', rank: '1' });
    expect(get('PCI', 2021, 'Quảng Ninh', 'time_costs')).toMatchObject({ score: '8.52', rank: '1' });
    expect(get('PCI', 2021, 'Bình Thuận', 'total')).toMatchObject({ score: '65.96', rank: '21' });
  });

  it('Quảng Ninh PCI 2022: composite 72.95 rank 1; sub-index scores kept, their printed rank "1" only in the note', () => {
    expect(get('PCI', 2022, 'Quảng Ninh', 'total')).toMatchObject({ score: '72.95', rank: '1' });
    const subs = rows.filter((r) => r.index === 'PCI' && r.year === '2022' && r.province === 'Quảng Ninh' && r.component !== 'total');
    expect(subs).toHaveLength(8);
    for (const r of subs) {
      expect(r.rank, r.component).toBe('');
      expect(r.note, r.component).toMatch(/rank printed as 1/);
    }
    expect(get('PCI', 2022, 'Quảng Ninh', 'entry_costs')?.score).toBe('7.16');
  });

  it('HCMC PCI 2019: composite 67.16, rank 14; its sub-indices, printed N/A, are not shipped (no empty rows, no zeros)', () => {
    expect(get('PCI', 2019, 'Hồ Chí Minh', 'total')).toMatchObject({ score: '67.16', rank: '14' });
    expect(rows.filter((r) => r.index === 'PCI' && r.year === '2019' && r.province === 'Hồ Chí Minh')).toHaveLength(1);
    expect(rows.filter((r) => r.index === 'PCI' && r.year === '2019' && r.rank !== '' && r.component === 'total').map((r) => Number(r.rank)).sort((a, b) => a - b).slice(0, 24)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    );
  });

  it('PCI 2007 ranks follow the workbooks: Tiền Giang 12th and Đồng Tháp 9th, not the "65" printed on their province pages', () => {
    expect(get('PCI', 2007, 'Tiền Giang', 'total')?.rank).toBe('12');
    expect(get('PCI', 2007, 'Đồng Tháp', 'total')?.rank).toBe('9');
    expect(get('PCI', 2007, 'Tiền Giang', 'total')?.note).toMatch(/rank 65/);
  });

  it('PCI 2013 workbook figures are kept where the English province pages print another informal-charges value (Quảng Trị 5.126009, not 7.57)', () => {
    expect(get('PCI', 2013, 'Quảng Trị', 'informal_charges')?.score).toBe('5.126009');
    expect(Math.abs(pciWeightedSum(2013, 'Quảng Trị')! - score('PCI', 2013, 'Quảng Trị', 'total')!)).toBeLessThan(1e-3);
  });

  it('PCI 2023 and 2024 are partial by publication (top 30 only): Thanh Hóa 66.79 (30th, 2023), Hải Phòng 74.84 (1st, 2024)', () => {
    expect(get('PCI', 2023, 'Thanh Hóa', 'total')).toMatchObject({ score: '66.79', rank: '30' });
    expect(get('PCI', 2024, 'Hải Phòng', 'total')).toMatchObject({ score: '74.84', rank: '1' });
    expect(get('PCI', 2024, 'Thanh Hóa', 'total')).toMatchObject({ score: '68.74', rank: '21' });
  });

  const s2Available = existsSync(SHARED_PCI);
  it.skipIf(!s2Available)(
    'S2 (licence-risk panel, not shipped) agrees with every shipped official PCI 2017–2021 figure within 0.005',
    () => {
      const s2 = parse(SHARED_PCI).filter((r) => r.source.startsWith('S2') && Number(r.year) >= 2017 && Number(r.year) <= 2021);
      expect(s2.length).toBe(5 * 63 * 11);
      let compared = 0;
      const bad: string[] = [];
      for (const r of s2) {
        const unit = resolveUnit(defaultCatalogue, r.province, Number(r.year));
        expect(unit, r.province).toBeDefined();
        const shipped = score('PCI', Number(r.year), unit!.vi, r.component);
        if (shipped === undefined) continue;
        compared++;
        if (Math.abs(shipped - Number(r.score)) > 0.005 + 1e-9) bad.push(`${r.year} ${unit!.vi} ${r.component}: shipped ${shipped}, S2 ${r.score}`);
      }
      expect(bad).toEqual([]);
      expect(compared).toBeGreaterThan(1000);
    },
  );
  if (!s2Available) {
    it.skip(`S2 check skipped: ${fileURLToPath(SHARED_PCI)} not found (the shared research folder is not next to the repo)`, () => {});
  }
});

describe('PAPI', () => {
  it('each dimension equals the sum of its sub-dimensions within 1e-3, and the aggregate equals the sum of dimensions', () => {
    let dims = 0;
    let aggregates = 0;
    for (let year = 2011; year <= 2024; year++) {
      for (const p of provincesOf('PAPI', year)) {
        const dimScores: number[] = [];
        for (const d of mainComponents(PAPI, year)) {
          const ds = score('PAPI', year, p, d.id);
          if (ds === undefined) continue;
          dimScores.push(ds);
          const subs = subComponents(PAPI, d.id, year)
            .map((s) => score('PAPI', year, p, s.id))
            .filter((v): v is number => v !== undefined);
          const present = (componentsOf.get(`PAPI|${year}|${p}`) ?? []).filter((c) => c.startsWith(`${d.id}.`));
          expect(subs.length, `${year} ${p} ${d.id}: sub-dimensions outside the catalogue years`).toBe(present.length);
          if (subs.length === 0) continue;
          dims++;
          expect(Math.abs(subs.reduce((a, b) => a + b, 0) - ds), `${year} ${p} ${d.id}`).toBeLessThan(1e-3);
        }
        const total = score('PAPI', year, p, 'total');
        if (total === undefined) continue;
        expect(dimScores, `${year} ${p}`).toHaveLength(mainComponents(PAPI, year).length);
        aggregates++;
        expect(Math.abs(dimScores.reduce((a, b) => a + b, 0) - total), `${year} ${p}`).toBeLessThan(1e-3);
      }
    }
    expect(aggregates).toBe(63 * 14 - 2 * 5 - 3); // 61 in 2014, 2018, 2022, 2023, 2024; 60 in 2021
    expect(dims).toBeGreaterThan(5000);
  });

  it('aggregates derived as sums (2017–2024) say so in the note; published ones (2011–2016) do not', () => {
    for (const r of rows.filter((x) => x.index === 'PAPI' && x.component === 'total')) {
      expect(r.note.startsWith('derived_sum'), key(r)).toBe(Number(r.year) >= 2017);
    }
  });

  it('PAPI 2020 Quảng Ninh: 48.811, 1st (the full table wins over the news misprint 48.881, which stays in the note)', () => {
    const r = get('PAPI', 2020, 'Quảng Ninh', 'total')!;
    expect(Number(r.score).toFixed(3)).toBe('48.811');
    expect(r.rank).toBe('1');
    expect(r.note).toContain('48.881');
    expect(Number(get('PAPI', 2020, 'Quảng Ninh', 'transparency')!.score).toFixed(3)).toBe('6.499');
    expect(Number(get('PAPI', 2020, 'Đồng Tháp', 'total')!.score).toFixed(3)).toBe('46.961');
    expect(Number(get('PAPI', 2020, 'Hồ Chí Minh', 'total')!.score).toFixed(3)).toBe('41.985');
  });

  it('PAPI 2023: Thừa Thiên Huế tops at 46.04; Bình Dương and Quảng Ninh have no record', () => {
    const totals = rows
      .filter((r) => r.index === 'PAPI' && r.year === '2023' && r.component === 'total')
      .sort((a, b) => Number(b.score) - Number(a.score));
    expect(totals[0].province).toBe('Thừa Thiên Huế');
    expect(Math.floor(Number(totals[0].score) * 100) / 100).toBe(46.04);
    expect(totals.slice(1, 5).map((r) => r.province)).toEqual(['Thái Nguyên', 'Bắc Ninh', 'Sóc Trăng', 'Bạc Liêu']);
    expect(totals.findIndex((r) => r.province === 'Hà Nội') + 1).toBe(15);
    expect(totals).toHaveLength(61);
    expect(provincesOf('PAPI', 2023)).not.toContain('Quảng Ninh');
    expect(provincesOf('PAPI', 2023)).not.toContain('Bình Dương');
  });

  it('PAPI 2023 public services (report table 3.6): Hà Nội 7.8486 = 1.7029 + 1.9570 + 2.2548 + law and order', () => {
    expect(score('PAPI', 2023, 'Hà Nội', 'public_services')).toBeCloseTo(7.8486, 4);
    expect(score('PAPI', 2023, 'Hà Nội', 'public_services.public_health')).toBeCloseTo(1.7029, 4);
  });
});

describe('PAR INDEX and SIPAS (news, partial)', () => {
  it('PAR 2023: Quảng Ninh 92.18 (1st), Hải Phòng 91.87 (2nd; 91.81 on another page, see data-mends.test.ts), Hà Nội 91.43; An Giang 81.32 last of 63', () => {
    expect(get('PAR', 2023, 'Quảng Ninh', 'total')).toMatchObject({ score: '92.18', rank: '1' });
    expect(get('PAR', 2023, 'Hải Phòng', 'total')).toMatchObject({ score: '91.87', rank: '2' });
    expect(get('PAR', 2023, 'Hà Nội', 'total')).toMatchObject({ score: '91.43', rank: '3' });
    expect(get('PAR', 2023, 'An Giang', 'total')).toMatchObject({ score: '81.32', rank: '63' });
  });

  it('rows with a printed rank but no printed score keep the rank and an empty score (PAR 2021 Hải Phòng 1st)', () => {
    expect(get('PAR', 2021, 'Hải Phòng', 'total')).toMatchObject({ score: '', rank: '1' });
    expect(get('SIPAS', 2024, 'Thái Nguyên', 'total')).toMatchObject({ score: '', rank: '2' });
  });

  it('news rows carry their page address in `source`', () => {
    expect(get('SIPAS', 2023, 'Quảng Ninh', 'total')).toMatchObject({ score: '90.61', rank: '1' });
    expect(get('SIPAS', 2023, 'Quảng Ninh', 'total')!.source).toMatch(/^https:\/\//);
    expect(get('PAR', 2022, 'Quảng Ninh', 'total')).toMatchObject({ score: '90.10', rank: '1' });
  });
});
