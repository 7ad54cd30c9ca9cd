/**
 * Decides the performance tier of a unit (printed, by bands, by quartiles; direction included), as published or
 * with one value changed (what-if). Tiers by the index's tier scheme in data/catalogue/indices.json:
 * - `published` (PCI's six groups Rất tốt … Thấp): only the tier VCCI printed; cut-offs change every
 *   year and are not published as bands, so a tier is never computed.
 * - `quartile` (PAPI): the groups the edition printed come first (data/catalogue/editions.json, catalogue/editions.ts):
 *   printed score ranges (PAPI 2022: 43.44–47.88, 42.15–43.25, 40.74–42.14, 38.80–40.72) — a unit follows its score
 *   rounded to the two decimals printed, into the best group whose lower bound it reaches; else printed group sizes
 *   (PAPI 2023: 15, 15, 15, 16 of the 61 ranked) — the best `count` units by score, then the next, ties with the last
 *   unit in a group joining it. Both apply to the composite of a complete edition (every unit the publisher ranked
 *   loaded). Otherwise four groups split at the 25th, 50th and 75th percentiles of the loaded scores, computed only
 *   when the edition is complete (a quartile of a subset is not a PAPI quartile); a value on a cut-off belongs to the
 *   better group. Computed quartiles and PAPI's own groups can differ at the edges (2022: 42.15 is printed in the
 *   second group, the 50th percentile puts it in the third): where the edition printed its groups, they win.
 * - `bands` (PAR INDEX): fixed bands (A ≥ 90 %, B 80–<90 %, C 70–<80 %), each label carrying its lower bound.
 * - `none` (SIPAS, PGI): no tier.
 * A tier printed in the data always wins over a computed one.
 * With one unit's value changed (`override`, the what-if): bands by the new value; quartiles recomputed with it
 * (complete editions only); printed groups by the lowest score printed in each group that edition among the
 * other units (`observed-floor`: an estimate, VCCI does not publish cut-offs). An unchanged value keeps the tier
 * above, so a what-if with nothing changed shows the analysis's tier.
 */
import { findComponent, getIndex, TOTAL, type Catalogue } from '../catalogue/catalogue';
import { editionOf, printedGroupRanges } from '../catalogue/editions';
import { competitionRanks } from './rank';
import { memoOnTable, type ScoreTable } from '../table/dataset';
import { quantile } from './stats';
import { foldText } from '../catalogue/text';
import type { IndexDef, Lang, TierLabel } from '../catalogue/types';

/** `estimated`: a what-if tier read from the observed floors of printed groups (not a published cut-off). */
export type TierSource = 'published' | 'computed' | 'estimated';
export type TierBasis = 'printed' | 'printed-range' | 'printed-count' | 'band' | 'quartile' | 'observed-floor';

export interface TierResult {
  tier: TierLabel;
  source: TierSource;
  basis: TierBasis;
  /** Where the edition's groups are printed (a page), for printed ranges and group sizes. */
  groupSource?: string;
}

/** The two decimals the publisher prints: 42.145 → 42.15 (PAPI's group ranges are printed to two decimals). */
const printedTwoDecimals = (v: number) => Math.round((v + Number.EPSILON) * 100) / 100;

/**
 * The group an edition printed for a unit's composite: by its printed ranges, else by its printed group sizes.
 * `null` when the edition printed neither, or the edition is not complete, or the unit has no score.
 */
