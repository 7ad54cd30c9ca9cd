/**
 * Decides whether a target is met — a rank ("top N"), a tier ("tier X or better") or a score — with one status
 * vocabulary for the screen, the printed sheets, the exports and the CLI.
 *
 * Rules (one home for them):
 * - a rank target: a national rank (printed, or computed over every province) decides: ≤ N met, else not met;
 *   a rank computed among a subset is only a lower bound on the national rank (more provinces can only push it
 *   down): above N it is certainly not met, at or under N it is undecided;
 * - a tier target: met when the tier (catalogue order, best first) is the target or a better one, else not met;
 * - a score target: met when the value reaches it (≥ where higher is better, ≤ where lower is better);
 * - no rank, tier or value: no data, never "not met"; no target: `no_target`;
 * - several targets on one item: not met if any is not met, else no data if any lacks data, else undecided if
 *   any is undecided, else met.
 */
import type { RankBasis } from '../analysis/rank';
import type { Localised } from '../catalogue/types';

export const TARGET_STATUSES = ['met', 'not_met', 'undecided', 'no_data', 'no_target'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const TARGET_STATUS_LABELS: Record<TargetStatus, Localised> = {
  met: { vi: 'Đạt', en: 'Met' },
  not_met: { vi: 'Không đạt', en: 'Not met' },
  no_data: { vi: 'Chưa có số liệu', en: 'No data yet' },
  undecided: { vi: 'Chưa đủ số liệu để kết luận', en: 'Not enough data to decide' },
  no_target: { vi: 'Chưa đặt mục tiêu', en: 'No target set' },
};

/** Is a rank within "top N" (rank ≤ N)? */
export function rankTargetStatus(rank: number | null, basis: RankBasis | null, targetRank: number): Exclude<TargetStatus, 'no_target'> {
  if (rank === null || basis === null) return 'no_data';
  if (rank > targetRank) return 'not_met';
  return basis === 'among-loaded' ? 'undecided' : 'met';
}

/** Is a tier the target tier or a better one? `tierOrder` = the index's tier ids, best first. */
export function tierTargetStatus(tier: string | null, targetTier: string, tierOrder: readonly string[]): Exclude<TargetStatus, 'no_target'> {
  const wanted = tierOrder.indexOf(targetTier);
  const actual = tier === null ? -1 : tierOrder.indexOf(tier);
  if (wanted < 0 || actual < 0) return 'no_data';
  return actual <= wanted ? 'met' : 'not_met';
}

/** Beyond the target (+) or short of it (−), in points, in the component's direction; null without a value. */
export function scoreMargin(value: number | null, targetScore: number, higherIsBetter: boolean): number | null {
  return value === null ? null : Math.round((value - targetScore) * (higherIsBetter ? 1 : -1) * 1e6) / 1e6;
}

/** Does a score reach its target? */
export function scoreTargetStatus(value: number | null, targetScore: number, higherIsBetter: boolean): Exclude<TargetStatus, 'no_target'> {
  const margin = scoreMargin(value, targetScore, higherIsBetter);
  return margin === null ? 'no_data' : margin >= 0 ? 'met' : 'not_met';
}

/** Several targets on one item (rules at the top). */
export function combineTargetStatuses(parts: readonly TargetStatus[]): TargetStatus {
  const set = parts.filter((p) => p !== 'no_target');
  if (set.length === 0) return 'no_target';
  if (set.includes('not_met')) return 'not_met';
  if (set.includes('no_data')) return 'no_data';
  if (set.includes('undecided')) return 'undecided';
  return 'met';
}

/** Counts as reached for a what-if among the loaded provinces: met, or undecided (met among them). */
export const reachedAmongLoaded = (status: TargetStatus) => status === 'met' || status === 'undecided';

/** A leaders' target for a province and index: "top N" or "tier X or better". */
export type RankOrTierTarget = { kind: 'top'; n: number } | { kind: 'tier'; tier: string };

export interface RankOrTierFigures {
  rank: number | null;
  rankBasis: RankBasis | null;
  /** Tier id of the unit, when it has one. */
  tier: string | null;
  /** The index's tier ids, best first (catalogue order). */
  tierOrder: readonly string[];
}

/** Is a leaders' target met by the figures of an edition? */
export function rankOrTierTargetStatus(target: RankOrTierTarget | undefined | null, figures: RankOrTierFigures): TargetStatus {
  if (!target) return 'no_target';
  if (target.kind === 'top') return rankTargetStatus(figures.rank, figures.rankBasis, target.n);
  return tierTargetStatus(figures.tier, target.tier, figures.tierOrder);
}
