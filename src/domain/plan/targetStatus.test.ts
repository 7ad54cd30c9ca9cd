import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex } from '../catalogue/catalogue';
import { combineTargetStatuses, rankOrTierTargetStatus, rankTargetStatus, scoreTargetStatus, tierTargetStatus } from './targetStatus';

describe('rankTargetStatus', () => {
  it('a national rank decides: 4th meets "top 5", 6th does not', () => {
    expect(rankTargetStatus(4, 'official', 5)).toBe('met');
    expect(rankTargetStatus(6, 'computed-national', 5)).toBe('not_met');
  });
  it('a rank among a subset is a lower bound: 6th of 20 loaded fails "top 5", 3rd of 20 is undecided', () => {
    expect(rankTargetStatus(6, 'among-loaded', 5)).toBe('not_met');
    expect(rankTargetStatus(3, 'among-loaded', 5)).toBe('undecided');
  });
  it('no rank is no data, never "not met"', () => {
    expect(rankTargetStatus(null, null, 5)).toBe('no_data');
  });
});

describe('tierTargetStatus', () => {
  const order = ['A', 'B', 'C'];
  it('the target tier or a better one is met: A meets "B or better", C does not', () => {
    expect(tierTargetStatus('A', 'B', order)).toBe('met');
    expect(tierTargetStatus('C', 'B', order)).toBe('not_met');
  });
  it('no tier is no data, never "not met"', () => {
    expect(tierTargetStatus(null, 'B', order)).toBe('no_data');
  });
});

describe('scoreTargetStatus and combineTargetStatuses', () => {
  it('a score reaches its target in the component direction', () => {
    expect(scoreTargetStatus(7.2, 7, true)).toBe('met');
    expect(scoreTargetStatus(7.2, 7, false)).toBe('not_met');
    expect(scoreTargetStatus(null, 7, true)).toBe('no_data');
  });
  it('not met wins, then no data, then undecided; nothing set is no target', () => {
    expect(combineTargetStatuses(['met', 'not_met'])).toBe('not_met');
    expect(combineTargetStatuses(['met', 'no_data'])).toBe('no_data');
    expect(combineTargetStatuses(['met', 'undecided'])).toBe('undecided');
    expect(combineTargetStatuses([])).toBe('no_target');
  });
});

const pciTiers = (getIndex(defaultCatalogue, 'PCI').tiers.labels ?? []).map((t) => t.id);
const papiTiers = (getIndex(defaultCatalogue, 'PAPI').tiers.labels ?? []).map((t) => t.id);

describe('rankOrTierTargetStatus: is the working group on target?', () => {
  it('Quảng Ninh PCI 2016: official rank 2 meets "top 3" and misses "top 1"', () => {
    const input = { rank: 2, rankBasis: 'official' as const, tier: 'very_good', tierOrder: pciTiers };
    expect(rankOrTierTargetStatus({ kind: 'top', n: 3 }, input)).toBe('met');
    expect(rankOrTierTargetStatus({ kind: 'top', n: 1 }, input)).toBe('not_met');
  });
  it('a rank among 27 loaded provinces (PCI 2021) is a lower bound: 12th misses "top 10", 5th is undecided for "top 10"', () => {
    expect(rankOrTierTargetStatus({ kind: 'top', n: 10 }, { rank: 12, rankBasis: 'among-loaded', tier: null, tierOrder: pciTiers })).toBe('not_met');
    expect(rankOrTierTargetStatus({ kind: 'top', n: 10 }, { rank: 5, rankBasis: 'among-loaded', tier: null, tierOrder: pciTiers })).toBe('undecided');
  });
  it('tier target: PCI "Tốt" or better is met by "Rất tốt", missed by "Khá"', () => {
    const target = { kind: 'tier' as const, tier: 'good' };
    expect(rankOrTierTargetStatus(target, { rank: null, rankBasis: null, tier: 'very_good', tierOrder: pciTiers })).toBe('met');
    expect(rankOrTierTargetStatus(target, { rank: null, rankBasis: null, tier: 'fairly_good', tierOrder: pciTiers })).toBe('not_met');
  });
  it('PAPI "top group" (q1) without a tier (incomplete year) is no data, never "not met"', () => {
    expect(rankOrTierTargetStatus({ kind: 'tier', tier: 'q1' }, { rank: 3, rankBasis: 'computed-national', tier: null, tierOrder: papiTiers })).toBe('no_data');
  });
  it('no rank and no target give "no target" and "no data"', () => {
    expect(rankOrTierTargetStatus(undefined, { rank: 1, rankBasis: 'official', tier: null, tierOrder: [] })).toBe('no_target');
    expect(rankOrTierTargetStatus({ kind: 'top', n: 10 }, { rank: null, rankBasis: null, tier: null, tierOrder: [] })).toBe('no_data');
  });
});

