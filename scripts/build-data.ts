/**
 * build-data: turn the real published figures gathered in ../shared/data-candidates/ (and data/found/, the
 * figures this repository found in published pages, one page address per row) into the clean long-format CSV
 * files the app ships (data/scores/*.csv, data/scores/manifest.json, data/reference/national-averages.csv,
 * region-averages.csv, disagreements.csv) and refresh the generated blocks of data/SOURCES.md.
 * CSV is read and written with papaparse; unchanged data gives byte-identical files.
 *
 * How to re-run (no npm script needed; nothing is downloaded):
 *     cd <repo root> && npx tsx scripts/build-data.ts
 * (equivalently `node --import tsx scripts/build-data.ts`). The shared folder defaults to
 * <repo>/../shared; set CHISO_SHARED_DIR=/path/to/shared to point elsewhere.
 * The outputs are committed, so the app opens without running this. Re-run it only when the
 * candidate files change, then run `npx vitest run src/domain/catalogue/real-data.test.ts`.
 *
 * Rules (see data/SOURCES.md for the reasons):
 *  - one row per (index, year, province, component) across ALL shipped files; where several inputs
 *    hold the same key, the one with the lowest precedence number wins, and the others can only fill
 *    an empty rank / tier (when their score agrees) — every disagreement is logged;
 *  - PCI 2017–2021 figures of S2 (licence risk) are never shipped; they are only used by the test
 *    suite to check the official figures;
 *  - scores are copied as printed (the text of the cell), missing stays empty, never 0;
 *  - where published figures disagree (two sources beyond the printed precision, a printed rank that the
 *    complete year's scores contradict, a composite off its components' weighted sum), data/scores keeps one
 *    and data/reference/disagreements.csv keeps the other with its own source;
 *  - every province name must resolve to a catalogue unit, or the build fails listing the names.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { componentValidIn, defaultCatalogue, expectedUnitCount, findComponent, getIndex, resolveUnit } from '@/domain/catalogue/catalogue';
import { compositeAgrees, compositeFromComponents } from '@/domain/analysis/composite';
import { printedRankAgrees } from '@/domain/analysis/rank';
import { decimalsOfText } from '@/domain/import/precision';
import type { Unit } from '@/domain/catalogue/types';
import { DATA_CANDIDATES_DIR, REPO_ROOT } from './lib/shared-path';
import { readCli } from './lib/cli.mjs';

const IN = DATA_CANDIDATES_DIR;
const OUT_SCORES = resolve(REPO_ROOT, 'data/scores');
const OUT_REFERENCE = resolve(REPO_ROOT, 'data/reference');
/** Figures found by this repository's own searches of published pages (same long format, URL per row). */
const FOUND_DIR = resolve(REPO_ROOT, 'data/found');
const SOURCES_MD = resolve(REPO_ROOT, 'data/SOURCES.md');
export const HEADER = ['index', 'year', 'province', 'component', 'score', 'rank', 'tier', 'source', 'note'] as const;
/**
 * data/reference/disagreements.csv: one row per published figure that is NOT the one in data/scores
 * for the same (index, year, province, component, field). `shipped` / `shipped_source` repeat what
 * data/scores holds; `other` / `other_source` are the disagreeing figure and where it is printed
 * (or, for kind composite-contradicts-components, the weighted sum, labelled "derived").
 */
export const DISAGREEMENT_HEADER = ['index', 'year', 'province', 'component', 'field', 'shipped', 'shipped_source', 'other', 'other_source', 'kind', 'note'] as const;

// ---------------------------------------------------------------- CSV helpers (papaparse)

/**
 * Read a small, clean CSV with papaparse (BOM removed, NFC). Free-text `note` cells in the news files
 * are not quoted and may contain commas: surplus cells are joined back into the `note` column.
 * A quoting error is a build error naming the file and line.
 */
function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimiter: ',' });
  if (parsed.errors.length) {
    const e = parsed.errors[0];
    throw new Error(`${path}:${(e.row ?? 0) + 1}: ${e.message}`);
  }
  const [head, ...body] = parsed.data;
  const header = head.map((h) => h.trim());
  const noteAt = header.indexOf('note');
  return body.map((raw, i) => {
    let cells = raw;
    if (cells.length > header.length) {
      if (noteAt < 0) throw new Error(`${path}:${i + 2}: ${cells.length} cells for ${header.length} columns`);
      const extra = cells.length - header.length;
      const note = cells.slice(noteAt, noteAt + extra + 1).join(',');
      cells = [...cells.slice(0, noteAt), note, ...cells.slice(noteAt + extra + 1)];
    }
    const row: Record<string, string> = {};
    header.forEach((h, j) => (row[h] = (cells[j] ?? '').trim()));
    return row;
  });
}

