/** The candidate figures every input adds, the build's logs and disagreements, and the CSV helpers (papaparse). */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Unit } from '@/domain/catalogue/types';
import { DATA_CANDIDATES_DIR, REPO_ROOT } from '../lib/shared-path';

export const IN = DATA_CANDIDATES_DIR;
export const OUT_SCORES = resolve(REPO_ROOT, 'data/scores');
export const OUT_REFERENCE = resolve(REPO_ROOT, 'data/reference');
/** Figures found by this repository's own searches of published pages (same long format, URL per row). */
export const FOUND_DIR = resolve(REPO_ROOT, 'data/found');
export const SOURCES_MD = resolve(REPO_ROOT, 'data/SOURCES.md');
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
export function readCsv(path: string): Record<string, string>[] {
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
export function writeCsv(path: string, header: readonly string[], rows: (string | number)[][]): void {
  const body = Papa.unparse({ fields: [...header], data: rows.map((r) => r.map(String)) }, { newline: '\n', quotes: false, escapeFormulae: false });
  writeFileSync(path, body + '\n', 'utf8');
}

export const num = (s: string) => Number(s);
export const decimals = (s: string) => (s.includes('.') ? s.split('.')[1].length : 0);

// ---------------------------------------------------------------- candidate records

export interface Candidate {
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

export const log: string[] = [];
export const disagreements: string[] = [];
export const rankConflicts: string[] = [];
export const dropped: string[] = [];
export const fills: string[] = [];

/**
 * Where two published figures for the same key disagree, or a printed figure contradicts what a
 * complete table implies, BOTH are kept: the shipped row holds one (by precedence, see data/SOURCES.md)
 * and data/reference/disagreements.csv holds the other with its own source. Nothing is silently chosen.
 */
export type DisagreementKind = 'sources-disagree' | 'rank-contradicts-scores' | 'composite-contradicts-components';
export interface Disagreement {
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
export const conflicts: Disagreement[] = [];

export function disagree(c: Candidate, field: 'score' | 'rank', other: string, otherSource: string, kind: DisagreementKind, note: string) {
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

export function say(line: string) {
  log.push(line);
  console.log(line);
}

// Input labels and their precedence (lower wins).
export const P = {
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

export const SRC = {
  S1: 'S1-mdtrinh-vietnamdata',
  PCI2021: 'pcivietnam.vn: Bảng chỉ số các tỉnh thành Việt Nam (PCI 2021)',
  PCI2019: 'pcivietnam.vn/en: PCI Subindices of 63 provinces/cities (PCI 2019)',
  PCI2019_HCMC: 'pcivietnam.vn: bảng xếp hạng PCI 2019 (Vietnamese ranking page)',
  QN: 'investinquangninh.vn/vi/pci: Dữ liệu PCI',
  TOP_VP: 'Vĩnh Phúc provincial portal: PCI ranking pages',
  TOP_QN: 'investinquangninh.vn: PCI ranking',
  NEWS: 'news: MoHA/UNDP release reports (baoquangninh, vietnamplus, baobariavungtau, investinquangninh, news.gov.vn)',
};

export const candidates: Candidate[] = [];

export function add(c: Omit<Candidate, 'notes'> & { notes?: string[] }) {
  if (c.score === '' && c.rank === '' && !c.distrustedRank) {
    dropped.push(`${c.label}: ${c.index} ${c.year} ${c.written} ${c.component} (no score, no rank)`);
    return;
  }
  candidates.push({ ...c, notes: c.notes ?? [] });
}

/** A printed long-format row (index, year, province, component, score, rank) as a candidate; `from` says whose it is and may override a field. */
export function addPrintedRow(r: Record<string, string>, from: Pick<Candidate, 'source' | 'label' | 'precedence'> & Partial<Omit<Candidate, 'notes'>> & { notes?: string[] }) {
  add({ index: r.index, year: num(r.year), written: r.province, component: r.component, score: r.score, rank: r.rank, tier: '', ...from });
}

/** Where a rank came from when it was filled from another input (its note says so). */
export function rankSourceOf(c: Candidate): string {
  const n = c.notes.find((x) => x.startsWith('rank printed by '));
  if (!n) return c.source;
  const who = n.slice('rank printed by '.length);
  return who === 'investinquangninh' ? SRC.QN : who;
}
