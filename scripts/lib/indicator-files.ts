/**
 * PCI base-indicator workbooks read from disk (Node only) for the CLIs: each file is one edition (its year is the
 * 4-digit year in the file name, e.g. PCI_2016.xlsx), read with the app's readers and the layout reader
 * (src/domain/import/indicatorWorkbook.ts), then built into one catalogue and indicator set with the hand review of
 * data/catalogue/pci-indicators.json (src/domain/analysis/indicatorCatalogue.ts). No logic of its own.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import reviewsJson from '@data/catalogue/pci-indicators.json';
import { readTables } from '@/data/readers';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import type { Problem } from '@/domain/catalogue/types';
import { readIndicatorWorkbook, type IndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { problem } from '@/domain/import/problems';
import { indicatorSetFromWorkbooks, type IndicatorCatalogueEntry, type IndicatorReview } from '@/domain/analysis/indicatorCatalogue';
import type { IndicatorSet } from '@/domain/analysis/indicatorSources';

export const INDICATOR_REVIEWS = (reviewsJson as { reviews: Record<string, IndicatorReview> }).reviews;

export async function readIndicatorFiles(files: readonly string[]): Promise<{ books: IndicatorWorkbook[]; catalogue: IndicatorCatalogueEntry[]; set: IndicatorSet; problems: Problem[] }> {
  const books: IndicatorWorkbook[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const name = basename(file);
    const year = Number(/(?:19|20)\d\d/.exec(name)?.[0] ?? NaN);
    if (!Number.isInteger(year)) {
      problems.push(problem('bad-year', { file: name, line: 0, column: 0 }, { value: name }));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      problems.push(problem('unreadable-file', { file: name, line: 0, column: 0 }, { detail: (e as NodeJS.ErrnoException).code ?? 'unreadable' }));
      continue;
    }
    const { tables, issues } = await readTables('spreadsheet', bytes, name);
    problems.push(...issues);
    if (!tables.length) continue;
    const book = readIndicatorWorkbook(tables, name, year, defaultCatalogue);
    problems.push(...book.problems);
    books.push(book);
  }
  const { catalogue, set } = indicatorSetFromWorkbooks(books, INDICATOR_REVIEWS);
  return { books, catalogue, set, problems };
}