/** Write with papaparse: comma, LF, a cell quoted only when it holds a comma, quote or line break. */
function writeCsv(path: string, header: readonly string[], rows: (string | number)[][]): void {
  const body = Papa.unparse({ fields: [...header], data: rows.map((r) => r.map(String)) }, { newline: '\n', quotes: false, escapeFormulae: false });
  writeFileSync(path, body + '\n', 'utf8');
}

const num = (s: string) => Number(s);
const decimals = (s: string) => (s.includes('.') ? s.split('.')[1].length : 0);

// ---------------------------------------------------------------- candidate records

interface Candidate {
  index: string;
  year: number;
  written: string; // province as printed
  unit?: Unit;
  component: string;
  score: string; // as printed; '' = missing
  rank: string; // printed rank; '' = none
  tier: string;
  source: string; // what goes into the `source` column
  label: string; // short name of the input file, for logs
  precedence: number; // lower wins
  notes: string[];
  /** Printed rank that we keep out of `rank` on purpose (untrustworthy). */
  distrustedRank?: string;
  /**
   * From a data/found `*-disputed.csv` file: a page whose figures contradict better sources. Such a figure
   * never fills or replaces a shipped one and is never shipped on its own; where it differs from the shipped
   * row it is kept in data/reference/disagreements.csv with its page.
   */
  disputed?: boolean;
}

const log: string[] = [];
const disagreements: string[] = [];
const rankConflicts: string[] = [];
const dropped: string[] = [];
const fills: string[] = [];

/**
 * Where two published figures for the same key disagree, or a printed figure contradicts what a
 * complete table implies, BOTH are kept: the shipped row holds one (by precedence, see data/SOURCES.md)
 * and data/reference/disagreements.csv holds the other with its own source. Nothing is silently chosen.
 */
type DisagreementKind = 'sources-disagree' | 'rank-contradicts-scores' | 'composite-contradicts-components';
interface Disagreement {
  index: string;
  year: number;
  province: string;
  component: string;
  field: 'score' | 'rank';
  shippedSource: string;
  other: string;
  otherSource: string;
  kind: DisagreementKind;
  note: string;
  /** The shipped row: `shipped` is read from it when the file is written (merging may still fill it). */
  row: Candidate;
}
const conflicts: Disagreement[] = [];

function disagree(c: Candidate, field: 'score' | 'rank', other: string, otherSource: string, kind: DisagreementKind, note: string) {
  conflicts.push({
    index: c.index,
    year: c.year,
    province: c.unit!.vi,
    component: c.component,
    field,
    shippedSource: field === 'rank' ? rankSourceOf(c) : c.source,
    other,
    otherSource,
    kind,
    note,
    row: c,
  });
}

function say(line: string) {
  log.push(line);
  console.log(line);
}

// Input labels and their precedence (lower wins).
const P = {
  S1: 0,
  PAPI_FULL: 0,
  OFFICIAL_TABLE: 1, // pcivietnam.vn 63-province tables (PCI 2019 EN, PCI 2021 VI)
  PROVINCE_PAGE: 2, // pcivietnam.vn province pages
  QN_PORTAL: 3, // investinquangninh.vn sub-index table
  TOP_RANKS: 4, // provincial portals' top-N composite tables
  MENDS: 4.5, // data/found/mends-*.csv: a figure an audit settled against the news, with its reason in the note
  NEWS_FIGURES: 5, // news-figures-2021-2024 (one page per row, URL known)
  FOUND: 6, // data/found/*.csv: figures this repository found in published pages (URL per row)
  NEWS_URL: 7, // par-sipas-pci-facts (one page per row, URL known)
  NEWS: 8, // scattered-facts (no URL per row)
} as const;

const SRC = {
  S1: 'S1-mdtrinh-vietnamdata',
  PCI2021: 'pcivietnam.vn: Bảng chỉ số các tỉnh thành Việt Nam (PCI 2021)',
  PCI2019: 'pcivietnam.vn/en: PCI Subindices of 63 provinces/cities (PCI 2019)',
  PCI2019_HCMC: 'pcivietnam.vn: bảng xếp hạng PCI 2019 (Vietnamese ranking page)',
  QN: 'investinquangninh.vn/vi/pci: Dữ liệu PCI',
  TOP_VP: 'Vĩnh Phúc provincial portal: PCI ranking pages',
  TOP_QN: 'investinquangninh.vn: PCI ranking',
  NEWS: 'news: MoHA/UNDP release reports (baoquangninh, vietnamplus, baobariavungtau, investinquangninh, news.gov.vn)',
};

