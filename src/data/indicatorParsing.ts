/**
 * Reading an indicator table in the import's worker: which kind it is (src/domain/import/indicatorTable.ts), then
 * VCCI's workbook reader (indicatorWorkbook.ts) or the one-province reader. Returns what the page previews and saves.
 */
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import type { Problem } from '@/domain/catalogue/types';
import { latestYearNamed, yearInFileName } from '@/domain/import/headerYear';
import { readIndicatorWorkbook, type IndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { readProvinceIndicatorTable, recogniseIndicatorTables, type KnownIndicator, type ProvinceIndicatorRow } from '@/domain/import/indicatorTable';
import { problem } from '@/domain/import/problems';
import type { SourceTable } from '@/domain/import/sourceTable';

export interface IndicatorReadRequest {
  known: KnownIndicator[];
  /** Chosen by the user: wins over what the table says. */
  year?: number;
  province?: string;
  /** Prefilled (the indicator view's link): used only when the table and its name say nothing. */
  fallbackYear?: number;
}

export interface IndicatorRead {
  fileName: string;
  kind: 'vcci-workbook' | 'province-table' | null;
  year: number | null;
  province: string | null;
  book: IndicatorWorkbook | null;
  /** A one-province table's rows, matched or not (the unmatched are listed). */
  rows: ProvinceIndicatorRow[];
  problems: Problem[];
}

export function readIndicatorTables(tables: readonly SourceTable[], fileName: string, request: IndicatorReadRequest): IndicatorRead {
  const catalogue = defaultCatalogue;
  const recognised = recogniseIndicatorTables(tables, fileName, catalogue, request.known);
  if (recognised.kind === 'vcci-workbook') {
    const year = request.year ?? yearInFileName(fileName) ?? latestYearNamed(tables.flatMap((t) => [t.name, ...t.rows.slice(0, 3).flat()])) ?? request.fallbackYear ?? null;
    if (year === null) return { fileName, kind: recognised.kind, year: null, province: null, book: null, rows: [], problems: [problem('indicator-table-needs-year', { file: fileName, line: 0, column: 0 })] };
    const book = readIndicatorWorkbook(tables, fileName, year, catalogue);
    const problems = [...tables.flatMap((t) => t.issues ?? []), ...book.problems];
    return { fileName, kind: recognised.kind, year, province: null, book: { ...book, problems: [] }, rows: [], problems };
  }
  const table = tables.find((t) => t.name === recognised.table) ?? tables[0];
  if (!table) return { fileName, kind: null, year: null, province: null, book: null, rows: [], problems: [problem('indicator-table-no-rows', { file: fileName, line: 0, column: 0 })] };
  const read = readProvinceIndicatorTable(table, fileName, catalogue, request.known, { year: request.year ?? null, province: request.province ?? null });
  const year = read.year ?? request.fallbackYear ?? null;
  // A year given only by the link is used when the table names none (read again with it).
  const final = read.year === null && year !== null ? readProvinceIndicatorTable(table, fileName, catalogue, request.known, { year, province: request.province ?? null }) : read;
  return { fileName, kind: 'province-table', year: final.year, province: final.province, book: final.book, rows: final.rows, problems: final.problems };
}
