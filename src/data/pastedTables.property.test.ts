// @vitest-environment happy-dom
/**
 * Seeded property test of the paste reader, 10,000 generated HTML tables (issue 22.6): rows of th/td cells
 * with rowspan and colspan anywhere (0, negative, text, 65534, past the 1,000 HTML limit), several tables in
 * one paste, nested tables, entities and blank cells — read into cells with their spans as the page does (by a
 * DOM, happy-dom, for one case in twenty; by the HTML standard's attribute rules for the others), then filled by
 * the worker's reader (pasteGrid.pastedTables). One case in a hundred also goes through the whole inspection
 * and analysis of PCI 2016.
 *
 * Invariant, case by case (readerBudget.ts): no exception escapes; within the budget; every cell's text lands
 * in its own row of its table, or the table is one located problem (too large to fill).
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, unitsForYear } from '@/domain/catalogue/catalogue';
import { pastedTables, type PastedRows } from '@/domain/import/pasteGrid';
import { CaseFailed, withinBudget } from '@/domain/import/readerBudget';
import { seededRandom } from '@/domain/analysis/seeded';
import { analyseInspected, inspectTables } from './importParsing';

const CASES = 10_000;
/** One case in this many also goes through inspection and analysis (each takes tens of milliseconds). */
const INSPECT_EVERY = 100;
/** One case in this many is parsed by a DOM. */
const DOM_EVERY = 20;
const provinces = unitsForYear(defaultCatalogue, 2016).map((u) => u.vi);
const SPANS = ['1', '2', '3', '0', '-1', 'abc', '65534', '1000', '5000', ''];

interface ModelCell {
  tag: 'th' | 'td';
  text: string;
  /** Attribute text as written in the HTML, or undefined when absent. */
  rowspan?: string;
  colspan?: string;
  nested?: Model;
}
type Model = ModelCell[][][];

function generate(seed: number): Model {
  const rng = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const chance = (p: number) => rng() < p;
  const table = (depth: number): ModelCell[][] => {
    const rows = Math.floor(rng() * 12);
    const width = 1 + Math.floor(rng() * 6);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const text = c === 0 ? pick([...provinces.slice(0, 20), 'Tỉnh/Thành phố', '', 'Nowhere']) : chance(0.7) ? (rng() * 100).toFixed(2).replace('.', ',') : pick(['PCI', 'Xếp hạng', '', 'N/A', 'a & b', '<x>']);
        const cell: ModelCell = { tag: r === 0 && chance(0.7) ? 'th' : 'td', text };
        if (chance(0.06)) cell.rowspan = pick(SPANS);
        if (chance(0.06)) cell.colspan = pick(SPANS);
        if (depth < 1 && chance(0.01)) cell.nested = [table(depth + 1)];
        return cell;
      }),
    );
  };
  return Array.from({ length: chance(0.8) ? 1 : 2 + Math.floor(rng() * 3) }, () => table(0));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function html(model: Model): string {
  return model
    .map((t) => `<table>${t.map((row) => `<tr>${row.map((c) => `<${c.tag}${c.rowspan !== undefined ? ` rowspan="${c.rowspan}"` : ''}${c.colspan !== undefined ? ` colspan="${c.colspan}"` : ''}>${c.nested ? html(c.nested) : escape(c.text)}</${c.tag}>`).join('')}</tr>`).join('')}</table>`)
    .join('<p>Bảng xếp hạng</p>');
}

/** The cells of every table with their spans, as the page reads a paste (features/import/pasteTable.ts), through a DOM. */
function cellsOf(markup: string): PastedRows[] {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  return [...doc.querySelectorAll('table')].map((t) =>
    [...(t as HTMLTableElement).rows].map((tr) => [...tr.cells].map((cell) => ({ text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(), rowSpan: cell.rowSpan, colSpan: cell.colSpan }))),
  );
}

/**
 * The same cells without a DOM, by the HTML standard's rules for the attributes (a browser's rowSpan is 0–65534,
 * 1 when absent or not a number; colSpan 1–1000, 1 when absent, 0 or not a number): tables in document order,
 * a nested table after the one holding it, its text in the holding cell.
 */
function cellsByStandard(model: Model): PastedRows[] {
  const number = (v: string | undefined) => (v !== undefined && /^\s*\d+/.test(v) ? parseInt(v, 10) : NaN);
  const out: PastedRows[] = [];
  const text = (c: ModelCell): string => (c.nested ? c.nested.flat(2).map(text).join('') : c.text).replace(/\s+/g, ' ').trim();
  for (const t of model) {
    const rows: PastedRows = [];
    out.push(rows);
    for (const row of t) {
      rows.push(row.map((c) => {
        const rs = number(c.rowspan);
        const cs = number(c.colspan);
        return { text: text(c), rowSpan: Number.isNaN(rs) ? 1 : Math.min(rs, 65534), colSpan: Number.isNaN(cs) || cs === 0 ? 1 : Math.min(cs, 1000) };
      }));
      for (const c of row) if (c.nested) out.push(...cellsByStandard(c.nested));
    }
  }
  return out;
}

describe(`property: ${CASES.toLocaleString('en')} generated HTML pastes — no exception, within budget, every cell in its row or one located problem`, () => {
  it('pastedTables (and one in a hundred through inspection and analysis)', () => {
    let cells = 0;
    let tooLarge = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const model = generate(seed);
      const markup = html(model);
      // A DOM for one case in DOM_EVERY (happy-dom takes milliseconds a paste), the HTML standard's rules for the others.
      const pasted = seed % DOM_EVERY === 0 ? cellsOf(markup) : cellsByStandard(model);
      const read = withinBudget('paste', seed, markup.length, () => pastedTables(pasted, 'dán'));
      if (read.issues.length) {
        if (read.issues.some((p) => p.code !== 'paste-too-large' || !p.message.vi || !p.message.en)) throw new CaseFailed('paste', seed, read.issues.map((p) => p.code).join(', '));
        tooLarge++;
        continue;
      }
      const kept = pasted.filter((t) => t.length > 0);
      kept.slice(0, read.tables.length).forEach((rows, k) => {
        const table = read.tables[k];
        rows.forEach((row, r) => {
          for (const cell of row) {
            if (cell.text === '') continue;
            cells++;
            if (!table.rows[r]?.includes(cell.text)) throw new CaseFailed('paste', seed, `"${cell.text}" of table ${k + 1}, row ${r + 1} not in its row\n${markup}`);
          }
        });
      });
      if (seed % INSPECT_EVERY === 0 && read.tables.length) {
        withinBudget('paste inspection', seed, markup.length, () => analyseInspected(inspectTables(read.tables, 'dán', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []));
      }
    }
    expect(cells).toBeGreaterThan(CASES * 10);
    expect(tooLarge).toBeLessThan(CASES * 0.05);
  }, 120_000);
});
