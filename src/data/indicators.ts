/**
 * Indicator tables the user imported through the Import tab (VCCI's workbook with one sheet per sub-index, or a
 * one-province table), kept in IndexedDB (one record per import, key `chiso:indicator-import:<id>`) and mirrored in a
 * small zustand store, plus the indicator source every indicator view reads: the imported sets first, then PAPI-style
 * sub-dimensions of the score table.
 * - Files are read in the import's worker (src/data/parse.worker.ts); the page saves the record it confirmed here;
 * - imports are laid over each other oldest first (src/domain/import/indicatorLayers.ts); removing one is the undo;
 * - the catalogue (direction, unit, label changes) is rebuilt from the layered editions with the shipped hand review
 *   (data/catalogue/pci-indicators.json) by src/domain/analysis/indicatorCatalogue.ts;
 * - never lose: workbooks saved by the indicator view's own import before (one per edition, key
 *   `chiso:indicators:<year>`) are moved into records on first load; the old key is deleted only after the record is
 *   written. A record that cannot be read is listed with its reason and left in storage.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { del, get as getValue, keys, set as setValue } from 'idb-keyval';
import reviewsJson from '@data/catalogue/pci-indicators.json';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import type { IndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { layerIndicatorBooks } from '@/domain/import/indicatorLayers';
import { indicatorSetFromWorkbooks, type IndicatorCatalogueEntry, type IndicatorReview } from '@/domain/analysis/indicatorCatalogue';
import type { IndicatorSource } from '@/domain/analysis/indicators';
import { combinedIndicatorSource, indicatorSetSource, subComponentSource } from '@/domain/analysis/indicatorSources';
import type { ScoreTable } from '@/domain/table/dataset';
import type { Localised } from '@/domain/catalogue/types';
import { describeStorageError } from './storageError';

export const INDICATOR_IMPORT_PREFIX = 'chiso:indicator-import:';
/** Where the indicator view's own import kept one workbook per edition (before the Import tab took indicators). */
export const LEGACY_INDICATOR_PREFIX = 'chiso:indicators:';
export const INDICATOR_RECORD_VERSION = 1;
const REVIEWS = (reviewsJson as { reviews: Record<string, IndicatorReview> }).reviews;

/** A row of a one-province table that matched no known indicator: kept with the import and listed. */
export interface UnmatchedIndicatorRow {
  place: Localised;
  label: string;
  code: string;
  value: number | null;
  /** The sub-index heading in force above the row (absent in records saved before it was kept). */
  component?: string | null;
  /** The value as printed ("12,5%"; absent in records saved before it was kept). */
  printed?: string;
}

export interface IndicatorImportRecord {
  version: number;
  id: string;
  fileName: string;
  /** ISO date-time of the import. */
  date: string;
  kind: 'vcci-workbook' | 'province-table';
  index: 'PCI';
  year: number;
  /** Unit id of a one-province table. */
  province?: string;
  book: IndicatorWorkbook;
  unmatched: UnmatchedIndicatorRow[];
  /** Moved from the indicator view's own import. */
  migrated?: boolean;
}

export interface UnreadableIndicatorImport {
  key: string;
  reason: string;
}

interface IndicatorImportsState {
  records: IndicatorImportRecord[];
  unreadable: UnreadableIndicatorImport[];
  ready: boolean;
  storageError: string | null;
  load(): Promise<void>;
  save(record: IndicatorImportRecord): Promise<boolean>;
  remove(id: string): Promise<void>;
}

const isBook = (v: unknown): v is IndicatorWorkbook =>
  typeof v === 'object' && v !== null && Number.isInteger((v as IndicatorWorkbook).year) && Array.isArray((v as IndicatorWorkbook).figures) && Array.isArray((v as IndicatorWorkbook).indicators) && Array.isArray((v as IndicatorWorkbook).sheets);

function readRecord(v: unknown): IndicatorImportRecord | string {
  if (typeof v !== 'object' || v === null) return 'not a record';
  const r = v as IndicatorImportRecord;
  if (typeof r.version !== 'number' || r.version > INDICATOR_RECORD_VERSION) return `version ${String(r.version)} (newer than this app)`;
  if (typeof r.id !== 'string' || typeof r.date !== 'string' || !isBook(r.book)) return 'damaged record';
  return { ...r, unmatched: Array.isArray(r.unmatched) ? r.unmatched : [] };
}

/** Move the view's old per-edition workbooks into records (never lose: delete only after writing). */
async function migrateLegacy(all: IDBValidKey[]): Promise<void> {
  for (const key of all) {
    if (typeof key !== 'string' || !key.startsWith(LEGACY_INDICATOR_PREFIX)) continue;
    const book = await getValue(key);
    if (!isBook(book)) continue; // left where it is; listed as unreadable by load()
    const id = `earlier-${book.year}`;
    const record: IndicatorImportRecord = {
      version: INDICATOR_RECORD_VERSION,
      id,
      fileName: `PCI ${book.year}`,
      date: new Date(0).toISOString(),
      kind: 'vcci-workbook',
      index: 'PCI',
      year: book.year,
      book,
      unmatched: [],
      migrated: true,
    };
    await setValue(`${INDICATOR_IMPORT_PREFIX}${id}`, record);
    await del(key);
  }
}