const candidates: Candidate[] = [];

function add(c: Omit<Candidate, 'notes'> & { notes?: string[] }) {
  if (c.score === '' && c.rank === '' && !c.distrustedRank) {
    dropped.push(`${c.label}: ${c.index} ${c.year} ${c.written} ${c.component} (no score, no rank)`);
    return;
  }
  candidates.push({ ...c, notes: c.notes ?? [] });
}

// ---- PCI 2005–2016: S1 (VCCI workbooks). 2017–2021 rows of that file come from S2: not shipped.
function loadPciS1() {
  const rows = readCsv(join(IN, 'pci-2005-2021-all-provinces.csv'));
  let s2 = 0;
  for (const r of rows) {
    if (!r.source.startsWith('S1')) {
      s2++;
      continue;
    }
    add({
      index: 'PCI',
      year: num(r.year),
      written: r.province,
      component: r.component,
      score: r.score,
      rank: r.rank_basis === 'printed' ? r.rank : '',
      tier: r.tier,
      source: SRC.S1,
      label: 'S1 workbooks',
      precedence: P.S1,
    });
  }
  say(`pci-2005-2021-all-provinces.csv: ${rows.length - s2} S1 rows loaded; ${s2} S2 rows (2017–2021, licence risk) skipped — used only as a check in real-data.test.ts`);
  say('  S1 2008 ranks have rank_basis=printed_order (sort order of the sheet, not a printed rank): not shipped as ranks');
}

function loadOfficialTable(file: string, source: string, label: string) {
  const rows = readCsv(join(IN, file));
  for (const r of rows) {
    const hcmc2019 = file.includes('2019') && /hcm/i.test(r.province);
    add({
      index: r.index,
      year: num(r.year),
      written: r.province,
      component: r.component,
      score: r.score,
      rank: r.rank,
      tier: '',
      source: hcmc2019 ? SRC.PCI2019_HCMC : source,
      label,
      precedence: P.OFFICIAL_TABLE,
    });
  }
  say(`${file}: ${rows.length} rows`);
}

function pageUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  const dir = join(IN, 'pci-province-pages');
  for (const f of readdirSync(dir).filter((f) => f.startsWith('_log'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const [slug, where] = line.split('|').map((s) => s.trim());
      const url = where?.match(/https?:\/\/\S+/)?.[0];
      if (slug && url) urls.set(slug, url);
    }
  }
  return urls;
}

function loadProvincePages() {
  const dir = join(IN, 'pci-province-pages');
  const urls = pageUrls();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const slug = f.replace(/\.csv$/, '');
    const url = urls.get(slug);
    if (!url) throw new Error(`No page address for ${f} in pci-province-pages/_log-*.txt`);
    const rows = readCsv(join(dir, f));
    for (const r of rows) {
      const year = num(r.year);
      let component = r.component;
      // The EN pages print "Policy Bias" for 2006–2008: that is the SOE-bias sub-index of the
      // workbooks (values equal S1 soe_bias to 2 decimals), not the 2013+ equal-competition index.
      if (component === 'equal_competition' && year <= 2008) component = 'soe_bias';
      add({
        index: r.index,
        year,
        written: r.province,
        component,
        score: r.score,
        rank: r.rank,
        tier: '',
        source: url,
        label: `page ${slug}`,
        precedence: P.PROVINCE_PAGE,
      });
    }
    say(`pci-province-pages/${f}: ${rows.length} rows (${url})`);
  }
}

function loadQuangNinh() {
  const rows = readCsv(join(IN, 'pci-quang-ninh-components-2011-2022.csv'));
  for (const r of rows) {
    const year = num(r.year);
    const untrusted = year === 2022; // every 2022 sub-index printed as rank 1
    add({
      index: r.index,
      year,
      written: r.province,
      component: r.component,
      score: r.score,
      rank: untrusted ? '' : r.rank_as_printed,
      distrustedRank: untrusted ? r.rank_as_printed : undefined,
      tier: '',
      source: SRC.QN,
      label: 'investinquangninh',
      precedence: P.QN_PORTAL,
      notes: untrusted
        ? [`rank printed as ${r.rank_as_printed} (every 2022 sub-index is printed as rank 1 on this page: not trusted)`]
        : [],
    });
  }
  say(`pci-quang-ninh-components-2011-2022.csv: ${rows.length} rows (2022 sub-index ranks kept out of \`rank\`)`);
}

