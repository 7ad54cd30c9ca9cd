/**
 * A saved import as stored in IndexedDB and read back on the page: the record, its columnar encoding,
 * and the defensive reader. Kept apart from the parsing pipeline (importParsing.ts) so the first screen,
 * which only reads saved imports, does not load the table readers and header matching.
 */
import { scoreKey } from '@/domain/import/importChecks';
import { isYearNumber } from '@/domain/import/parse';
import type { Localised, Score } from '@/domain/catalogue/types';
import type { ProvinceIndexDef } from '@/domain/province/provinceIndex';
import type { LocalUnit } from '@/domain/province/provinceUnits';
import { structureProblem, type EditionStructure } from '@/domain/catalogue/editionStructure';
/** 2: figures stored as columns (see StoredImport); 1: an array of score objects, still read. */
export const IMPORT_RECORD_VERSION = 2;

/** One saved import. The shipped data is never modified: imports are laid over it. */
export interface ImportRecord {
  version: number;
  id: string;
  fileName: string;
  /** ISO date-time of the import. */
  date: string;
  /** Index and year for a wide table; for a long file, every edition it holds. */
  index: string;
  year: number | null;
  editions: { index: string; year: number }[];
  rowCount: number;
  /** Every valid figure of the file, as imported (exported as long CSV). */
  scores: Score[];
  /** Keys not laid over the loaded data: unchanged figures and conflicts the user kept. */
  skipped: string[];
  /** A province's own index (DDCI …): the definition the user confirmed and the units the table added. */
  provinceIndex?: { definition: ProvinceIndexDef; addedUnits: LocalUnit[] };
  /**
   * The edition's new structure, declared by the user from the table's header (catalogue/editionStructure.ts): the
   * catalogue every view reads applies it while this import is saved; removing the import removes it.
   */
  structure?: EditionStructure;
  /**
   * The rows left out for their errors when the good ones were imported (issue 17.3: "the bad rows stay listed with
   * their place, to fix and import later"): where (file and place) and why, in both languages; absent when none.
   */
  leftOut?: LeftOutRow[];
}

export interface LeftOutRow {
  where: Localised;
  message: Localised;
}

/** The structures the saved imports declare, oldest import first (a later one of the same edition replaces an earlier). */
export function structuresOf(records: readonly Pick<ImportRecord, 'structure' | 'date'>[]): EditionStructure[] {
  return [...records].sort((a, b) => a.date.localeCompare(b.date)).flatMap((r) => (r.structure ? [r.structure] : []));
}

export type ImportMeta = Omit<ImportRecord, 'scores' | 'skipped'>;

/** The figures a record lays over the loaded data. */
export function recordOverlay(record: Pick<ImportRecord, 'scores' | 'skipped'>): Score[] {
  if (record.skipped.length === 0) return record.scores;
  const skipped = new Set(record.skipped);
  return record.scores.filter((s) => !skipped.has(scoreKey(s)));
}

/** IndexedDB key of each saved import: `chiso:import:<id>`. */
export const IMPORT_KEY_PREFIX = 'chiso:import:';

/**
 * How a record is stored in IndexedDB (version 2): the figures as columns of typed arrays with one
 * string dictionary, so reading a million-figure import back on the page is a near-free copy of a
 * few buffers instead of a million objects to rebuild in one long task. Version 1 (an array of score
 * objects) is still read.
 */
export interface StoredScores {
  count: number;
  dict: string[];
  /** Dictionary positions + 1 (0 = none) for index, unit, component, source, tier, note. */
  index: Uint32Array;
  unit: Uint32Array;
  component: Uint32Array;
  source: Uint32Array;
  tier: Uint32Array;
  note: Uint32Array;
  year: Uint16Array;
  /** NaN = missing. */
  value: Float64Array;
  /** 0 = no printed rank. */
  rank: Uint32Array;
  /** Decimals + 1 of figures printed with more decimals than their number shows ("6.60"), 0 = none; absent when no figure has any. */
  decimals?: Uint8Array;
  /** 1 = not applicable to the unit ("-" in a province's table); absent when no figure is. */
  notApplicable?: Uint8Array;
  /** Number of responses + 1 (a province's table), 0 = none; absent when no figure has any. */
  responses?: Uint32Array;
}

export type StoredImport = Omit<ImportRecord, 'scores'> & { columns: StoredScores };

