/**
 * Decides which component improvements reach a target rank or tier in an edition (the rank, tier and "reached"
 * come from rank.ts, tiers.ts and plan/targetStatus.ts through whatIf.ts).
 * Target finder: for a target rank ("top 50") or tier, the component improvements that would have reached
 * it in the chosen edition, as two or three alternatives. Built on whatIf.ts (one home for how a simulated
 * composite, rank and tier are found); every proposal is re-simulated and only kept if it reaches the goal.
 *
 * Rules:
 * - the composite needed for rank N is the lowest composite whose rank (changes.ts `rankWithValue`, the one rank
 *   rule, printed ranks and direction included) is N or better: ties share a rank, so equalling the province at
 *   N is enough; for a tier, the lowest composite whose tier (tiers.ts with the override) is it or better;
 * - a goal is reached when plan/targetStatus.ts says met (or, for a rank among the loaded provinces only,
 *   undecided: reached among them, shown with its mark);
 * - a component can rise only within its realistic headroom: up to the best score any province reached
 *   that edition (never above it, never above the scale); components without a loaded score are left out;
 * - proposed scores are rounded UP to 2 decimals (how plans write targets), so they never fall short;
 * - alternatives:
 *   `fewest`: the smallest set of components (largest weight × headroom first), each closing the same
 *   share of its gap to the best province;
 *   `weight-first`: the heaviest-weighted components first, each up to the best province's score, fewest
 *   component points in total;
 *   `broad`: every component with headroom closes the same share of its gap: the smallest change each.
 *   Identical alternatives are shown once.
 */
