/**
 * The indexed, immutable score table every view and CLI reads: lookups by
 * (index, year, component) and (index, year, unit, component), years present, and coverage.
 */
import { findIndex, type Catalogue } from '../catalogue/catalogue';
import { expectedInEdition } from '../catalogue/editions';
import type { Score } from '../catalogue/types';

export interface Coverage {
  /** Units with a value (or printed rank) loaded. */
  loaded: number;
  /** Units the publisher ranked that year: 63 provinces (64 with Hà Tây to 2008, 34 units from 2025) less those it did not rank (catalogue/editions.ts). */
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

/**
 * An edition's components in one order, whatever order the figures came in: the composite, then the catalogue's
 * order, then any other (an imported new structure's pillars, `total_unweighted`) by id.
 */
function componentOrder(ids: string[], known: readonly { id: string }[] = []): string[] {
  const place = (id: string) => {
    if (id === 'total') return -1;
    const at = known.findIndex((c) => c.id === id);
    return at === -1 ? known.length : at;
  };
  return ids.sort((a, b) => place(a) - place(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function tableOver(slices: Slices, scores: readonly Score[], catalogue: Catalogue): ScoreTable {
  return new IndexedScoreTable(slices, scores, catalogue);
}

/**
 * How many units an edition's table is complete with: what its publisher ranked (catalogue/editions.ts — the units
 * of the year less those it did not rank that have no figure here; PAPI 2023: 61).
 */
function expectedCount(catalogue: Catalogue, index: string, year: number, loaded: number, hasFigure?: (unit: string) => boolean): number {
  return findIndex(catalogue, index) ? expectedInEdition(catalogue, index, year, hasFigure) : loaded;
}

/**
 * A class, not a plain object: a table is a value with an identity. TanStack Query deep-compares plain
 * objects and arrays (structural sharing) on every result; an instance is compared by reference, so two
 * million-row tables are never walked figure by figure on the main thread.
 */
class IndexedScoreTable implements ScoreTable {
  // (unit → score) per slice, built on first lookup; a later figure under the same key wins, as in overlayScores.
  private readonly byUnit = new WeakMap<Score[], Map<string, Score>>();
  private readonly coverageCache = new Map<string, Coverage>();
  constructor(
    private readonly slices: Slices,
    readonly scores: readonly Score[],
    private readonly catalogue: Catalogue,
  ) {}

  private sliceOf(index: string, year: number, component: string): Score[] | undefined {
    return this.slices.get(index)?.get(year)?.get(component);
  }

  /**
   * This table with `top` laid over it by overlayScores's rule: the slices `top` touches are rebuilt (their figures
   * without the units `top` replaces, then `top`'s, in order), every other slice is shared as it is.
   */
  withTop(top: readonly Score[]): IndexedScoreTable {
    const topKeys: TopKeys = new Map();
    addTopKeys(topKeys, top, 0, top.length);
    const slices: Slices = new Map(this.slices);
    for (const [index, byYear] of topKeys) {
      const years = new Map(slices.get(index));
      slices.set(index, years);
      for (const [year, byComponent] of byYear) {
        const components = new Map(years.get(year));
        years.set(year, components);
        for (const [component, units] of byComponent) {
          const kept = (components.get(component) ?? []).filter((s) => !units.has(s.unit));
          // A slice emptied by `top` is made again after the others, where a full build would first meet it.
          if (kept.length) components.set(component, kept);
          else components.delete(component);
        }
        if (!components.size) years.delete(year);
      }
      if (!years.size) slices.delete(index);
    }
    addToSlices(slices, top, 0, top.length);
    const scores = laidOver(this.scores, topKeys, top);
    return new IndexedScoreTable(slices, scores, this.catalogue);
  }

  get(index: string, year: number, unit: string, component: string): Score | undefined {
    const list = this.sliceOf(index, year, component);
    if (!list) return undefined;
    let units = this.byUnit.get(list);
    if (!units) {
      units = new Map();
      for (const s of list) units.set(s.unit, s);
      this.byUnit.set(list, units);
    }
    return units.get(unit);
  }

  slice(index: string, year: number, component: string): readonly Score[] {
    return this.sliceOf(index, year, component) ?? [];
  }

  years(index: string): number[] {
    return [...(this.slices.get(index)?.keys() ?? [])].sort((a, b) => a - b);
  }

  indices(): string[] {
    const order = this.catalogue.indices.map((i) => i.id);
    return [...this.slices.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }

  components(index: string, year: number): string[] {
    return componentOrder([...(this.slices.get(index)?.get(year)?.keys() ?? [])], findIndex(this.catalogue, index)?.components);
  }

  units(index: string, year: number): string[] {
    const units = new Set<string>();
    for (const list of this.slices.get(index)?.get(year)?.values() ?? []) for (const s of list) units.add(s.unit);
    return [...units].sort();
  }

  coverage(index: string, year: number, component = 'total'): Coverage {
    const ck = key(index, year, component);
    const cached = this.coverageCache.get(ck);
    if (cached) return cached;
    const withFigure = (this.sliceOf(index, year, component) ?? []).filter((s) => s.value !== null || s.officialRank !== null);
    const loaded = withFigure.length;
    const expected = expectedCount(this.catalogue, index, year, loaded, (unit) => withFigure.some((s) => s.unit === unit));
    const result = { loaded, expected, complete: loaded >= expected };
    this.coverageCache.set(ck, result);
    return result;
  }
}

/**
 * `table` with `top` laid over it: the same table as buildScoreTable(overlayScores(table.scores, top)), made without
 * indexing again what `top` leaves as it is — a one-figure import beside a million saved figures re-indexes one slice.
 */
export function overlayTable(table: ScoreTable, top: readonly Score[], catalogue: Catalogue): ScoreTable {
  if (table instanceof IndexedScoreTable) return table.withTop(top);
  return buildScoreTable(overlayScores(table.scores, top), catalogue);
}

/**
 * Overlay `top` on `base`: a key present in both takes `top`'s figure.
 * Used for imports the user has confirmed; conflicts are resolved before this point (see import).
 */
export function overlayScores(base: readonly Score[], top: readonly Score[]): Score[] {
  const topKeys: TopKeys = new Map();
  addTopKeys(topKeys, top, 0, top.length);
  return laidOver(base, topKeys, top);
}

/** overlayScores in slices, awaiting `pause()` between them (same result). */
export async function overlayScoresInSlices(base: readonly Score[], top: readonly Score[], pause: () => Promise<void>, slice = 200_000): Promise<Score[]> {
  const topKeys: TopKeys = new Map();
  for (let from = 0; from < top.length; from += slice) {
    addTopKeys(topKeys, top, from, Math.min(top.length, from + slice));
    await pause();
  }
  return laidOver(base, topKeys, top);
}

/** The overlay rule itself: `base` without the figures `top` has a key for, then `top`, in order. */
function laidOver(base: readonly Score[], topKeys: TopKeys, top: readonly Score[]): Score[] {
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
  return new CombinedScoreTable(tables, catalogue);
}

class CombinedScoreTable implements ScoreTable {
  private readonly owner = new Map<string, ScoreTable>();
  private allScores: readonly Score[] | null = null;
  constructor(
    private readonly tables: readonly ScoreTable[],
    private readonly catalogue: Catalogue,
  ) {
    for (const t of tables) for (const ix of t.indices()) if (!this.owner.has(ix)) this.owner.set(ix, t);
  }

  get scores(): readonly Score[] {
    return (this.allScores ??= this.tables.flatMap((t) => t.scores));
  }

  get(index: string, year: number, unit: string, component: string): Score | undefined {
    return this.owner.get(index)?.get(index, year, unit, component);
  }

  slice(index: string, year: number, component: string): readonly Score[] {
    return this.owner.get(index)?.slice(index, year, component) ?? [];
  }

  years(index: string): number[] {
    return this.owner.get(index)?.years(index) ?? [];
  }

  indices(): string[] {
    const order = this.catalogue.indices.map((i) => i.id);
    return [...this.owner.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }

  components(index: string, year: number): string[] {
    return this.owner.get(index)?.components(index, year) ?? [];
  }

  units(index: string, year: number): string[] {
    return this.owner.get(index)?.units(index, year) ?? [];
  }

  coverage(index: string, year: number, component?: string): Coverage {
    const t = this.owner.get(index);
    if (t) return t.coverage(index, year, component);
    const expected = expectedCount(this.catalogue, index, year, 0);
    return { loaded: 0, expected, complete: expected === 0 };
  }
}

/**
 * A fact derived from a table (a rank list, a median, tier cut-offs), computed once per table and key:
 * a new table (new import, other index) is a new identity, so nothing stale is ever returned.
 */
const derived = new WeakMap<ScoreTable, Map<string, unknown>>();
export function memoOnTable<T>(table: ScoreTable, key: string, compute: () => T): T {
  let facts = derived.get(table);
  if (!facts) derived.set(table, (facts = new Map()));
  if (facts.has(key)) return facts.get(key) as T;
  const value = compute();
  facts.set(key, value);
  return value;
}
