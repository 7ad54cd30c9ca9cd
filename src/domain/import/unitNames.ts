/**
 * Decides which unit a row of an imported table is, from the name printed in its unit cell — a province (national
 * indices), or a department or locality inside a province (DDCI: province/provinceUnits.ts readLocalUnitName); the
 * recognition rule is unitSpelling.readWrittenName, the guess/confirm/pick mechanics `decideNameCell`, both shared:
 * - a spelling of a unit of the table's year (catalogue.readUnitName: names, listed older spellings, no diacritics,
 *   any case) is that unit, without a question;
 * - a name the user resolved (picked a unit for it, or confirmed a guess) is the unit picked, when it is a
 *   unit of the year; the row says so with a warning, so the choice stays visible; a name the user left out
 *   (LEAVE_OUT) has each of its rows listed with a warning, never dropped unseen;
 * - a near miss ("Quảng Nình", a tone mark off) is a guess naming the unit: the row waits (an error at its cell,
 *   "Có phải Quảng Ninh?") until the user confirms it — in the CLI `--accept-guesses` takes every guess, each
 *   said with a warning at its line;
 * - a name of another period says what it became (Hà Tây → Hà Nội on 1/8/2008; Bình Dương → Hồ Chí Minh on
 *   1/7/2025), or that it is a unit only from 2025; anything else is an unknown name.
 * The names left unresolved are gathered (`UnresolvedNames`) so the app can ask once per name, not once per row; the
 * names taken through another spelling (unitSpelling.ts: "Đắc Lắc" → Đắk Lắk, an older spelling) are gathered too
 * (`SpellingsRead`), so the import's checks and `npm run import` tell what was read as what, once per name, without
 * holding the import (`spellingReadText`).
 */
import { getUnit, readUnitName, unitsForYear, type Catalogue } from '../catalogue/catalogue';
import type { NameReading } from '../catalogue/unitSpelling';
import { problem } from './problems';
import type { Location, Problem, Unit } from '../catalogue/types';

/**
 * Units the user picked for names a table prints, by `<set>|<name as printed>` (trimmed, NFC: a name pasted in
 * decomposed form is the same name) → unit id, or LEAVE_OUT. The set is the provinces' unit set of the table's year
 * ("provinces63", "units34") or a province's own units (`local:<province>`, localUnitSet): a pick made for a 2016
 * table is not a 2025 unit, a pick made in Hà Tĩnh's table is not Quảng Ninh's department.
 */
export type UnitPicks = Readonly<Record<string, string>>;

/** The pick that leaves a name's rows out of the import (listed with a warning at each row; the user can still pick a unit). */
export const LEAVE_OUT = '-';

/** A name as printed, as picks are keyed: trimmed, NFC. */
export const writtenKey = (written: string) => written.trim().normalize('NFC');

export const pickKey = (set: string, written: string) => `${set}|${writtenKey(written)}`;

/** The set of a province's own units (departments, localities) for picks. */
export const localUnitSet = (province: string) => `local:${province}`;

export interface UnitNameOptions {
  picks?: UnitPicks;
  /** CLI `--accept-guesses`: take each near miss as its guess (a warning at its line). */
  acceptGuesses?: boolean;
}

/** How one printed name was read in a year: the unit to use (if any) and the problem to report at each row (if any). */
export interface NameCellReading<U> {
  unit?: U;
  reading: NameReading<U>;
  /** The user chose to leave the name's rows out. */
  leftOut?: boolean;
  /** Built per row with the row's place. */
  problemAt?: (at: Location) => Problem;
}

export type ProvinceCellReading = NameCellReading<Unit>;

/** A name the table prints that is not (yet) a unit of the year: asked once in the app, whatever the number of rows. */
export interface UnresolvedName {
  written: string;
  year: number;
  kind: 'guess' | 'other-period' | 'unknown';
  /** The guess's unit id (a near miss), or the unit of the other period. */
  unit?: string;
  /** The set its pick is kept under (unitPicks): the provinces' set of the year, or `local:<province>`. */
  set: string;
  /** The user left its rows out (they can still pick its unit). */
  leftOut?: boolean;
  /** Where it is first printed and how many rows print it. */
  first: Location;
  rows: number;
}

