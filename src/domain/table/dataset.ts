/**
 * The indexed, immutable score table every view and CLI reads: lookups by
 * (index, year, component) and (index, year, unit, component), years present, and coverage.
 */
import { expectedUnitCount, findIndex, type Catalogue } from '../catalogue/catalogue';
import type { Score } from '../catalogue/types';

export interface Coverage {
  /** Units with a value (or printed rank) loaded. */
  loaded: number;
  /** Units the index could rank that year (63 provinces, 64 with Hà Tây to 2008, 34 units from 2025). */
  expected: number;
  complete: boolean;
}

export interface ScoreTable {
  readonly scores: readonly Score[];
  get(index: string, year: number, unit: string, component: string): Score | undefined;
  /** All units' scores for one (index, year, component). */
  slice(index: string, year: number, component: string): readonly Score[];
  years(index: string): number[];
  indices(): string[];
  components(index: string, year: number): string[];
  units(index: string, year: number): string[];
  coverage(index: string, year: number, component?: string): Coverage;
}

const key = (...parts: (string | number)[]) => parts.join('|');

type Slices = Map<string, Map<number, Map<string, Score[]>>>;

/** index → year → component → scores, for figures [from, to). Nested maps rather than joined string
 * keys: a million-row import then costs three small-map lookups per figure and no key string. */
function addToSlices(slices: Slices, scores: readonly Score[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const s = scores[i];
    let byYear = slices.get(s.index);
    if (!byYear) slices.set(s.index, (byYear = new Map()));
    let byComponent = byYear.get(s.year);
    if (!byComponent) byYear.set(s.year, (byComponent = new Map()));
    const list = byComponent.get(s.component);
    if (list) list.push(s);
    else byComponent.set(s.component, [s]);
  }
}

export function buildScoreTable(scores: readonly Score[], catalogue: Catalogue): ScoreTable {
  const slices: Slices = new Map();
  addToSlices(slices, scores, 0, scores.length);
  return tableOver(slices, scores, catalogue);
}

/**
 * The same table built in slices of `slice` figures, awaiting `pause()` between them: how the page
 * indexes a large import without a long task (the result equals buildScoreTable's).
 */
export async function buildScoreTableInSlices(scores: readonly Score[], catalogue: Catalogue, pause: () => Promise<void>, slice = 100_000): Promise<ScoreTable> {
  const slices: Slices = new Map();
  for (let from = 0; from < scores.length; from += slice) {
    addToSlices(slices, scores, from, Math.min(scores.length, from + slice));
    await pause();
  }
  return tableOver(slices, scores, catalogue);
}

function tableOver(slices: Slices, scores: readonly Score[], catalogue: Catalogue): ScoreTable {
  const sliceOf = (index: string, year: number, component: string) => slices.get(index)?.get(year)?.get(component);
  // (unit → score) per slice, built on first lookup; a later figure under the same key wins, as in overlayScores.
  const byUnit = new WeakMap<Score[], Map<string, Score>>();
  const coverageCache = new Map<string, Coverage>();
  const table: ScoreTable = {
    scores,
    get: (index, year, unit, component) => {
      const list = sliceOf(index, year, component);
      if (!list) return undefined;
      let units = byUnit.get(list);
      if (!units) {
        units = new Map();
        for (const s of list) units.set(s.unit, s);
        byUnit.set(list, units);
      }
      return units.get(unit);
    },
    slice: (index, year, component) => sliceOf(index, year, component) ?? [],
    years: (index) => [...(slices.get(index)?.keys() ?? [])].sort((a, b) => a - b),
    indices: () => {
      const order = catalogue.indices.map((i) => i.id);
      return [...slices.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    },
    components: (index, year) => [...(slices.get(index)?.get(year)?.keys() ?? [])],
    units: (index, year) => {
      const units = new Set<string>();
      for (const list of slices.get(index)?.get(year)?.values() ?? []) for (const s of list) units.add(s.unit);
      return [...units];
    },
    coverage: (index, year, component = 'total') => {
      const ck = key(index, year, component);
      const cached = coverageCache.get(ck);
      if (cached) return cached;
      const loaded = (sliceOf(index, year, component) ?? []).filter((s) => s.value !== null || s.officialRank !== null).length;
      const expected = findIndex(catalogue, index) ? expectedUnitCount(catalogue, year) : loaded;
      const result = { loaded, expected, complete: loaded >= expected };
      coverageCache.set(ck, result);
      return result;
    },
  };
  return table;
}

/**
 * Overlay `top` on `base`: a key present in both takes `top`'s figure.
 * Used for imports the user has confirmed; conflicts are resolved before this point (see import).
 */
export function overlayScores(base: readonly Score[], top: readonly Score[]): Score[] {
  const topKeys: TopKeys = new Map();
  addTopKeys(topKeys, top, 0, top.length);
  return base.filter((s) => !topKeys.get(s.index)?.get(s.year)?.get(s.component)?.has(s.unit)).concat(top);
}

/** overlayScores in slices, awaiting `pause()` between them (same result). */
export async function overlayScoresInSlices(base: readonly Score[], top: readonly Score[], pause: () => Promise<void>, slice = 200_000): Promise<Score[]> {
  const topKeys: TopKeys = new Map();
  for (let from = 0; from < top.length; from += slice) {
    addTopKeys(topKeys, top, from, Math.min(top.length, from + slice));
    await pause();
  }
  return base.filter((s) => !topKeys.get(s.index)?.get(s.year)?.get(s.component)?.has(s.unit)).concat(top);
}

// index → year → component → units, nested rather than joined keys: `top` may be a million-row import.
type TopKeys = Map<string, Map<number, Map<string, Set<string>>>>;

function addTopKeys(topKeys: TopKeys, top: readonly Score[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const s = top[i];
    let byYear = topKeys.get(s.index);
    if (!byYear) topKeys.set(s.index, (byYear = new Map()));
    let byComponent = byYear.get(s.year);
    if (!byComponent) byYear.set(s.year, (byComponent = new Map()));
    const units = byComponent.get(s.component);
    if (units) units.add(s.unit);
    else byComponent.set(s.component, new Set([s.unit]));
  }
}

/**
 * One table over several per-index tables (each index's figures are loaded and indexed on their own):
 * every lookup goes to the table that holds that index; `scores` is their concatenation, made on first use.
 * Tables must not share an index (the first one holding it wins).
 */
export function combineTables(tables: readonly ScoreTable[], catalogue: Catalogue): ScoreTable {
  if (tables.length === 1) return tables[0];
  const owner = new Map<string, ScoreTable>();
  for (const t of tables) for (const ix of t.indices()) if (!owner.has(ix)) owner.set(ix, t);
  const order = catalogue.indices.map((i) => i.id);
  let scores: readonly Score[] | null = null;
  return {
    get scores() {
      return (scores ??= tables.flatMap((t) => t.scores));
    },
    get: (index, year, unit, component) => owner.get(index)?.get(index, year, unit, component),
    slice: (index, year, component) => owner.get(index)?.slice(index, year, component) ?? [],
    years: (index) => owner.get(index)?.years(index) ?? [],
    indices: () => [...owner.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    components: (index, year) => owner.get(index)?.components(index, year) ?? [],
    units: (index, year) => owner.get(index)?.units(index, year) ?? [],
    coverage: (index, year, component) => {
      const t = owner.get(index);
      if (t) return t.coverage(index, year, component);
      const expected = findIndex(catalogue, index) ? expectedUnitCount(catalogue, year) : 0;
      return { loaded: 0, expected, complete: expected === 0 };
    },
  };
}
