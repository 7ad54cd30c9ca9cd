/**
 * Decides the what-if: the composite a province would have had in an edition had some of its component scores
 * been different (its rank and tier then come from rank.ts and tiers.ts with that one value overridden).
 * A derived figure, always labelled so; never a published one.
 *
 * Rules (one home for them):
 * - with nothing changed there is nothing to compute: the result is the edition's own figures (published
 *   composite, the rank and tier the analysis shows) for every index and edition;
 * - a change needs the composite to be a known function of its components (composite.ts `compositeRecipe`:
 *   PCI 2013–2021 and 2022+ with their own weights, PAPI as the plain sum); elsewhere (PCI before 2013,
 *   PAR INDEX, SIPAS, PGI) the simulator refuses the change and says why (`supported: false`, `reason`);
 * - the composite is linear in its components, so the simulated composite is the PUBLISHED composite plus
 *   factor × weight × change for each changed component: a component that is not loaded for this province
 *   can stay unchanged without making the result unknown (only a changed component needs its weight);
 * - a change is bounded by the component's scale and, upwards, by the best score any province reached in
 *   that edition: a request beyond is clamped, and the clamp is reported. The best is known only when the
 *   edition's component is complete; on a partial edition the best among the loaded provinces is only a
 *   lower bound of the real best, so the simulator then bounds by the scale alone (the target finder still
 *   never proposes above the best loaded score: that much is known to be reachable);
 *   a component whose current score is not loaded can only be changed by a delta, unbounded by the best;
 * - the rank: changes.ts `rankWithValue` (rank.ts `rankWithOverride`), the one rank rule with this province's
 *   composite overridden; the tier: tiers.ts `tierOf` with the same override (observed floors for PCI's printed
 *   groups, an estimate).
 */
import { findComponent, getIndex, mainComponents, scaleFor, type Catalogue } from '../catalogue/catalogue';
import { rankWithValue } from './changes';
import { componentWeight } from './composite';
import type { ScoreTable } from '../table/dataset';
import type { RankBasis } from './rank';
import { tidy } from './stats';
import { tierOf, type TierBasis } from './tiers';
import type { ComponentDef, IndexDef, Localised, TierLabel } from '../catalogue/types';

/** A requested change: `delta` adds to the score, `value` sets it. */
export type ComponentRequest = { delta: number } | { value: number };

export interface ComponentLever {
  component: string;
  def: ComponentDef;
  /** Composite points per component point (factor × weight); null when the edition's weight is unknown. */
  perPoint: number | null;
  weight: number | null;
  current: number | null;
  /** The best score any loaded province reached in this edition. */
  best: number | null;
  /** True when every province is loaded for this component: `best` is the edition's best. */
  bestIsKnown: boolean;
  scale: { min: number; max: number };
  /** Highest score a simulation may set: min(scale max, best of the edition) when the best is known, else the scale max. */
  ceiling: number;
  /** Highest score the target finder proposes: never above the best loaded score (known to be reachable). */
  realistic: number;
  /** Realistic room to improve: realistic − current (0 when already the best); null without a current score. */
  headroom: number | null;
}

export interface AppliedChange {
  component: string;
  from: number | null;
  to: number | null;
  /** The change actually simulated, after clamping. */
  delta: number;
  requested: number;
  /** Why the request was cut: the scale, or the best score of the edition. */
  clampedBy: 'scale' | 'best' | null;
  /** Composite points this change adds. */
  contribution: number;
}

export type WhatIfTierBasis = TierBasis;

export interface WhatIfResult {
  index: string;
  year: number;
  unit: string;
  /** False where the composite is not a known function of its components (see `reason`): no change can be simulated. */
  supported: boolean;
  /** True when a change was requested but could not be computed (`supported` false): the figures are the edition's own. */
  refused: boolean;
  reason: Localised | null;
  /** The published composite the simulation starts from. */
  baseComposite: number | null;
  composite: number | null;
  compositeChange: number;
  rank: number | null;
  rankBasis: RankBasis | null;
  tier: { label: TierLabel; basis: WhatIfTierBasis } | null;
  changes: AppliedChange[];
  levers: ComponentLever[];
}

export const NOT_A_FUNCTION: Localised = {
  vi: 'Điểm tổng hợp của chỉ số này (năm này) không phải là hàm đã biết của các chỉ số thành phần (không có trọng số công bố): không mô phỏng được thay đổi.',
  en: "This index's composite (this edition) is not a known function of its components (no published weights): a change cannot be simulated.",
};
export const NO_COMPOSITE: Localised = {
  vi: 'Chưa có điểm tổng hợp công bố của tỉnh trong năm này.',
  en: 'No published composite for this province in this edition.',
};

const valueOf = (table: ScoreTable, index: string, year: number, unit: string, component: string) => table.get(index, year, unit, component)?.value ?? null;

