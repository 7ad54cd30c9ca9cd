/**
 * Scores the user imported, kept in IndexedDB (one record per import, key `chiso:import:<id>`) and mirrored
 * in a small zustand store so every view re-renders the moment an import is saved or removed.
 * - The shipped data is never modified: imports are laid over it (src/data/scores.ts), oldest first.
 * - A damaged or newer-version record is listed in `unreadable` with its reason and left in storage.
 * - Records are written by the parse worker (src/data/parse.worker.ts); the page reads and removes them.
 */
import { create } from 'zustand';
import { del, get as getValue, keys } from 'idb-keyval';
import { overlayScores } from '@/domain/table/dataset';
import type { Score } from '@/domain/catalogue/types';
import { IMPORT_KEY_PREFIX, readRecordInSlices, recordOverlay, type ImportRecord } from './importRecord';
import { yieldToPage } from './yieldToPage';
import { describeStorageError } from './storageError';
import { migrateLegacyProvinceIndices, PROVINCE_BACKUP_PREFIX, type ProvinceBackup } from './provinceIndices';

export interface UnreadableImport {
  key: string;
  /** What is wrong, for whoever helps (technical, English). */
  reason: string;
  /** The file name and date the record still names, when they can be read: how the user knows which import it was. */
  fileName: string | null;
  date: string | null;
}

/** The file name and date a damaged record still names, if it names them as text. */
function namedIn(value: unknown): Pick<UnreadableImport, 'fileName' | 'date'> {
  const v = (value && typeof value === 'object' ? value : {}) as { fileName?: unknown; date?: unknown };
  return { fileName: typeof v.fileName === 'string' ? v.fileName.slice(0, 200) : null, date: typeof v.date === 'string' ? v.date.slice(0, 40) : null };
}

interface ImportsState {
  records: ImportRecord[];
  unreadable: UnreadableImport[];
  /** Storage itself failed (e.g. IndexedDB blocked): reported, and nothing is written. */
  storageError: string | null;
  /** Per index, the figures laid over the shipped data, imports applied oldest first: each index's table is built from its own share. */
  overlayByIndex: ReadonlyMap<string, Score[]>;
  /**
   * Per index, goes up by one when the saved imports holding that index's figures change: the key of that
   * index's merged table (src/data/scores.ts). Importing PCI leaves PAPI's key, and so its table, as it was.
   */
  versionByIndex: ReadonlyMap<string, number>;
  /**
   * Per index whose last change only added imports on top (a new import is the newest): the version it was added to
   * and the added figures. Its table is then the previous version's with those laid over (dataset.overlayTable),
   * not indexed again from the start (src/data/scores.ts).
   */
  addedByIndex: ReadonlyMap<string, AddedOnTop>;
  ready: boolean;
  load(): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Imports added on top of an index's figures: the version they were added to, and their figures overlaid. */
export interface AddedOnTop {
  from: number;
  top: Score[];
}

let loading: Promise<void> | null = null;

/** A record's figures (those it applies) per index, split once per record: a saved record never changes. */
const sharesCache = new WeakMap<ImportRecord, Map<string, Score[]>>();
function sharesOf(record: ImportRecord): Map<string, Score[]> {
  let shares = sharesCache.get(record);
  if (!shares) {
    shares = new Map();
    addShares(shares, recordOverlay(record), 0, Infinity);
    sharesCache.set(record, shares);
  }
  return shares;
}

function addShares(shares: Map<string, Score[]>, scores: readonly Score[], from: number, to: number): void {
  for (let i = from; i < Math.min(to, scores.length); i++) {
    const s = scores[i];
    const list = shares.get(s.index);
    if (list) list.push(s);
    else shares.set(s.index, [s]);
  }
}

/** The same split for a record just read, in slices between which the page gets its turn (a million figures). */
async function splitInSlices(record: ImportRecord, slice = 50_000): Promise<void> {
  if (sharesCache.has(record)) return;
  const shares = new Map<string, Score[]>();
  const scores = recordOverlay(record);
  for (let from = 0; from < scores.length; from += slice) {
    addShares(shares, scores, from, from + slice);
    await yieldToPage();
  }
  sharesCache.set(record, shares);
}

/** Per index, the saved imports holding its figures (their ids, in order). */
function holdersByIndex(records: readonly ImportRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    for (const index of sharesOf(r).keys()) out.set(index, out.has(index) ? `${out.get(index)} ${r.id}` : r.id);
  }
  return out;
}

