/**
 * One storage layer for every store the user types into (assignments, targets): localStorage through
 * JSON, under zustand `persist`, and it never discards.
 * - Stored text that is not JSON, not `{ state, version }`, or whose state fails the store's shape check
 *   is copied to a backup key (`<key>.backup.<label>.<time>`) and reported with that key; the store starts
 *   empty and the backup is never touched again.
 * - A state written by a newer version is backed up the same way (this version cannot read it), never
 *   migrated down and written back.
 * - Before an older version is migrated, its text is backed up.
 * - When that backup cannot be written (storage full), the original is left exactly as it is and every
 *   edit is refused with a message until the page is reloaded with room to spare: nothing overwrites
 *   the only copy.
 * - A write that fails (QuotaExceededError: storage full) is reported, never thrown at the caller, and never
 *   retried in a loop: each change is tried once, and a run of failures is reported once (again after a write
 *   succeeded in between).
 * Every report lands in `useStorageHealth`, which the app shows on every tab (ui/StorageAlerts).
 */
import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isQuotaError } from '@/data/storageError';

export type StoreName = 'assignments' | 'targets' | 'import-mappings' | 'import-unit-picks';

export type StorageReportKind = 'corrupt' | 'newer-version' | 'migrated' | 'write-failed' | 'storage-full' | 'edits-refused';

export interface StorageReport {
  store: StoreName;
  kind: StorageReportKind;
  /** Where the original text was kept; null when it could not be copied (then it was left in place). */
  backupKey: string | null;
  detail: string;
  at: string;
}

export const useStorageHealth = create<{ reports: StorageReport[]; dismiss(index: number): void }>()((set, get) => ({
  reports: [],
  dismiss(index) {
    set({ reports: get().reports.filter((_, i) => i !== index) });
  },
}));

export function reportStorage(r: Omit<StorageReport, 'at'>): void {
  useStorageHealth.setState((s) => ({ reports: [...s.reports, { ...r, at: new Date().toISOString() }] }));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);


export interface NeverDiscardOptions {
  store: StoreName;
  key: string;
  version: number;
  /** The first thing wrong with a stored state of `version` (e.g. "items["a"].coOwners is not a list"), or null. */
  shapeProblem(state: unknown, version: number): string | null;
}

export interface NeverDiscardStorage<T> extends PersistStorage<T> {
  /** False when the stored original could not be backed up: edits are refused so it is never overwritten. */
  writable(): boolean;
  /** Run an edit only when the store may be written; otherwise report the refusal and skip it. */
  guard(edit: () => void): void;
}

export function backupKeys(key: string): string[] {
  if (typeof localStorage === 'undefined') return [];
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(`${key}.backup.`)) keys.push(k);
  }
  return keys.sort();
}

export function neverDiscardStorage<T>({ store, key, version: current, shapeProblem }: NeverDiscardOptions): NeverDiscardStorage<T> {
  let locked = false;
  let refusalReported = false;
  /** A write failed and no write has succeeded since: the failure was said once already. */
  let failing = false;

  /** Copy the original aside and report; when the copy fails, lock the store and leave the original. */
  const keepAside = (raw: string, label: string, kind: StorageReportKind, detail: string) => {
    const backupKey = `${key}.backup.${label}.${new Date().toISOString()}`;
    try {
      localStorage.setItem(backupKey, raw);
      reportStorage({ store, kind, backupKey, detail });
    } catch (e) {
      locked = true;
      reportStorage({ store, kind, backupKey: null, detail: `${detail}; the backup could not be written (${(e as Error).message || (e as Error).name}): the saved copy is left untouched under "${key}" and edits are refused until there is room` });
    }
  };

  const storage: NeverDiscardStorage<T> = {
    writable: () => !locked,
    guard(edit) {
      if (!locked) {
        edit();
        return;
      }
      if (!refusalReported) {
        refusalReported = true;
        reportStorage({ store, kind: 'edits-refused', backupKey: null, detail: `the saved copy under "${key}" could not be backed up, so it is not overwritten` });
      }
    },
    getItem(name) {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch (e) {
        locked = true;
        reportStorage({ store, kind: 'corrupt', backupKey: null, detail: `storage cannot be read (${(e as Error).message}); edits are refused` });
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (e) {
        keepAside(raw, 'corrupt', 'corrupt', `not JSON: ${(e as Error).message}`);
        return null;
      }
      const version = isRecord(parsed) && Number.isInteger(parsed.version) ? (parsed.version as number) : null;
      if (!isRecord(parsed) || version === null || version < 0) {
        keepAside(raw, 'corrupt', 'corrupt', 'not a saved state ({ state, version })');
        return null;
      }
      if (version > current) {
        keepAside(raw, `v${version}`, 'newer-version', `saved by a newer version (${version}; this one reads up to ${current})`);
        return null;
      }
      const problem = shapeProblem(parsed.state, version);
      if (problem) {
        keepAside(raw, 'corrupt', 'corrupt', problem);
        return null;
      }
      if (version < current) keepAside(raw, `v${version}`, 'migrated', `version ${version} → ${current}`);
      return parsed as unknown as StorageValue<T>;
    },
    setItem(name, value) {
      if (locked) return;
      try {
        localStorage.setItem(name, JSON.stringify(value));
        failing = false;
      } catch (e) {
        // Tried once per change, never again in a loop; said once for a run of failures (not once per keystroke), again after a write succeeded.
        if (failing) return;
        failing = true;
        if (isQuotaError(e)) reportStorage({ store, kind: 'storage-full', backupKey: null, detail: `changes from now on are not saved: browser storage is full (${(e as Error).name})` });
        else reportStorage({ store, kind: 'write-failed', backupKey: null, detail: `changes from now on are not saved: ${(e as Error).message || (e as Error).name}` });
      }
    },
    removeItem(name) {
      if (locked) return;
      try {
        localStorage.removeItem(name);
      } catch (e) {
        reportStorage({ store, kind: 'write-failed', backupKey: null, detail: (e as Error).message });
      }
    },
  };
  return storage;
}
