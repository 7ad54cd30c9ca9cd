/**
 * Units inside a province, as province-run indices (DDCI …) score them: its departments (sở, ban, ngành and the
 * central agencies based there: Cục Thuế, Cục Hải quan, Công an tỉnh …) and its localities (districts, towns and
 * cities to June 2025; communes and wards from July 2025).
 *
 * Rules (one home for them):
 * - a unit belongs to one province: its id is `<province>/<local id>` ("42/so-tu-phap"), where the province is the
 *   pre-2025 GSO id of a province unchanged in 2025 (Hà Tĩnh "42" in 2021 and in 2025: `provinceScope`);
 * - the departments are the follow-up's departments (data/catalogue/departments.json) with the same ids: the
 *   department "so-khdt" of the assignments is the unit "42/so-khdt" of Hà Tĩnh's DDCI — one list, not two;
 * - the 2025 reorganisations are crosswalks in the catalogue: a department with `validTo` hands over to its
 *   `successor` (Sở KH&ĐT → Sở Tài chính), a 2025 commune lists the localities it was `formedFrom`
 *   (Phường Bắc Hồng Lĩnh ← TX Hồng Lĩnh + huyện Nghi Xuân). Districts end in 2024 (two-tier government from
 *   1 July 2025: an edition scores either districts (≤ 2024) or communes (≥ 2025));
 * - a name is recognised by the provinces' rule (catalogue/unitSpelling.ts readWrittenName): any case, punctuation,
 *   no diacritics at all or the right ones (tone-mark placement aside), printed prefixes spelt out ("TX Kỳ Anh" =
 *   "Thị xã Kỳ Anh", "TP. Hà Tĩnh" = "Thành phố Hà Tĩnh"); a near miss — other diacritics ("Sở Tư phap"), a letter
 *   off, "UBND huyện Cẩm Xuyên" for "Huyện Cẩm Xuyên" — is a guess the user confirms, never taken silently
 *   (the mechanics: import/unitNames.ts decideNameCell, the provinces' too);
 * - a name of a unit that no longer exists in the year is never silently moved to its successor: the caller
 *   reports it with the crosswalk (`former`), because a merged unit's score is not its successor's;
 * - a name not in the catalogue but with a telling prefix ("Xã …", "Sở …") is a `new` unit of that kind
 *   (real tables name units the catalogue does not list); anything else is `unknown`.
 */
import localitiesJson from '@data/catalogue/localities.json';
import { getUnit, type Catalogue } from '../catalogue/catalogue';
import { defaultDepartments, type Department, type Evidence } from '../plan/departments';
import { foldText } from '../catalogue/text';
import { readWrittenName, type NameReading, type SpellingBook } from '../catalogue/unitSpelling';
import type { LocalityLevel, LocalUnit, LocalUnitKind, Localised, Location, Problem } from '../catalogue/types';
import { problem } from '../import/problems';
import { decideNameCell, LEAVE_OUT, localUnitSet, pickKey, pickOf, writtenKey, type NameCellReading, type UnitNameOptions } from '../import/unitNames';
import { own } from '../catalogue/own';

export type { LocalityLevel, LocalUnit, LocalUnitKind };

export const LOCAL_UNIT_KINDS: readonly LocalUnitKind[] = ['department', 'locality'];

export const LOCAL_KIND_LABELS: Record<LocalUnitKind, Localised> = {
  department: { vi: 'Sở, ban, ngành', en: 'Departments and agencies' },
  locality: { vi: 'Địa phương (huyện, thị xã, thành phố; xã, phường từ 7/2025)', en: 'Localities (districts and towns; communes and wards from July 2025)' },
};

interface LocalityRecord {
  id: string;
  level: LocalityLevel;
  vi: string;
  en: string;
  validFrom: number | null;
  validTo: number | null;
  formedFrom?: string[];
  evidence?: Evidence;
  aliases?: string[];
}

export interface LocalityCatalogue {
  provinces: Record<string, { vi: string; localities: LocalityRecord[] }>;
  sources: Record<string, Localised & { url: string }>;
}

export const defaultLocalities = localitiesJson as unknown as LocalityCatalogue;

/** Department kinds a province-run index scores (not the "all departments" group, the front or the associations). */
export const SCORED_DEPARTMENT_KINDS = new Set(['office', 'department', 'inspectorate', 'centre', 'agency', 'central-agency']);

export const localUnitId = (province: string, localId: string) => `${province}/${localId}`;

export function isLocalUnitId(id: string): boolean {
  return id.includes('/');
}

