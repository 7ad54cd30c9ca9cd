/**
 * Parses an import off the page's thread, so a large file never freezes the page.
 * Protocol (one file at a time; the worker keeps the parsed file until the next one):
 *   page → worker: inspect {file} | inspect-paste {tables: cells with spans, filled here (pasteGrid.ts)} | choose-sheet {sheet} | analyse {request, loaded} | commit {decisions, id, date, continues}
 * Workbooks and PDFs are read here with SheetJS / pdf.js, each loaded by `import()` only when such a file
 * comes (src/data/readers); a paste arrives as rows of cells (the page reads the clipboard's HTML or TSV).
 *   worker → page: progress {phase, fraction} | inspected {inspection} | analysed {analysis} | committed {id} | failed {message}
 * The worker also writes the confirmed import to IndexedDB, so a million figures are never copied
 * through the page on their way to storage.
 */
/// <reference lib="webworker" />
import { set } from 'idb-keyval';
import { defaultCatalogue, findIndex } from '@/domain/catalogue/catalogue';
import type { Score } from '@/domain/catalogue/types';
import { fileKindOf, readTables } from './readers';
import type { SourceTable } from '@/domain/import/sourceTable';
import { pastedTables, type PastedRows } from '@/domain/import/pasteGrid';
import type { Problem } from '@/domain/catalogue/types';
import { analyseInspected, buildRecord, IMPORT_KEY_PREFIX, inspectTables, inspectText, structureContinuing, toStored, type AnalyseRequest, type AnalyseResult, type InspectResult, type Decisions, type Inspection, type Analysis } from './importParsing';
import { describeStorageError, isQuotaError } from './storageError';
import { analyseProvince, inspectProvinceTables, inspectProvinceText, type ProvinceDestination, type ProvinceRequest } from './provinceImport';
import type { LocalUnit } from '@/domain/province/provinceUnits';
import { recogniseIndicatorTables } from '@/domain/import/indicatorTable';
import { csvTable } from '@/domain/import/sourceTable';
import { readCsvGrid } from '@/domain/import/parse';
import { readIndicatorTables, type IndicatorRead, type IndicatorReadRequest } from './indicatorParsing';


export type WorkerRequest =
  | { type: 'inspect'; file: Blob; fileName: string; province?: ProvinceTarget }
  | { type: 'inspect-paste'; tables: PastedRows[]; fileName: string; province?: ProvinceTarget }
  | { type: 'choose-sheet'; sheet: string }
  | { type: 'analyse'; request: AnalyseRequest; loaded: Score[]; province?: ProvinceRequest }
  | { type: 'commit'; decisions: Decisions; id: string; date: string; continues?: Record<string, string[]> }
  | { type: 'inspect-indicators'; file?: Blob; tables?: PastedRows[]; fileName: string; request: IndicatorReadRequest };

export type WorkerReply =
  | { type: 'progress'; phase: 'read' | 'check' | 'compare'; fraction: number }
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'analysed'; analysis: Analysis }
  | { type: 'committed'; id: string }
  | { type: 'failed'; message: string; code?: SaveFailure }
  /** The national import was given an indicator table (indicatorTable.ts): the page hands it to that destination. */
  | { type: 'recognised'; destination: 'indicators' }
  | { type: 'indicators-read'; read: IndicatorRead };

/** Why saving failed: the browser's storage is full, or it refused the write for another reason. */
export type SaveFailure = 'storage-full' | 'storage-failed';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

/** The destination "province P" (a province's own index): its rows name the province's units. */
export interface ProvinceTarget {
  destination: ProvinceDestination;
  units: LocalUnit[];
}

let current: { fileName: string; inspected: InspectResult; tables?: SourceTable[]; request?: AnalyseRequest; result?: AnalyseResult; province?: ProvinceTarget } | null = null;

const inspectAny = (tables: SourceTable[], fileName: string, province: ProvinceTarget | undefined, sheet?: string) =>
  province ? inspectProvinceTables(tables, fileName, province.destination, province.units, sheet) : inspectTables(tables, fileName, defaultCatalogue, sheet);

/** A file (or paste) that could not be read at all: its problems, nothing to map. */
function fileProblems(fileName: string, issues: Problem[]): InspectResult {
  return { inspection: { fileName, shape: null, header: [], sample: [], dataRows: 0, guess: { index: null, year: null }, mapping: null, issues }, text: '', grid: null };
}

/** Small CSV files are checked for an indicator table too (a large one is a score table). */
const RECOGNISE_TEXT_MAX = 1 << 20;

/** An indicator table given to the national import: tell the page (only for the national destination). */
function recognisedIndicators(tables: readonly SourceTable[], fileName: string, province: ProvinceTarget | undefined): boolean {
  if (province || recogniseIndicatorTables(tables, fileName, defaultCatalogue).kind === null) return false;
  current = null;
  post({ type: 'recognised', destination: 'indicators' });
  return true;
}

/** The tables of a file or paste as the indicator readers take them. */
async function indicatorSourceTables(msg: Extract<WorkerRequest, { type: 'inspect-indicators' }>): Promise<{ tables: SourceTable[]; issues: Problem[] }> {
  if (msg.tables) return pastedTables(msg.tables, msg.fileName);
  if (!msg.file) return { tables: [], issues: [] };
  const kind = fileKindOf(msg.fileName, new Uint8Array(await msg.file.slice(0, 8).arrayBuffer()));
  if (kind === 'text') {
    const grid = readCsvGrid(await readText(msg.file), msg.fileName);
    return { tables: [csvTable(grid)], issues: grid.issues.filter((p) => p.severity === 'error') };
  }
  return readTables(kind, new Uint8Array(await msg.file.arrayBuffer()), msg.fileName);
}

