/**
 * Performance tiers (one home for them), by the index's tier scheme in data/catalogue/indices.json:
 * - `published` (PCI's six groups Rất tốt … Thấp): only the tier VCCI printed; cut-offs change every
 *   year and are not published as bands, so a tier is never computed.
 * - `quartile` (PAPI): four groups split at the 25th, 50th and 75th percentiles of the loaded scores,
 *   computed only when every province is loaded that year (a quartile of a subset is not a PAPI quartile).
 *   A value exactly on a cut-off belongs to the better group.
 * - `bands` (PAR INDEX): fixed bands (A ≥ 90 %, B 80–<90 %, C 70–<80 %), each label carrying its lower bound.
 * - `none` (SIPAS, PGI): no tier.
 * A tier printed in the data always wins over a computed one.
 */
import { findComponent, getIndex, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { quantile } from './stats';
import { foldText } from '../catalogue/text';
import type { IndexDef, TierLabel } from '../catalogue/types';

export type TierSource = 'published' | 'computed';

export interface TierResult {
  tier: TierLabel;
  source: TierSource;
}

/** A printed tier ("Khá", "Fairly good", "fairly_good") matched to the index's label. */
export function matchTierLabel(index: IndexDef, printed: string | null | undefined): TierLabel | null {
  if (!printed) return null;
  const folded = foldText(printed);
  return (index.tiers.labels ?? []).find((l) => foldText(l.id) === folded || foldText(l.vi) === folded || foldText(l.en) === folded) ?? null;
}

/** Percentile cut-offs of a full year's scores, best group first: [p75, p50, p25] (reversed when lower is better). */
export function quartileCutoffs(values: readonly number[], higherIsBetter: boolean): [number, number, number] | null {
  const q = (p: number) => quantile(values, p);
  const cuts = higherIsBetter ? [q(0.75), q(0.5), q(0.25)] : [q(0.25), q(0.5), q(0.75)];
  if (cuts.some((c) => c === null)) return null;
  return cuts as [number, number, number];
}

/** Quartile cut-offs of (index, year, component), only when every unit is loaded (a subset's quartiles are not PAPI's). */
function completeYearCutoffs(table: ScoreTable, index: string, year: number, component: string, higherIsBetter: boolean): [number, number, number] | null {
  if (!table.coverage(index, year, component).complete) return null;
  const values = table.slice(index, year, component).flatMap((s) => (s.value === null ? [] : [s.value]));
  return quartileCutoffs(values, higherIsBetter);
}

export function tierOf(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  component = 'total',
): TierResult | null {
  const ix = getIndex(catalogue, index);
  const score = table.get(ix.id, year, unit, component);
  const printed = matchTierLabel(ix, score?.tier);
  if (printed) return { tier: printed, source: 'published' };
  const labels = ix.tiers.labels ?? [];
  const value = score?.value ?? null;
  if (value === null || labels.length === 0) return null;
  const def = findComponent(ix, component);
  const higherIsBetter = def?.higherIsBetter ?? true;

  if (ix.tiers.kind === 'bands') {
    const band = labels.find((l) => l.min !== undefined && value >= l.min);
    return band ? { tier: band, source: 'computed' } : null;
  }
  if (ix.tiers.kind === 'quartile') {
    const cuts = completeYearCutoffs(table, ix.id, year, component, higherIsBetter);
    if (!cuts || labels.length < 4) return null;
    const better = (a: number, b: number) => (higherIsBetter ? a >= b : a <= b);
    const group = cuts.findIndex((c) => better(value, c));
    return { tier: labels[group === -1 ? 3 : group], source: 'computed' };
  }
  return null;
}

/**
 * The score needed to enter a tier in a year: the band's lower bound, the quartile cut-off, or — for
 * printed tiers — the lowest score printed with that tier (an observed floor, not VCCI's cut-off).
 * `null` when it cannot be known honestly.
 */
export function tierThreshold(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  tierId: string,
  component = 'total',
): number | null {
  const ix = getIndex(catalogue, index);
  const labels = ix.tiers.labels ?? [];
  const position = labels.findIndex((l) => l.id === tierId);
  if (position === -1) return null;
  const higherIsBetter = findComponent(ix, component)?.higherIsBetter ?? true;
  if (ix.tiers.kind === 'bands') return labels[position].min ?? null;
  if (ix.tiers.kind === 'quartile') {
    if (position > 2) return null;
    return completeYearCutoffs(table, ix.id, year, component, higherIsBetter)?.[position] ?? null;
  }
  if (ix.tiers.kind === 'published') {
    const inTier = table
      .slice(ix.id, year, component)
      .filter((s) => s.value !== null && matchTierLabel(ix, s.tier)?.id === tierId)
      .map((s) => s.value as number);
    if (inTier.length === 0) return null;
    return higherIsBetter ? Math.min(...inTier) : Math.max(...inTier);
  }
  return null;
}