export function splitLocalUnitId(id: string): { province: string; localId: string } | null {
  const at = id.indexOf('/');
  return at < 0 ? null : { province: id.slice(0, at), localId: id.slice(at + 1) };
}

/**
 * The stable key of a province for its inside units: a 2025 unit formed from one province only (unchanged in the
 * merger, e.g. Hà Tĩnh n42 ← 42) is keyed by that province, so its departments keep their ids across 2025.
 */
export function provinceScope(catalogue: Catalogue, unitId: string): string {
  const unit = getUnit(catalogue, unitId);
  if (unit?.formedFrom?.length === 1) return unit.formedFrom[0];
  return unitId;
}

function departmentUnit(province: string, d: Department): LocalUnit {
  return {
    id: localUnitId(province, d.id),
    province,
    localId: d.id,
    kind: 'department',
    vi: d.vi,
    en: d.en,
    aliases: [d.abbr.vi, ...(d.aliases ?? [])],
    validFrom: d.validFrom,
    validTo: d.validTo,
    successor: d.successor,
    formedFrom: d.formedFrom,
  };
}

/** Every unit the catalogue knows inside a province, in every year (departments first, then localities). */
export function provinceLocalUnits(
  province: string,
  departments: readonly Department[] = defaultDepartments.departments,
  localities: LocalityCatalogue = defaultLocalities,
): LocalUnit[] {
  const scored = departments.filter((d) => SCORED_DEPARTMENT_KINDS.has(d.kind) || d.custom).map((d) => departmentUnit(province, d));
  const local = (own(localities.provinces, province)?.localities ?? []).map(
    (l): LocalUnit => ({
      id: localUnitId(province, l.id),
      province,
      localId: l.id,
      kind: 'locality',
      level: l.level,
      vi: l.vi,
      en: l.en,
      aliases: l.aliases ?? [],
      validFrom: l.validFrom,
      validTo: l.validTo,
      formedFrom: l.formedFrom,
      evidence: l.evidence,
    }),
  );
  return [...scored, ...local];
}

export function localUnitValidIn(unit: LocalUnit, year: number): boolean {
  return (unit.validFrom === null || year >= unit.validFrom) && (unit.validTo === null || year <= unit.validTo);
}

/** The level of local government an edition scores: districts to 2024, communes from 2025 (two-tier reform). */
export function localityLevelFor(year: number): LocalityLevel {
  return year >= 2025 ? 'commune' : 'district';
}

const PREFIX_EXPANSIONS: [RegExp, string][] = [
  [/^tp /, 'thanh pho '],
  [/^tx /, 'thi xa '],
  [/^h /, 'huyen '],
  [/^tt /, 'thi tran '],
  [/^p /, 'phuong '],
];

/** Folded name with printed prefix abbreviations spelt out. */
export function foldLocalName(text: string): string {
  let folded = foldText(text);
  for (const [re, full] of PREFIX_EXPANSIONS) folded = folded.replace(re, full);
  return folded;
}

const DEPARTMENT_PREFIX = /^(so|ban|cuc|chi cuc|cong an|van phong|thanh tra|bao hiem|kho bac|trung tam|toa an|vien kiem sat|bo chi huy|ngan hang|dien luc|thue)\b/;
const DISTRICT_PREFIX = /^(huyen|thi xa|thanh pho)\b/;
const COMMUNE_PREFIX = /^(xa|phuong|dac khu|thi tran)\b/;

/** The kind of unit a printed name announces by its first word ("Sở …", "Huyện …", "Xã …"), or null. */
export function kindOfName(written: string): { kind: LocalUnitKind; level?: LocalityLevel } | null {
  const folded = foldLocalName(written);
  if (DEPARTMENT_PREFIX.test(folded)) return { kind: 'department' };
  if (COMMUNE_PREFIX.test(folded)) return { kind: 'locality', level: 'commune' };
  if (DISTRICT_PREFIX.test(folded)) return { kind: 'locality', level: 'district' };
  return null;
}

export type LocalUnitResolution =
  | { kind: 'found'; unit: LocalUnit }
  /** The unit existed but not in this year: ended (successors = who carries on) or not yet formed. */
  | { kind: 'former'; unit: LocalUnit; successors: LocalUnit[] }
  | { kind: 'not-yet'; unit: LocalUnit; predecessors: LocalUnit[] }
  | { kind: 'new'; unit: LocalUnit }
  /** A near miss of a unit of the year: asked, never taken without the user's word. */
  | { kind: 'guess'; unit: LocalUnit }
  | { kind: 'unknown' };