/** The main components of an edition with their weight, current score, best of the edition and headroom. */
export function componentLevers(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string): ComponentLever[] {
  const ix = getIndex(catalogue, index);
  return mainComponents(ix, year).map((def) => {
    const { weight, factor } = componentWeight(ix, def, year);
    const scale = scaleFor(def, year);
    const values = table
      .slice(ix.id, year, def.id)
      .map((s) => s.value)
      .filter((v): v is number => v !== null);
    const best = values.length ? (def.higherIsBetter ? Math.max(...values) : Math.min(...values)) : null;
    const current = valueOf(table, ix.id, year, unit, def.id);
    const bestIsKnown = best !== null && table.coverage(ix.id, year, def.id).complete;
    const realistic = best === null ? scale.max : Math.min(scale.max, best);
    const ceiling = bestIsKnown ? realistic : scale.max;
    return {
      component: def.id,
      def,
      perPoint: weight === null ? null : tidy(factor * weight),
      weight,
      current,
      best,
      bestIsKnown,
      scale,
      ceiling,
      realistic,
      headroom: current === null ? null : tidy(Math.max(0, realistic - current)),
    };
  });
}

/** Is the edition's composite a known function of its main components? */
export function compositeIsKnown(index: IndexDef, levers: readonly ComponentLever[]): boolean {
  const total = findComponent(index, 'total');
  return !!total && levers.length > 0 && levers.every((l) => l.perPoint !== null && l.def.higherIsBetter);
}

function clampRequest(lever: ComponentLever, request: ComponentRequest): AppliedChange {
  const from = lever.current;
  const requested = 'delta' in request ? request.delta : from === null ? NaN : request.value - from;
  if (!Number.isFinite(requested)) return { component: lever.component, from, to: null, delta: 0, requested: NaN, clampedBy: null, contribution: 0 };
  let delta = requested;
  let clampedBy: AppliedChange['clampedBy'] = null;
  if (from !== null) {
    const top = lever.ceiling;
    // A province already above the ceiling (it is the best) may keep its score but not rise.
    if (from + delta > Math.max(top, from)) {
      delta = Math.max(top, from) - from;
      clampedBy = lever.bestIsKnown && (lever.best as number) < lever.scale.max ? 'best' : 'scale';
    }
    if (from + delta < lever.scale.min) {
      delta = lever.scale.min - from;
      clampedBy = 'scale';
    }
  }
  delta = tidy(delta);
  return { component: lever.component, from, to: from === null ? null : tidy(from + delta), delta, requested, clampedBy, contribution: tidy((lever.perPoint ?? 0) * delta) };
}

/** The tier a composite would fall in that edition (tiers.ts with this province's composite overridden). */
export function simulatedTier(table: ScoreTable, catalogue: Catalogue, index: IndexDef, year: number, unit: string, composite: number): WhatIfResult['tier'] {
  const tier = tierOf(table, catalogue, index.id, year, unit, 'total', composite);
  return tier ? { label: tier.tier, basis: tier.basis } : null;
}

/** Simulate a province's edition with some components changed. */
export function simulate(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  requests: Readonly<Record<string, ComponentRequest>>,
): WhatIfResult {
  const ix = getIndex(catalogue, index);
  const levers = componentLevers(table, catalogue, ix.id, year, unit);
  const baseComposite = valueOf(table, ix.id, year, unit, 'total');
  const supported = compositeIsKnown(ix, levers);
  const empty = { index: ix.id, year, unit, supported, refused: false, reason: null, baseComposite, composite: null, compositeChange: 0, rank: null, rankBasis: null, tier: null, changes: [], levers };
  if (baseComposite === null) return { ...empty, reason: NO_COMPOSITE };
  const figures = (composite: number) => {
    const rank = rankWithValue(table, catalogue, ix.id, year, 'total', unit, composite);
    return { composite, rank: rank.rank, rankBasis: rank.basis, tier: simulatedTier(table, catalogue, ix, year, unit, composite) };
  };
  const asPublished = { ...empty, ...figures(baseComposite) };
  const requested = Object.keys(requests).filter((c) => levers.some((l) => l.component === c));
  if (!supported) return requested.length ? { ...asPublished, refused: true, reason: NOT_A_FUNCTION } : asPublished;

  const changes: AppliedChange[] = [];
  for (const [component, request] of Object.entries(requests)) {
    const lever = levers.find((l) => l.component === component);
    if (lever) changes.push(clampRequest(lever, request));
  }
  const compositeChange = tidy(changes.reduce((s, c) => s + c.contribution, 0));
  if (compositeChange === 0) return { ...asPublished, changes };
  const total = findComponent(ix, 'total')!;
  const scale = scaleFor(total, year);
  const composite = tidy(Math.min(scale.max, Math.max(scale.min, baseComposite + compositeChange)));
  return { ...empty, ...figures(composite), compositeChange, changes };
}

/** "+0.5", "-1", "0,25" (delta when signed) or "6.2" (a value): how the CLI and the panel read a change. */
export function readRequest(text: string): ComponentRequest | null {
  const t = text.trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return /^[+-]/.test(t) ? { delta: n } : { value: n };
}
