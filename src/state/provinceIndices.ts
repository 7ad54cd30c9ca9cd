/**
 * The province-run indices a working group imported (DDCI …): per index (`DDCI@42`), its confirmed definition, the
 * units it added, and its figures, edition by edition. Saved with the province's data in localStorage (these tables
 * are small: a few dozen units × ten figures a year), versioned, and never discarded:
 * - saving an edition replaces that edition only (the other years stay);
 * - a stored state that cannot be read is kept under a backup key and reported, not overwritten silently;
 * - a failed write (full storage) is reported in `writeError`, and the figures stay on screen for this session.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { ProvinceIndexDef } from '@/domain/province/provinceIndex';
import type { LocalUnit } from '@/domain/province/provinceUnits';
import type { Score } from '@/domain/catalogue/types';

export const PROVINCE_INDICES_STORAGE_KEY = 'chiso-province-indices';
export const PROVINCE_INDICES_VERSION = 1;

export interface StoredProvinceIndex {
  definition: ProvinceIndexDef;
  addedUnits: LocalUnit[];
  scores: Score[];
  /** Which file each edition came from, and when it was saved. */
  editions: { year: number; file: string; savedAt: string }[];
}

interface ProvinceIndicesData {
  indices: Record<string, StoredProvinceIndex>;
}

interface ProvinceIndicesState extends ProvinceIndicesData {
  writeError: string | null;
  saveEdition(definition: ProvinceIndexDef, year: number, scores: Score[], addedUnits: LocalUnit[], file: string): void;
  removeEdition(indexId: string, year: number): void;
}

/** One edition laid into what is stored: that year's figures replaced, the definition updated, units merged. */
export function withEdition(stored: StoredProvinceIndex | undefined, definition: ProvinceIndexDef, year: number, scores: Score[], addedUnits: LocalUnit[], file: string, savedAt: string): StoredProvinceIndex {
  const keep = (stored?.scores ?? []).filter((s) => s.year !== year);
  const units = [...(stored?.addedUnits ?? [])];
  for (const u of addedUnits) if (!units.some((x) => x.id === u.id)) units.push(u);
  const editions = [...(stored?.editions ?? []).filter((e) => e.year !== year), { year, file, savedAt }].sort((a, b) => a.year - b.year);
  return { definition, addedUnits: units, scores: [...keep, ...scores], editions };
}

export function migrateProvinceIndices(persisted: unknown, version: number): ProvinceIndicesData {
  // Version 1 is the first; an unknown older shape starts empty (the raw text is kept by the storage below).
  if (version === 1 && persisted && typeof persisted === 'object' && 'indices' in persisted) return persisted as ProvinceIndicesData;
  return { indices: {} };
}

let reportWriteError: (message: string) => void = () => {};

const storage: PersistStorage<ProvinceIndicesData> = {
  getItem(name) {
    const raw = localStorage.getItem(name);
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as StorageValue<ProvinceIndicesData>;
      if (typeof parsed?.version !== 'number' || parsed.version > PROVINCE_INDICES_VERSION) throw new Error(`version ${String(parsed?.version)}`);
      return parsed;
    } catch {
      localStorage.setItem(`${name}.backup-${Date.now()}`, raw);
      return null;
    }
  },
  setItem(name, value) {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch (e) {
      reportWriteError((e as Error).message);
    }
  },
  removeItem(name) {
    localStorage.removeItem(name);
  },
};

export const useProvinceIndices = create<ProvinceIndicesState>()(
  persist(
    (set, get) => {
      reportWriteError = (message) => set({ writeError: message });
      return {
        indices: {},
        writeError: null,
        saveEdition(definition, year, scores, addedUnits, file) {
          const stored = get().indices[definition.id];
          set({ writeError: null, indices: { ...get().indices, [definition.id]: withEdition(stored, definition, year, scores, addedUnits, file, new Date().toISOString()) } });
        },
        removeEdition(indexId, year) {
          const stored = get().indices[indexId];
          if (!stored) return;
          const rest = { ...stored, scores: stored.scores.filter((s) => s.year !== year), editions: stored.editions.filter((e) => e.year !== year) };
          const indices = { ...get().indices };
          if (rest.editions.length) indices[indexId] = rest;
          else delete indices[indexId];
          set({ indices });
        },
      };
    },
    {
      name: PROVINCE_INDICES_STORAGE_KEY,
      version: PROVINCE_INDICES_VERSION,
      storage,
      migrate: migrateProvinceIndices,
      partialize: (s) => ({ indices: s.indices }),
    },
  ),
);
