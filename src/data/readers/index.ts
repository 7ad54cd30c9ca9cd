/**
 * Which reader a file needs, from its first bytes (then its name), and the readers themselves behind
 * `import()`: a CSV import never loads SheetJS or pdf.js.
 */
import { problem } from '@/domain/import/problems';
import type { SourceTable } from '@/domain/import/sourceTable';
import type { Problem } from '@/domain/catalogue/types';

export type FileKind = 'text' | 'spreadsheet' | 'pdf';

/** File names the import accepts (the file picker's `accept`). */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.pdf,text/csv,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet';

export function fileKindOf(name: string, head: Uint8Array): FileKind {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) return 'spreadsheet'; // zip (xlsx, ods) or OLE (xls)
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(name)) return 'spreadsheet';
  return 'text';
}

/** Read a workbook's sheets or a PDF's table; a file that cannot be read is a located problem, never a throw. */
export async function readTables(kind: Exclude<FileKind, 'text'>, bytes: Uint8Array, file: string): Promise<{ tables: SourceTable[]; issues: Problem[] }> {
  const at = { file, line: 0, column: 0 };
  if (kind === 'spreadsheet') {
    try {
      const { readSpreadsheet } = await import('./spreadsheet');
      return await readSpreadsheet(bytes, file);
    } catch (err) {
      return { tables: [], issues: [problem('unreadable-spreadsheet', at, { detail: (err as Error).message })] };
    }
  }
  const { readPdfTable, PdfWithoutText } = await import('./pdf');
  try {
    return { tables: [await readPdfTable(bytes, file)], issues: [] };
  } catch (err) {
    if (err instanceof PdfWithoutText) return { tables: [], issues: [problem('pdf-no-text', at)] };
    return { tables: [], issues: [problem('unreadable-pdf', at, { detail: (err as Error).message })] };
  }
}
