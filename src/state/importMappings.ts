/**
 * Header meanings the user confirmed in the Import tab, remembered by header text (per index) and offered
 * first the next time the same header comes: a working group that maps "Điểm CCHC (%)" once does not do
 * it again next year. What the user typed, so persisted with a version on the never-discard layer
 * (persistedStorage.ts): a corrupt or newer saved copy is kept aside and reported, a full storage is reported and
 * the import goes on (remembering is a convenience, never a reason to stop).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { neverDiscardStorage } from './persistedStorage';
import { foldText } from '@/domain/catalogue/text';
import type { ColumnMatch, ColumnRole } from '@/domain/import/wide';

export interface RememberedMeaning {
  role: ColumnRole;
  component?: string;
  /** The user chose to leave this column out. */
  leftOut?: boolean;
}

export const rememberKey = (index: string, header: string) => `${index}|${foldText(header)}`;

/** The mapping with remembered meanings put first; also which columns they changed. */
export function applyRemembered(mapping: readonly ColumnMatch[], index: string, remembered: Record<string, RememberedMeaning>): { mapping: ColumnMatch[]; from: number[] } {
  const from: number[] = [];
  const out = mapping.map((m) => {
    const known = m.header ? remembered[rememberKey(index, m.header)] : undefined;
    if (!known || (known.role === m.role && known.component === m.component && !!known.leftOut === !!m.leftOut)) return m;
    from.push(m.column);
    const { component: _drop, leftOut: _left, ...rest } = m;
    void _drop;
    void _left;
    if (known.role === 'component') return { ...rest, role: known.role, component: known.component };
    return known.leftOut ? { ...rest, role: known.role, leftOut: true } : { ...rest, role: known.role };
  });
  return { mapping: out, from };
}

interface ImportMappingsState {
  remembered: Record<string, RememberedMeaning>;
  remember(index: string, mapping: readonly ColumnMatch[]): void;
}

export const IMPORT_MAPPINGS_STORAGE_KEY = 'chiso-import-mappings';
export const IMPORT_MAPPINGS_VERSION = 1;

const ROLES = new Set(['province', 'component', 'rank', 'tier', 'ignore']);

/** The first thing wrong with a stored mappings state, or null. */
export function storedMappingsProblem(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return 'the state is not an object';
  const remembered = (state as { remembered?: unknown }).remembered;
  if (typeof remembered !== 'object' || remembered === null || Array.isArray(remembered)) return 'remembered is not an object';
  for (const [key, m] of Object.entries(remembered)) {
    const at = `remembered[${JSON.stringify(key)}]`;
    if (typeof m !== 'object' || m === null) return `${at} is not an object`;
    const { role, component, leftOut } = m as Record<string, unknown>;
    if (typeof role !== 'string' || !ROLES.has(role)) return `${at}.role is not a column role`;
    if (component !== undefined && typeof component !== 'string') return `${at}.component is not text`;
    if (leftOut !== undefined && typeof leftOut !== 'boolean') return `${at}.leftOut is not true/false`;
  }
  return null;
}

export const importMappingsStorage = neverDiscardStorage<Pick<ImportMappingsState, 'remembered'>>({
  store: 'import-mappings',
  key: IMPORT_MAPPINGS_STORAGE_KEY,
  version: IMPORT_MAPPINGS_VERSION,
  shapeProblem: storedMappingsProblem,
});

export const useImportMappings = create<ImportMappingsState>()(
  persist(
    (set, get) => ({
      remembered: {},
      remember(index, mapping) {
        // A failed write is reported by the storage layer (never thrown): the import the user confirmed goes on.
        importMappingsStorage.guard(() => {
          const remembered = { ...get().remembered };
          for (const m of mapping) {
            if (!m.header) continue;
            remembered[rememberKey(index, m.header)] = m.role === 'component' ? { role: m.role, component: m.component } : m.leftOut ? { role: m.role, leftOut: true } : { role: m.role };
          }
          set({ remembered });
        });
      },
    }),
    {
      name: IMPORT_MAPPINGS_STORAGE_KEY,
      version: IMPORT_MAPPINGS_VERSION,
      storage: importMappingsStorage,
      partialize: (s) => ({ remembered: s.remembered }),
      migrate: (persisted) => ({ remembered: ((persisted ?? {}) as { remembered?: Record<string, RememberedMeaning> }).remembered ?? {} }),
    },
  ),
);
