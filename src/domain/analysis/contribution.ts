/**
 * Why the rank moved: the composite change split into each component's contribution, and the gaps
 * that remain (to the next rank up, to the next tier, to the top).
 *
 * How a composite is built (one home for it, see ../shared/domain/indices.md):
 * - PCI: composite = 10 × Σ weight × sub-index (sub-indices 0–10, composite 0–100; the factor is the
 *   composite's scale maximum over the component's). Weights belong to an edition (`weightFor`):
 *   2013–2021 one set, from 2022 another; before 2013 they are not known, so contributions are `null`.
 * - PAPI: aggregate = unweighted sum of the dimensions, so each weight is 1 and a contribution is the change.
 * - PAR INDEX, SIPAS, PGI: the composite is not rebuilt from the components shipped here → `null`.
 *
 * A component's contribution = factor × weight_now × change. When the edition's weights changed (PCI 2022),
 * the composite also moves because the same scores are weighted differently: that part is
 * `reweighting` = factor × Σ (weight_now − weight_base) × value_base, reported on its own. Contributions +
 * reweighting add up to the composite change; what they do not explain (rounding in print, components
 * missing for this province) is the `residual`.
 */
import { findComponent, getIndex, mainComponents, methodBreaksBetween, scaleFor, weightFor, type Catalogue } from '../catalogue/catalogue';
import { previousYear, ranksFor } from './changes';
import type { ScoreTable } from '../table/dataset';
import { isNationalRank, type RankBasis } from './rank';
import { tidy } from './stats';
import { tierOf, tierThreshold } from './tiers';
import type { ComponentDef, IndexDef, MethodBreak, TierLabel } from '../catalogue/types';

/** Indices whose composite is the plain sum of their main components [C PAPI reports: aggregate 6–60 / 8–80]. */
const SUM_OF_COMPONENTS = new Set(['PAPI']);

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

export interface Contribution {
  component: string;
  weight: number | null;
  change: number | null;
  contribution: number | null;
}

export interface RankMoveExplanation {
  baseYear: number | null;
  compositeChange: number | null;
  contributions: Contribution[];
  residual: number | null;
  /** Composite change due to new weights on the base-year scores (0 when the weights did not change). */
  reweighting: number | null;
  gapToNextRank: GapToNextRank | null;
  /**
   * `basis`: the tier scheme's threshold (band, quartile cut-off) or, for printed tiers, the lowest score printed in
   * that tier among the loaded provinces — an observed floor, so that gap is only an upper bound (`exact: false`).
   */
  gapToNextTier: { tier: TierLabel; gap: number; basis: 'band' | 'quartile' | 'lowest-in-tier'; exact: boolean } | null;
  gapToTop: number | null;
  methodBreaks: MethodBreak[];
  /** True when no method break is crossed and every contribution is known. */
  comparable: boolean;
  /** Extra: the composite rank now and in the base year, as displayed. */
  rank: number | null;
  baseRank: number | null;
}

/**
 * The gap to the next rank up, measured against the province with the published rank directly above when it is
 * loaded (`exact`). "Directly above": the loaded province(s) at the nearest better rank t leave no rank between
 * them and mine (t + how many share t = my rank; ranks are standard competition ranks, so ties skip). In a complete
 * year the nearest loaded rank above is always directly above. Otherwise the gap is measured to the nearest loaded
 * province above (`targetRank` says which rank) and is an upper bound: the province(s) between, not loaded, score
 * at most as well, so closing the gap to rank `targetRank` certainly passes them too. When the province's own rank is
 * only a rank among the loaded provinces, no rank above it is known nationally: the gap is a bound as well.
 */
export interface GapToNextRank {
  /** The province measured against. */
  unit: string;
  /** Points needed to reach its score. */
  gap: number;
  /** Its rank (as displayed: printed, or computed on a complete year, or among the loaded provinces). */
  targetRank: number;
  targetRankBasis: RankBasis | null;
  /** True when `unit` holds the rank directly above; false = the gap is an upper bound. */
  exact: boolean;
  /** The rank just above the province's own (its rank − 1), for "measured to the 22nd, not the 37th". */
  nextRank: number;
  /** Why the gap is only a bound: the rank directly above is not loaded, or the province's own rank is among the loaded ones. */
  boundReason: 'next-rank-not-loaded' | 'rank-among-loaded' | null;
}

const valueOf = (table: ScoreTable, index: string, year: number | null, unit: string, component: string) =>
  year === null ? null : (table.get(index, year, unit, component)?.value ?? null);

