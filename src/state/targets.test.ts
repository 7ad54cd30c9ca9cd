import { describe, expect, it } from 'vitest';
import { migrateTargets, targetFromValue, targetKey, targetToValue } from './targets';

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