export const useIndicatorImports = create<IndicatorImportsState>()((set, get) => ({
  records: [],
  unreadable: [],
  ready: false,
  storageError: null,
  async load() {
    try {
      await migrateLegacy(await keys());
      const all = await keys();
      const records: IndicatorImportRecord[] = [];
      const unreadable: UnreadableIndicatorImport[] = [];
      for (const key of all) {
        if (typeof key !== 'string') continue;
        if (key.startsWith(LEGACY_INDICATOR_PREFIX)) {
          unreadable.push({ key, reason: 'damaged record' });
          continue;
        }
        if (!key.startsWith(INDICATOR_IMPORT_PREFIX)) continue;
        const read = readRecord(await getValue(key));
        if (typeof read === 'string') unreadable.push({ key, reason: read });
        else records.push(read);
      }
      records.sort((a, b) => a.date.localeCompare(b.date));
      set({ records, unreadable, ready: true });
    } catch (e) {
      set({ ready: true, storageError: describeStorageError(e) });
    }
  },
  async save(record) {
    try {
      await setValue(`${INDICATOR_IMPORT_PREFIX}${record.id}`, record);
      set({ records: [...get().records.filter((r) => r.id !== record.id), record].sort((a, b) => a.date.localeCompare(b.date)), storageError: null });
      return true;
    } catch (e) {
      set({ storageError: describeStorageError(e) });
      return false;
    }
  },
  async remove(id) {
    try {
      await del(`${INDICATOR_IMPORT_PREFIX}${id}`);
      set({ records: get().records.filter((r) => r.id !== id) });
    } catch (e) {
      set({ storageError: describeStorageError(e) });
    }
  },
}));

let loading: Promise<void> | null = null;

/** Read the saved imports once per page (a view's effect and an export's await share the one read). */
export function ensureIndicatorImportsLoaded(): Promise<void> {
  if (useIndicatorImports.getState().ready) return Promise.resolve();
  if (!loading) loading = useIndicatorImports.getState().load();
  return loading;
}

/** The saved imports, loaded once per page. */
export function useIndicatorRecords(): { records: IndicatorImportRecord[]; ready: boolean } {
  const records = useIndicatorImports((s) => s.records);
  const ready = useIndicatorImports((s) => s.ready);
  useEffect(() => {
    if (!ready) void ensureIndicatorImportsLoaded();
  }, [ready]);
  return { records, ready };
}

/** The imported editions, layered (one book per edition), as one catalogue and set (rebuilt when they change). */
export function useImportedIndicators(): { catalogue: IndicatorCatalogueEntry[]; books: IndicatorWorkbook[]; ready: boolean } {
  const { records, ready } = useIndicatorRecords();
  const books = useMemo(() => layerIndicatorBooks(records.map((r) => r.book)), [records]);
  const catalogue = useMemo(() => indicatorSetFromWorkbooks(books, REVIEWS).catalogue, [books]);
  return { catalogue, books, ready };
}

/** The catalogue of saved books plus `extra` (a workbook being previewed): what a new import adds, with its evidence. */
export function catalogueWith(books: readonly IndicatorWorkbook[], extra?: IndicatorWorkbook): IndicatorCatalogueEntry[] {
  return indicatorSetFromWorkbooks(layerIndicatorBooks(extra ? [...books, extra] : books), REVIEWS).catalogue;
}

/** The indicators a one-province table's rows are matched against (the rule: src/domain/import/indicatorTable.ts). */
export { knownIndicators } from '@/domain/import/indicatorTable';

/** Imported PCI base indicators (layered books), then the table's sub-dimensions (PAPI). */
function indicatorSourceOf(table: ScoreTable, books: readonly IndicatorWorkbook[]): IndicatorSource {
  const sources = [subComponentSource(table, defaultCatalogue)];
  if (books.length) sources.unshift(indicatorSetSource(indicatorSetFromWorkbooks(books, REVIEWS).set, defaultCatalogue));
  return combinedIndicatorSource(sources);
}

/** The indicators the views read: imported PCI base indicators, then the table's sub-dimensions (PAPI). */
export function useIndicatorSource(table: ScoreTable | null): IndicatorSource | null {
  const { books } = useImportedIndicators();
  return useMemo(() => (table ? indicatorSourceOf(table, books) : null), [table, books]);
}

/** The same source outside React, once the saved imports are read: an export awaits it (labels, never ids). */
export async function loadIndicatorSource(table: ScoreTable): Promise<IndicatorSource> {
  await ensureIndicatorImportsLoaded();
  return indicatorSourceOf(table, layerIndicatorBooks(useIndicatorImports.getState().records.map((r) => r.book)));
}
