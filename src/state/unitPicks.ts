/**
 * Units the user picked in the Import tab for names a table prints that are not a known spelling ("Quảng Nình"
 * confirmed as Quảng Ninh, an unknown province or department resolved by choosing it, or a name's rows left out),
 * remembered beside the column meanings (importMappings.ts): reading the same table again — re-pasted, or the file
 * opened again — keeps the user's fixes. Kept per set of units, by the name as printed (trimmed, NFC): the 63
 * provinces before 2025, the 34 units from 2025, a province's own departments and localities (`local:42`); a pick
 * made for a 2016 table is not a 2025 unit. The keys and what a pick does live in src/domain/import/unitNames.ts.
 * What the user typed, so persisted with a version on the never-discard layer (persistedStorage.ts), as the column
 * meanings are: a corrupt or newer copy kept aside and reported, a full storage reported and the import goes on.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { neverDiscardStorage } from './persistedStorage';
import { pickKey } from '@/domain/import/unitNames';

interface UnitPicksState {
  /** `<unit set>|<name as printed>` → unit id, or LEAVE_OUT. */
  picks: Record<string, string>;
  /** `unitId`: the unit picked, or unitNames.LEAVE_OUT to leave the name's rows out. */
  pick(set: string, written: string, unitId: string): void;
}

export const UNIT_PICKS_STORAGE_KEY = 'chiso-import-unit-picks';
export const UNIT_PICKS_VERSION = 1;

/** The first thing wrong with a stored picks state, or null. */
export function storedPicksProblem(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return 'the state is not an object';
  const picks = (state as { picks?: unknown }).picks;
  if (typeof picks !== 'object' || picks === null || Array.isArray(picks)) return 'picks is not an object';
  for (const [key, id] of Object.entries(picks)) if (typeof id !== 'string') return `picks[${JSON.stringify(key)}] is not a unit id`;
  return null;
}

export const unitPicksStorage = neverDiscardStorage<Pick<UnitPicksState, 'picks'>>({
  store: 'import-unit-picks',
  key: UNIT_PICKS_STORAGE_KEY,
  version: UNIT_PICKS_VERSION,
  shapeProblem: storedPicksProblem,
});

export const useUnitPicks = create<UnitPicksState>()(
  persist(
    (set, get) => ({
      picks: {},
      pick(unitSet, written, unitId) {
        // A failed write is reported by the storage layer (never thrown): the pick holds for this session.
        unitPicksStorage.guard(() => set({ picks: { ...get().picks, [pickKey(unitSet, written)]: unitId } }));
      },
    }),
    {
      name: UNIT_PICKS_STORAGE_KEY,
      version: UNIT_PICKS_VERSION,
      storage: unitPicksStorage,
      partialize: (s) => ({ picks: s.picks }),
      migrate: (persisted) => {
        const picks = (persisted as { picks?: unknown } | null)?.picks;
        return { picks: typeof picks === 'object' && picks !== null && !Array.isArray(picks) ? (picks as Record<string, string>) : {} };
      },
    },
  ),
);
