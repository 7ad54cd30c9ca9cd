/**
 * Provinces the user picked in the Import tab for names a table prints that are not a known spelling ("Quảng Nình"
 * confirmed as Quảng Ninh, an unknown name resolved by choosing the province), remembered beside the column meanings
 * (importMappings.ts): reading the same table again — re-pasted, or the file opened again — keeps the user's fixes.
 * Kept per set of units (the 63 provinces before 2025, the 34 units from 2025), by the name as printed (trimmed):
 * a pick made for a 2016 table is not a 2025 unit. The rule of what a pick does lives in
 * src/domain/import/unitNames.ts. What the user typed, so persisted with a version on the never-discard layer
 * (persistedStorage.ts), as the column meanings are: a corrupt or newer copy kept aside and reported, a full storage
 * reported and the import goes on.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { neverDiscardStorage } from './persistedStorage';
import { unitsForYear, type Catalogue } from '@/domain/catalogue/catalogue';
import type { Unit } from '@/domain/catalogue/types';

const pickKey = (set: string, written: string) => `${set}|${written.trim().normalize('NFC')}`;

interface UnitPicksState {
  /** `<unit set>|<name as printed>` → unit id. */
  picks: Record<string, string>;
  pick(written: string, unit: Unit): void;
}

export const UNIT_PICKS_STORAGE_KEY = 'chiso-import-unit-picks';
export const UNIT_PICKS_VERSION = 1;

/** The picks that apply to a table of `year` (its set of units), by the name as printed. */
export function picksForYear(picks: Readonly<Record<string, string>>, catalogue: Catalogue, year: number): Record<string, string> {
  const sets = new Set(unitsForYear(catalogue, year).map((u) => u.set));
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, id] of Object.entries(picks)) {
    const bar = key.indexOf('|');
    if (bar > 0 && sets.has(key.slice(0, bar))) out[key.slice(bar + 1)] = id;
  }
  return out;
}

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
      pick(written, unit) {
        // A failed write is reported by the storage layer (never thrown): the pick holds for this session.
        unitPicksStorage.guard(() => set({ picks: { ...get().picks, [pickKey(unit.set, written)]: unit.id } }));
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
