/**
 * Published disagreements (data/reference/disagreements.csv, written by scripts/build-data.ts): where two
 * published sources print different figures for one (index, year, province, component), or a printed figure
 * contradicts a complete table, data/scores holds one figure and this file holds the other with its own
 * source — so a view can show both, never one silently chosen. Pure reader: text in, typed records out.
 *
 * Columns: index,year,province,component,field,shipped,shipped_source,other,other_source,kind,note
 * - field: `score` or `rank`; `shipped` repeats data/scores (empty when the shipped row has none:
 *   a printed rank removed because the complete year's scores contradict it);
 * - kind: `sources-disagree` | `rank-contradicts-scores` | `composite-contradicts-components`;
 *   for the last, `other` is the weighted sum of the printed components (`other_source` starts "derived:").
 */
import Papa from 'papaparse';
import { resolveUnit, type Catalogue } from '../catalogue/catalogue';
import type { Score } from '../catalogue/types';

export type DisagreementKind = 'sources-disagree' | 'rank-contradicts-scores' | 'composite-contradicts-components';

export interface PublishedDisagreement {
  index: string;
  year: number;
  /** Catalogue unit id. */
  unit: string;
  component: string;
  field: 'score' | 'rank';
  /** The figure in data/scores; `null` when the shipped row holds none for this field. */
  shipped: number | null;
  shippedSource: string;
  /** The other figure, as printed (or derived, see `derived`). */
  other: number;
  otherSource: string;
  kind: DisagreementKind;
  /** `other` is computed (weighted sum of printed components), not printed: label it as derived. */
  derived: boolean;
  note: string;
}

const KINDS: readonly DisagreementKind[] = ['sources-disagree', 'rank-contradicts-scores', 'composite-contradicts-components'];

/** Reads the file; a row that does not make sense (unknown province, bad number or kind) is reported by its line. */
export function parseDisagreements(text: string, catalogue: Catalogue): { rows: PublishedDisagreement[]; problems: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const rows: PublishedDisagreement[] = [];
  const problems: string[] = parsed.errors.map((e) => `line ${(e.row ?? 0) + 2}: ${e.message}`);
  parsed.data.forEach((r, i) => {
    const line = i + 2;
    const year = Number(r.year);
    const unit = resolveUnit(catalogue, r.province ?? '', year);
    const other = Number(r.other);
    const shipped = r.shipped === '' ? null : Number(r.shipped);
    const kind = r.kind as DisagreementKind;
    if (!unit) problems.push(`line ${line}: unknown province "${r.province}"`);
    else if (r.field !== 'score' && r.field !== 'rank') problems.push(`line ${line}: field "${r.field}"`);
    else if (!KINDS.includes(kind)) problems.push(`line ${line}: kind "${r.kind}"`);
    else if (!Number.isFinite(other) || r.other === '' || (shipped !== null && !Number.isFinite(shipped))) problems.push(`line ${line}: not a number`);
    else
      rows.push({
        index: r.index,
        year,
        unit: unit.id,
        component: r.component,
        field: r.field,
        shipped,
        shippedSource: r.shipped_source ?? '',
        other,
        otherSource: r.other_source ?? '',
        kind,
        derived: (r.other_source ?? '').startsWith('derived:'),
        note: r.note ?? '',
      });
  });
  return { rows, problems };
}

/** The disagreements about one figure (same index, year, unit and component). */
export function disagreementsAbout(
  list: readonly PublishedDisagreement[],
  figure: Pick<Score, 'index' | 'year' | 'unit' | 'component'>,
): PublishedDisagreement[] {
  return list.filter((d) => d.index === figure.index && d.year === figure.year && d.unit === figure.unit && d.component === figure.component);
}
