/**
 * Decides how saved indicator imports combine into one set per edition, and what a new import would change.
 *
 * Rules:
 * - imports are laid over each other oldest first, as score imports are: for the same edition, province, sub-index
 *   and indicator code, a later import's figure replaces the earlier one; removing an import uncovers what it covered
 *   (that is the undo); a blank (missing) figure in a later import keeps the earlier figure: it says nothing new;
 * - an indicator printed by several imports of one edition keeps the label of the first (a VCCI workbook before a
 *   province profile of the same edition keeps VCCI's wording), so no label change is invented within an edition;
 * - the sub-index score printed beside a province follows the same rule (it is the direction evidence);
 * - the rows of one-province tables that matched no indicator, for one edition and province: every saved table's,
 *   the latest import's row kept when two print the same label and code (importing a profile again does not list its
 *   rows twice), in the order imported then printed;
 * - a new import's figures compared with what is saved: added (no figure yet), replaced (another value), unchanged
 *   (the same value, or a blank that keeps the saved one).
 */
import type { IndicatorWorkbook } from './indicatorWorkbook';

/** The saved books (oldest first) as one book per edition, sorted by year. */
export function layerIndicatorBooks(books: readonly IndicatorWorkbook[]): IndicatorWorkbook[] {
  const byYear = new Map<number, IndicatorWorkbook[]>();
  for (const b of books) (byYear.get(b.year) ?? byYear.set(b.year, []).get(b.year)!).push(b);
  const out: IndicatorWorkbook[] = [];
  for (const [year, list] of byYear) {
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    const indicators = new Map<string, IndicatorWorkbook['indicators'][number]>();
    const figures = new Map<string, IndicatorWorkbook['figures'][number]>();
    const scores = new Map<string, IndicatorWorkbook['subIndexScores'][number]>();
    const sheets = new Map<string, IndicatorWorkbook['sheets'][number]>();
    for (const b of list) {
      for (const i of b.indicators) if (!indicators.has(`${i.component}.${i.code}`)) indicators.set(`${i.component}.${i.code}`, i);
      for (const f of b.figures) if (f.value !== null || !figures.has(`${f.unit}|${f.component}.${f.code}`)) figures.set(`${f.unit}|${f.component}.${f.code}`, f);
      for (const s of b.subIndexScores) scores.set(`${s.unit}|${s.component}`, s);
      for (const s of b.sheets) {
        const before = sheets.get(s.component);
        sheets.set(s.component, before && before.provinces >= s.provinces ? before : s);
      }
    }
    out.push({ year, indicators: [...indicators.values()], figures: [...figures.values()], subIndexScores: [...scores.values()], sheets: [...sheets.values()], problems: [] });
  }
  return out.sort((a, b) => a.year - b.year);
}

export interface IndicatorImportChange {
  added: number;
  replaced: number;
  unchanged: number;
}

/** What saving `incoming` over the saved books would change (rule above). */
export function indicatorImportChange(saved: readonly IndicatorWorkbook[], incoming: IndicatorWorkbook): IndicatorImportChange {
  const before = new Map<string, number | null>();
  for (const b of saved) if (b.year === incoming.year) for (const f of b.figures) before.set(`${f.unit}|${f.component}.${f.code}`, f.value);
  const out: IndicatorImportChange = { added: 0, replaced: 0, unchanged: 0 };
  for (const f of incoming.figures) {
    const key = `${f.unit}|${f.component}.${f.code}`;
    if (!before.has(key)) out.added++;
    else if (before.get(key) === f.value || f.value === null) out.unchanged++;
    else out.replaced++;
  }
  return out;
}

/** A saved one-province table's row that matched no indicator (sub-index: the heading in force above it, if any). */
export interface UnmatchedRow<Place> {
  label: string;
  code: string;
  component?: string | null;
  value: number | null;
  place: Place;
}

/** The rows that matched no indicator for one edition and province (rule above), each with the file it came from. */
export function unmatchedRowsFor<Place>(
  imports: readonly { fileName: string; year: number; province?: string; unmatched: readonly UnmatchedRow<Place>[] }[],
  year: number,
  province: string,
): (UnmatchedRow<Place> & { fileName: string })[] {
  const rows = new Map<string, UnmatchedRow<Place> & { fileName: string }>();
  for (const r of imports) {
    if (r.year !== year || r.province !== province) continue;
    for (const u of r.unmatched) {
      const key = `${u.label.trim().toLowerCase()}|${u.code.trim().toLowerCase()}`;
      rows.delete(key);
      rows.set(key, { ...u, fileName: r.fileName });
    }
  }
  return [...rows.values()];
}
