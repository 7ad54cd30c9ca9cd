/**
 * Decides why the rank moved: the composite change split into each component's contribution (with the gaps that
 * remain, from gap.ts). How a composite is built from its components is composite.ts; where its weights are not
 * known (PCI before 2013, PAR INDEX, SIPAS, PGI) contributions are `null`.
 *
 * A component's contribution = factor × weight_now × change. When the edition's weights changed (PCI 2022),
 * the composite also moves because the same scores are weighted differently: that part is
 * `reweighting` = factor × Σ (weight_now − weight_base) × value_base, reported on its own. Contributions +
 * reweighting add up to the composite change; what they do not explain (rounding in print, components
 * missing for this province) is the `residual`.
 */
import { getIndex, mainComponents, methodBreaksBetween, type Catalogue } from '../catalogue/catalogue';
import { componentWeight } from './composite';
import { previousYear, ranksFor } from './changes';
import type { ScoreTable } from '../table/dataset';
import { gapsOf, type GapToNextRank, type GapToNextTier } from './gap';
import { tidy } from './stats';
import type { ComponentDef, MethodBreak } from '../catalogue/types';

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
  /** gap.ts */
  gapToNextRank: GapToNextRank | null;
  /** gap.ts */
  gapToNextTier: GapToNextTier | null;
  gapToTop: number | null;
  methodBreaks: MethodBreak[];
  /** True when no method break is crossed and every contribution is known. */
  comparable: boolean;
  /** Extra: the composite rank now and in the base year, as displayed. */
  rank: number | null;
  baseRank: number | null;
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
  const gaps = gapsOf(table, catalogue, ix.id, year, unit);

  const methodBreaks = base === null ? [] : methodBreaksBetween(ix, base, year);
  return {
    baseYear: base,
    compositeChange,
    contributions: contributions.map(({ component, weight, change, contribution }): Contribution => ({ component, weight, change, contribution })),
    residual,
    reweighting,
    gapToNextRank: gaps.nextRank,
    gapToNextTier: gaps.nextTier,
    gapToTop: gaps.top,
    methodBreaks,
    comparable: methodBreaks.length === 0 && contributions.length > 0 && contributions.every((c) => c.contribution !== null),
    rank: mine,
    baseRank,
  };
}
