/**
 * Checks run on an import before anything is merged, and the diff against the figures already loaded.
 *
 * Consistency warnings (never errors: published tables do carry such quirks, the user decides):
 * - the composite differs from the weighted sum of its components by more than rounding
 *   (only where the edition's weights are published, see catalogue `weightFor`);
 * - a printed rank disagrees with the order of the scores (a better rank with a score lower beyond print rounding);
 * - a table that should cover every province (an edition up to the index's `fullCoverageUntil`,
 *   or an index without partial publication) misses some.
 * A component outside its scale is an error of the cell, reported (located) by the parser itself.
 *
 * Diff: each imported figure is `added` (nothing loaded under its key), `unchanged` (the same figure at the
 * coarser of the two printed precisions — precision.ts — and no different printed rank), `refined` (the same
 * figure with more digits in the import: kept by default), or `replaced` (a real difference: the old and new
 * values are listed for the user to resolve).
 */
import { findIndex, indexLabel, TOTAL, unitsForYear, type Catalogue } from '../catalogue/catalogue';
import { COMPOSITE_ROUNDING_TOLERANCE, compositeAgrees, compositeFromComponents } from '../analysis/composite';
import { problem } from './problems';
import { agreeAtPrecision, compareAtPrecision } from './precision';
import { betterInPrint, competitionRanks } from '../analysis/rank';
import type { Location, Problem, Score } from '../catalogue/types';

export function scoreKey(s: Pick<Score, 'index' | 'year' | 'unit' | 'component'>): string {
  return `${s.index}|${s.year}|${s.unit}|${s.component}`;
}

/** Missing provinces named in a warning before "…". */
export const MISSING_NAMES_SHOWN = 8;

export type Locate = (s: Score) => Location;

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Composite vs Σ weight × component × scale factor (analysis/composite.ts), per province, where the edition's composite is a known function of its components. */
export function checkComposite(scores: readonly Score[], catalogue: Catalogue, locate: Locate, tolerance = COMPOSITE_ROUNDING_TOLERANCE): Problem[] {
  const issues: Problem[] = [];
  for (const group of groupBy(scores, (s) => `${s.index}|${s.year}|${s.unit}`).values()) {
    const { index: indexId, year } = group[0];
    const index = findIndex(catalogue, indexId);
    const total = group.find((s) => s.component === TOTAL);
    if (!index || !total || total.value === null) continue;
    const sum = compositeFromComponents(index, year, (c) => group.find((s) => s.component === c)?.value);
    if (sum === null || compositeAgrees(total.value, sum, tolerance)) continue;
    const diff = Math.abs(total.value - sum);
    issues.push(problem('composite-mismatch', locate(total), { printed: total.value, computed: round(sum), diff: round(diff) }));
  }
  return issues;
}

/** Both sides of each inversion: a printed rank better than another's while its score is worse in print (rank.ts `betterInPrint`). */
export function checkRankOrder(scores: readonly Score[], catalogue: Catalogue, locate: Locate): Problem[] {
  const issues: Problem[] = [];
  for (const group of groupBy(scores, (s) => `${s.index}|${s.year}|${s.component}`).values()) {
    const ranked = group.filter((s): s is Score & { value: number; officialRank: number } => s.value !== null && s.officialRank !== null);
    if (ranked.length < 2) continue;
    const def = findIndex(catalogue, ranked[0].index)?.components.find((c) => c.id === ranked[0].component);
    const higherIsBetter = def?.higherIsBetter ?? true;
    const byScore = competitionRanks(ranked, higherIsBetter);
    for (const s of ranked) {
      const inverted = ranked.some((o) => (o.officialRank > s.officialRank && betterInPrint(o, s, higherIsBetter)) || (o.officialRank < s.officialRank && betterInPrint(s, o, higherIsBetter)));
      if (inverted) issues.push(problem('rank-order', locate(s), { rank: s.officialRank, computed: byScore.get(s.unit)! }));
    }
  }
  return issues;
}

/** Whether an edition is published for every province (PCI up to 2022; from 2023 only the top 30). */
export function expectsFullTable(catalogue: Catalogue, indexId: string, year: number): boolean {
  const index = findIndex(catalogue, indexId);
  if (!index) return false;
  return index.fullCoverageUntil === undefined || year <= index.fullCoverageUntil;
}

/**
 * Provinces absent from an (index, year) that should list them all. One warning per edition, at the first
 * row of that edition (the whole line: column 0).
 */