function loadTopRanks() {
  const rows = readCsv(join(IN, 'pci-total-top-ranks-2011-2022.csv'));
  for (const r of rows) {
    const year = num(r.year);
    add({
      index: r.index,
      year,
      written: r.province,
      component: r.component,
      score: r.score,
      rank: r.rank,
      tier: '',
      source: year >= 2022 ? SRC.TOP_QN : SRC.TOP_VP,
      label: 'top-ranks',
      precedence: P.TOP_RANKS,
    });
  }
  say(`pci-total-top-ranks-2011-2022.csv: ${rows.length} rows`);
}

const nationalAverages: { index: string; year: number; statistic: string; value: string; source: string }[] = [];
const regionAverages: { index: string; year: number; region: string; value: string; source: string; note: string }[] = [];

function isNational(r: Record<string, string>) {
  return r.component === 'national_average' || r.component === 'national_median' || /national (average|median)/i.test(r.province);
}

/** News figures: one row per fact; the page address (when the file has one) is the source. */
function loadNews(file: string, label: string, precedence: number, dir = IN) {
  const rows = readCsv(join(dir, file));
  for (const r of rows) {
    const source = r.source_url || SRC.NEWS;
    if (isNational(r)) {
      const statistic = r.component === 'national_median' ? 'national_median' : 'national_average';
      nationalAverages.push({ index: r.index, year: num(r.year), statistic, value: r.score, source });
      continue;
    }
    if (r.component === 'region_average') {
      const region = r.province.match(/^\(region (.+)\)$/)?.[1];
      if (!region) throw new Error(`${file}: region_average row without "(region …)" province: ${r.province}`);
      regionAverages.push({ index: r.index, year: num(r.year), region, value: r.score, source, note: r.note ?? '' });
      continue;
    }
    add({
      index: r.index,
      year: num(r.year),
      written: r.province,
      component: r.component,
      score: r.score,
      rank: r.rank,
      tier: '',
      source,
      label,
      precedence,
      notes: r.note ? [r.note] : [],
      disputed: file.includes('disputed'),
    });
  }
  say(`${file}: ${rows.length} rows`);
}

function papiComponent(dimension: string, sub: string): string {
  if (sub === 'total') return dimension; // dimension score, or the aggregate when dimension = total
  return `${dimension}.${sub}`;
}

function loadPapi() {
  const rows = readCsv(join(IN, 'papi-2011-2024-all-provinces.csv'));
  for (const r of rows) {
    add({
      index: 'PAPI',
      year: num(r.year),
      written: r.province_code ? r.province : r.province,
      component: papiComponent(r.component, r.subdimension),
      score: r.score,
      rank: '',
      tier: '',
      source: r.source,
      label: 'PAPI full table',
      precedence: P.PAPI_FULL,
      notes: r.value_type === 'derived_sum' ? ['derived_sum'] : [],
    });
  }
  say(`papi-2011-2024-all-provinces.csv: ${rows.length} rows`);
}

/** papi-2023-public-services-partial.csv must equal the full table (printed to 4 decimals): checked, not shipped. */
function checkPapi2023Partial(shipped: Map<string, Candidate>) {
  const rows = readCsv(join(IN, 'papi-2023-public-services-partial.csv'));
  let compared = 0;
  const bad: string[] = [];
  for (const r of rows) {
    const unit = resolveUnit(defaultCatalogue, r.province, num(r.year));
    if (!unit) throw new Error(`papi-2023 partial: cannot resolve ${r.province}`);
    const key = [r.index, r.year, unit.id, papiComponent(r.component, r.subdimension)].join('|');
    const full = shipped.get(key);
    if (r.score === '') {
      if (full && full.score !== '') bad.push(`${r.province} ${r.component}/${r.subdimension}: blank in the report, ${full.score} in the full table`);
      continue;
    }
    compared++;
    if (!full || Math.abs(num(full.score) - num(r.score)) > 5e-5 + 1e-9)
      bad.push(`${r.province} ${r.component}/${r.subdimension}: report ${r.score} vs full table ${full?.score ?? 'absent'}`);
  }
  if (bad.length) throw new Error(`papi-2023-public-services-partial.csv disagrees with the full table:\n  ${bad.join('\n  ')}`);
  say(`papi-2023-public-services-partial.csv: all ${compared} printed values equal the full table to 4 decimals (not shipped: duplicates)`);
}

// ---------------------------------------------------------------- resolve, validate, merge

