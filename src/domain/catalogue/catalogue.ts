/**
 * The catalogue: indices, components and provincial units, read from data/catalogue/*.json.
 * Everything here is data-driven: adding an index (DDCI, ICT Index) or a unit set is a JSON change.
 */
import indicesJson from '@data/catalogue/indices.json';
import unitsJson from '@data/catalogue/units.json';
import spellingsJson from '@data/catalogue/unit-spellings.json';
import editionsJson from '@data/catalogue/editions.json';
import { foldText, foldUnitName } from './text';
import { readWrittenName, type NameReading, type SpellingBook } from './unitSpelling';
import type { ComponentDef, EditionDef, IndexDef, LocalUnit, Localised, Unit } from './types';

export interface Catalogue {
  indices: IndexDef[];
  units: Unit[];
  /** Units inside provinces that a province added (from its imported tables), beside the catalogue's own (provinceUnits.ts). */
  localUnits?: LocalUnit[];
  /** Region names: `Unit.region` holds the Vietnamese name; this gives the English one. */
  regions?: Localised[];
  /** What each edition published about itself: units not ranked, printed groups, sample size (editions.ts). */
  editions?: EditionDef[];
}

/** Older and variant spellings with their sources (data/catalogue/unit-spellings.json) read as aliases of their unit; the older ones also kept as such. */
function withSpellings(units: Unit[]): Unit[] {
  const spellings = (spellingsJson as unknown as { spellings: { unit: string; written: string[]; older?: string[] }[] }).spellings;
  return units.map((u) => {
    // A 2025 unit that keeps a province's name and code (n66 Đắk Lắk) keeps its spellings too ("Đắc Lắc" in a 2025 table).
    const same = units.find((o) => u.id === `n${o.id}` && o.vi === u.vi);
    const listed = spellings.filter((x) => x.unit === u.id || x.unit === same?.id);
    const more = listed.flatMap((x) => x.written);
    const older = listed.flatMap((x) => x.older ?? []);
    return more.length ? { ...u, aliases: [...new Set([...u.aliases, ...more])], ...(older.length ? { olderSpellings: older } : {}) } : u;
  });
}

export const defaultCatalogue: Catalogue = {
  indices: (indicesJson as unknown as { indices: IndexDef[] }).indices,
  units: withSpellings((unitsJson as unknown as { units: Unit[] }).units),
  regions: (unitsJson as unknown as { regions: Localised[] }).regions,
  editions: (editionsJson as unknown as { editions: EditionDef[] }).editions,
};

/** A region's name in the UI language (regions are keyed by their Vietnamese name). */
export function regionName(catalogue: Catalogue, regionVi: string, lang: 'vi' | 'en'): string {
  if (lang === 'vi') return regionVi;
  return catalogue.regions?.find((r) => r.vi === regionVi)?.en ?? regionVi;
}

export const TOTAL = 'total';

/** The four indices a province is held to, in the order leaders read them (overview, brief). */
export const FOUR_INDICES = ['PCI', 'PAR', 'SIPAS', 'PAPI'] as const;

function inYears(years: [number, number | null] | { from: number; to?: number | null }, year: number): boolean {
  const [from, to] = Array.isArray(years) ? years : [years.from, years.to ?? null];
  return year >= from && (to === null || year <= to);
}

export function findIndex(catalogue: Catalogue, idOrAlias: string): IndexDef | undefined {
  const folded = foldText(idOrAlias);
  return catalogue.indices.find(
    (ix) => foldText(ix.id) === folded || ix.aliases.some((a) => foldText(a) === folded) || foldText(ix.vi) === folded || foldText(ix.en) === folded,
  );
}

/** The index's short name as publishers print it: "PCI", "PAPI", "PAR INDEX", "SIPAS". */
export function indexLabel(catalogue: Catalogue, id: string): string {
  return findIndex(catalogue, id)?.label ?? id;
}

export function getIndex(catalogue: Catalogue, id: string): IndexDef {
  const ix = findIndex(catalogue, id);
  if (!ix) throw new Error(`Unknown index ${id}`);
  return ix;
}

