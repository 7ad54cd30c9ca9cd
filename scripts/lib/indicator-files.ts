/**
 * PCI indicator tables read from disk (Node only) for the CLIs, with the app's import step
 * (src/data/indicatorParsing.ts: recognition, VCCI's workbook reader, the one-province reader of
 * src/domain/import/indicatorTable.ts): VCCI workbooks (one edition per file, its year in the file name or its
 * first rows) and one-province indicator tables (CSV or workbook, a province profile: its year and province from its
 * title, value column or file name, else the province the CLI was given). VCCI workbooks are read first whatever the
 * order given, so a one-province table is matched against the indicators they print, as in the app. Everything is
 * built into one catalogue and indicator set with the hand review of data/catalogue/pci-indicators.json
 * (src/domain/analysis/indicatorCatalogue.ts), books laid over each other in the order given
 * (src/domain/import/indicatorLayers.ts). No logic of its own.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import reviewsJson from '@data/catalogue/pci-indicators.json';
import { fileKindOf, readTables } from '@/data/readers';
import { readIndicatorTables, type IndicatorRead } from '@/data/indicatorParsing';
import type { Problem } from '@/domain/catalogue/types';
import type { IndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { knownIndicators, type ProvinceIndicatorRow } from '@/domain/import/indicatorTable';
import { layerIndicatorBooks } from '@/domain/import/indicatorLayers';
import { readCsvGrid } from '@/domain/import/parse';
import { problem } from '@/domain/import/problems';
import { csvTable, type SourceTable } from '@/domain/import/sourceTable';
import { indicatorSetFromWorkbooks, type IndicatorCatalogueEntry, type IndicatorReview } from '@/domain/analysis/indicatorCatalogue';
import type { IndicatorSet } from '@/domain/analysis/indicatorSources';

export const INDICATOR_REVIEWS = (reviewsJson as { reviews: Record<string, IndicatorReview> }).reviews;

/** One file as read: its kind, edition, province (a one-province table) and its rows that matched no indicator. */
export interface IndicatorFileRead {
  file: string;
  kind: IndicatorRead['kind'];
  year: number | null;
  province: string | null;
  unmatched: ProvinceIndicatorRow[];
}

async function tablesOf(file: string, name: string): Promise<{ tables: SourceTable[]; problems: Problem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    return { tables: [], problems: [problem('unreadable-file', { file: name, line: 0, column: 0 }, { detail: (e as NodeJS.ErrnoException).code ?? 'unreadable' })] };
  }
  const kind = fileKindOf(name, bytes.slice(0, 8));
  if (kind === 'text') {
    const grid = readCsvGrid(new TextDecoder('utf-8').decode(bytes), name);
    return { tables: [csvTable(grid)], problems: grid.issues.filter((p) => p.severity === 'error') };
  }
  const { tables, issues } = await readTables(kind, bytes, name);
  return { tables, problems: issues };
}

export async function readIndicatorFiles(
  files: readonly string[],
  options: { province?: string } = {},
): Promise<{ books: IndicatorWorkbook[]; catalogue: IndicatorCatalogueEntry[]; set: IndicatorSet; problems: Problem[]; reads: IndicatorFileRead[] }> {
  const problems: Problem[] = [];
  const opened: { file: string; name: string; tables: SourceTable[]; first: IndicatorRead }[] = [];
  for (const file of files) {
    const name = basename(file);
    const { tables, problems: unread } = await tablesOf(file, name);
    if (unread.some((p) => p.severity === 'error') || !tables.length) {
      problems.push(...(unread.length ? unread : [problem('indicator-table-no-rows', { file: name, line: 0, column: 0 })]));
      continue;
    }
    opened.push({ file, name, tables, first: readIndicatorTables(tables, name, { known: [] }) });
  }
  // VCCI's workbooks first: their indicators are what a one-province table's rows are matched against.
  const workbooks = opened.filter((o) => o.first.kind === 'vcci-workbook');
  const known = knownIndicators(indicatorSetFromWorkbooks(layerIndicatorBooks(workbooks.flatMap((o) => (o.first.book ? [o.first.book] : []))), INDICATOR_REVIEWS).catalogue);
  const books: IndicatorWorkbook[] = [];
  const reads: IndicatorFileRead[] = [];
  for (const o of opened) {
    let read = o.first.kind === 'vcci-workbook' ? o.first : readIndicatorTables(o.tables, o.name, { known });
    // A profile naming no province: the province the CLI was given (the app's chooser), read again with it.
    if (read.kind === 'province-table' && read.province === null && options.province) read = readIndicatorTables(o.tables, o.name, { known, province: options.province });
    problems.push(...read.problems);
    if (read.kind === null && !read.problems.length) problems.push(problem('indicator-table-no-rows', { file: o.name, line: 0, column: 0 }));
    if (read.book) books.push(read.book);
    reads.push({ file: o.name, kind: read.kind, year: read.year, province: read.province, unmatched: read.rows.filter((r) => r.matched === null) });
  }
  const { catalogue, set } = indicatorSetFromWorkbooks(layerIndicatorBooks(books), INDICATOR_REVIEWS);
  return { books, catalogue, set, problems, reads };
}
