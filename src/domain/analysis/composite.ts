/**
 * Decides how an edition's composite is built from its components (weights, scale factor), how sure a rank is under
 * that method (`rankRanges`, rules further down), and how far a printed
 * composite may lie from the weighted sum of its printed components. Used by the app (contribution, what-if), the
 * import checks and the data build (scripts/build-data).
 *
 * How a composite is built (see ../shared/domain/indices.md):
 * - PCI: composite = 10 × Σ weight × sub-index (sub-indices 0–10, composite 0–100; the factor is the composite's
 *   scale maximum over the component's). Weights belong to an edition (catalogue `weightFor`): 2013–2021 one set,
 *   from 2022 another; before 2013 they are not known, so the composite is not a known function of its components.
 * - PAPI: aggregate = unweighted sum of the dimensions, so each weight is 1 and the factor 1.
 * - PAR INDEX, SIPAS, PGI: the composite is not rebuilt from the components shipped here (no weights).
 * Figures are printed to 2 decimals: ten rounded components (±0.005 each) weighted to 1 and scaled ×10 give at most
 * ±0.05, plus ±0.005 on the printed composite — `COMPOSITE_ROUNDING_TOLERANCE`.
 */
import { findComponent, mainComponents, scaleFor, weightFor } from '../catalogue/catalogue';
import { printedRankRange } from './rank';
import { seededRandom } from './seeded';
import type { ComponentDef, IndexDef } from '../catalogue/types';

/** Indices whose composite is the plain sum of their main components [C PAPI reports: aggregate 6–60 / 8–80]. */
const SUM_OF_COMPONENTS = new Set(['PAPI']);

/** How far a printed composite may lie from the weighted sum of its printed components (rounding in print). */
export const COMPOSITE_ROUNDING_TOLERANCE = 0.055;

export interface ComponentWeight {
  /** Weight in the composite; `null` when the edition's weights are not known. */
  weight: number | null;
  /** Multiplier from component scale to composite scale (PCI: 100 / 10 = 10; PAPI: 1). */
  factor: number;
}

export function componentWeight(index: IndexDef, component: ComponentDef, year: number): ComponentWeight {
  if (SUM_OF_COMPONENTS.has(index.id)) return { weight: 1, factor: 1 };
  const weight = weightFor(component, year);
  const total = findComponent(index, 'total');
  const factor = total && weight !== null ? scaleFor(total, year).max / scaleFor(component, year).max : 1;
  return { weight, factor };
}

export interface CompositePart {
  component: ComponentDef;
  weight: number;
  factor: number;
}

/** The edition's main components with their weight and factor, or `null` when any weight is unknown (or none is listed). */
export function compositeRecipe(index: IndexDef, year: number): CompositePart[] | null {
  const components = mainComponents(index, year);
  if (components.length === 0) return null;
  const parts: CompositePart[] = [];
  for (const component of components) {
    const { weight, factor } = componentWeight(index, component, year);
    if (weight === null) return null;
    parts.push({ component, weight, factor });
  }
  return parts;
}

/** The composite as the weighted sum of the components (`valueOf` by component id); `null` when unknown or a component is missing. */
export function compositeFromComponents(index: IndexDef, year: number, valueOf: (component: string) => number | null | undefined): number | null {
  const recipe = compositeRecipe(index, year);
  if (!recipe) return null;
  let sum = 0;
  for (const part of recipe) {
    const v = valueOf(part.component.id);
    if (v === null || v === undefined || !Number.isFinite(v)) return null;
    sum += part.weight * part.factor * v;
  }
  return sum;
}

/** Does a printed composite agree with the weighted sum of its printed components (within rounding)? */
export function compositeAgrees(printed: number, computed: number, tolerance = COMPOSITE_ROUNDING_TOLERANCE): boolean {
  return Math.abs(printed - computed) <= tolerance;
}