/** Units that carry an ended unit's work: a department's successor, or the communes formed from a district. */
export function successorsOf(units: readonly LocalUnit[], unit: LocalUnit): LocalUnit[] {
  if (unit.successor) return units.filter((u) => u.localId === unit.successor);
  return units.filter((u) => u.formedFrom?.includes(unit.localId));
}

/** Units a unit was formed from (crosswalk backwards): Sở Nông nghiệp và Môi trường ← Sở TN&MT, Sở NN&PTNT. */
export function predecessorsOf(units: readonly LocalUnit[], unit: LocalUnit): LocalUnit[] {
  const from = new Set(unit.formedFrom ?? []);
  for (const u of units) if (u.successor === unit.localId) from.add(u.localId);
  return units.filter((u) => from.has(u.localId) && u.localId !== unit.localId);
}

const nameKeys = (u: LocalUnit) => [u.vi, u.en, u.localId, ...u.aliases].map(foldLocalName);

/** A printed kind word before the name ("Huyện", "TX", "TP.", "Xã" …): its diacritics are not the name's. */
const KIND_WORDS = /^\s*(thành phố|thị xã|thị trấn|huyện|phường|xã|đặc khu|tp\.?|tx\.?|tt\.?|h\.|p\.)\s+/iu;
/** "UBND huyện Cẩm Xuyên", "Ủy ban nhân dân thị xã Kỳ Anh": the locality itself, but a guess to confirm (the table may mean the office). */
const PEOPLES_COMMITTEE = /^\s*(ubnd|u[ỷỳ] ban nhân dân)\s+/iu;

const spellingBooks = new WeakMap<readonly LocalUnit[], SpellingBook<LocalUnit>>();

/**
 * A province's units as a spelling book for the shared rule of name recognition (catalogue/unitSpelling.ts
 * readWrittenName, the provinces' rule too). What is theirs: names fold with printed prefixes spelt out ("TX" =
 * "Thị xã"), a kind word's diacritics are not the name's ("TX Kỳ Anh" is "Thị xã Kỳ Anh" as written), and
 * "UBND <locality>" is a guess of the locality.
 */
export function localSpellingBook(units: readonly LocalUnit[]): SpellingBook<LocalUnit> {
  let book = spellingBooks.get(units);
  if (!book) {
    const byFolded = new Map<string, LocalUnit[]>();
    for (const u of units) {
      for (const key of new Set(nameKeys(u))) {
        const list = byFolded.get(key) ?? [];
        list.push(u);
        byFolded.set(key, list);
      }
    }
    book = {
      byFolded,
      fold: foldLocalName,
      spellingsOf: (u) => [u.vi, u.en, u.localId, ...u.aliases],
      core: (text) => text.replace(KIND_WORDS, ''),
      looser: (text) => (PEOPLES_COMMITTEE.test(text) ? [text.replace(PEOPLES_COMMITTEE, '')] : []),
    };
    spellingBooks.set(units, book);
  }
  return book;
}

/**
 * Resolve a unit as printed in a province's table, for an edition year, by the shared rule (localSpellingBook):
 * a spelling as written is the unit; a near miss ("Sở Tư phap", "Sở Tài chinh", "UBND huyện Cẩm Xuyên") is a guess
 * the user confirms (unitNames.ts decideNameCell); a unit of another period is `former` / `not-yet` with the
 * crosswalk; an unlisted name announcing its kind is `new`; else unknown.
 */
export function resolveLocalUnit(units: readonly LocalUnit[], province: string, written: string, year: number): LocalUnitResolution {
  const text = written.trim();
  if (!text) return { kind: 'unknown' };
  if (text.startsWith(`${province}/`)) {
    const unit = units.find((u) => u.id === text);
    if (unit) return localUnitValidIn(unit, year) ? { kind: 'found', unit } : ended(units, unit, year);
  }
  const reading = readWrittenName(localSpellingBook(units), text, (u) => localUnitValidIn(u, year));
  if (reading.kind === 'unit') return { kind: 'found', unit: reading.unit };
  if (reading.kind === 'guess') return { kind: 'guess', unit: reading.unit };
  if (reading.kind === 'other-period') return ended(units, reading.unit, year);
  const folded = foldLocalName(text);
  const announced = kindOfName(text);
  if (!announced) return { kind: 'unknown' };
  const localId = `added-${folded.replace(/ /g, '-')}`;
  const level = announced.kind === 'locality' ? announced.level : undefined;
  return {
    kind: 'new',
    unit: {
      id: localUnitId(province, localId),
      province,
      localId,
      kind: announced.kind,
      level,
      vi: text,
      en: text,
      aliases: [],
      validFrom: level === 'commune' ? 2025 : null,
      validTo: level === 'district' ? 2024 : null,
      added: true,
    },
  };
}