interface ComponentLookup {
  /** Length of `components` when the lookup was built: a province-run index may gain components later. */
  size: number;
  byId: Map<string, ComponentDef>;
  byFolded: Map<string, ComponentDef>;
}
const componentLookups = new WeakMap<readonly ComponentDef[], ComponentLookup>();

/**
 * A component by its id, or by its id, Vietnamese or English name or an alias written any way (foldText);
 * the first component in the catalogue's order wins. The names are folded once per index, not per call:
 * a table with 20,000 headers asks 40,000 times.
 */
export function findComponent(index: IndexDef, idOrName: string): ComponentDef | undefined {
  let lookup = componentLookups.get(index.components);
  if (!lookup || lookup.size !== index.components.length) {
    const byId = new Map<string, ComponentDef>();
    const byFolded = new Map<string, ComponentDef>();
    for (const c of index.components) {
      if (!byId.has(c.id)) byId.set(c.id, c);
      for (const name of [c.id, c.vi, c.en, ...(c.aliases ?? [])]) {
        const folded = foldText(name);
        if (!byFolded.has(folded)) byFolded.set(folded, c);
      }
    }
    lookup = { size: index.components.length, byId, byFolded };
    componentLookups.set(index.components, lookup);
  }
  return lookup.byId.get(idOrName) ?? lookup.byFolded.get(foldText(idOrName));
}

/** Top-level components (dimensions / sub-indices) valid in a year, excluding the composite and sub-components. */
export function mainComponents(index: IndexDef, year?: number): ComponentDef[] {
  return index.components.filter(
    (c) => c.id !== TOTAL && !c.parent && !c.id.startsWith('total_') && (year === undefined || inYears(c.years, year)),
  );
}

export function subComponents(index: IndexDef, parent: string, year?: number): ComponentDef[] {
  return index.components.filter((c) => c.parent === parent && (year === undefined || inYears(c.years, year)));
}

export function componentValidIn(component: ComponentDef, year: number): boolean {
  return inYears(component.years, year);
}

export function scaleFor(component: ComponentDef, year: number): { min: number; max: number } {
  const range = component.scale.find((s) => inYears(s, year)) ?? component.scale[component.scale.length - 1];
  return { min: range.min, max: range.max };
}

/** Published weight of a component in a given edition, or `null` when the edition's weights are not known. */
export function weightFor(component: ComponentDef, year: number): number | null {
  const w = component.weights?.find((r) => inYears(r, year));
  return w ? w.weight : null;
}

/**
 * Method breaks strictly after `fromYear` up to and including `toYear`: a change across one is not like-for-like.
 * With `component`, only the breaks that touch that component's own scores (a break without a component list
 * touches every component).
 */
export function methodBreaksBetween(index: IndexDef, fromYear: number, toYear: number, component?: string) {
  const [lo, hi] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
  return index.methodBreaks.filter(
    (b) => b.year > lo && b.year <= hi && (component === undefined || !b.components || b.components.includes(component)),
  );
}

export function componentName(component: ComponentDef | undefined, lang: 'vi' | 'en', fallback = ''): string {
  return component ? component[lang] : fallback;
}

/** Units ranked by an index in a year: the 63 provinces (+ Hà Tây to 2008) before 2025, the 34 units from 2025. */
export function unitsForYear(catalogue: Catalogue, year: number): Unit[] {
  return catalogue.units.filter((u) => year >= u.validFrom && (u.validTo === null || year <= u.validTo));
}

/** Number of units an index could rank in a year (denominator for "N of 63 loaded"). */
export function expectedUnitCount(catalogue: Catalogue, year: number): number {
  return unitsForYear(catalogue, year).length;
}

export function getUnit(catalogue: Catalogue, id: string): Unit | undefined {
  return catalogue.units.find((u) => u.id === id);
}

export function unitName(catalogue: Catalogue, id: string, lang: 'vi' | 'en'): string {
  const unit = getUnit(catalogue, id);
  return unit ? unit[lang] : id;
}

const unitLookupCache = new WeakMap<Catalogue, Map<string, Unit[]>>();