import { findComponent, getIndex, scaleFor, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { rankWithValue } from './changes';
import { tidy } from './stats';
import { compositeIsKnown, componentLevers, NO_COMPOSITE, NOT_A_FUNCTION, simulate, simulatedTier, type ComponentLever, type ComponentRequest, type WhatIfResult } from './whatIf';
import { rankTargetStatus, reachedAmongLoaded, tierTargetStatus } from '../plan/targetStatus';
import type { IndexDef, Localised } from '../catalogue/types';

export type TargetGoal = { kind: 'rank'; rank: number } | { kind: 'tier'; tier: string };

export type ProposalStrategy = 'fewest' | 'weight-first' | 'broad';

export const STRATEGY_LABELS: Record<ProposalStrategy, Localised> = {
  fewest: { vi: 'Ít chỉ số thành phần nhất', en: 'Fewest components' },
  'weight-first': { vi: 'Ưu tiên trọng số lớn', en: 'Heaviest weights first' },
  broad: { vi: 'Dàn đều, mỗi chỉ số thay đổi ít nhất', en: 'Spread out, smallest change each' },
};

export interface ProposedChange {
  component: string;
  from: number;
  /** The target score (rounded up to 2 decimals, never above the edition's best). */
  to: number;
  delta: number;
  /** Composite points this change adds. */
  contribution: number;
}

export interface Proposal {
  strategy: ProposalStrategy;
  changes: ProposedChange[];
  /** The proposal re-simulated: reaches the goal by construction (checked). */
  result: WhatIfResult;
}

export interface TargetSearch {
  goal: TargetGoal;
  supported: boolean;
  reason: Localised | null;
  baseComposite: number | null;
  /** Composite the goal needs (null when it cannot be read for this edition). */
  required: number | null;
  alreadyMet: boolean;
  /** False when even every component at the best province's score would not reach the goal. */
  reachable: boolean;
  proposals: Proposal[];
  /** The composite with every component at its ceiling: the most that realistic headroom allows. */
  maxComposite: number | null;
}

export const NO_TIER_FLOOR: Localised = {
  vi: 'Không biết ngưỡng của nhóm này trong năm này (không có tỉnh nào được công bố thuộc nhóm).',
  en: "This tier's threshold is not known for this edition (no province printed in it).",
};

const ceil2 = (v: number) => Math.ceil(tidy(v * 100)) / 100;

/** Does a simulated result reach the goal? (A rank among loaded provinces counts as reached among them.) */
export function reachesGoal(result: WhatIfResult, goal: TargetGoal, tierOrder: readonly string[]): boolean {
  if (result.composite === null) return false;
  if (goal.kind === 'rank') return reachedAmongLoaded(rankTargetStatus(result.rank, result.rankBasis, goal.rank));
  return tierTargetStatus(result.tier?.label.id ?? null, goal.tier, tierOrder) === 'met';
}

function requiredComposite(table: ScoreTable, catalogue: Catalogue, index: IndexDef, year: number, unit: string, goal: TargetGoal, from: number): number | null {
  const higherIsBetter = findComponent(index, 'total')?.higherIsBetter ?? true;
  if (goal.kind === 'rank') {
    // The rank only changes at the other provinces' composites: try them from the nearest upwards.
    const reaches = (v: number) => {
      const r = rankWithValue(table, catalogue, index.id, year, 'total', unit, v);
      return reachedAmongLoaded(rankTargetStatus(r.rank, r.basis, goal.rank));
    };
    if (reaches(from)) return from;
    const steps = table
      .slice(index.id, year, 'total')
      .filter((s) => s.unit !== unit && s.value !== null && (higherIsBetter ? (s.value as number) > from : (s.value as number) < from))
      .map((s) => s.value as number)
      .sort((a, b) => (higherIsBetter ? a - b : b - a));
    return steps.find(reaches) ?? null;
  }
  // A tier: the lowest composite that lands in it or better (monotone in the composite), by bisection.
  const order = (index.tiers.labels ?? []).map((l) => l.id);
  const inTier = (v: number) => tierTargetStatus(simulatedTier(table, catalogue, index, year, unit, v)?.label.id ?? null, goal.tier, order) === 'met';
  const total = findComponent(index, 'total');
  let hi = total ? scaleFor(total, year).max : 100;
  if (!inTier(hi)) return null;
  let lo = Math.min(from, hi);
  if (inTier(lo)) return lo;
  while (hi - lo > 1e-5) {
    const mid = (lo + hi) / 2;
    if (inTier(mid)) hi = mid;
    else lo = mid;
  }
  return tidy(hi);
}

/** Distribute `need` composite points over `levers`, each taking the same share of its headroom. */
function proportional(levers: readonly ComponentLever[], need: number): Map<string, number> {
  const capacity = levers.reduce((s, l) => s + (l.perPoint as number) * (l.headroom as number), 0);
  const share = capacity > 0 ? Math.min(1, need / capacity) : 0;
  return new Map(levers.map((l) => [l.component, (l.headroom as number) * share]));
}

/** Fill the levers in order, each up to its headroom, until `need` is covered. */
function inOrder(levers: readonly ComponentLever[], need: number): Map<string, number> {
  const deltas = new Map<string, number>();
  let left = need;
  for (const l of levers) {
    if (left <= 1e-9) break;
    const gain = Math.min(left, (l.perPoint as number) * (l.headroom as number));
    deltas.set(l.component, gain / (l.perPoint as number));
    left -= gain;
  }
  return deltas;
}

export function findTargets(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string, goal: TargetGoal): TargetSearch {
  const ix = getIndex(catalogue, index);
  const tierOrder = (ix.tiers.labels ?? []).map((l) => l.id);
  const levers = componentLevers(table, catalogue, ix.id, year, unit);
  const base = simulate(table, catalogue, ix.id, year, unit, {});
  const empty: TargetSearch = { goal, supported: base.supported, reason: base.reason, baseComposite: base.baseComposite, required: null, alreadyMet: false, reachable: false, proposals: [], maxComposite: null };
  if (!compositeIsKnown(ix, levers)) return { ...empty, supported: false, reason: NOT_A_FUNCTION };
  if (base.baseComposite === null) return { ...empty, reason: NO_COMPOSITE };
  const baseComposite = base.baseComposite;

  const candidates = levers.filter((l) => l.current !== null && (l.headroom ?? 0) > 0 && (l.perPoint ?? 0) > 0);
  const run = (requests: Record<string, ComponentRequest>) => simulate(table, catalogue, ix.id, year, unit, requests);
  const atCeiling = run(Object.fromEntries(candidates.map((l) => [l.component, { value: l.realistic }])));
  const maxComposite = atCeiling.composite;
  const required = requiredComposite(table, catalogue, ix, year, unit, goal, baseComposite);
  if (required === null) return { ...empty, reason: goal.kind === 'tier' ? NO_TIER_FLOOR : null, maxComposite };
  if (reachesGoal(base, goal, tierOrder)) return { ...empty, required, alreadyMet: true, reachable: true, maxComposite };
  if (!reachesGoal(atCeiling, goal, tierOrder)) return { ...empty, required, reachable: false, maxComposite };

  const need = required - baseComposite;
  const byCapacity = [...candidates].sort((a, b) => (b.perPoint as number) * (b.headroom as number) - (a.perPoint as number) * (a.headroom as number));
  let k = 0;
  for (let covered = 0; k < byCapacity.length && covered < need - 1e-9; k++) covered += (byCapacity[k].perPoint as number) * (byCapacity[k].headroom as number);
  const byWeight = [...candidates].sort((a, b) => (b.perPoint as number) - (a.perPoint as number) || (b.headroom as number) - (a.headroom as number));

  const plans: [ProposalStrategy, Map<string, number>][] = [
    ['fewest', proportional(byCapacity.slice(0, k), need)],
    ['weight-first', inOrder(byWeight, need)],
    ['broad', proportional(candidates, need)],
  ];
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const [strategy, deltas] of plans) {
    const proposal = toProposal(strategy, deltas, candidates, run, goal, tierOrder);
    if (!proposal) continue;
    const key = proposal.changes.map((c) => `${c.component}=${c.to}`).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    proposals.push(proposal);
  }
  return { ...empty, required, reachable: true, proposals, maxComposite };
}