export function checkMissingProvinces(scores: readonly Score[], catalogue: Catalogue, file: string, locate: Locate = () => ({ file, line: 1, column: 0 })): Problem[] {
  const issues: Problem[] = [];
  for (const group of groupBy(scores, (s) => `${s.index}|${s.year}`).values()) {
    const { index, year } = group[0];
    if (!expectsFullTable(catalogue, index, year)) continue;
    const present = new Set(group.map((s) => s.unit));
    const expected = unitsForYear(catalogue, year);
    const missing = expected.filter((u) => !present.has(u.id));
    if (missing.length === 0) continue;
    const more = missing.length > MISSING_NAMES_SHOWN ? ', …' : '';
    const names = { vi: missing.slice(0, MISSING_NAMES_SHOWN).map((u) => u.vi).join(', ') + more, en: missing.slice(0, MISSING_NAMES_SHOWN).map((u) => u.en).join(', ') + more };
    const first = group.map(locate).reduce((a, b) => (b.line < a.line ? b : a));
    issues.push(problem('missing-provinces', { file: first.file, line: first.line, column: 0 }, { index: indexLabel(catalogue, index), year, missing: missing.length, expected: expected.length, names }));
  }
  return issues;
}

/** Where the parser read each score: a map by `scoreKey` (wide tables) or a lookup (long files, parse.ts). */
export type ScoreLocations = ReadonlyMap<string, Location> | ((s: Score) => Location | undefined);

/** Every consistency warning for an import, each at the cell it concerns (the file's first line if unknown). */
export function importWarnings(scores: readonly Score[], catalogue: Catalogue, file: string, locations?: ScoreLocations): Problem[] {
  const lookup = typeof locations === 'function' ? locations : (s: Score) => locations?.get(scoreKey(s));
  const locate: Locate = (s) => lookup(s) ?? { file, line: 1, column: 0 };
  return [...checkComposite(scores, catalogue, locate), ...checkRankOrder(scores, catalogue, locate), ...checkMissingProvinces(scores, catalogue, file, locate)];
}

export interface Replacement {
  key: string;
  old: Score;
  new: Score;
}

export interface ImportDiff {
  added: Score[];
  /** Real differences: the loaded and the incoming figure disagree at the coarser of their precisions, or in the printed rank. */
  replaced: Replacement[];
  /** The same figure, and the import brings no more digits than the loaded one: nothing to lay over. */
  unchanged: Score[];
  /**
   * The same figure with more digits in the import (a workbook's 5.1912 over the page's 5,19): laid over by
   * default, keeping the loaded printed rank and tier where the import has none (`new` is that merged figure).
   */
  refined: Replacement[];
}

/**
 * Same figure: equal at the coarser of the two printed precisions (precision.ts), both missing, and no
 * different printed rank.
 */
export function sameFigure(loaded: Score, incoming: Score): boolean {
  const sameRank = incoming.officialRank === null || loaded.officialRank === incoming.officialRank;
  return sameRank && agreeAtPrecision(loaded, incoming);
}

/**
 * The loaded figure is only a printed rank (no score was printed with it: PCI 2021 Nghệ An "30th" from
 * release coverage) and the import brings the score with the same rank, or no rank: it fills the gap,
 * replaces nothing published, so it is added rather than put to the user as a conflict.
 */
function fillsGap(loaded: Score, incoming: Score): boolean {
  return loaded.value === null && incoming.value !== null && (incoming.officialRank === null ? loaded.officialRank === null : loaded.officialRank === null || loaded.officialRank === incoming.officialRank);
}

/** Compare an import with what is loaded (shipped + earlier imports). */
export function diffImport(incoming: readonly Score[], loaded: readonly Score[]): ImportDiff {
  const byKey = new Map<string, Score>();
  for (const s of loaded) byKey.set(scoreKey(s), s);
  const diff: ImportDiff = { added: [], replaced: [], unchanged: [], refined: [] };
  for (const s of incoming) {
    const key = scoreKey(s);
    const old = byKey.get(key);
    if (!old || fillsGap(old, s)) diff.added.push(s);
    else if (!sameFigure(old, s)) diff.replaced.push({ key, old, new: s });
    else if (compareAtPrecision(old, s) === 'incoming-finer') diff.refined.push({ key, old, new: { ...s, officialRank: s.officialRank ?? old.officialRank, tier: s.tier ?? old.tier ?? null } });
    else diff.unchanged.push(s);
  }
  return diff;
}

export type Resolution = 'keep' | 'take';

/**
 * The figures an import lays over the loaded data: every added figure, each refined figure (the same figure
 * with more digits) unless the user chose to keep the loaded ones (`refined: 'keep'`), and each real
 * difference the user chose to take (default: keep the loaded figure — nothing is replaced without a decision).
 * Unchanged figures are not laid over, so the loaded figure keeps its printed rank and source.
 */
export function appliedScores(diff: ImportDiff, decisions: ReadonlyMap<string, Resolution>, refined: Resolution = 'take'): Score[] {
  return [...diff.added, ...(refined === 'take' ? diff.refined.map((r) => r.new) : []), ...diff.replaced.filter((r) => decisions.get(r.key) === 'take').map((r) => r.new)];
}