export function encodeScores(scores: readonly Score[]): StoredScores {
  const n = scores.length;
  const dict: string[] = [];
  const codes = new Map<string, number>();
  const code = (text: string | null | undefined) => {
    if (text === null || text === undefined) return 0;
    let c = codes.get(text);
    if (c === undefined) {
      dict.push(text);
      codes.set(text, (c = dict.length));
    }
    return c;
  };
  const out: StoredScores = {
    count: n,
    dict,
    index: new Uint32Array(n),
    unit: new Uint32Array(n),
    component: new Uint32Array(n),
    source: new Uint32Array(n),
    tier: new Uint32Array(n),
    note: new Uint32Array(n),
    year: new Uint16Array(n),
    value: new Float64Array(n),
    rank: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    out.index[i] = code(s.index);
    out.unit[i] = code(s.unit);
    out.component[i] = code(s.component);
    out.source[i] = code(s.source);
    out.tier[i] = code(s.tier);
    out.note[i] = code(s.note);
    out.year[i] = s.year;
    out.value[i] = s.value === null ? NaN : s.value;
    out.rank[i] = s.officialRank ?? 0;
    if (s.decimals !== undefined) (out.decimals ??= new Uint8Array(n))[i] = Math.min(254, s.decimals) + 1;
    if (s.notApplicable) (out.notApplicable ??= new Uint8Array(n))[i] = 1;
    if (s.responses !== undefined) (out.responses ??= new Uint32Array(n))[i] = s.responses + 1;
  }
  return out;
}

/** Decode figures [from, to) of stored columns into `out`. */
export function decodeScores(c: StoredScores, from: number, to: number, out: Score[]): void {
  const d = c.dict;
  for (let i = from; i < to; i++) {
    const score: Score = {
      index: d[c.index[i] - 1],
      year: c.year[i],
      unit: d[c.unit[i] - 1],
      component: d[c.component[i] - 1],
      value: Number.isNaN(c.value[i]) ? null : c.value[i],
      officialRank: c.rank[i] === 0 ? null : c.rank[i],
      tier: c.tier[i] === 0 ? null : d[c.tier[i] - 1],
      source: d[c.source[i] - 1],
    };
    if (c.note[i] !== 0) score.note = d[c.note[i] - 1];
    if (c.decimals && c.decimals[i] !== 0) score.decimals = c.decimals[i] - 1;
    if (c.notApplicable && c.notApplicable[i] === 1) score.notApplicable = true;
    if (c.responses && c.responses[i] !== 0) score.responses = c.responses[i] - 1;
    out.push(score);
  }
}

export function toStored(record: ImportRecord): StoredImport {
  const { scores, ...meta } = record;
  return { ...meta, version: IMPORT_RECORD_VERSION, columns: encodeScores(scores) };
}

function columnsDamage(c: Partial<StoredScores>): string | null {
  if (typeof c.count !== 'number' || !Array.isArray(c.dict)) return 'missing columns';
  const arrays = [c.index, c.unit, c.component, c.source, c.tier, c.note, c.year, c.value, c.rank];
  if (arrays.some((a) => !ArrayBuffer.isView(a) || (a as Uint32Array).length !== c.count)) return 'columns of unequal length';
  for (const optional of [c.decimals, c.notApplicable, c.responses]) if (optional !== undefined && (!ArrayBuffer.isView(optional) || optional.length !== c.count)) return 'columns of unequal length';
  const max = c.dict.length;
  // Field by field: a code outside the dictionary, a year that is no year, a figure that is not finite.
  const required = { index: c.index!, unit: c.unit!, component: c.component!, source: c.source! };
  for (const [field, a] of Object.entries(required)) for (let i = 0; i < c.count; i++) if (a[i] === 0 || a[i] > max) return `figure ${i + 1}: ${field} code ${a[i]} is damaged`;
  for (const [field, a] of Object.entries({ tier: c.tier!, note: c.note! })) for (let i = 0; i < c.count; i++) if (a[i] > max) return `figure ${i + 1}: ${field} code ${a[i]} is damaged`;
  for (let i = 0; i < c.count; i++) {
    if (!isYearNumber(c.year![i])) return `figure ${i + 1}: year ${c.year![i]} is damaged`;
    if (!Number.isNaN(c.value![i]) && !Number.isFinite(c.value![i])) return `figure ${i + 1}: value ${c.value![i]} is damaged`;
  }
  return null;
}


/** The first wrong field of a version 1 figure (an object per figure), or null. */
function scoreDamage(s: Partial<Score> | null | undefined): string | null {
  if (!s || typeof s !== 'object') return 'not an object';
  for (const field of ['index', 'unit', 'component', 'source'] as const) if (typeof s[field] !== 'string') return `${field} is damaged`;
  if (!isYearNumber(s.year)) return `year ${String(s.year)} is damaged`;
  if (!(s.value === null || (typeof s.value === 'number' && Number.isFinite(s.value)))) return `value ${String(s.value)} is damaged`;
  if (!(s.officialRank === null || s.officialRank === undefined || (Number.isInteger(s.officialRank) && s.officialRank > 0))) return `rank ${String(s.officialRank)} is damaged`;
  if (!(s.tier === null || s.tier === undefined || typeof s.tier === 'string')) return 'tier is damaged';
  if (!(s.note === undefined || typeof s.note === 'string')) return 'note is damaged';
  return null;
}