function resolveAll() {
  const unresolved = new Set<string>();
  for (const c of candidates) {
    c.unit = resolveUnit(defaultCatalogue, c.written, c.year);
    if (!c.unit) unresolved.add(`"${c.written}" (${c.label}, ${c.index} ${c.year})`);
  }
  if (unresolved.size) {
    throw new Error(`Province names that do not resolve to a catalogue unit:\n  ${[...unresolved].join('\n  ')}`);
  }
  const invalid = new Set<string>();
  for (const c of candidates) {
    const ix = getIndex(defaultCatalogue, c.index);
    const comp = ix.components.find((k) => k.id === c.component) ?? findComponent(ix, c.component);
    if (!comp || comp.id !== c.component) throw new Error(`Unknown component ${c.index}/${c.component} (${c.label})`);
    if (!componentValidIn(comp, c.year)) invalid.add(`${c.index} ${c.component} ${c.year} (${c.label})`);
  }
  for (const w of invalid) say(`WARNING component outside its catalogue years: ${w}`);
}

function keyOf(c: Candidate) {
  return [c.index, c.year, c.unit!.id, c.component].join('|');
}

function describe(c: Candidate) {
  return `${c.index} ${c.year} ${c.unit!.vi} ${c.component}`;
}

function merge(): Map<string, Candidate> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = keyOf(c);
    const g = groups.get(k) ?? [];
    g.push(c);
    groups.set(k, g);
  }
  const out = new Map<string, Candidate>();
  for (const [k, all] of groups) {
    all.sort((a, b) => a.precedence - b.precedence);
    const group = all.filter((c) => !c.disputed);
    const disputed = all.filter((c) => c.disputed);
    if (!group.length) {
      dropped.push(`${disputed[0].label}: ${describe(disputed[0])} (disputed page, no other source: not shipped)`);
      continue;
    }
    const [win, ...rest] = group;
    const same = rest.filter((o) => o.precedence === win.precedence);
    if (same.length) throw new Error(`Two inputs of equal precedence hold ${k}: ${[win, ...same].map((c) => c.label).join(', ')}`);
    const merged: Candidate = { ...win, notes: [...win.notes] };
    for (const o of rest) {
      const both = merged.score !== '' && o.score !== '';
      const diff = both ? Math.abs(num(merged.score) - num(o.score)) : 0;
      // Agreement: the lower-precision figure is the other one rounded (±0.005) or truncated (news).
      const tol = Math.max(0.005, o.score ? 10 ** -decimals(o.score) : 0) + 1e-9;
      const agrees = !both || diff <= tol;
      const who = o.precedence >= P.NEWS_FIGURES ? 'news' : o.label;
      if (both && !agrees) {
        disagree(merged, 'score', o.score, o.source, 'sources-disagree', `${o.label} prints ${o.score}; ${merged.label} prints ${merged.score}`);
      }
      if (both && diff > 0.005 + 1e-9) {
        disagreements.push(
          `${describe(merged)}: ${merged.label} ${merged.score} (kept) vs ${o.label} ${o.score} (Δ ${diff.toFixed(3)}${agrees ? ', within the printed precision' : ''})`,
        );
        if (merged.index !== 'PCI' || merged.year > 2016) merged.notes.push(`${who} prints ${o.score}`);
      } else if (both && o.precedence >= P.NEWS_FIGURES && merged.precedence < P.NEWS_FIGURES) {
        merged.notes.push(`${who} prints ${o.score}`);
      }
      if (merged.score === '' && o.score !== '') {
        merged.score = o.score;
        merged.notes.push(`score from ${o.source}`);
        fills.push(`${describe(merged)}: score ${o.score} from ${o.label}`);
      }
      if (o.rank !== '') {
        if (merged.rank === '' && agrees) {
          merged.rank = o.rank;
          if (o.source !== merged.source) merged.notes.push(`rank printed by ${/^https?:/.test(o.source) ? o.source : who}`);
          fills.push(`${describe(merged)}: rank ${o.rank} from ${o.label}`);
        } else if (merged.rank !== '' && merged.rank !== o.rank) {
          rankConflicts.push(`${describe(merged)}: ${merged.label} rank ${merged.rank} (kept) vs ${o.label} rank ${o.rank}`);
          disagree(merged, 'rank', o.rank, o.source, 'sources-disagree', `${o.label} prints rank ${o.rank}; ${merged.label} prints rank ${merged.rank}`);
          merged.notes.push(`${o.label} prints rank ${o.rank}`);
        } else if (merged.rank === '' && !agrees) {
          rankConflicts.push(`${describe(merged)}: ${o.label} rank ${o.rank} not used (its score ${o.score} disagrees)`);
        }
      }
      if (merged.tier === '' && o.tier !== '' && agrees) merged.tier = o.tier;
      for (const n of o.notes) {
        if (merged.notes.includes(n) || n === 'derived_sum') continue;
        if (merged.score !== '' && /score not in the stored excerpt/.test(n)) continue; // another page prints it
        merged.notes.push(n);
      }
    }
    for (const o of disputed) {
      const why = o.notes.length ? `; ${o.notes.join('; ')}` : '';
      if (o.score !== '' && (merged.score === '' || Math.abs(num(merged.score) - num(o.score)) > 0.005 + 1e-9)) {
        disagree(merged, 'score', o.score, o.source, 'sources-disagree', `disputed page prints ${o.score}${why}`);
      }
      if (o.rank !== '' && o.rank !== merged.rank) {
        disagree(merged, 'rank', o.rank, o.source, 'sources-disagree', `disputed page prints rank ${o.rank}${why}`);
        merged.notes.push(`another page prints rank ${o.rank} (see data/reference/disagreements.csv)`);
        rankConflicts.push(`${describe(merged)}: ${merged.label} rank ${merged.rank || '(none)'} (kept) vs disputed ${o.label} rank ${o.rank}`);
      }
    }
    out.set(k, merged);
  }
  return out;
}

