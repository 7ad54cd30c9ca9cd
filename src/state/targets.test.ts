import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex } from '@/domain/catalogue/catalogue';
import { migrateTargets, targetFromValue, targetKey, targetStatus, targetToValue } from './targets';

const pciTiers = getIndex(defaultCatalogue, 'PCI').tiers.labels ?? [];
const papiTiers = getIndex(defaultCatalogue, 'PAPI').tiers.labels ?? [];

describe('targetStatus: is the working group on target?', () => {
  it('Quảng Ninh PCI 2016: official rank 2 meets "top 3" and misses "top 1"', () => {
    const input = { rank: 2, rankBasis: 'official' as const, tier: 'very_good', tierLabels: pciTiers };
    expect(targetStatus({ kind: 'top', n: 3 }, input)).toBe('met');
    expect(targetStatus({ kind: 'top', n: 1 }, input)).toBe('not-met');
  });
  it('a rank among 27 loaded provinces (PCI 2021) is a lower bound: 12th misses "top 10", 5th is unknown for "top 10"', () => {
    expect(targetStatus({ kind: 'top', n: 10 }, { rank: 12, rankBasis: 'among-loaded', tier: null, tierLabels: pciTiers })).toBe('not-met');
    expect(targetStatus({ kind: 'top', n: 10 }, { rank: 5, rankBasis: 'among-loaded', tier: null, tierLabels: pciTiers })).toBe('unknown');
  });
  it('tier target: PCI "Tốt" or better is met by "Rất tốt", missed by "Khá"', () => {
    const target = { kind: 'tier' as const, tier: 'good' };
    expect(targetStatus(target, { rank: null, rankBasis: null, tier: 'very_good', tierLabels: pciTiers })).toBe('met');
    expect(targetStatus(target, { rank: null, rankBasis: null, tier: 'fairly_good', tierLabels: pciTiers })).toBe('not-met');
  });
  it('PAPI "top group" (q1) without a tier (incomplete year) is unknown, never "not met"', () => {
    expect(targetStatus({ kind: 'tier', tier: 'q1' }, { rank: 3, rankBasis: 'computed-national', tier: null, tierLabels: papiTiers })).toBe('unknown');
  });
  it('no rank and no target give "unknown"', () => {
    expect(targetStatus(undefined, { rank: 1, rankBasis: 'official', tier: null, tierLabels: [] })).toBe('unknown');
    expect(targetStatus({ kind: 'top', n: 10 }, { rank: null, rankBasis: null, tier: null, tierLabels: [] })).toBe('unknown');
  });
});

describe('persisted targets', () => {
  it('version 0 stored a bare "top N" per index; it migrates to Quảng Ninh (22) targets', () => {
    expect(migrateTargets({ targets: { PCI: 10, PAPI: 'x' } }, 0)).toEqual({ targets: { [targetKey('22', 'PCI')]: { kind: 'top', n: 10 } } });
  });
  it('select values round-trip: "top:10", "tier:A", "" = no target', () => {
    expect(targetFromValue(targetToValue({ kind: 'top', n: 10 }))).toEqual({ kind: 'top', n: 10 });
    expect(targetFromValue(targetToValue({ kind: 'tier', tier: 'A' }))).toEqual({ kind: 'tier', tier: 'A' });
    expect(targetFromValue('')).toBeNull();
  });
});