function editionGroup(table: ScoreTable, catalogue: Catalogue, ix: IndexDef, year: number, unit: string, value: number, higherIsBetter: boolean, changed: boolean): TierResult | null {
  const labels = ix.tiers.labels ?? [];
  const printed = editionOf(catalogue, ix.id, year)?.groups;
  if (!printed || !table.coverage(ix.id, year, TOTAL).complete) return null;
  const ranges = printedGroupRanges(catalogue, ix.id, year);
  if (ranges) {
    const rounded = printedTwoDecimals(value);
    const g = ranges.find((r) => (higherIsBetter ? rounded >= r.min : rounded <= r.max)) ?? ranges[ranges.length - 1];
    const label = labels.find((l) => l.id === g.tier);
    return label ? { tier: label, source: 'published', basis: 'printed-range', groupSource: printed.source } : null;
  }
  const groups = printed.groups ?? [];
  if (changed) return null; // group sizes place the units as printed; a changed value is placed by quartiles
  if (printed.basis !== 'printed-counts' || groups.length !== labels.length) return null;
  const slice = table.slice(ix.id, year, TOTAL);
  const scored = slice.filter((s) => s.value !== null).length;
  const missing = groups.filter((g) => g.count === undefined);
  if (missing.length > 1) return null;
  const known = groups.reduce((sum, g) => sum + (g.count ?? 0), 0);
  const counts = groups.map((g) => g.count ?? scored - known);
  if (counts.reduce((a, b) => a + b, 0) !== scored) return null;
  const rank = competitionRanks(slice.map((s) => ({ unit: s.unit, value: s.value })), higherIsBetter).get(unit);
  if (rank === undefined) return null;
  let upTo = 0;
  const at = counts.findIndex((c) => rank <= (upTo += c));
  const label = labels.find((l) => l.id === groups[at]?.tier);
  return label ? { tier: label, source: 'published', basis: 'printed-count', groupSource: printed.source } : null;
}

/** A printed tier ("Khá", "Fairly good", "fairly_good") matched to the index's label. */
export function matchTierLabel(index: IndexDef, printed: string | null | undefined): TierLabel | null {
  if (!printed) return null;
  const folded = foldText(printed);
  return (index.tiers.labels ?? []).find((l) => foldText(l.id) === folded || foldText(l.vi) === folded || foldText(l.en) === folded) ?? null;
}

/** The units of an edition with a score and a printed tier, matched to the index's labels once per table. */
function printedTiers(table: ScoreTable, ix: IndexDef, year: number, component: string): { unit: string; value: number; tier: string }[] {
  return memoOnTable(table, `printedTiers|${ix.id}|${year}|${component}`, () =>
    table.slice(ix.id, year, component).flatMap((s) => {
      const tier = s.value === null ? null : matchTierLabel(ix, s.tier);
      return tier ? [{ unit: s.unit, value: s.value as number, tier: tier.id }] : [];
    }),
  );
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

/**
 * A tier as a view prints it: a group the publisher printed as is; one computed by the index's rule (PAR INDEX's
 * bands, quartiles of a complete edition) or estimated (what-if) says so — a derived figure is always labelled.
 */
export const TIER_COMPUTED: Record<Lang, string> = { vi: 'tính theo quy tắc của chỉ số', en: "computed with the index's rule" };

export function tierText(tier: TierLabel, source: TierSource | null | undefined, lang: Lang): string {
  if (source === 'computed') return `${tier[lang]} (${TIER_COMPUTED[lang]})`;
  if (source === 'estimated') return `${tier[lang]} (${lang === 'vi' ? 'ước tính' : 'estimated'})`;
  return tier[lang];
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
    if (component === TOTAL) {
      const group = editionGroup(table, catalogue, ix, year, unit, value, higherIsBetter, changed);
      if (group) return group;
    }
    if (!table.coverage(ix.id, year, component).complete || labels.length < 4) return null;
    const others = table.slice(ix.id, year, component).filter((s) => s.unit !== unit && s.value !== null).map((s) => s.value as number);
    const cuts = quartileCutoffs([...others, value], higherIsBetter);
    return cuts ? { tier: labels[quartileGroup(value, cuts, higherIsBetter)], source: 'computed', basis: 'quartile' } : null;
  }
  if (ix.tiers.kind === 'published' && changed) {
    const others = printedTiers(table, ix, year, component).filter((s) => s.unit !== unit);
    const floors = labels.map((label) => {
      const inTier = others.filter((s) => s.tier === label.id).map((s) => s.value);
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
    const ranges = component === TOTAL && table.coverage(ix.id, year, TOTAL).complete ? printedGroupRanges(catalogue, ix.id, year) : null;
    if (ranges) return (higherIsBetter ? ranges[position]?.min : ranges[position]?.max) ?? null;
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
