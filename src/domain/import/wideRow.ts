/**
 * Decides how one row of a wide table is read, for national tables (one row per province) and province-run ones
 * (one row per department or locality) alike — the one home of these rules:
 * - the printed rank ("Xếp hạng") and tier/grade ("Nhóm", "Xếp loại") belong to the composite (`total`); a rank
 *   that is not a positive whole number is an error at its cell; a tier not in the index's list is kept as printed
 *   with a warning;
 * - a number of responses ("Số phiếu") belongs to the composite too; not a positive whole number → error;
 * - each score cell is read as numbers.ts reads it (decimal comma or point; blank/"N/A" = missing, never 0); a
 *   not-applicable marker ("-" in a province's table) is recorded as not applicable (never 0, never missing);
 *   a number outside the component's scale is an error at its cell; a missing score beside a printed rank is a
 *   warning saying the rank is kept;
 * - a rank or tier printed without a composite column still gives the unit a composite (value missing);
 * - a row with an error in any cell is left out whole (reported, never half a unit).
 * Unit names and duplicates are the caller's: a province and a department are resolved differently.
 */
import { TOTAL } from '../catalogue/catalogue';
import { readNumberCell, readRankCell } from '../catalogue/numbers';
import { unguardFormula } from './csvExport';
import { problem } from './problems';
import { keptDecimals } from './precision';
import type { Localised, Location, Problem, Score } from '../catalogue/types';

export interface ScoreColumn {
  /** 0-based. */
  column: number;
  component: string;
  /** The component's name as messages give it (never its id); absent: the id. */
  name?: Localised;
  min: number;
  max: number;
}

export interface WideRowLayout {
  scoreColumns: readonly ScoreColumn[];
  /** 0-based, -1 = none. */
  rankColumn: number;
  tierColumn: number;
  responsesColumn?: number;
  /** Cells meaning "not applicable to this unit" ("-" in a DDCI table); none in national tables. */
  notApplicable?: readonly string[];
  /** Is a printed tier one of the index's? Absent: any tier is kept without a word. */
  knownTier?(text: string): boolean;
  /** The index as named in messages. */
  indexName: string;
}

export interface WideRowScore {
  score: Score;
  /** 0-based column of the cell the score came from. */
  column: number;
}

/** Read one row's cells into scores for `base` (index, year, unit, source). Problems are pushed to `issues`. */
export function readWideRow(
  cells: readonly string[],
  at: (column: number) => Location,
  layout: WideRowLayout,
  base: Pick<Score, 'index' | 'year' | 'unit' | 'source'>,
  issues: Problem[],
): { scores: WideRowScore[]; ok: boolean } {
  let ok = true;
  let officialRank: number | null = null;
  if (layout.rankColumn >= 0) {
    const rank = readRankCell(cells[layout.rankColumn]);
    if (rank.kind === 'invalid') {
      issues.push(problem('bad-rank', at(layout.rankColumn), { value: rank.text }));
      ok = false;
    } else officialRank = rank.value;
  }
  let responses: number | undefined;
  const responsesColumn = layout.responsesColumn ?? -1;
  if (responsesColumn >= 0) {
    const cell = readRankCell(cells[responsesColumn]);
    if (cell.kind === 'invalid') {
      issues.push(problem('bad-responses', at(responsesColumn), { value: cell.text }));
      ok = false;
    } else if (cell.value !== null) responses = cell.value;
  }
  const tier = layout.tierColumn >= 0 ? unguardFormula(cells[layout.tierColumn]?.trim() ?? '') || null : null;
  if (tier && layout.knownTier && !layout.knownTier(tier)) issues.push(problem('unknown-tier', at(layout.tierColumn), { value: tier, index: layout.indexName }));

  const markers = layout.notApplicable ?? [];
  const scores: WideRowScore[] = [];
  const make = (component: string, value: number | null): Score => {
    const isTotal = component === TOTAL;
    const score: Score = { ...base, component, value, officialRank: isTotal ? officialRank : null, tier: isTotal ? tier : null };
    if (isTotal && responses !== undefined) score.responses = responses;
    return score;
  };
  for (const { column, component, name, min, max } of layout.scoreColumns) {
    const isTotal = component === TOTAL;
    const text = cells[column]?.trim() ?? '';
    if (!isTotal && text !== '' && markers.includes(text)) {
      const score = make(component, null);
      score.notApplicable = true;
      scores.push({ score, column });
      continue;
    }
    const cell = readNumberCell(cells[column]);
    let value: number | null = null;
    if (cell.kind === 'invalid') {
      issues.push(problem('not-a-number', at(column), { value: cell.text }));
      ok = false;
      continue;
    }
    if (cell.kind === 'number') {
      if (cell.value < min || cell.value > max) {
        issues.push(problem('out-of-scale', at(column), { value: cell.value, min, max, component: name ?? component }));
        ok = false;
        continue;
      }
      value = cell.value;
    }
    if (value === null && !(isTotal && officialRank !== null)) issues.push(problem('missing-value', at(column)));
    // A rank printed without a score is a blank cell; "NaN", "x" or "-" beside a rank is said out loud.
    else if (value === null && text !== '') issues.push(problem('missing-value-ranked', at(column), { value: text, rank: officialRank! }));
    const score = make(component, value);
    const decimals = keptDecimals(text, value);
    if (decimals !== undefined) score.decimals = decimals;
    scores.push({ score, column });
  }
  const hasTotal = layout.scoreColumns.some((c) => c.component === TOTAL);
  if (!hasTotal && (officialRank !== null || tier)) {
    scores.push({ score: make(TOTAL, null), column: layout.rankColumn >= 0 ? layout.rankColumn : layout.tierColumn });
  }
  return { scores, ok };
}