interface NamedUnit {
  id: string;
  vi: string;
  en: string;
}

/**
 * The guess/confirm/pick mechanics, one code for every kind of unit (provinces; a province's departments and
 * localities): a spelling is taken; else the user's pick (a unit valid in the year) is taken with a warning, or the
 * rows left out with a warning; else a near miss is taken only under `acceptGuesses` (a warning naming it) and
 * otherwise waits (an error naming the guess, `guessCode`); anything else is `otherwise`'s problem.
 */
export function decideNameCell<U extends NamedUnit>(
  text: string,
  reading: NameReading<U>,
  pick: { unit?: U; leaveOut?: boolean },
  options: { acceptGuesses?: boolean; guessCode: 'unit-guess' | 'local-unit-guess' },
  otherwise: (reading: NameReading<U>) => (at: Location) => Problem,
): NameCellReading<U> {
  if (reading.kind === 'unit') return { unit: reading.unit, reading };
  const { unit: picked } = pick;
  if (picked) return { unit: picked, reading, problemAt: (at) => problem('unit-picked', at, { value: text, unit: names(picked) }) };
  if (pick.leaveOut) return { reading, leftOut: true, problemAt: (at) => problem('unit-left-out', at, { value: text }) };
  if (reading.kind === 'guess') {
    const { unit } = reading;
    if (options.acceptGuesses) return { unit, reading, problemAt: (at) => problem('unit-guess-accepted', at, { value: text, guess: names(unit) }) };
    return { reading, problemAt: (at) => problem(options.guessCode, at, { value: text, guess: names(unit) }) };
  }
  return { reading, problemAt: otherwise(reading) };
}

/** "2008-08-01" → "1/8/2008" (vi) and "1 August 2008" (en). */
function dayOf(iso: string | undefined): { vi: string; en: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return { vi: '', en: '' };
  const month = Number(m[2]);
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
  return { vi: `${Number(m[3])}/${month}/${m[1]}`, en: `${Number(m[3])} ${en} ${m[1]}` };
}

const names = (unit: NamedUnit) => ({ vi: unit.vi, en: unit.en });

/** The sets of units a year's table names (the 63 provinces before 2025, the 34 units from 2025). */
function setsOfYear(catalogue: Catalogue, year: number): string[] {
  return [...new Set(unitsForYear(catalogue, year).map((u) => u.set))];
}

/** Read a printed province name for `year` (cache the result per distinct name: a table prints a few dozen). */
export function readProvinceCell(catalogue: Catalogue, written: string, year: number, index: string, options: UnitNameOptions = {}): ProvinceCellReading {
  const text = writtenKey(written);
  const reading = readUnitName(catalogue, text, year);
  const sets = setsOfYear(catalogue, year);
  const pickedId = reading.kind === 'unit' ? undefined : sets.map((set) => pickOf(options.picks, pickKey(set, text))).find((id) => id !== undefined);
  const picked = pickedId && pickedId !== LEAVE_OUT ? getUnit(catalogue, pickedId) : undefined;
  const pickValid = picked && year >= picked.validFrom && (picked.validTo === null || year <= picked.validTo);
  return decideNameCell(text, reading, { unit: pickValid ? picked : undefined, leaveOut: pickedId === LEAVE_OUT }, { acceptGuesses: options.acceptGuesses, guessCode: 'unit-guess' }, (r) => {
    if (r.kind === 'other-period') {
      const other = r.unit;
      if (other.validFrom > year) return (at) => problem('unit-from-later-period', at, { value: text, year, index, from: other.validFrom });
      const successor = other.successor ? getUnit(catalogue, other.successor) : undefined;
      const on = dayOf(other.mergedOn);
      return (at) => problem('unit-ended', at, { value: text, year, index, to: other.validTo ?? '', successor: successor ? names(successor) : '', on });
    }
    return (at) => problem('unknown-province', at, { value: text, year });
  });
}