export function explainRankMove(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  baseYear?: number | null,
): RankMoveExplanation {
  const ix = getIndex(catalogue, index);
  const base = baseYear === undefined ? previousYear(table, ix.id, year, 'total') : baseYear;
  const now = valueOf(table, ix.id, year, unit, 'total');
  const before = valueOf(table, ix.id, base, unit, 'total');
  const compositeChange = now !== null && before !== null ? tidy(now - before) : null;

  const components = new Map<string, ComponentDef>();
  for (const c of mainComponents(ix, year)) components.set(c.id, c);
  if (base !== null) for (const c of mainComponents(ix, base)) components.set(c.id, c);
  const contributions = [...components.values()]
    .filter((c) => valueOf(table, ix.id, year, unit, c.id) !== null || valueOf(table, ix.id, base, unit, c.id) !== null)
    .map((c) => {
      const x1 = valueOf(table, ix.id, year, unit, c.id);
      const x0 = valueOf(table, ix.id, base, unit, c.id);
      const w1 = componentWeight(ix, c, year);
      const w0 = base === null ? null : componentWeight(ix, c, base);
      const change = x1 !== null && x0 !== null ? tidy(x1 - x0) : null;
      const known = change !== null && w1.weight !== null && w0?.weight != null;
      const contribution = known ? tidy(w1.factor * w1.weight! * (x1! - x0!)) : null;
      const reweighting = known ? w1.factor * w1.weight! * x0! - w0!.factor * w0!.weight! * x0! : null;
      return { component: c.id, weight: w1.weight, change, contribution, reweighting };
    });
  const known = contributions.filter((c) => c.contribution !== null);
  const reweighting = known.length ? tidy(known.reduce((s, c) => s + (c.reweighting as number), 0)) : null;
  const residual =
    compositeChange !== null && known.length > 0
      ? tidy(compositeChange - known.reduce((s, c) => s + (c.contribution as number), 0) - (reweighting ?? 0))
      : null;

  const ranks = ranksFor(table, catalogue, ix.id, year, 'total');
  const mine = ranks.get(unit)?.rank ?? null;
  const baseRank = base === null ? null : (ranksFor(table, catalogue, ix.id, base, 'total').get(unit)?.rank ?? null);
  const higherIsBetter = findComponent(ix, 'total')?.higherIsBetter ?? true;
  const gapTo = (target: number) => tidy(higherIsBetter ? target - (now as number) : (now as number) - target);

  let gapToNextRank: RankMoveExplanation['gapToNextRank'] = null;
  let gapToTop: number | null = null;
  if (mine !== null && now !== null) {
    const myBasis = ranks.get(unit)?.basis ?? null;
    const above = [...ranks].filter(([u, r]) => r.rank !== null && r.rank < mine && valueOf(table, ix.id, year, u, 'total') !== null);
    if (above.length) {
      const targetRank = Math.max(...above.map(([, r]) => r.rank as number));
      const atTarget = above.filter(([, r]) => r.rank === targetRank);
      // Of several sharing the rank, the lowest score is the one to pass (printed ties can hide unrounded order).
      const [nextUnit, nextRank] = atTarget.sort(([a], [b]) => gapTo(valueOf(table, ix.id, year, a, 'total') as number) - gapTo(valueOf(table, ix.id, year, b, 'total') as number))[0];
      const complete = table.coverage(ix.id, year, 'total').complete;
      const exact = isNationalRank(myBasis) && isNationalRank(nextRank.basis) && (complete || targetRank + atTarget.length >= mine);
      const boundReason = exact ? null : isNationalRank(myBasis) && isNationalRank(nextRank.basis) ? 'next-rank-not-loaded' : 'rank-among-loaded';
      gapToNextRank = { unit: nextUnit, gap: gapTo(valueOf(table, ix.id, year, nextUnit, 'total') as number), targetRank, targetRankBasis: nextRank.basis, exact, nextRank: mine - 1, boundReason };
    }
    const top = [...ranks].find(([u, r]) => r.rank === 1 && isNationalRank(r.basis) && valueOf(table, ix.id, year, u, 'total') !== null);
    if (top) gapToTop = gapTo(valueOf(table, ix.id, year, top[0], 'total') as number);
  }

  let gapToNextTier: RankMoveExplanation['gapToNextTier'] = null;
  const tier = tierOf(table, catalogue, ix.id, year, unit, 'total');
  const labels = ix.tiers.labels ?? [];
  if (tier && now !== null) {
    const position = labels.findIndex((l) => l.id === tier.tier.id);
    if (position > 0) {
      const threshold = tierThreshold(table, catalogue, ix.id, year, labels[position - 1].id, 'total');
      if (threshold !== null) {
        const basis = ix.tiers.kind === 'bands' ? 'band' : ix.tiers.kind === 'quartile' ? 'quartile' : 'lowest-in-tier';
        gapToNextTier = { tier: labels[position - 1], gap: Math.max(0, gapTo(threshold)), basis, exact: basis !== 'lowest-in-tier' };
      }
    }
  }

  const methodBreaks = base === null ? [] : methodBreaksBetween(ix, base, year);
  return {
    baseYear: base,
    compositeChange,
    contributions: contributions.map(({ component, weight, change, contribution }): Contribution => ({ component, weight, change, contribution })),
    residual,
    reweighting,
    gapToNextRank,
    gapToNextTier,
    gapToTop,
    methodBreaks,
    comparable: methodBreaks.length === 0 && contributions.length > 0 && contributions.every((c) => c.contribution !== null),
    rank: mine,
    baseRank,
  };
}
