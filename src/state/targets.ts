/**
 * The working group's targets, one per (province, index): "top 10", "top group" (the best tier) …
 * Typed by the user, so persisted (localStorage) with a version and a migration.
 *
 * Whether a target is met is decided in src/domain/plan/targetStatus.ts (`rankOrTierTargetStatus`), not here.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { neverDiscardStorage } from './persistedStorage';
import type { RankOrTierTarget } from '@/domain/plan/targetStatus';

export type Target = RankOrTierTarget;

/** The "top N" choices offered; a named list, not magic numbers spread over views. */
export const TOP_N_CHOICES = [3, 5, 10, 20, 30] as const;

export const targetKey = (province: string, index: string) => `${province}|${index}`;

interface TargetsState {
  targets: Record<string, Target>;
  setTarget(province: string, index: string, target: Target | null): void;
}

export const TARGETS_STORAGE_KEY = 'chiso-targets';
export const TARGETS_VERSION = 1;

/**
 * Version 0 (never shipped, kept as the migration example): `{ targets: { [index]: number } }`,
 * a bare "top N" per index without a province; it becomes a "top N" target for Quảng Ninh (22),
 * the province that first used the app.
 */
export function migrateTargets(persisted: unknown, version: number): Pick<TargetsState, 'targets'> {
  const state = (persisted ?? {}) as { targets?: Record<string, unknown> };
  if (version === 0) {
    const targets: Record<string, Target> = {};
    for (const [index, n] of Object.entries(state.targets ?? {})) {
      if (typeof n === 'number' && n >= 1) targets[targetKey('22', index)] = { kind: 'top', n };
    }
    return { targets };
  }
  return { targets: (state.targets ?? {}) as Record<string, Target> };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first thing wrong with a stored targets state of `version` (checked before the store sees it), or null. */
export function storedTargetsProblem(state: unknown, version: number): string | null {
  if (!isRecord(state) || !isRecord(state.targets)) return 'targets is not an object';
  for (const [key, t] of Object.entries(state.targets)) {
    const at = `targets[${JSON.stringify(key)}]`;
    // Version 0's values are filtered by its migration (a non-number is dropped there, with the backup kept).
    if (version === 0) continue;
    if (!/^[^|]+\|[^|]+$/.test(key)) return `${at}: the key is not "province|index"`;
    if (!isRecord(t)) return `${at} is not a target`;
    if (t.kind === 'top' && Number.isInteger(t.n) && (t.n as number) >= 1) continue;
    if (t.kind === 'tier' && typeof t.tier === 'string' && t.tier !== '') continue;
    return `${at} is not "top N" or "tier X"`;
  }
  return null;
}

/** Same never-discard layer as the plan (persistedStorage.ts): unreadable, newer or wrong-shaped targets are backed up and reported. */
export const targetsStorage = neverDiscardStorage<Pick<TargetsState, 'targets'>>({ store: 'targets', key: TARGETS_STORAGE_KEY, version: TARGETS_VERSION, shapeProblem: storedTargetsProblem });

export const useTargets = create<TargetsState>()(
  persist(
    (set, get) => ({
      targets: {},
      setTarget(province, index, target) {
        targetsStorage.guard(() => {
          const targets = { ...get().targets };
          if (target) targets[targetKey(province, index)] = target;
          else delete targets[targetKey(province, index)];
          set({ targets });
        });
      },
    }),
    {
      name: TARGETS_STORAGE_KEY,
      version: TARGETS_VERSION,
      storage: targetsStorage,
      partialize: (s) => ({ targets: s.targets }),
      migrate: (persisted, version) => migrateTargets(persisted, version) as TargetsState,
    },
  ),
);

/** Serialise a target for a <select> value and back: "top:10", "tier:A", "" = none. */
export function targetToValue(target: Target | undefined): string {
  if (!target) return '';
  return target.kind === 'top' ? `top:${target.n}` : `tier:${target.tier}`;
}

export function targetFromValue(value: string): Target | null {
  const [kind, arg] = value.split(':');
  if (kind === 'top' && Number(arg) >= 1) return { kind: 'top', n: Number(arg) };
  if (kind === 'tier' && arg) return { kind: 'tier', tier: arg };
  return null;
}
