/**
 * A province's own indices (DDCI …) as the views read them: built from the saved imports (IndexedDB, one record per
 * import, written by the parse worker like every other import), and the one-time move of what earlier versions kept
 * in localStorage (`chiso-province-indices`) into that store. Never-discard rules:
 * - the old state is copied whole into a backup entry (`chiso:backup:province-indices:<hash>`) before anything else,
 *   and removed from localStorage only after the backup and every record were written;
 * - a failed write is reported once (`error`) and not retried in a loop: the old state stays where it was and the
 *   move is tried again on the next visit (same keys: nothing is written twice);
 * - an old state that cannot be read (not JSON, a version this app does not know, a wrong shape) is never loaded:
 *   it is kept in its backup entry and reported with the reason, on every visit, until the user removes it.
 */
import { set as setValue } from 'idb-keyval';
import { overlayScores } from '@/domain/table/dataset';
import type { ProvinceIndexDef } from '@/domain/province/provinceIndex';
import type { LocalUnit } from '@/domain/province/provinceUnits';
import type { Score } from '@/domain/catalogue/types';
import { IMPORT_KEY_PREFIX, IMPORT_RECORD_VERSION, readRecord, recordOverlay, toStored, type ImportRecord } from './importRecord';
import { describeStorageError } from './storageError';

export const LEGACY_PROVINCE_INDICES_KEY = 'chiso-province-indices';
export const PROVINCE_BACKUP_PREFIX = 'chiso:backup:province-indices:';

export interface ProvinceIndexData {
  definition: ProvinceIndexDef;
  addedUnits: LocalUnit[];
  /** The figures of every edition, imports laid over each other oldest first. */
  scores: Score[];
  /** Each edition with the file it came from, when it was saved, and the imports that hold it. */
  editions: { year: number; file: string; savedAt: string; recordIds: string[] }[];
}

/** The province indices the saved imports hold, each with the definition of its latest import. */
export function provinceIndicesFrom(records: readonly ImportRecord[]): ProvinceIndexData[] {
  const byIndex = new Map<string, ImportRecord[]>();
  for (const r of [...records].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!r.provinceIndex) continue;
    const id = r.provinceIndex.definition.id;
    byIndex.set(id, [...(byIndex.get(id) ?? []), r]);
  }
  return [...byIndex.values()].map((list) => {
    const latest = list[list.length - 1].provinceIndex!;
    const units = new Map<string, LocalUnit>();
    for (const r of list) for (const u of r.provinceIndex!.addedUnits) if (!units.has(u.id)) units.set(u.id, u);
    const scores = list.reduce<Score[]>((below, r) => overlayScores(below, recordOverlay(r)), []);
    const editions = new Map<number, ProvinceIndexData['editions'][number]>();
    for (const r of list) {
      for (const e of r.editions) {
        const before = editions.get(e.year);
        editions.set(e.year, { year: e.year, file: r.fileName, savedAt: r.date, recordIds: [...(before?.recordIds ?? []), r.id] });
      }
    }
    return { definition: latest.definition, addedUnits: [...units.values()], scores, editions: [...editions.values()].sort((a, b) => a.year - b.year) };
  });
}

/** A short stable name for a text (FNV-1a), so the same old state always gets the same backup and record keys. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

interface LegacyIndex {
  definition: ProvinceIndexDef;
  addedUnits: LocalUnit[];
  scores: Score[];
  editions: { year: number; file: string; savedAt: string }[];
}

/** The records an old localStorage state (store version 1) becomes: one per edition. A state that cannot be read gives the reason. */
export function legacyRecords(raw: string): { records: ImportRecord[] } | { reason: string } {
  let parsed: { state?: { indices?: unknown }; version?: unknown };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    return { reason: 'not JSON' };
  }
  if (!parsed || typeof parsed !== 'object') return { reason: 'not an object' };
  if (parsed.version !== 1) return { reason: `store version ${String(parsed.version)} (this app reads version 1)` };
  const indices = parsed.state?.indices;
  if (!indices || typeof indices !== 'object' || Array.isArray(indices)) return { reason: 'no indices' };
  const tag = hashOf(raw);
  const records: ImportRecord[] = [];
  for (const [id, value] of Object.entries(indices as Record<string, unknown>)) {
    const x = value as Partial<LegacyIndex>;
    if (!x || typeof x !== 'object' || !Array.isArray(x.scores) || !Array.isArray(x.editions)) return { reason: `${id}: scores or editions damaged` };
    for (const e of x.editions) {
      if (!e || typeof e !== 'object' || !Number.isInteger(e.year)) return { reason: `${id}: an edition is damaged` };
      const scores = x.scores.filter((s) => s && typeof s === 'object' && (s as Score).year === e.year);
      const candidate = {
        version: 1,
        id: `migrated-${tag}-${id}-${e.year}`,
        fileName: typeof e.file === 'string' ? e.file : `${id} ${e.year}`,
        date: typeof e.savedAt === 'string' ? e.savedAt : new Date(0).toISOString(),
        index: id,
        year: e.year,
        editions: [{ index: x.definition?.id ?? id, year: e.year }],
        rowCount: scores.length,
        scores,
        skipped: [],
        provinceIndex: { definition: x.definition, addedUnits: x.addedUnits ?? [] },
      };
      // The same field-by-field reader as every saved import: a wrong shape is a reason, never loaded as is.
      const read = readRecord(candidate);
      if ('reason' in read) return { reason: `${id} ${e.year}: ${read.reason}` };
      records.push({ ...read.record, version: IMPORT_RECORD_VERSION });
    }
  }
  return { records };
}

/** What an old state's backup entry holds. */
export interface ProvinceBackup {
  raw: string;
  /** Why it could not be moved (null: it was moved and is kept only as a backup). */
  reason: string | null;
  date: string;
}

/**
 * Move the old localStorage state into the import store (see the rules at the top). Returns what could not be read
 * and a storage failure, if any; never throws.
 */
export async function migrateLegacyProvinceIndices(storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined = globalThis.localStorage): Promise<{ error: string | null }> {
  let raw: string | null;
  try {
    raw = storage?.getItem(LEGACY_PROVINCE_INDICES_KEY) ?? null;
  } catch {
    return { error: null };
  }
  if (raw === null) return { error: null };
  const read = legacyRecords(raw);
  const backup: ProvinceBackup = { raw, reason: 'reason' in read ? read.reason : null, date: new Date().toISOString() };
  try {
    await setValue(`${PROVINCE_BACKUP_PREFIX}${hashOf(raw)}`, backup);
    if ('records' in read) for (const record of read.records) await setValue(`${IMPORT_KEY_PREFIX}${record.id}`, toStored(record));
  } catch (err) {
    return { error: describeStorageError(err) };
  }
  try {
    storage?.removeItem(LEGACY_PROVINCE_INDICES_KEY);
  } catch {
    /* the backup and the records are written; the old copy stays, and moving it again writes the same keys */
  }
  return { error: null };
}
