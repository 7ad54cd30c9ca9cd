/**
 * The follow-up plan the working group types: assignments, targets, statuses, notes, and each
 * province's own department list. Saved in localStorage on every change (zustand `persist`),
 * versioned with a real migration, and never discarded:
 * - stored text that is not valid JSON, or not the shape of this store, is copied to a backup key
 *   and reported (`useAssignmentsHealth`), and the app starts empty without touching the backup;
 * - a state written by a newer version is backed up the same way (this version cannot read it);
 * - before an older version is migrated, its raw text is backed up too.
 *
 * Version history
 * - 1: `{ assignments: AssignmentV1[] }`: free-text department names, one score target, four statuses.
 * - 2: `{ items: Record<id, FollowUpItem>, departments: Record<province, ProvinceDepartmentEdits> }`.
 * - 3: as 2, each item with `tasks: PlanTask[]` (per-component tasks with their own agencies, targets,
 *   deadlines, statuses, dated progress notes and evidence). 2 → 3 gives every item `tasks: []` and keeps
 *   every other field as it was (test: tests/fixtures/storage/assignments-v2.json, a state version 2 wrote).
 * - 4: as 3, each item with `indicators: Record<indicator id, IndicatorPlan>` (an indicator's own owner, target,
 *   deadline) and each task with `indicator: string | null` (the indicator it targets). 2 or 3 → 4 gives every item
 *   `indicators: {}` and every task `indicator: null` and keeps every other field as it was
 *   (test: tests/fixtures/storage/assignments-v3.json, a state version 3 wrote).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type Department, type ProvinceDepartmentEdits } from '@/domain/plan/departments';
import { isBlank, type FollowUpItem, type Plan } from '@/domain/plan/followup';
import { migrateV1, type AssignmentV1 } from '@/domain/plan/planMigration';
import type { Localised } from '@/domain/catalogue/types';
import { storedPlanProblem } from '@/domain/plan/planShape';
import { backupKeys, neverDiscardStorage, reportStorage, useStorageHealth } from './persistedStorage';
import { own } from '@/domain/catalogue/own';

export const ASSIGNMENTS_STORAGE_KEY = 'chiso-assignments';
export const ASSIGNMENTS_VERSION = 4;

export interface AssignmentsData {
  items: Record<string, FollowUpItem>;
  departments: Record<string, ProvinceDepartmentEdits>;
}

interface AssignmentsState extends AssignmentsData {
  /** Save an item; an item with nothing typed in it is removed. */
  saveItem(item: FollowUpItem): void;
  removeItem(id: string): void;
  setDepartmentEdits(province: string, edits: ProvinceDepartmentEdits): void;
  /** Replace the whole plan (after the user chose what to take from an import). */
  replacePlan(plan: Plan): void;
}

// ---- storage: the shared never-discard layer (persistedStorage.ts), with this store's shape check -------

export type { StorageReport } from './persistedStorage';
/** Storage reports of every persisted store (assignments and targets), shown on every tab. */
export const useAssignmentsHealth = useStorageHealth;

export function listBackups(): string[] {
  return backupKeys(ASSIGNMENTS_STORAGE_KEY);
}

/** localStorage through JSON with the "never discard" rules above; every field of every item checked (planShape.ts). */
export const safeStorage = neverDiscardStorage<AssignmentsData>({ store: 'assignments', key: ASSIGNMENTS_STORAGE_KEY, version: ASSIGNMENTS_VERSION, shapeProblem: storedPlanProblem });

const report = (r: { kind: 'migrated'; backupKey: null; detail: string }) => reportStorage({ store: 'assignments', ...r });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const catalogueDepartments = (_province: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);

/** Stored state of any known version → the current one. */
export function migrateAssignments(persisted: unknown, version: number): AssignmentsData {
  const state = isRecord(persisted) ? persisted : {};
  if (version === 1) {
    const { plan, unplaced } = migrateV1((state.assignments ?? []) as AssignmentV1[], defaultCatalogue, (p) => catalogueDepartments(p));
    if (unplaced.length) report({ kind: 'migrated', backupKey: null, detail: `${unplaced.length} version-1 entries could not be placed; they are in the version-1 backup` });
    return { items: Object.fromEntries(plan.items.map((i) => [i.id, i])), departments: plan.departments };
  }
  const items = (state.items ?? {}) as Record<string, FollowUpItem>;
  const departments = (state.departments ?? {}) as AssignmentsData['departments'];
  if (version === 2 || version === 3) return { items: Object.fromEntries(Object.entries(items).map(([id, item]) => [id, toVersion4(item)])), departments };
  return { items, departments };
}

/** A version 2 or 3 item as version 4: no indicator lines, no task targets an indicator; every other field as it was. */
function toVersion4(item: FollowUpItem): FollowUpItem {
  const tasks = Array.isArray(item.tasks) ? item.tasks : [];
  return { ...item, tasks: tasks.map((t) => ({ ...t, indicator: t.indicator ?? null })), indicators: isRecord(item.indicators) ? item.indicators : {} };
}

export const useAssignments = create<AssignmentsState>()(
  persist(
    (set, get) => ({
      items: {},
      departments: {},
      // Every edit goes through the storage guard: refused (and said) while an unreadable original could not be backed up.
      saveItem(item) {
        safeStorage.guard(() => {
          const items = { ...get().items };
          if (isBlank(item)) delete items[item.id];
          else items[item.id] = item;
          set({ items });
        });
      },
      removeItem(id) {
        safeStorage.guard(() => {
          const items = { ...get().items };
          delete items[id];
          set({ items });
        });
      },
      setDepartmentEdits(province, edits) {
        safeStorage.guard(() => set({ departments: { ...get().departments, [province]: edits } }));
      },
      replacePlan(plan) {
        safeStorage.guard(() => set({ items: Object.fromEntries(plan.items.map((i) => [i.id, i])), departments: plan.departments }));
      },
    }),
    {
      name: ASSIGNMENTS_STORAGE_KEY,
      version: ASSIGNMENTS_VERSION,
      storage: safeStorage,
      partialize: (s) => ({ items: s.items, departments: s.departments }),
      migrate: (persisted, version) => migrateAssignments(persisted, version) as AssignmentsState,
    },
  ),
);

// ---- selectors -------------------------------------------------------------------------------------

/** Every department a province knows: the catalogue with its own renamings and additions. */
export function departmentsOf(state: AssignmentsData, province: string): Department[] {
  return provinceDepartments(defaultDepartments, own(state.departments, province));
}

export function planOf(state: AssignmentsData): Plan {
  return { items: Object.values(state.items), departments: state.departments };
}

export interface NamedItem extends FollowUpItem {
  leadName: Localised | null;
  coOwnerNames: Localised[];
}

/**
 * The saved items of a province, index and year, with department names (the province's own names).
 * Returns a new array: inside a component, wrap with `useShallow` or memoise on `state.items`.
 */
export function selectItemsFor(state: AssignmentsData, provinceId: string, index: string, year: number): NamedItem[] {
  const departments = departmentsOf(state, provinceId);
  const name = (id: string): Localised => {
    const d = departments.find((x) => x.id === id);
    return d ? { vi: d.vi, en: d.en } : { vi: id, en: id };
  };
  return Object.values(state.items)
    .filter((i) => i.province === provinceId && i.index === index && i.year === year)
    .sort((a, b) => a.component.localeCompare(b.component))
    .map((i) => ({ ...i, leadName: i.lead ? name(i.lead) : null, coOwnerNames: i.coOwners.map(name) }));
}