function unitLookup(catalogue: Catalogue): Map<string, Unit[]> {
  let lookup = unitLookupCache.get(catalogue);
  if (lookup) return lookup;
  lookup = new Map();
  const add = (key: string, unit: Unit) => {
    const list = lookup!.get(key) ?? [];
    if (!list.includes(unit)) list.push(unit);
    lookup!.set(key, list);
  };
  for (const unit of catalogue.units) {
    for (const name of [unit.vi, unit.en, unit.slug, ...unit.aliases]) add(foldUnitName(name), unit);
  }
  unitLookupCache.set(catalogue, lookup);
  return lookup;
}

/** How a printed name reads (readUnitName): a unit of the year, a near miss to confirm, a unit of another period, or nothing known. */
export type UnitReading = NameReading<Unit>;

/** Every spelling of a unit: names, slug, aliases and the listed older/variant spellings. */
const spellingsOf = (unit: Unit) => [unit.vi, unit.en, unit.slug, ...unit.aliases];

const spellingBooks = new WeakMap<Catalogue, SpellingBook<Unit>>();

/** The provinces' spellings for unitSpelling.readWrittenName (built once per catalogue: a table asks per cell). */
function provinceSpellingBook(catalogue: Catalogue): SpellingBook<Unit> {
  let book = spellingBooks.get(catalogue);
  if (!book) {
    book = {
      byFolded: unitLookup(catalogue),
      fold: foldUnitName,
      spellingsOf,
      latestFirst: (a, b) => b.validFrom - a.validFrom,
      ownNames: (u) => [u.vi, u.en],
      olderSpellings: (u) => u.olderSpellings ?? [],
    };
    spellingBooks.set(catalogue, book);
  }
  return book;
}

/**
 * How a province name as written in a table reads in `year`. The rule is unitSpelling.readWrittenName (shared with
 * the units inside a province); here only what is the provinces' own:
 * - a GSO code ("22", "n22") → that unit;
 * - one of the unit's spellings as written (any case, no diacritics at all, tone-mark placement, prefixes, dashes)
 *   → that unit, if valid in the year;
 * - the same letters with other diacritics ("Quảng Nình"), or one letter off a spelling ("Quang Nin") → a guess
 *   naming the unit, to be confirmed by the user, never taken;
 * - a spelling of a unit of another period ("Hà Tây" in 2019, "Bình Dương" in 2025) → that unit, so the message
 *   can say what it became;
 * - else unknown.
 */
export function readUnitName(catalogue: Catalogue, written: string, year: number): UnitReading {
  const text = written.trim();
  if (!text) return { kind: 'unknown' };
  const valid = (u: Unit) => year >= u.validFrom && (u.validTo === null || year <= u.validTo);
  if (/^n?\d{1,2}$/.test(text)) {
    const code = text.replace(/^n/, '').padStart(2, '0');
    const unit = catalogue.units.find((u) => u.code === code && valid(u)) ?? catalogue.units.find((u) => u.id === text);
    return unit ? { kind: 'unit', unit } : { kind: 'unknown' };
  }
  return readWrittenName(provinceSpellingBook(catalogue), text, valid);
}

/**
 * Resolve a province as written in a file (GSO code, name with or without diacritics, "TP." prefix,
 * printed abbreviations such as BRVT / TP.HCM / TT-Huế, listed older spellings) to a unit valid in `year`.
 * Before 2025 names resolve to the 63 provinces; from 2025 to the 34 units. A near miss ("Quảng Nình") is not a
 * spelling: undefined here, a guess in readUnitName.
 */
export function resolveUnit(catalogue: Catalogue, written: string, year: number): Unit | undefined {
  const reading = readUnitName(catalogue, written, year);
  return reading.kind === 'unit' ? reading.unit : undefined;
}

/**
 * The unit a printed name means in any period (the latest one first), to explain why it is not valid in a year
 * and to recognise a province table by its rows: letters alike are enough here (a near miss is still a province row).
 */
export function resolveUnitInAnyYear(catalogue: Catalogue, written: string): Unit | undefined {
  const text = written.trim();
  if (!text || /^n?\d{1,2}$/.test(text)) return undefined;
  const candidates = unitLookup(catalogue).get(foldUnitName(text)) ?? [];
  return [...candidates].sort((a, b) => b.validFrom - a.validFrom)[0];
}
