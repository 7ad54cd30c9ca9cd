/**
 * The indexed, immutable score table every view and CLI reads: lookups by
 * (index, year, component) and (index, year, unit, component), years present, and coverage.
 */
import { expectedUnitCount, findIndex, type Catalogue } from './catalogue';
import type { Score } from './types';

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

export function buildScoreTable(scores: readonly Score[], catalogue: Catalogue): ScoreTable {
  const byKey = new Map<string, Score>();
  const bySlice = new Map<string, Score[]>();
  const yearsByIndex = new Map<string, Set<number>>();
  const componentsBy = new Map<string, Set<string>>();
  for (const s of scores) {
    byKey.set(key(s.index, s.year, s.unit, s.component), s);
    const sk = key(s.index, s.year, s.component);
    let list = bySlice.get(sk);
    if (!list) bySlice.set(sk, (list = []));
    list.push(s);
    let years = yearsByIndex.get(s.index);
    if (!years) yearsByIndex.set(s.index, (years = new Set()));
    years.add(s.year);
    const ck = key(s.index, s.year);
    let comps = componentsBy.get(ck);
    if (!comps) componentsBy.set(ck, (comps = new Set()));
    comps.add(s.component);
  }
  const coverageCache = new Map<string, Coverage>();
  const table: ScoreTable = {
    scores,
    get: (index, year, unit, component) => byKey.get(key(index, year, unit, component)),
    slice: (index, year, component) => bySlice.get(key(index, year, component)) ?? [],
    years: (index) => [...(yearsByIndex.get(index) ?? [])].sort((a, b) => a - b),
    indices: () => {
      const order = catalogue.indices.map((i) => i.id);
      return [...yearsByIndex.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    },
    components: (index, year) => [...(componentsBy.get(key(index, year)) ?? [])],
    units: (index, year) => {
      const units = new Set<string>();
      for (const c of componentsBy.get(key(index, year)) ?? []) for (const s of bySlice.get(key(index, year, c)) ?? []) units.add(s.unit);
      return [...units];
    },
    coverage: (index, year, component = 'total') => {
      const ck = key(index, year, component);
      const cached = coverageCache.get(ck);
      if (cached) return cached;
      const loaded = (bySlice.get(ck) ?? []).filter((s) => s.value !== null || s.officialRank !== null).length;
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
  const topKeys = new Set(top.map((s) => key(s.index, s.year, s.unit, s.component)));
  return [...base.filter((s) => !topKeys.has(key(s.index, s.year, s.unit, s.component))), ...top];
}
