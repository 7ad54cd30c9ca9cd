/**
 * What-if: the composite, rank and tier a province would have had in an edition had some of its
 * component scores been different. A derived figure, always labelled so; never a published one.
 *
 * Rules (one home for them):
 * - the composite is a known function of the components only where contribution.ts `componentWeight`
 *   knows every main component's weight in that edition (PCI 2013–2021 and 2022+ with their own weights,
 *   PAPI as the plain sum); elsewhere (PCI before 2013, PAR INDEX, SIPAS, PGI) the simulator says so and
 *   simulates nothing;
 * - the composite is linear in its components, so the simulated composite is the PUBLISHED composite plus
 *   factor × weight × change for each changed component: a component that is not loaded for this province
 *   can stay unchanged without making the result unknown (only a changed component needs its weight);
 * - a change is bounded by the component's scale and, upwards, by the best score any province reached in
 *   that edition: a request beyond is clamped, and the clamp is reported. The best is known only when the
 *   edition's component is complete; on a partial edition the best among the loaded provinces is only a
 *   lower bound of the real best, so the simulator then bounds by the scale alone (the target finder still
 *   never proposes above the best loaded score: that much is known to be reachable);
 *   a component whose current score is not loaded can only be changed by a delta, unbounded by the best;
 * - the rank is the standard competition rank of the simulated composite among every other province's
 *   published composite that edition: national (`computed-national`) when the edition is complete,
 *   otherwise `among-loaded` (a lower bound on the national rank, shown with its mark);
 * - the tier: PAR bands by their lower bound; PAPI quartiles recomputed with the simulated value (complete
 *   editions only); PCI's printed groups by the lowest score VCCI printed in each group that edition
 *   (`observed-floor`, an estimate: VCCI does not publish cut-offs); none for SIPAS and PGI.
 */
import { findComponent, getIndex, mainComponents, scaleFor, type Catalogue } from '../catalogue/catalogue';
import { componentWeight } from './contribution';
import type { ScoreTable } from '../table/dataset';
import { competitionRanks, type RankBasis } from './rank';
import { tidy } from './stats';
import { matchTierLabel, quartileCutoffs } from './tiers';
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

export type WhatIfTierBasis = 'band' | 'quartile' | 'observed-floor';

export interface WhatIfResult {
  index: string;
  year: number;
  unit: string;
  /** False where the composite is not a known function of its components (see `reason`). */
  supported: boolean;
  reason: Localised | null;
  /** The published composite the simulation starts from. */
  baseComposite: number | null;
  composite: number | null;
  compositeChange: number;
  rank: number | null;
  rankBasis: Extract<RankBasis, 'computed-national' | 'among-loaded'> | null;
  tier: { label: TierLabel; basis: WhatIfTierBasis } | null;
  changes: AppliedChange[];
  levers: ComponentLever[];
}

export const NOT_A_FUNCTION: Localised = {
  vi: 'Điểm tổng hợp của chỉ số này (năm này) không phải là hàm đã biết của các chỉ số thành phần (không có trọng số công bố): không mô phỏng được.',
  en: "This index's composite (this edition) is not a known function of its components (no published weights): it cannot be simulated.",
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

/** The simulated province's rank among the other provinces' published composites. */
function simulatedRank(table: ScoreTable, index: string, year: number, unit: string, composite: number): { rank: number; basis: 'computed-national' | 'among-loaded' } {
  const others = table.slice(index, year, 'total').filter((s) => s.unit !== unit);
  const ranks = competitionRanks([...others.map((s) => ({ unit: s.unit, value: s.value === null ? null : tidy(s.value) })), { unit, value: tidy(composite) }], true);
  const complete = table.coverage(index, year, 'total').complete;
  return { rank: ranks.get(unit)!, basis: complete ? 'computed-national' : 'among-loaded' };
}

/** The tier a composite would fall in that edition (see the rules at the top). */
export function simulatedTier(table: ScoreTable, index: IndexDef, year: number, unit: string, composite: number): WhatIfResult['tier'] {
  const labels = index.tiers.labels ?? [];
  if (labels.length === 0) return null;
  if (index.tiers.kind === 'bands') {
    const band = labels.find((l) => l.min !== undefined && composite >= l.min);
    return band ? { label: band, basis: 'band' } : null;
  }
  const others = table.slice(index.id, year, 'total').filter((s) => s.unit !== unit);
  if (index.tiers.kind === 'quartile') {
    if (!table.coverage(index.id, year, 'total').complete || labels.length < 4) return null;
    const values = [...others.flatMap((s) => (s.value === null ? [] : [s.value])), composite];
    const cuts = quartileCutoffs(values, true);
    if (!cuts) return null;
    const group = cuts.findIndex((c) => composite >= c);
    return { label: labels[group === -1 ? 3 : group], basis: 'quartile' };
  }
  if (index.tiers.kind === 'published') {
    const floors = labels.map((label) => {
      const inTier = others.filter((s) => s.value !== null && matchTierLabel(index, s.tier)?.id === label.id).map((s) => s.value as number);
      return inTier.length ? Math.min(...inTier) : null;
    });
    const printed = floors.map((f, i) => (f === null ? -1 : i)).filter((i) => i >= 0);
    if (printed.length === 0) return null;
    const reached = printed.find((i) => composite >= (floors[i] as number));
    return { label: labels[reached ?? printed[printed.length - 1]], basis: 'observed-floor' };
  }
  return null;
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
  const empty = { index: ix.id, year, unit, baseComposite, composite: null, compositeChange: 0, rank: null, rankBasis: null, tier: null, changes: [], levers };
  if (!compositeIsKnown(ix, levers)) return { ...empty, supported: false, reason: NOT_A_FUNCTION };
  if (baseComposite === null) return { ...empty, supported: true, reason: NO_COMPOSITE };

  const changes: AppliedChange[] = [];
  for (const [component, request] of Object.entries(requests)) {
    const lever = levers.find((l) => l.component === component);
    if (lever) changes.push(clampRequest(lever, request));
  }
  const compositeChange = tidy(changes.reduce((s, c) => s + c.contribution, 0));
  const total = findComponent(ix, 'total')!;
  const scale = scaleFor(total, year);
  const composite = tidy(Math.min(scale.max, Math.max(scale.min, baseComposite + compositeChange)));
  const { rank, basis } = simulatedRank(table, ix.id, year, unit, composite);
  return { ...empty, supported: true, reason: null, composite, compositeChange, rank, rankBasis: basis, tier: simulatedTier(table, ix, year, unit, composite), changes };
}

/** "+0.5", "-1", "0,25" (delta when signed) or "6.2" (a value): how the CLI and the panel read a change. */
export function readRequest(text: string): ComponentRequest | null {
  const t = text.trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return /^[+-]/.test(t) ? { delta: n } : { value: n };
}
