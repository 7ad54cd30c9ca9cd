/**
 * Decides the gap to the next rank up, to the next tier and to the top, and how a gap is printed.
 * A gap is in composite points, in the composite's direction (what the province must gain).
 * Printing (`formatGap`, used by views, exports and the CLI): at least 2 decimals, more when needed so that a gap
 * that is not zero never reads as zero ("0,0012"); below 0.0001 it reads "< 0,0001".
 */
import { findComponent, getIndex, type Catalogue } from '../catalogue/catalogue';
import { formatDecimal } from '../catalogue/numbers';
import type { Lang, TierLabel } from '../catalogue/types';
import type { ScoreTable } from '../table/dataset';
import { ranksFor } from './changes';
import { isNationalRank, type RankBasis } from './rank';
import { tidy } from './stats';
import { tierOf, tierThreshold } from './tiers';

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

/**
 * `basis`: the tier scheme's threshold (band, quartile cut-off) or, for printed tiers, the lowest score printed in
 * that tier among the loaded provinces — an observed floor, so that gap is only an upper bound (`exact: false`).
 */
export interface GapToNextTier {
  tier: TierLabel;
  gap: number;
  basis: 'band' | 'quartile' | 'lowest-in-tier';
  exact: boolean;
}

export interface Gaps {
  nextRank: GapToNextRank | null;
  nextTier: GapToNextTier | null;
  /** To the province ranked 1st nationally; null when that rank is not national or not loaded. */
  top: number | null;
}

const valueOf = (table: ScoreTable, index: string, year: number, unit: string, component: string) => table.get(index, year, unit, component)?.value ?? null;

/** The composite gaps of a province in an edition: to the next rank up, the next tier and the top. */
export function gapsOf(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string): Gaps {
  const ix = getIndex(catalogue, index);
  const now = valueOf(table, ix.id, year, unit, 'total');
  const ranks = ranksFor(table, catalogue, ix.id, year, 'total');
  const mine = ranks.get(unit)?.rank ?? null;
  const higherIsBetter = findComponent(ix, 'total')?.higherIsBetter ?? true;
  const gapTo = (target: number) => tidy(higherIsBetter ? target - (now as number) : (now as number) - target);

  let gapToNextRank: GapToNextRank | null = null;
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

  let gapToNextTier: GapToNextTier | null = null;
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
  return { nextRank: gapToNextRank, nextTier: gapToNextTier, top: gapToTop };
}

/** The most decimals a gap is printed with; a smaller non-zero gap reads "< 0,0001". */
export const GAP_MAX_DIGITS = 4;

/** Decimals that show a gap as non-zero: 2, or more (up to `GAP_MAX_DIGITS`) for a gap below 0.01. */
export function gapDigits(gap: number): number {
  const size = Math.abs(gap);
  if (size === 0 || size >= 0.005) return 2;
  for (let digits = 3; digits <= GAP_MAX_DIGITS; digits++) if (Math.round(size * 10 ** digits) >= 10) return digits;
  return GAP_MAX_DIGITS;
}

/** A gap as printed: "1,25", "0,0012", "< 0,0001"; "—" when unknown. Vietnamese decimal comma, English point. */
export function formatGap(gap: number | null | undefined, lang: Lang): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return '—';
  const format = (v: number, digits: number) => formatDecimal(v, lang, digits);
  const floor = 10 ** -GAP_MAX_DIGITS;
  if (gap !== 0 && Math.abs(gap) < floor / 2) return `${gap < 0 ? '−' : ''}< ${format(floor, GAP_MAX_DIGITS)}`;
  return format(gap, gapDigits(gap));
}