/**
 * A printed rank that contradicts the order of a complete year's scores is an error of the page that
 * printed it (PCI 2015 Quảng Ninh land access: printed 44th, its score is 20th of 63). The rank leaves
 * the `rank` column (which holds only ranks we can trust as published) and goes to disagreements.csv.
 * Ties: a printed rank is accepted anywhere within the scores equal in print (src/domain/analysis/rank.ts
 * `printedRankAgrees`, the rule the app's ranks use).
 */
function checkRanksOfCompleteYears(merged: Map<string, Candidate>) {
  const groups = new Map<string, Candidate[]>();
  for (const c of merged.values()) {
    if (c.score === '') continue;
    const k = `${c.index}|${c.year}|${c.component}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  let checked = 0;
  for (const rows of groups.values()) {
    const { index, year } = rows[0];
    if (rows.length !== expectedUnitCount(defaultCatalogue, year)) continue; // not a complete year
    const ix = getIndex(defaultCatalogue, index);
    const higher = ix.components.find((k) => k.id === rows[0].component)?.higherIsBetter ?? true;
    const better = (a: number, b: number) => (higher ? a > b : a < b);
    const figures = rows.map((o) => ({ value: num(o.score), decimals: decimalsOfText(o.score) ?? undefined }));
    for (const c of rows) {
      if (c.rank === '') continue;
      checked++;
      const v = num(c.score);
      if (printedRankAgrees(num(c.rank), { value: v, decimals: decimalsOfText(c.score) ?? undefined }, figures, higher)) continue;
      const strict = 1 + rows.filter((o) => better(num(o.score), v)).length;
      const note = `printed rank ${c.rank} contradicts the complete ${index} ${year} table, where the score ${c.score} is ${strict}th of ${rows.length}`;
      disagree(c, 'rank', c.rank, rankSourceOf(c), 'rank-contradicts-scores', note);
      // The shipped row keeps the score; its `rank` is emptied, and the note says why.
      conflicts[conflicts.length - 1].shippedSource = `${c.source} (score; rank left empty: implied ${strict} of ${rows.length})`;
      c.notes = c.notes.filter((n) => !n.startsWith('rank printed by'));
      c.notes.push(`${note} (see data/reference/disagreements.csv)`);
      c.rank = '';
      say(`RANK CONTRADICTS SCORES ${describe(c)}: ${note}`);
    }
  }
  say(`printed ranks checked against the order of complete years: ${checked}`);
}

/** Where a rank came from when it was filled from another input (its note says so). */
function rankSourceOf(c: Candidate): string {
  const n = c.notes.find((x) => x.startsWith('rank printed by '));
  if (!n) return c.source;
  const who = n.slice('rank printed by '.length);
  return who === 'investinquangninh' ? SRC.QN : who;
}

/**
 * A printed composite that contradicts its printed components under the edition's weights
 * (src/domain/analysis/composite.ts, the rule the app and the import checks use) is kept as printed and listed
 * as a disagreement, with the weighted sum labelled as derived.
 */
function checkCompositesAgainstComponents(merged: Map<string, Candidate>) {
  const byUnitYear = new Map<string, Candidate[]>();
  for (const c of merged.values()) {
    if (c.score === '') continue;
    const k = `${c.index}|${c.year}|${c.unit!.id}`;
    byUnitYear.set(k, [...(byUnitYear.get(k) ?? []), c]);
  }
  let checked = 0;
  for (const rows of byUnitYear.values()) {
    const { index, year } = rows[0];
    const total = rows.find((r) => r.component === 'total');
    if (!total) continue;
    const ix = getIndex(defaultCatalogue, index);
    const derived = compositeFromComponents(ix, year, (component) => {
      const r = rows.find((x) => x.component === component);
      return r ? num(r.score) : null;
    });
    if (derived === null) continue;
    checked++;
    const gap = num(total.score) - derived;
    if (compositeAgrees(num(total.score), derived)) continue;
    const note = `printed composite ${total.score} is ${Math.abs(gap).toFixed(3)} ${gap < 0 ? 'below' : 'above'} the weighted sum ${derived.toFixed(3)} of its printed components (${index} ${year} weights): one figure is probably mis-printed`;
    disagree(total, 'score', derived.toFixed(3), `derived: Σ weight × printed components (${index} ${year} weights, data/catalogue/indices.json)`, 'composite-contradicts-components', note);
    total.notes.push(`${note} (see data/reference/disagreements.csv)`);
    say(`COMPOSITE CONTRADICTS COMPONENTS ${describe(total)}: ${note}`);
  }
  say(`composites checked against the weighted sum of their components: ${checked}`);
}

// ---------------------------------------------------------------- output files

interface FileSpec {
  file: string;
  index: string;
  title: { vi: string; en: string };
  source: string;
  licence: string;
  accepts: (c: Candidate) => boolean;
}

const FILES: FileSpec[] = [
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

function componentOrder(index: string): Map<string, number> {
  const ix = getIndex(defaultCatalogue, index);
  return new Map(ix.components.map((c, i) => [c.id, i]));
}

interface CoverageRow {
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

function coverageOf(rows: Candidate[], file: string): CoverageRow[] {
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

function rankText(ranks: number[]): string {
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

function coverageTable(cov: CoverageRow[]): string {
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

function coverageSummary(c: CoverageRow): { vi: string; en: string } {
  return {
    vi: `${c.index} ${c.year}: ${c.withTotal}/${c.expected} tỉnh có điểm tổng hợp, ${c.provinces} tỉnh có số liệu`,
    en: `${c.index} ${c.year}: composite for ${c.withTotal} of ${c.expected} provinces, figures for ${c.provinces}`,
  };
}

function replaceBlock(md: string, name: string, content: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const block = `${start}\n${content}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  return re.test(md) ? md.replace(re, block) : `${md}\n${block}\n`;
}

function main() {
  if (!existsSync(IN)) throw new Error(`Shared data folder not found: ${IN} (set CHISO_SHARED_DIR)`);
  loadPciS1();
  loadOfficialTable('pci-2021-top21.csv', SRC.PCI2021, 'official PCI 2021 table');
  loadOfficialTable('pci-2019-top23.csv', SRC.PCI2019, 'official PCI 2019 table');
  loadProvincePages();
  loadQuangNinh();
  loadTopRanks();
  loadPapi();
  loadNews('news-figures-2021-2024.csv', 'news (news-figures)', P.NEWS_FIGURES);
  for (const f of existsSync(FOUND_DIR) ? readdirSync(FOUND_DIR).filter((f) => f.endsWith('.csv')).sort() : []) {
    // pcivietnam.vn pages found here rank like the shared province pages; news found here after the shared news figures.
    loadNews(f, `found (${f})`, f.includes('pcivietnam') ? P.PROVINCE_PAGE : f.includes('disputed') ? P.NEWS + 1 : f.startsWith('mends') ? P.MENDS : P.FOUND, FOUND_DIR);
  }
  loadNews('par-sipas-pci-facts-2021-2024.csv', 'news (par-sipas-pci-facts)', P.NEWS_URL);
  loadNews('scattered-facts-par-sipas-papi.csv', 'news (scattered-facts)', P.NEWS);
  resolveAll();
  const merged = merge();
  checkPapi2023Partial(merged);
  checkRanksOfCompleteYears(merged);
  checkCompositesAgainstComponents(merged);

  // No score of 0 standing for a missing value.
  for (const c of merged.values()) {
    if (c.score !== '' && num(c.score) === 0) throw new Error(`Score 0 in ${describe(c)}: a missing value?`);
    if (c.score !== '' && !Number.isFinite(num(c.score))) throw new Error(`Not a number: ${describe(c)} = ${c.score}`);
  }

  mkdirSync(OUT_SCORES, { recursive: true });
  mkdirSync(OUT_REFERENCE, { recursive: true });
  const all = [...merged.values()];
  const manifest: { files: unknown[] } = { files: [] };
  const coverage: CoverageRow[] = [];
  let written = 0;
  for (const spec of FILES) {
    const order = componentOrder(spec.index);
    const rows = all
      .filter((c) => spec.accepts(c))
      .sort(
        (a, b) =>
          a.year - b.year ||
          a.unit!.id.localeCompare(b.unit!.id) ||
          (order.get(a.component) ?? 999) - (order.get(b.component) ?? 999),
      );
    written += rows.length;
    writeCsv(
      join(OUT_SCORES, spec.file),
      HEADER,
      rows.map((c) => [c.index, c.year, c.unit!.vi, c.component, c.score, c.rank, c.tier, c.source, c.notes.join('; ')]),
    );
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const cov = coverageOf(rows, spec.file).sort((a, b) => a.year - b.year);
    coverage.push(...cov);
    manifest.files.push({
      file: spec.file,
      index: spec.index,
      years: [years[0], years[years.length - 1]],
      title: spec.title,
      source: spec.source,
      licence: spec.licence,
      rows: rows.length,
      coverage: {
        vi: cov.map((c) => coverageSummary(c).vi).join('; '),
        en: cov.map((c) => coverageSummary(c).en).join('; '),
      },
    });
    say(`wrote data/scores/${spec.file}: ${rows.length} rows, years ${years.join(', ')}`);
  }
  if (written !== all.length) throw new Error(`${all.length - written} merged rows are in no output file`);
  writeFileSync(join(OUT_SCORES, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  nationalAverages.sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year);
  writeCsv(
    join(OUT_REFERENCE, 'national-averages.csv'),
    ['index', 'year', 'statistic', 'value', 'source'],
    nationalAverages.map((n) => [n.index, n.year, n.statistic, n.value, n.source]),
  );
  say(`wrote data/reference/national-averages.csv: ${nationalAverages.length} rows`);

  regionAverages.sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year || a.region.localeCompare(b.region));
  writeCsv(
    join(OUT_REFERENCE, 'region-averages.csv'),
    ['index', 'year', 'region', 'value', 'source', 'note'],
    regionAverages.map((n) => [n.index, n.year, n.region, n.value, n.source, n.note]),
  );
  say(`wrote data/reference/region-averages.csv: ${regionAverages.length} rows`);

  const order = new Map(FILES.map((f, i) => [f.index, i]));
  conflicts.sort(
    (a, b) =>
      (order.get(a.index) ?? 99) - (order.get(b.index) ?? 99) ||
      a.year - b.year ||
      a.province.localeCompare(b.province, 'vi') ||
      a.component.localeCompare(b.component) ||
      a.field.localeCompare(b.field) ||
      a.other.localeCompare(b.other),
  );
  writeCsv(
    join(OUT_REFERENCE, 'disagreements.csv'),
    DISAGREEMENT_HEADER,
    conflicts.map((d) => [d.index, d.year, d.province, d.component, d.field, d.field === 'score' ? d.row.score : d.row.rank, d.shippedSource, d.other, d.otherSource, d.kind, d.note]),
  );
  say(`wrote data/reference/disagreements.csv: ${conflicts.length} rows`);

  const table = coverageTable(coverage);
  console.log('\n' + table + '\n');
  const section = (title: string, items: string[]) =>
    `**${title}** (${items.length})\n\n${items.length ? items.map((i) => `- ${i}`).join('\n') : '- none'}`;
  if (existsSync(SOURCES_MD)) {
    let md = readFileSync(SOURCES_MD, 'utf8');
    md = replaceBlock(md, 'coverage', table);
    md = replaceBlock(
      md,
      'merge-log',
      [
        section('Score disagreements > 0.005 between inputs (the first-named input is kept)', disagreements),
        section('Rank conflicts', rankConflicts),
        section('Ranks / scores filled from a lower-precedence input (scores agree)', fills),
        section('Input rows dropped (no score and no rank: N/A cells)', dropped),
      ].join('\n\n'),
    );
    writeFileSync(SOURCES_MD, md);
    say('refreshed the generated blocks of data/SOURCES.md');
  }
  console.log(`\n${disagreements.length} disagreements, ${rankConflicts.length} rank conflicts, ${fills.length} fills, ${dropped.length} dropped`);
}

const CLI = { name: 'build-data', usage: 'npx tsx scripts/build-data.ts', summary: 'Turns the published figures in ../shared/data-candidates/ and data/found/ into data/scores/*.csv and data/reference/*.csv (set CHISO_SHARED_DIR to point elsewhere).', options: {} } as const;

readCli(process.argv.slice(2), CLI);
main();
