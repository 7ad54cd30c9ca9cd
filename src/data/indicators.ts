/**
 * PCI base-indicator workbooks the user imported (VCCI's sheets per sub-index, any edition), kept in IndexedDB (one
 * record per edition, key `chiso:indicators:<year>`) and mirrored in a small zustand store, plus the indicator source
 * every indicator view reads: the imported sets first, then PAPI-style sub-dimensions of the score table.
 * - A workbook is read with the import's readers (src/data/readers: SheetJS loaded only then) and the layout reader
 *   (src/domain/import/indicatorWorkbook.ts); a file with errors is not saved, its problems are returned located;
 * - the catalogue (direction, unit, label changes) is rebuilt from every saved edition with the shipped hand review
 *   (data/catalogue/pci-indicators.json) by src/domain/analysis/indicatorCatalogue.ts.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { del, get as getValue, keys, set as setValue } from 'idb-keyval';
import reviewsJson from '@data/catalogue/pci-indicators.json';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import type { Problem } from '@/domain/catalogue/types';
import { readIndicatorWorkbook, type IndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { problem } from '@/domain/import/problems';
import { indicatorSetFromWorkbooks, type IndicatorCatalogueEntry, type IndicatorReview } from '@/domain/analysis/indicatorCatalogue';
import type { IndicatorSource } from '@/domain/analysis/indicators';
import { combinedIndicatorSource, indicatorSetSource, subComponentSource } from '@/domain/analysis/indicatorSources';
import type { ScoreTable } from '@/domain/table/dataset';
import { readTables } from './readers';
import { describeStorageError } from './storageError';

const KEY_PREFIX = 'chiso:indicators:';
const REVIEWS = (reviewsJson as { reviews: Record<string, IndicatorReview> }).reviews;

interface IndicatorImportsState {
  books: IndicatorWorkbook[];
  ready: boolean;
  storageError: string | null;
  load(): Promise<void>;
  save(book: IndicatorWorkbook): Promise<void>;
  remove(year: number): Promise<void>;
}

const isBook = (v: unknown): v is IndicatorWorkbook =>
  typeof v === 'object' && v !== null && Number.isInteger((v as IndicatorWorkbook).year) && Array.isArray((v as IndicatorWorkbook).figures) && Array.isArray((v as IndicatorWorkbook).indicators);

export const useIndicatorImports = create<IndicatorImportsState>()((set, get) => ({
  books: [],
  ready: false,
  storageError: null,
  async load() {
    try {
      const all = (await keys()).filter((k): k is string => typeof k === 'string' && k.startsWith(KEY_PREFIX));
      const books = (await Promise.all(all.map((k) => getValue(k)))).filter(isBook).sort((a, b) => a.year - b.year);
      set({ books, ready: true });
    } catch (e) {
      set({ ready: true, storageError: describeStorageError(e) });
    }
  },
  async save(book) {
    try {
      await setValue(`${KEY_PREFIX}${book.year}`, book);
      set({ books: [...get().books.filter((b) => b.year !== book.year), book].sort((a, b) => a.year - b.year), storageError: null });
    } catch (e) {
      set({ storageError: describeStorageError(e) });
    }
  },
  async remove(year) {
    try {
      await del(`${KEY_PREFIX}${year}`);
      set({ books: get().books.filter((b) => b.year !== year) });
    } catch (e) {
      set({ storageError: describeStorageError(e) });
    }
  },
}));

/** Read one workbook file as an edition's indicator sheets: the year from the file name unless given. */
export async function readIndicatorFile(name: string, bytes: Uint8Array, year?: number): Promise<{ book: IndicatorWorkbook | null; problems: Problem[] }> {
  const edition = year ?? Number(/(?:19|20)\d\d/.exec(name)?.[0] ?? NaN);
  if (!Number.isInteger(edition)) return { book: null, problems: [problem('bad-year', { file: name, line: 0, column: 0 }, { value: name })] };
  const { tables, issues } = await readTables('spreadsheet', bytes, name);
  if (!tables.length) return { book: null, problems: issues };
  const book = readIndicatorWorkbook(tables, name, edition, defaultCatalogue);
  return { book, problems: [...issues, ...book.problems] };
}

/** The imported editions as one catalogue and set (rebuilt when they change). */
export function useImportedIndicators(): { catalogue: IndicatorCatalogueEntry[]; books: IndicatorWorkbook[]; ready: boolean } {
  const { books, ready, load } = useIndicatorImports();
  useEffect(() => {
    if (!ready) void load();
  }, [ready, load]);
  const catalogue = useMemo(() => indicatorSetFromWorkbooks(books, REVIEWS).catalogue, [books]);
  return { catalogue, books, ready };
}

/** The indicators the views read: imported PCI base indicators, then the table's sub-dimensions (PAPI). */
export function useIndicatorSource(table: ScoreTable | null): IndicatorSource | null {
  const { books } = useImportedIndicators();
  return useMemo(() => {
    if (!table) return null;
    const sources = [subComponentSource(table, defaultCatalogue)];
    if (books.length) sources.unshift(indicatorSetSource(indicatorSetFromWorkbooks(books, REVIEWS).set, defaultCatalogue));
    return combinedIndicatorSource(sources);
  }, [table, books]);
}