/** Read a Blob as UTF-8 text in slices, reporting progress by bytes. */
async function readText(file: Blob): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    post({ type: 'progress', phase: 'read', fraction: file.size ? read / file.size : 1 });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  try {
    if (msg.type === 'inspect') {
      current = null; // let the previous file's million figures go before reading the next
      const kind = fileKindOf(msg.fileName, new Uint8Array(await msg.file.slice(0, 8).arrayBuffer()));
      if (kind === 'text') {
        const text = await readText(msg.file);
        post({ type: 'progress', phase: 'check', fraction: 0 });
        if (!msg.province && text.length < RECOGNISE_TEXT_MAX && recognisedIndicators([csvTable(readCsvGrid(text, msg.fileName))], msg.fileName, msg.province)) return;
        const inspected = msg.province ? inspectProvinceText(text, msg.fileName, msg.province.destination, msg.province.units) : inspectText(text, msg.fileName, defaultCatalogue);
        current = { fileName: msg.fileName, inspected, province: msg.province };
        post({ type: 'inspected', inspection: inspected.inspection });
      } else {
        const bytes = new Uint8Array(await msg.file.arrayBuffer());
        post({ type: 'progress', phase: 'read', fraction: 0.5 });
        const { tables, issues } = await readTables(kind, bytes, msg.fileName);
        post({ type: 'progress', phase: 'check', fraction: 0 });
        if (!issues.length && recognisedIndicators(tables, msg.fileName, msg.province)) return;
        const inspected = issues.length ? fileProblems(msg.fileName, issues) : inspectAny(tables, msg.fileName, msg.province);
        current = { fileName: msg.fileName, inspected, tables, province: msg.province };
        post({ type: 'inspected', inspection: inspected.inspection });
      }
    } else if (msg.type === 'inspect-paste') {
      current = null;
      const { tables, issues } = pastedTables(msg.tables, msg.fileName);
      if (!issues.length && recognisedIndicators(tables, msg.fileName, msg.province)) return;
      const inspected = issues.length ? fileProblems(msg.fileName, issues) : inspectAny(tables, msg.fileName, msg.province);
      current = { fileName: msg.fileName, inspected, tables, province: msg.province };
      post({ type: 'inspected', inspection: inspected.inspection });
    } else if (msg.type === 'inspect-indicators') {
      current = null;
      post({ type: 'progress', phase: 'read', fraction: 0.5 });
      const { tables, issues } = await indicatorSourceTables(msg);
      const read: IndicatorRead = tables.length && !issues.some((p) => p.severity === 'error') ? readIndicatorTables(tables, msg.fileName, msg.request) : { fileName: msg.fileName, kind: null, year: null, province: null, book: null, rows: [], problems: issues };
      post({ type: 'indicators-read', read });
    } else if (msg.type === 'choose-sheet') {
      if (!current?.tables) throw new Error('no workbook');
      const inspected = inspectAny(current.tables, current.fileName, current.province, msg.sheet);
      current = { fileName: current.fileName, inspected, tables: current.tables, province: current.province };
      post({ type: 'inspected', inspection: inspected.inspection });
    } else if (msg.type === 'analyse') {
      if (!current || current.inspected.inspection.shape === null) throw new Error('no file');
      const progress = (phase: 'read' | 'check' | 'compare', fraction: number) => post({ type: 'progress', phase, fraction });
      const result =
        current.province && msg.province
          ? analyseProvince(current.inspected, current.province.destination, { ...msg.province, units: current.province.units }, msg.loaded, progress)
          : analyseInspected(current.inspected, defaultCatalogue, msg.request, msg.loaded, progress);
      current.request = msg.request;
      current.result = result;
      post({ type: 'analysed', analysis: result.analysis });
    } else if (msg.type === 'commit') {
      if (!current?.result) throw new Error('nothing analysed');
      // Rows with errors are left out and stay listed on the page; the rows read are saved.
      if (current.result.scores.length === 0) throw new Error('nothing to import');
      // A declared new structure is saved with the import, with the old components the user said each new one continues.
      const declared = current.result.analysis.structure;
      const index = declared ? findIndex(defaultCatalogue, declared.index) : undefined;
      const structure = declared && index ? structureContinuing(declared, index, msg.continues ?? {}) : undefined;
      const record = buildRecord(current.result, msg.decisions, {
        structure,
        id: msg.id,
        date: msg.date,
        fileName: current.fileName,
        index: current.request?.index,
        year: current.result.analysis.shape === 'wide' && current.result.analysis.editions.length <= 1 ? current.request?.year : undefined,
      });
      try {
        await set(`${IMPORT_KEY_PREFIX}${record.id}`, toStored(record));
      } catch (err) {
        // Nothing is lost: the table stays read and checked here (`current`), so the user can free room and save again.
        post({ type: 'failed', message: describeStorageError(err), code: isQuotaError(err) ? 'storage-full' : 'storage-failed' });
        return;
      }
      current = null;
      post({ type: 'committed', id: record.id });
    }
  } catch (err) {
    // Always answer: a rejection with null (an aborted IndexedDB write) is a message too.
    post({ type: 'failed', message: describeStorageError(err) });
  }
};
