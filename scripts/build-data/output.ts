/** The output files (data/scores, data/reference) and the generated blocks of data/SOURCES.md (coverage, merge log). */
import { defaultCatalogue, expectedUnitCount, getIndex } from '@/domain/catalogue/catalogue';
import { num, type Candidate, P } from './candidates';

// ---------------------------------------------------------------- output files

export interface FileSpec {
  file: string;
  index: string;
  title: { vi: string; en: string };
  source: string;
  licence: string;
  accepts: (c: Candidate) => boolean;
}

export const FILES: FileSpec[] = [
  {
    file: 'pci-2005-2016-vcci-workbooks.csv',
    index: 'PCI',
    title: {
      vi: 'PCI 2005–2016: toàn bộ các tỉnh (sổ dữ liệu VCCI)',
      en: 'PCI 2005–2016: every province (VCCI workbooks)',
    },
    source: 'VCCI/USAID PCI workbooks as compiled in github.com/mdtrinh/vietnamdata @ be581b8d (S1)',
    licence: 'Compilation CC0; figures © VCCI/USAID (PCI) — credit VCCI as publisher',
    accepts: (c) => c.index === 'PCI' && c.precedence === P.S1,
  },
  {
    file: 'pci-2017-2024-official-pages.csv',
    index: 'PCI',
    title: {
      vi: 'PCI 2017–2024: bảng, trang tỉnh chính thức và tin tức (một phần)',
      en: 'PCI 2017–2024: official tables, province pages and news (partial)',
    },
    source: 'pcivietnam.vn tables and province pages; investinquangninh.vn; Vĩnh Phúc portal; news (URL per row)',
    licence: 'Published figures © VCCI/USAID (PCI), quoted with attribution; no third-party compilation',
    accepts: (c) => c.index === 'PCI' && c.precedence !== P.S1,
  },
  {
    file: 'papi-2011-2024.csv',
    index: 'PAPI',
    title: { vi: 'PAPI 2011–2024: toàn bộ các tỉnh', en: 'PAPI 2011–2024: every province' },
    source: 'PAPI (CECODES, VFF-CRT, RTA, UNDP) via github.com/mdtrinh/vietnamdata @ be581b8d (S1, 2011–2016) and github.com/hnks-gh/ml-mcdm @ d165721e (S3, 2017–2024)',
    licence: 'Compilations CC0 (S1) and MIT (S3); figures © PAPI partners — credit PAPI/UNDP',
    accepts: (c) => c.index === 'PAPI',
  },
  {
    file: 'pgi-2022-2024-pages-and-news.csv',
    index: 'PGI',
    title: {
      vi: 'PGI 2022–2024: trang hồ sơ PGI của pcivietnam.vn và tin tức (một phần)',
      en: 'PGI 2022–2024: pcivietnam.vn PGI province pages and news (partial)',
    },
    source: 'pcivietnam.vn PGI province pages (TP.HCM, Hải Dương, with their regional comparisons); news pages (URL per row)',
    licence: 'Published figures © VCCI/USAID (PGI), quoted with attribution',
    accepts: (c) => c.index === 'PGI',
  },
  {
    file: 'par-2021-2024-news.csv',
    index: 'PAR',
    title: { vi: 'PAR INDEX 2019–2024: các tỉnh được nêu trên báo (một phần)', en: 'PAR INDEX 2019–2024: provinces reported in the news (partial)' },
    source: 'Ministry of Home Affairs releases as reported by news pages (URL per row)',
    licence: 'Published figures © Bộ Nội vụ (MoHA), quoted from news reports with attribution',
    accepts: (c) => c.index === 'PAR',
  },
  {
    file: 'sipas-2021-2024-news.csv',
    index: 'SIPAS',
    title: { vi: 'SIPAS 2017–2024: các tỉnh được nêu trên báo (một phần)', en: 'SIPAS 2017–2024: provinces reported in the news (partial)' },
    source: 'Ministry of Home Affairs releases as reported by news pages (URL per row)',
    licence: 'Published figures © Bộ Nội vụ (MoHA), quoted from news reports with attribution',
    accepts: (c) => c.index === 'SIPAS',
  },
];

export function componentOrder(index: string): Map<string, number> {
  const ix = getIndex(defaultCatalogue, index);
  return new Map(ix.components.map((c, i) => [c.id, i]));
}

export interface CoverageRow {
  index: string;
  year: number;
  file: string;
  provinces: number;
  withTotal: number;
  expected: number;
  ranks: number[];
  components: number;
  subRanks: number;
}

export function coverageOf(rows: Candidate[], file: string): CoverageRow[] {
  const byYear = new Map<string, Candidate[]>();
  for (const r of rows) {
    const k = `${r.index}|${r.year}`;
    byYear.set(k, [...(byYear.get(k) ?? []), r]);
  }
  return [...byYear.entries()].map(([k, rs]) => {
    const [index, y] = k.split('|');
    const year = num(y);
    const totals = rs.filter((r) => r.component === 'total');
    return {
      index,
      year,
      file,
      provinces: new Set(rs.map((r) => r.unit!.id)).size,
      withTotal: new Set(totals.filter((r) => r.score !== '').map((r) => r.unit!.id)).size,
      expected: expectedUnitCount(defaultCatalogue, year),
      ranks: totals.filter((r) => r.rank !== '').map((r) => num(r.rank)).sort((a, b) => a - b),
      components: new Set(rs.map((r) => r.component)).size,
      subRanks: rs.filter((r) => r.component !== 'total' && r.rank !== '').length,
    };
  });
}

export function rankText(ranks: number[]): string {
  if (!ranks.length) return '—';
  const runs: string[] = [];
  let start = ranks[0];
  let prev = ranks[0];
  for (const r of [...ranks.slice(1), Infinity]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    runs.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = prev = r;
  }
  return `${ranks.length} (${runs.join(', ')})`;
}

export function coverageTable(cov: CoverageRow[]): string {
  const lines = [
    '| index | year | file | provinces with any figure | composite loaded / expected | composite ranks printed | components | sub-index ranks printed |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const c of cov) {
    lines.push(
      `| ${c.index} | ${c.year} | ${c.file} | ${c.provinces} | ${c.withTotal} / ${c.expected} | ${rankText(c.ranks)} | ${c.components} | ${c.subRanks || '—'} |`,
    );
  }
  return lines.join('\n');
}

export function coverageSummary(c: CoverageRow): { vi: string; en: string } {
  return {
    vi: `${c.index} ${c.year}: ${c.withTotal}/${c.expected} tỉnh có điểm tổng hợp, ${c.provinces} tỉnh có số liệu`,
    en: `${c.index} ${c.year}: composite for ${c.withTotal} of ${c.expected} provinces, figures for ${c.provinces}`,
  };
}

export function replaceBlock(md: string, name: string, content: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const block = `${start}\n${content}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  return re.test(md) ? md.replace(re, block) : `${md}\n${block}\n`;
}