/*
 * How sure a rank is (`rankRange`): the ranks a unit takes when the method is shaken, labelled as sensitivity of the
 * method, not sampling error (no confidence intervals are published for PCI; none were found for PAPI's provinces).
 * - Weights: each of the edition's weights is multiplied by a factor drawn uniformly in [1 − 20%, 1 + 20%], the set
 *   renormalised to its published total, and every unit's composite moved by the change (printed composite +
 *   Σ (w′ − w) · factor · component, so the draw starts from the printed figure); 1,000 draws from a fixed seed; the
 *   range is the 5th to 95th percentile of the unit's rank. A unit without all its components keeps its printed
 *   composite. Withheld (with the reason) where the edition's weights are not known (PCI before 2013, PAR INDEX …).
 * - Printed precision: figures equal at the precision printed may hide any order (rank.ts `printedRankRange`).
 * - Only on a complete edition (every ranked unit loaded): a rank among the loaded units has no range.
 * A rank move is "within noise" when each edition's rank lies inside the other edition's range; two units' order is
 * within noise when their ranges overlap (`moveWithinNoise`, `orderWithinNoise`).
 */

/** Weight perturbation and draws of `rankRange` (named options, not magic numbers). */
export const RANK_RANGE_OPTIONS = { perturbation: 0.2, draws: 1000, seed: 20261202, percentiles: [5, 95] as [number, number] };

export interface RankRangeUnit {
  unit: string;
  /** The printed composite (null = missing: never ranked). */
  composite: number | null;
  decimals?: number;
  /** The unit's main components by id (null/absent = not loaded). */
  components: Readonly<Record<string, number | null | undefined>>;
}

export interface RankRange {
  low: number;
  high: number;
  method: {
    kind: 'method-sensitivity';
    /** Ranks under perturbed weights (5th–95th percentile), or why not computed. */
    weights: { low: number; high: number; perturbation: number; draws: number; seed: number; percentiles: [number, number] } | { withheld: { vi: string; en: string } };
    /** Ranks the printed figures allow (figures equal in print). */
    precision: { low: number; high: number };
  };
}


const percentileOf = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))];

/**
 * `rankRange` for every unit of a complete edition (rules above); `null` when the edition is not complete.
 * `rankOf` gives each unit's rank as shown (printed or computed): the range always holds it.
 */
export function rankRanges(
  index: IndexDef,
  year: number,
  units: readonly RankRangeUnit[],
  options: { complete: boolean; higherIsBetter: boolean; rankOf: (unit: string) => number | null },
  settings = RANK_RANGE_OPTIONS,
): Map<string, RankRange> | null {
  if (!options.complete) return null;
  const present = units.filter((u): u is RankRangeUnit & { composite: number } => u.composite !== null && Number.isFinite(u.composite));
  const better = (a: number, b: number) => (options.higherIsBetter ? a > b : a < b);
  const precision = new Map(present.map((u) => [u.unit, printedRankRange({ value: u.composite, decimals: u.decimals }, present.map((p) => ({ value: p.composite, decimals: p.decimals })), options.higherIsBetter)] as const));
  const recipe = compositeRecipe(index, year);
  const full = recipe ? present.filter((u) => recipe.every((p) => Number.isFinite(u.components[p.component.id] ?? NaN))) : [];
  let weightRanks: Map<string, [number, number]> | null = null;
  let withheld: { vi: string; en: string } | null = null;
  if (!recipe) withheld = { vi: `Trọng số của ${index.label} ${year} không được biết: không thử thay đổi trọng số`, en: `${index.label} ${year} weights are not known: no weight perturbation` };
  else if (full.length < 2) withheld = { vi: 'Chưa đủ chỉ số thành phần đã nạp để thử thay đổi trọng số', en: 'Too few units with every component loaded to perturb the weights' };
  else {
    const random = seededRandom(settings.seed);
    const total = recipe.reduce((s, p) => s + p.weight, 0);
    const draws = new Map(present.map((u) => [u.unit, [] as number[]]));
    const values = new Array<number>(present.length);
    for (let d = 0; d < settings.draws; d++) {
      const raw = recipe.map((p) => p.weight * (1 - settings.perturbation + 2 * settings.perturbation * random()));
      const scale = total / raw.reduce((s, w) => s + w, 0);
      const delta = recipe.map((p, i) => (raw[i] * scale - p.weight) * p.factor);
      present.forEach((u, i) => {
        let v = u.composite;
        if (recipe.every((p) => Number.isFinite(u.components[p.component.id] ?? NaN))) recipe.forEach((p, k) => (v += delta[k] * (u.components[p.component.id] as number)));
        values[i] = v;
      });
      present.forEach((u, i) => {
        let rank = 1;
        for (let j = 0; j < values.length; j++) if (j !== i && better(values[j], values[i])) rank++;
        draws.get(u.unit)!.push(rank);
      });
    }
    weightRanks = new Map([...draws].map(([unit, ranks]) => {
      const sorted = ranks.sort((a, b) => a - b);
      return [unit, [percentileOf(sorted, settings.percentiles[0]), percentileOf(sorted, settings.percentiles[1])] as [number, number]];
    }));
  }
  const result = new Map<string, RankRange>();
  for (const u of present) {
    const shown = options.rankOf(u.unit);
    const p = precision.get(u.unit)!;
    const w = weightRanks?.get(u.unit) ?? null;
    const lows = [p[0], ...(w ? [w[0]] : []), ...(shown !== null ? [shown] : [])];
    const highs = [p[1], ...(w ? [w[1]] : []), ...(shown !== null ? [shown] : [])];
    result.set(u.unit, {
      low: Math.min(...lows),
      high: Math.max(...highs),
      method: {
        kind: 'method-sensitivity',
        weights: w ? { low: w[0], high: w[1], perturbation: settings.perturbation, draws: settings.draws, seed: settings.seed, percentiles: settings.percentiles } : { withheld: withheld! },
        precision: { low: p[0], high: p[1] },
      },
    });
  }
  return result;
}