/**
 * The state after the list of imports changed. Only the indices whose imports changed get a new version and a new
 * overlay — imports laid over each other oldest first, by the same rule as over the shipped data
 * (dataset.overlayScores); the others keep theirs, so a one-figure PCI import beside a million saved figures
 * overlays PCI's share only.
 */
function withRecords(records: ImportRecord[], previous: Pick<ImportsState, 'records' | 'versionByIndex' | 'overlayByIndex'>) {
  const before = holdersByIndex(previous.records);
  const after = holdersByIndex(records);
  const versionByIndex = new Map(previous.versionByIndex);
  for (const index of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(index) !== after.get(index)) versionByIndex.set(index, (versionByIndex.get(index) ?? 0) + 1);
  }
  const overlayByIndex = new Map<string, Score[]>();
  const addedByIndex = new Map<string, AddedOnTop>();
  const layered = (layers: Score[][]) => (layers.length === 1 ? layers[0] : layers.reduce((below, top) => overlayScores(below, top)));
  for (const [index, holders] of after) {
    const kept = previous.overlayByIndex.get(index);
    const held = before.get(index);
    if (kept && held === holders) {
      overlayByIndex.set(index, kept);
      continue;
    }
    const layers = records.map((r) => sharesOf(r).get(index)).filter((l): l is Score[] => l !== undefined);
    // The imports held before are still the bottom layers, in order: only newer ones came on top.
    const addedFrom = held === undefined ? 0 : holders.startsWith(`${held} `) ? held.split(' ').length : -1;
    if (addedFrom === -1) {
      overlayByIndex.set(index, layered(layers));
      continue;
    }
    const top = layered(layers.slice(addedFrom));
    overlayByIndex.set(index, kept ? overlayScores(kept, top) : top);
    addedByIndex.set(index, { from: previous.versionByIndex.get(index) ?? 0, top });
  }
  return { records, overlayByIndex, versionByIndex, addedByIndex };
}

export const useImports = create<ImportsState>()((set, get) => ({
  records: [],
  unreadable: [],
  storageError: null,
  overlayByIndex: new Map(),
  versionByIndex: new Map(),
  addedByIndex: new Map(),
  ready: false,
  async load() {
    try {
      // A province's own indices saved by earlier versions in localStorage move into this store first.
      const moved = await migrateLegacyProvinceIndices();
      const all = await keys();
      const records: ImportRecord[] = [];
      const unreadable: UnreadableImport[] = [];
      // A saved record is written once and never changed (a new import is a new key): one already read is
      // taken as it is, so saving a small import beside a million figures does not re-read the million.
      const known = new Map(get().records.map((r) => [`${IMPORT_KEY_PREFIX}${r.id}`, r]));
      for (const key of all) {
        if (typeof key === 'string' && key.startsWith(PROVINCE_BACKUP_PREFIX)) {
          const backup = (await getValue(key)) as ProvinceBackup | undefined;
          if (backup?.reason) unreadable.push({ key, reason: `DDCI (localStorage): ${backup.reason}`, fileName: null, date: null });
          continue;
        }
        if (typeof key !== 'string' || !key.startsWith(IMPORT_KEY_PREFIX)) continue;
        const seen = known.get(key);
        if (seen) {
          records.push(seen);
          continue;
        }
        const value = await getValue(key);
        const read = await readRecordInSlices(value, yieldToPage);
        if ('record' in read) {
          await splitInSlices(read.record);
          records.push(read.record);
        }
        else unreadable.push({ key, reason: read.reason, ...namedIn(value) });
      }
      records.sort((a, b) => a.date.localeCompare(b.date));
      set({ ...withRecords(records, get()), unreadable, storageError: moved.error, ready: true });
    } catch (err) {
      set({ storageError: (err as Error).message || String(err), ready: true });
    }
  },
  async remove(id) {
    // An aborted delete is reported (storageError, shown by the import view), never an unhandled rejection.
    try {
      await del(`${IMPORT_KEY_PREFIX}${id}`);
    } catch (err) {
      set({ storageError: describeStorageError(err) });
      return;
    }
    const records = get().records.filter((r) => r.id !== id);
    set(withRecords(records, get()));
  },
}));

export function ensureImportsLoaded(): Promise<void> {
  if (!loading) loading = useImports.getState().load();
  return loading;
}

/** Reload after the worker saved an import. */
export function reloadImports(): Promise<void> {
  loading = useImports.getState().load();
  return loading;
}
