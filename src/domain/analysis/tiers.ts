/**
 * Decides the performance tier of a unit (printed, by bands, by quartiles; direction included), as published or
 * with one value changed (what-if). Tiers by the index's tier scheme in data/catalogue/indices.json:
 * - `published` (PCI's six groups Rất tốt … Thấp): only the tier VCCI printed; cut-offs change every
 *   year and are not published as bands, so a tier is never computed.
 * - `quartile` (PAPI): four groups split at the 25th, 50th and 75th percentiles of the loaded scores,
 *   computed only when every province is loaded that year (a quartile of a subset is not a PAPI quartile).
 *   A value exactly on a cut-off belongs to the better group.
 * - `bands` (PAR INDEX): fixed bands (A ≥ 90 %, B 80–<90 %, C 70–<80 %), each label carrying its lower bound.
 * - `none` (SIPAS, PGI): no tier.
 * A tier printed in the data always wins over a computed one.
 * With one unit's value changed (`override`, the what-if): bands by the new value; quartiles recomputed with it
 * (complete editions only); printed groups by the lowest score printed in each group that edition among the
 * other units (`observed-floor`: an estimate, VCCI does not publish cut-offs). An unchanged value keeps the tier
 * above, so a what-if with nothing changed shows the analysis's tier.
 */
import { findComponent, getIndex, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { quantile } from './stats';
import { foldText } from '../catalogue/text';
import type { IndexDef, TierLabel } from '../catalogue/types';

/** `estimated`: a what-if tier read from the observed floors of printed groups (not a published cut-off). */
export type TierSource = 'published' | 'computed' | 'estimated';
export type TierBasis = 'printed' | 'band' | 'quartile' | 'observed-floor';

export interface TierResult {
  tier: TierLabel;
  source: TierSource;
  basis: TierBasis;
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

/** Quartile group of `value` given the best-first cut-offs (a value on a cut-off belongs to the better group). */
function quartileGroup(value: number, cuts: readonly number[], higherIsBetter: boolean): number {
  const group = cuts.findIndex((c) => (higherIsBetter ? value >= c : value <= c));
  return group === -1 ? 3 : group;
}

export function tierOf(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  component = 'total',
  override?: number,
): TierResult | null {
  const ix = getIndex(catalogue, index);
  const score = table.get(ix.id, year, unit, component);
  const current = score?.value ?? null;
  const changed = override !== undefined && !(current !== null && Math.abs(current - override) < 1e-9);
  const labels = ix.tiers.labels ?? [];
  if (!changed) {
    const printed = matchTierLabel(ix, score?.tier);
    if (printed) return { tier: printed, source: 'published', basis: 'printed' };
  }
  const value = changed ? override : current;
  if (value === null || value === undefined || !Number.isFinite(value) || labels.length === 0) return null;
  const def = findComponent(ix, component);
  const higherIsBetter = def?.higherIsBetter ?? true;

  if (ix.tiers.kind === 'bands') {
    const band = labels.find((l) => l.min !== undefined && value >= l.min);
    return band ? { tier: band, source: 'computed', basis: 'band' } : null;
  }
  if (ix.tiers.kind === 'quartile') {
    if (!table.coverage(ix.id, year, component).complete || labels.length < 4) return null;
    const others = table.slice(ix.id, year, component).filter((s) => s.unit !== unit && s.value !== null).map((s) => s.value as number);
    const cuts = quartileCutoffs([...others, value], higherIsBetter);
    return cuts ? { tier: labels[quartileGroup(value, cuts, higherIsBetter)], source: 'computed', basis: 'quartile' } : null;
  }
  if (ix.tiers.kind === 'published' && changed) {
    const others = table.slice(ix.id, year, component).filter((s) => s.unit !== unit && s.value !== null);
    const floors = labels.map((label) => {
      const inTier = others.filter((s) => matchTierLabel(ix, s.tier)?.id === label.id).map((s) => s.value as number);
      return inTier.length ? (higherIsBetter ? Math.min(...inTier) : Math.max(...inTier)) : null;
    });
    const printed = floors.flatMap((f, i) => (f === null ? [] : [i]));
    if (printed.length === 0) return null;
    const reached = printed.find((i) => (higherIsBetter ? value >= (floors[i] as number) : value <= (floors[i] as number)));
    return { tier: labels[reached ?? printed[printed.length - 1]], source: 'estimated', basis: 'observed-floor' };
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