/** A rank move within noise: each edition's rank lies inside the other edition's range (rule above). */
export function moveWithinNoise(base: { rank: number | null; range: RankRange | null }, now: { rank: number | null; range: RankRange | null }): boolean | null {
  if (base.rank === null || now.rank === null || !base.range || !now.range) return null;
  return base.rank >= now.range.low && base.rank <= now.range.high && now.rank >= base.range.low && now.rank <= base.range.high;
}

/** Two units' order within noise: their rank ranges overlap. */
export function orderWithinNoise(a: RankRange | null, b: RankRange | null): boolean | null {
  if (!a || !b) return null;
  return a.low <= b.high && b.low <= a.high;
}

/** "hạng 20 (khoảng 18–23 khi thay đổi trọng số ±20% và độ chính xác in)" — one wording for every view, export and CLI. */
export function rankRangeText(range: RankRange, lang: 'vi' | 'en'): string {
  const w = range.method.weights;
  const how = 'withheld' in w ? (lang === 'vi' ? 'theo độ chính xác in' : 'from the printed precision') : lang === 'vi' ? `khi trọng số đổi ±${w.perturbation * 100}% và theo độ chính xác in` : `with weights moved ±${w.perturbation * 100}% and the printed precision`;
  const span = range.low === range.high ? `${range.low}` : `${range.low}–${range.high}`;
  return lang === 'vi' ? `khoảng hạng ${span} (${how}; độ nhạy của phương pháp, không phải sai số chọn mẫu)` : `rank range ${span} (${how}; sensitivity of the method, not sampling error)`;
}

/** The within-noise sentence for a rank move (views, report, CLI). */
export function withinNoiseText(lang: 'vi' | 'en'): string {
  return lang === 'vi' ? 'trong phạm vi nhiễu: thay đổi hạng nằm trong khoảng hạng của cả hai năm' : 'within noise: the move lies inside both editions’ rank ranges';
}

/** Short forms for tables and the brief: "khoảng hạng 16–22" / "rank range 16–22"; "trong phạm vi nhiễu" / "within noise". */
export function rankRangeShort(range: RankRange, lang: 'vi' | 'en'): string {
  const span = range.low === range.high ? `${range.low}` : `${range.low}–${range.high}`;
  return lang === 'vi' ? `khoảng hạng ${span}` : `rank range ${span}`;
}
export function withinNoiseShort(lang: 'vi' | 'en'): string {
  return lang === 'vi' ? 'trong phạm vi nhiễu' : 'within noise';
}
