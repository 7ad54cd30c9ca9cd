/**
 * Seeded property tests of the CSV readers, 10,000 generated files each (issues 17.8 and 22.6): long and wide
 * tables with every separator (, ; tab), line ending, BOMs, quotes opened and not closed, notes over several
 * lines, a cell too many or too few, NUL and broken characters, unknown provinces and bad figures.
 *
 * Invariant, case by case (readerBudget.ts): no exception escapes; the file is read within the budget (2 s
 * under 1 MB); every record of the file lands as data (a score located in it) or as a problem located in it
 * — or the file as a whole is refused by a problem at its header (a missing column, a column of figures that
 * matches nothing). A failing case names its seed.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, unitsForYear } from '../catalogue/catalogue';
import type { Location, Problem } from '../catalogue/types';
import { checkText, parseScoresCsv, readCsvGrid } from './parse';
import { CaseFailed, withinBudget } from './readerBudget';
import { seededRandom } from '../analysis/seeded';
import { parseWideCsv } from './wide';

const CASES = 10_000;
const provinces = unitsForYear(defaultCatalogue, 2021).map((u) => u.vi);

function generator(seed: number) {
  const rng = seededRandom(seed);
  const chance = (p: number) => rng() < p;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  return { rng, chance, pick, int: (n: number) => Math.floor(rng() * n) };
}

const NOTES = ['', 'ghi chú', 'a;b', 'x,y', 'tab\there', '"trích"', '=1+1', 'dòng một\ndòng hai', 'mở ngoặc', 'N/A'];
const SCORES = ['65.2', '70', '5,19', '', 'N/A', '..', 'x', '1e999', '-3', '7..5', '#VALUE!', '12abc'];

/** A field written as a CSV writer would, or broken on purpose (an opened quote left open). */
function field(text: string, sep: string, g: ReturnType<typeof generator>): string {
  if (g.chance(0.02)) return `"${text}`; // opened, never closed
  if (text.includes(sep) || text.includes('"') || text.includes('\n') || g.chance(0.05)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

interface Generated {
  text: string;
}

function longFile(seed: number): Generated {
  const g = generator(seed);
  const sep = g.pick([',', ',', ';', '\t']);
  const eol = () => g.pick(['\n', '\r\n', '\r']);
  const columns = ['index', 'year', 'province', 'component', 'score', 'rank', 'note'];
  if (g.chance(0.05)) columns.splice(g.int(columns.length), 1); // a required column missing
  if (g.chance(0.05)) columns.push('extra');
  let text = '\uFEFF'.repeat(g.pick([0, 0, 0, 1, 2])) + columns.join(sep);
  const rows = g.int(12);
  for (let i = 0; i < rows; i++) {
    text += eol();
    if (g.chance(0.05)) continue; // a blank line
    const values: Record<string, string> = {
      index: g.chance(0.95) ? 'PCI' : g.pick(['PAPI', 'XYZ', '']),
      year: g.chance(0.9) ? '2021' : g.pick(['20x1', '1999', '']),
      province: g.chance(0.85) ? g.pick(provinces) : g.pick(['Nowhere', 'Đắc Lắc', 'Quảng Nình', '', 'TP.HCM']),
      component: g.chance(0.8) ? 'total' : g.pick(['land_access', 'Tính minh bạch', 'không có', '']),
      score: g.chance(0.7) ? (40 + g.rng() * 40).toFixed(2) : g.pick(SCORES),
      rank: g.chance(0.7) ? '' : g.pick(['1', '0', '-2', 'x', '63']),
      note: g.pick(NOTES) + (g.chance(0.01) ? g.pick(['\u0000', '\uFFFD']) : ''),
      extra: 'z',
    };
    const cells = columns.map((c) => field(values[c], sep, g));
    if (g.chance(0.05)) cells.push(''); // a stray delimiter: one cell too many
    if (g.chance(0.05)) cells.pop(); // one cell too few
    text += cells.join(sep);
  }
  if (g.chance(0.5)) text += eol();
  return { text };
}

function wideFile(seed: number): Generated {
  const g = generator(seed);
  const sep = g.pick([',', ',', ';', '\t']);
  const eol = () => g.pick(['\n', '\r\n', '\r']);
  const headers = [g.pick(['Tỉnh', 'Tỉnh/Thành phố', 'Province', 'Địa phương'])];
  const named = [g.pick(['PCI', 'Điểm PCI', 'Điểm số PCI']), 'Tính minh bạch', 'Chi phí thời gian', 'Xếp hạng', 'Nhóm điều hành'];
  const width = 1 + g.int(5);
  // Mostly columns of the index; now and then a column no component matches, a note column or none at all.
  for (let k = 0; k < width; k++) headers.push(g.chance(0.9) ? named[k] : g.pick(['Cột lạ', 'Ghi chú', '']));
  let text = '\uFEFF'.repeat(g.pick([0, 0, 0, 1, 2])) + headers.map((h) => field(h, sep, g)).join(sep);
  const rows = g.int(12);
  for (let i = 0; i < rows; i++) {
    text += eol();
    if (g.chance(0.05)) continue;
    const cells = [field(g.chance(0.85) ? provinces[i] : g.pick(['Nowhere', 'Đắc Lắc', '', 'Ghi chú: nguồn VCCI']), sep, g)];
    for (let k = 0; k < width; k++) cells.push(field(g.chance(0.7) ? (1 + g.rng() * 9).toFixed(2).replace('.', sep === ',' ? '.' : ',') : g.pick([...SCORES, ...NOTES]), sep, g));
    if (g.chance(0.05)) cells.push('');
    if (g.chance(0.05)) cells.pop();
    text += cells.join(sep);
  }
  if (g.chance(0.5)) text += eol();
  return { text };
}

/** The file's records (after the header) as line ranges, from the same grid reader the parsers use. */
function records(text: string): { from: number; to: number; blank: boolean }[] {
  const checked = checkText(text, 'f.csv');
  if (checked.issues.length) return [];
  const grid = readCsvGrid(checked.text, 'f.csv');
  const lastLine = checked.text.split('\n').length;
  return grid.lines.slice(1).map((from, i) => ({ from, to: (grid.lines[i + 2] ?? lastLine + 1) - 1, blank: grid.rows[i + 1].every((c) => c.trim() === '') }));
}

/** Every problem is told in both languages with its place, no template left unfilled, no internal error text. */
function wellTold(p: Problem, lastLine: number): string | null {
  if (!p.message.vi || !p.message.en) return `${p.code}: a message is empty`;
  if (/\{[a-z]+\}|undefined|NaN|TypeError|RangeError/.test(p.message.vi + p.message.en)) return `${p.code}: "${p.message.en}"`;
  if (!(p.line >= 0 && p.line <= lastLine + 1)) return `${p.code} at line ${p.line} outside the file (${lastLine} lines)`;
  return null;
}

function checkCoverage(reader: string, seed: number, text: string, loadedLines: Iterable<number>, issues: Problem[]): { records: number; data: number; problems: number } {
  const lastLine = text.replace(/\r\n?/g, '\n').split('\n').length;
  for (const p of issues) {
    const bad = wellTold(p, lastLine);
    if (bad) throw new CaseFailed(reader, seed, `${bad}\n${JSON.stringify(text)}`);
  }
  const recs = records(text);
  const headerLine = Math.min(...issues.map((p) => p.line), Infinity);
  // Refused as a whole: an error at or before the header (missing column, binary file, a column of figures that matches nothing).
  const firstRecord = recs[0]?.from ?? Infinity;
  const refused = issues.some((p) => p.severity === 'error' && p.line < firstRecord);
  const loaded = [...loadedLines].sort((a, b) => a - b);
  const reported = issues.map((p) => p.line).sort((a, b) => a - b);
  const within = (sorted: number[], from: number, to: number) => sorted.some((l) => l >= from && l <= to);
  let data = 0;
  let problems = 0;
  for (const r of recs) {
    if (r.blank) continue;
    if (within(loaded, r.from, r.to)) data++;
    else if (within(reported, r.from, r.to)) problems++;
    else if (!refused) throw new CaseFailed(reader, seed, `record at lines ${r.from}–${r.to} neither loaded nor reported (header problems from line ${headerLine})\n${JSON.stringify(text)}\n${issues.map((p) => `${p.line}:${p.code}`).join(' ')}`);
  }
  return { records: recs.length, data, problems };
}

describe(`property: ${CASES.toLocaleString('en')} generated CSV files per reader — no exception, within budget, every record loaded or reported at its lines`, () => {
  it('long reader (parseScoresCsv)', () => {
    const totals = { records: 0, data: 0, problems: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const { text } = longFile(seed);
      const result = withinBudget('long CSV', seed, text.length * 3, () => parseScoresCsv(text, 'f.csv', defaultCatalogue));
      const lines = result.rows.map((s) => result.locate(s)?.line).filter((l): l is number => l !== undefined);
      const counted = checkCoverage('long CSV', seed, text, lines, result.issues);
      totals.records += counted.records;
      totals.data += counted.data;
      totals.problems += counted.problems;
    }
    // The generator makes both: most records load, a good share are reported.
    expect(totals.data).toBeGreaterThan(totals.records * 0.3);
    expect(totals.problems).toBeGreaterThan(totals.records * 0.05);
  }, 120_000);

  it('wide reader (parseWideCsv, PCI 2021)', () => {
    const totals = { records: 0, data: 0, problems: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const { text } = wideFile(100_000 + seed);
      const result = withinBudget('wide CSV', seed, text.length * 3, () => parseWideCsv(text, 'w.csv', defaultCatalogue, { index: 'PCI', year: 2021 }));
      const lines = [...result.locations.values()].map((l: Location) => l.line);
      const counted = checkCoverage('wide CSV', 100_000 + seed, text, lines, result.issues);
      totals.records += counted.records;
      totals.data += counted.data;
      totals.problems += counted.problems;
    }
    expect(totals.data).toBeGreaterThan(totals.records * 0.2);
    expect(totals.problems).toBeGreaterThan(totals.records * 0.05);
  }, 120_000);
});
