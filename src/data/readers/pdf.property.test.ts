/**
 * Seeded property test of the PDF row finder, 10,000 generated pages sets (issue 22.6): text items as pdf.js
 * gives them — a table at a random font size (6–16 pt), line height (1.0–1.8), column layout and page angle
 * (0, 90, 180, 270°), with names wrapped over lines, stray marks, watermarks at other angles, whole pages set
 * askew, zero widths, huge and negative coordinates — fed to the reader's own functions (tableFromPages), no
 * PDF written.
 *
 * Invariant, case by case (readerBudget.ts): no exception escapes; each case within the budget; every
 * character of every item lands in a cell of the table or in the text left out and named (a problem placed
 * "trang N" for each page with text left out); every row has a place "trang N, dòng M".
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/domain/analysis/seeded';
import { CaseFailed, withinBudget } from '@/domain/import/readerBudget';
import { tableFromPages, type TextItem } from './pdf';

const CASES = 10_000;
const WORDS = ['Hà Nội', 'Đà Nẵng', 'Thừa Thiên Huế', 'Bà Rịa -', 'Vũng Tàu', 'Điểm', 'số PCI', 'Xếp hạng', 'STT', 'ể', '·', 'Nguồn: VCCI', '3 Đồng Tháp', ' '];

function generatePages(seed: number): TextItem[][] {
  const rng = seededRandom(seed);
  const chance = (p: number) => rng() < p;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const pages: TextItem[][] = [];
  const pageCount = 1 + Math.floor(rng() * 3);
  for (let p = 0; p < pageCount; p++) {
    const items: TextItem[] = [];
    const size = 6 + rng() * 10;
    const pitch = size * (1 + rng() * 0.8);
    const quarter = chance(0.85) ? 0 : Math.floor(rng() * 4);
    const skew = chance(0.03) ? (rng() - 0.5) * 0.6 : 0; // a page set askew by up to ±17°
    const columns = 1 + Math.floor(rng() * 8);
    const xs = Array.from({ length: columns }, (_, k) => 30 + k * (size * (3 + rng() * 4)));
    const rows = Math.floor(rng() * 25);
    const at = (x: number, y: number, s: number, angle: number) => {
      const cos = Math.cos(angle) * s;
      const sin = Math.sin(angle) * s;
      // Position on the turned page: (x, y) turned by the same angle about the origin.
      const X = x * Math.cos(angle) - y * Math.sin(angle);
      const Y = x * Math.sin(angle) + y * Math.cos(angle);
      return [cos, sin, -sin, cos, X, Y];
    };
    const angle = quarter * (Math.PI / 2) + skew;
    let y = 800;
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < columns; k++) {
        if (chance(0.1)) continue; // an empty cell
        const text = k === 0 || chance(0.2) ? pick(WORDS) : (rng() * 100).toFixed(2).replace('.', ',');
        const width = chance(0.02) ? 0 : text.length * size * 0.55;
        items.push({ str: text, transform: at(xs[k] + (chance(0.1) ? rng() * size : 0), y + (chance(0.1) ? (rng() - 0.5) * size * 0.4 : 0), size, angle), width, height: size });
        if (chance(0.05)) items.push({ str: pick(WORDS), transform: at(xs[k], y - pitch * 0.9, size, angle), width: size * 3, height: size }); // a wrapped second line
      }
      y -= pitch * (chance(0.1) ? 2 : 1);
    }
    if (chance(0.1)) items.push({ str: 'DỰ THẢO', transform: at(200, 300, 40, angle + Math.PI / 5), width: 160, height: 40 }); // a watermark
    if (chance(0.05)) items.push({ str: 'ể', transform: at(xs[columns - 1] + 5, y - pitch * 1.5, size, angle), width: size * 0.6, height: size }); // a stray accent
    if (chance(0.02)) items.push({ str: 'xa', transform: at(1e7 * (rng() - 0.5), -1e7 * rng(), size, angle), width: 10, height: size }); // far off the page
    if (chance(0.02)) items.push({ str: '', transform: at(10, 10, size, angle), width: 0, height: 0 });
    pages.push(items);
  }
  return pages;
}

/** Non-space characters, counted. */
function characters(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t.replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

describe(`property: ${CASES.toLocaleString('en')} generated PDF text layers — no exception, within budget, every character in a cell or named as left out`, () => {
  it('tableFromPages', () => {
    let rows = 0;
    let skippedPages = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const pages = generatePages(seed);
      const bytes = pages.reduce((n, items) => n + items.reduce((m, i) => m + (i.str?.length ?? 0) + 48, 0), 0);
      const read = withinBudget('PDF rows', seed, bytes, () => tableFromPages(pages, 'f.pdf'));
      const given = characters(pages.flat().map((i) => i.str ?? ''));
      if (read === null) {
        if (given.size > 0) throw new CaseFailed('PDF rows', seed, 'text given, no table and nothing named');
        continue;
      }
      const { table, skipped } = read;
      const landed = characters([...table.rows.flat(), ...skipped.map((s) => s.text)]);
      const diff = [...new Set([...given.keys(), ...landed.keys()])].filter((ch) => given.get(ch) !== landed.get(ch));
      if (diff.length) throw new CaseFailed('PDF rows', seed, `characters lost or added: ${diff.map((ch) => `${ch} ${given.get(ch) ?? 0}→${landed.get(ch) ?? 0}`).join(', ')}`);
      for (const page of new Set(skipped.map((s) => s.page))) {
        if (!table.issues?.some((p) => p.place?.vi === `trang ${page}` && p.message.vi && p.message.en)) throw new CaseFailed('PDF rows', seed, `text left out of page ${page} is not named`);
      }
      table.rows.forEach((_, r) => {
        if (!/^trang \d+, dòng \d+$/.test(table.place(r, -1).vi)) throw new CaseFailed('PDF rows', seed, `row ${r} has no place`);
      });
      rows += table.rows.length;
      skippedPages += new Set(skipped.map((s) => s.page)).size;
    }
    expect(rows).toBeGreaterThan(CASES * 5);
    expect(skippedPages).toBeGreaterThan(CASES * 0.05);
  }, 120_000);
});