/** A province index's definition must have the shape the views read (a wrong shape is reported, never loaded: it would crash the tab). */
function provinceIndexDamage(p: unknown): string | null {
  const x = p as { definition?: Partial<ProvinceIndexDef>; addedUnits?: unknown };
  const d = x?.definition;
  if (!d || typeof d !== 'object') return 'province index definition missing';
  if (typeof d.id !== 'string' || typeof d.label !== 'string' || typeof d.province !== 'string') return 'province index definition: id, label or province damaged';
  if (!Array.isArray(d.components) || d.components.some((c) => !c || typeof c.id !== 'string' || typeof c.vi !== 'string' || !Number.isFinite(c.min) || !Number.isFinite(c.max))) return 'province index definition: components damaged';
  if (d.composite !== null && (typeof d.composite !== 'object' || !Number.isFinite(d.composite?.max))) return 'province index definition: composite damaged';
  if (!Array.isArray(d.unitKinds) || !Array.isArray(d.grades) || !Array.isArray(d.notApplicableMarkers) || typeof d.higherIsBetter !== 'boolean') return 'province index definition: kinds, grades or direction damaged';
  if (!d.compositeFunction || typeof d.compositeFunction !== 'object') return 'province index definition: composite function damaged';
  if (!Array.isArray(x.addedUnits) || x.addedUnits.some((u) => !u || typeof (u as LocalUnit).id !== 'string' || typeof (u as LocalUnit).vi !== 'string')) return 'province index: added units damaged';
  return null;
}

function checkMeta(value: unknown): { meta: Partial<ImportRecord> & Partial<StoredImport> } | { reason: string } {
  if (!value || typeof value !== 'object') return { reason: 'not an object' };
  const r = value as Partial<ImportRecord> & Partial<StoredImport>;
  if (typeof r.version !== 'number' || r.version > IMPORT_RECORD_VERSION) return { reason: `unknown version ${String(r.version)}` };
  if (typeof r.id !== 'string' || typeof r.fileName !== 'string' || typeof r.date !== 'string') return { reason: 'missing id, file name or date' };
  if (!Array.isArray(r.skipped)) return { reason: 'missing scores' };
  if (r.provinceIndex !== undefined) {
    const damage = provinceIndexDamage(r.provinceIndex);
    if (damage) return { reason: damage };
  }
  if (r.structure !== undefined) {
    const damage = structureProblem(r.structure);
    if (damage) return { reason: `structure: ${damage}` };
  }
  const localised = (x: unknown) => !!x && typeof (x as Localised).vi === 'string' && typeof (x as Localised).en === 'string';
  if (r.leftOut !== undefined && (!Array.isArray(r.leftOut) || r.leftOut.some((x) => !localised(x?.where) || !localised(x?.message)))) return { reason: 'rows left out damaged' };
  if (r.version >= 2) {
    if (!r.columns) return { reason: 'missing scores' };
    const damage = columnsDamage(r.columns);
    if (damage) return { reason: damage };
  } else {
    if (!Array.isArray(r.scores)) return { reason: 'missing scores' };
    for (let i = 0; i < r.scores.length; i++) {
      const damage = scoreDamage(r.scores[i]);
      if (damage) return { reason: `figure ${i + 1}: ${damage}` };
    }
  }
  return { meta: r };
}

function assemble(meta: Partial<ImportRecord> & Partial<StoredImport>, scores: Score[]): ImportRecord {
  const rest = { ...meta };
  delete rest.columns;
  return { editions: [], index: '', year: null, ...rest, rowCount: scores.length, scores, version: IMPORT_RECORD_VERSION } as ImportRecord;
}

/**
 * Read a stored record defensively: what IndexedDB gives back may come from an older version or be
 * damaged. A damaged record is reported with the reason and left in storage, never discarded.
 */
export function readRecord(value: unknown): { record: ImportRecord } | { reason: string } {
  const checked = checkMeta(value);
  if ('reason' in checked) return checked;
  const { meta } = checked;
  if (!meta.columns) return { record: assemble(meta, meta.scores!) };
  const scores: Score[] = [];
  decodeScores(meta.columns, 0, meta.columns.count, scores);
  return { record: assemble(meta, scores) };
}

/** The same, decoding a large record in slices and yielding between them so the page stays responsive. */
export async function readRecordInSlices(value: unknown, yieldToPage: () => Promise<void>, slice = 50_000): Promise<{ record: ImportRecord } | { reason: string }> {
  const checked = checkMeta(value);
  if ('reason' in checked) return checked;
  const { meta } = checked;
  if (!meta.columns) return { record: assemble(meta, meta.scores!) };
  const scores: Score[] = [];
  for (let from = 0; from < meta.columns.count; from += slice) {
    decodeScores(meta.columns, from, Math.min(meta.columns.count, from + slice), scores);
    await yieldToPage();
  }
  return { record: assemble(meta, scores) };
}