/** The pick stored under a key (own keys only: a name such as "__proto__" is a name). */
export function pickOf(picks: UnitPicks | undefined, key: string): string | undefined {
  return picks && Object.hasOwn(picks, key) ? picks[key] : undefined;
}

const setOfYearCache = new WeakMap<Catalogue, Map<number, string>>();

/** The set a province name's pick is kept under in `year` (once per catalogue and year: a file of unknown names asks per row). */
export function provinceSetOfYear(catalogue: Catalogue, year: number): string {
  let byYear = setOfYearCache.get(catalogue);
  if (!byYear) setOfYearCache.set(catalogue, (byYear = new Map()));
  let set = byYear.get(year);
  if (set === undefined) byYear.set(year, (set = setsOfYear(catalogue, year)[0] ?? ''));
  return set;
}

/** Gathers the names left unresolved, once per name and year, with their first place and row count. */
export class UnresolvedNames {
  private byKey = new Map<string, UnresolvedName>();
  /** `set`: the set its pick is kept under (provinceSetOfYear, localUnitSet). */
  add(written: string, year: number, cell: NameCellReading<{ id: string }>, at: Location, set: string): void {
    if (cell.unit) return;
    const text = writtenKey(written);
    if (!text) return;
    const key = `${set}|${year}|${text}`;
    const seen = this.byKey.get(key);
    if (seen) {
      seen.rows++;
      return;
    }
    const { reading } = cell;
    const kind = reading.kind === 'unit' ? 'unknown' : reading.kind;
    this.byKey.set(key, { written: text, year, kind, ...(reading.kind === 'guess' || reading.kind === 'other-period' ? { unit: reading.unit.id } : {}), set, ...(cell.leftOut ? { leftOut: true } : {}), first: at, rows: 1 });
  }
  list(): UnresolvedName[] {
    return [...this.byKey.values()];
  }
}

/** A name taken as a unit through another spelling (unitSpelling.ts OtherSpelling): said once per name, never a problem. */
export interface SpellingRead {
  written: string;
  /** The unit it was read as. */
  unit: string;
  /** One of the unit's listed older spellings ("Đắc Lắc"), else a variant ("Thừa Thiên - Huế", "TP.HCM"). */
  older: boolean;
  /** Where it is first printed and how many rows print it. */
  first: Location;
  rows: number;
}

/** Gathers the names read through another spelling, once per name as written and unit (a table of many years reads a name in each). */
export class SpellingsRead {
  private byKey = new Map<string, SpellingRead>();
  private lastLine = new Map<string, number>();
  add(written: string, cell: NameCellReading<{ id: string }>, at: Location): void {
    const { reading } = cell;
    if (!cell.unit || reading.kind !== 'unit' || !reading.spelling) return;
    const text = writtenKey(written);
    const key = `${text}|${cell.unit.id}`;
    const seen = this.byKey.get(key);
    // A row read for several editions (a wide table of two years) counts once.
    if (seen && this.lastLine.get(key) !== at.line) seen.rows++;
    else if (!seen) this.byKey.set(key, { written: text, unit: cell.unit.id, older: reading.spelling.older, first: at, rows: 1 });
    this.lastLine.set(key, at.line);
  }
  list(): SpellingRead[] {
    return [...this.byKey.values()];
  }
}

/** The heading over the names read through another spelling (the import's checks, `npm run import`). */
export const SPELLINGS_READ_TITLE = { vi: 'Tên viết khác đã hiểu', en: 'Names read from another spelling' } as const;

/** What a name was read as: "“Đắc Lắc” → Đắk Lắk (cách viết cũ)" / "“Đắc Lắc” → Dak Lak (older spelling)". */
export function spellingReadText(catalogue: Catalogue, read: SpellingRead): { vi: string; en: string } {
  const unit = getUnit(catalogue, read.unit);
  return {
    vi: `“${read.written}” → ${unit?.vi ?? read.unit} (${read.older ? 'cách viết cũ' : 'cách viết khác'})`,
    en: `“${read.written}” → ${unit?.en ?? read.unit} (${read.older ? 'older spelling' : 'variant spelling'})`,
  };
}