/** Round each proposed score up to 2 decimals (within the ceiling), re-simulate, and top up by 0.01 if rounding fell short. */
function toProposal(
  strategy: ProposalStrategy,
  deltas: Map<string, number>,
  levers: readonly ComponentLever[],
  run: (r: Record<string, ComponentRequest>) => WhatIfResult,
  goal: TargetGoal,
  tierOrder: readonly string[],
): Proposal | null {
  const to = new Map<string, number>();
  for (const [component, delta] of deltas) {
    const l = levers.find((x) => x.component === component)!;
    if (delta <= 1e-9) continue;
    to.set(component, Math.min(l.realistic, ceil2((l.current as number) + delta)));
  }
  const requests = () => Object.fromEntries([...to].map(([c, v]) => [c, { value: v } as ComponentRequest]));
  let result = run(requests());
  const order = [...to.keys()].sort((a, b) => (levers.find((l) => l.component === b)!.perPoint as number) - (levers.find((l) => l.component === a)!.perPoint as number));
  for (let guard = 0; !reachesGoal(result, goal, tierOrder) && guard < 2000; guard++) {
    const room = order.find((c) => to.get(c)! + 0.01 <= levers.find((l) => l.component === c)!.realistic + 1e-9);
    if (!room) return null;
    to.set(room, tidy(to.get(room)! + 0.01));
    result = run(requests());
  }
  if (!reachesGoal(result, goal, tierOrder)) return null;
  const changes = result.changes
    .filter((c) => c.delta > 0)
    .map((c) => ({ component: c.component, from: c.from as number, to: c.to as number, delta: c.delta, contribution: c.contribution }))
    .sort((a, b) => b.contribution - a.contribution);
  return { strategy, changes, result };
}