/** Why a unit's name is not read (no pick): it ended (successors named), is not formed yet, or is not known. */
export function localUnitProblem(res: LocalUnitResolution, written: string, year: number, at: Location): Problem {
  if (res.kind === 'former') return problem('former-local-unit', at, { value: written, year, last: res.unit.validTo ?? '', successors: res.successors.map((s) => s.vi).join(', ') || '—' });
  if (res.kind === 'not-yet') return problem('not-yet-local-unit', at, { value: written, year, first: res.unit.validFrom ?? '', predecessors: res.predecessors.map((s) => s.vi).join(', ') || '—' });
  return problem('unknown-local-unit', at, { value: written, year });
}

/**
 * A unit's name in a row, decided by the shared mechanics (import/unitNames.ts decideNameCell): the user's pick
 * (under `local:<province>`), a name left out, a near miss asked (or taken under `acceptGuesses`).
 */
export function readLocalUnitCell(units: readonly LocalUnit[], province: string, written: string, year: number, options: UnitNameOptions = {}): { res: LocalUnitResolution; cell: NameCellReading<LocalUnit> } {
  const text = writtenKey(written);
  const res = resolveLocalUnit(units, province, text, year);
  const pickedId = res.kind === 'found' || res.kind === 'new' ? undefined : pickOf(options.picks, pickKey(localUnitSet(province), text));
  const picked = pickedId && pickedId !== LEAVE_OUT ? units.find((u) => u.id === pickedId && localUnitValidIn(u, year)) : undefined;
  const cell = decideNameCell(text, localNameReading(res), { unit: picked, leaveOut: pickedId === LEAVE_OUT }, { acceptGuesses: options.acceptGuesses, guessCode: 'local-unit-guess' }, () => (at) => localUnitProblem(res, text, year, at));
  return { res, cell };
}

/** A resolution as the shared guess/confirm/pick mechanics read it (unitNames.ts decideNameCell). */
export function localNameReading(res: LocalUnitResolution): NameReading<LocalUnit> {
  if (res.kind === 'found' || res.kind === 'new') return { kind: 'unit', unit: res.unit };
  if (res.kind === 'guess') return { kind: 'guess', unit: res.unit };
  if (res.kind === 'former' || res.kind === 'not-yet') return { kind: 'other-period', unit: res.unit };
  return { kind: 'unknown' };
}

function ended(units: readonly LocalUnit[], unit: LocalUnit, year: number): LocalUnitResolution {
  if (unit.validTo !== null && year > unit.validTo) return { kind: 'former', unit, successors: successorsOf(units, unit) };
  return { kind: 'not-yet', unit, predecessors: predecessorsOf(units, unit) };
}

/**
 * Does a printed cell name one of the province's units (by any of its names, in any period) or announce a unit by
 * its first word ("Sở …", "Huyện …", "Xã …"), also after "UBND"? Used to find where a province's table starts and which rows are data.
 */
export function localUnitNames(units: readonly LocalUnit[]): (cell: string) => boolean {
  const known = new Set(units.flatMap(nameKeys));
  const looser = localSpellingBook(units).looser!;
  return (cell) => {
    const text = cell.trim();
    return text !== '' && (known.has(foldLocalName(text)) || kindOfName(text) !== null || looser(text).some((t) => known.has(foldLocalName(t)) || kindOfName(t) !== null));
  };
}

/** A province's units: the catalogue's and those the province added from its tables (`Catalogue.localUnits`). */
export function catalogueLocalUnits(catalogue: Catalogue, province: string): LocalUnit[] {
  return [...provinceLocalUnits(province), ...(catalogue.localUnits ?? []).filter((u) => u.province === province)];
}

/** A unit inside a province by its id ("42/so-tu-phap"), or undefined. */
export function findLocalUnit(catalogue: Catalogue, id: string): LocalUnit | undefined {
  const split = splitLocalUnitId(id);
  return split ? catalogueLocalUnits(catalogue, split.province).find((u) => u.id === id) : undefined;
}

/** The follow-up department a unit is, or null for a locality. */
export function departmentIdOf(unit: LocalUnit): string | null {
  return unit.kind === 'department' ? unit.localId : null;
}
