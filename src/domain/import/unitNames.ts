/**
 * Decides which province a row of an imported table is, from the name printed in its province cell:
 * - a spelling of a unit of the table's year (catalogue.readUnitName: names, listed older spellings, no diacritics,
 *   any case) is that unit, without a question;
 * - a name the user resolved (picked a province for it, or confirmed a guess) is the unit picked, when it is a
 *   unit of the year; the row says so with a warning, so the choice stays visible;
 * - a near miss ("Quảng Nình", a tone mark off) is a guess naming the unit: the row waits (an error at its cell,
 *   "Có phải Quảng Ninh?") until the user confirms it — in the CLI `--accept-guesses` takes every guess, each
 *   said with a warning at its line;
 * - a name of another period says what it became (Hà Tây → Hà Nội on 1/8/2008; Bình Dương → Hồ Chí Minh on
 *   1/7/2025), or that it is a unit only from 2025; anything else is an unknown name.
 * The names left unresolved are gathered (`UnresolvedNames`) so the app can ask once per name, not once per row.
 */
import { getUnit, readUnitName, type Catalogue, type UnitReading } from '../catalogue/catalogue';
import { problem } from './problems';
import type { Location, Problem, Unit } from '../catalogue/types';

/** Province picks the user made, by the name as printed (trimmed, NFC: a name pasted in decomposed form is the same name) → unit id. */
export type UnitPicks = Readonly<Record<string, string>>;

export interface UnitNameOptions {
  picks?: UnitPicks;
  /** CLI `--accept-guesses`: take each near miss as its guess (a warning at its line). */
  acceptGuesses?: boolean;
}

/** How one printed name was read in a year: the unit to use (if any) and the problem to report at each row (if any). */
export interface ProvinceCellReading {
  unit?: Unit;
  reading: UnitReading;
  /** Built per row with the row's place. */
  problemAt?: (at: Location) => Problem;
}

/** A name the table prints that is not (yet) a unit of the year: asked once in the app, whatever the number of rows. */
export interface UnresolvedName {
  written: string;
  year: number;
  kind: 'guess' | 'other-period' | 'unknown';
  /** The guess's unit id (a near miss), or the unit of the other period. */
  unit?: string;
  /** Where it is first printed and how many rows print it. */
  first: Location;
  rows: number;
}

/** "2008-08-01" → "1/8/2008" (vi) and "1 August 2008" (en). */
function dayOf(iso: string | undefined): { vi: string; en: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return { vi: '', en: '' };
  const month = Number(m[2]);
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
  return { vi: `${Number(m[3])}/${month}/${m[1]}`, en: `${Number(m[3])} ${en} ${m[1]}` };
}

const names = (unit: Unit) => ({ vi: unit.vi, en: unit.en });

/** Read a printed province name for `year` (cache the result per distinct name: a table prints a few dozen). */
export function readProvinceCell(catalogue: Catalogue, written: string, year: number, index: string, options: UnitNameOptions = {}): ProvinceCellReading {
  const text = written.trim().normalize('NFC');
  const reading = readUnitName(catalogue, text, year);
  if (reading.kind === 'unit') return { unit: reading.unit, reading };
  const pickedId = options.picks && Object.hasOwn(options.picks, text) ? options.picks[text] : undefined;
  const picked = pickedId ? getUnit(catalogue, pickedId) : undefined;
  if (picked && year >= picked.validFrom && (picked.validTo === null || year <= picked.validTo)) {
    return { unit: picked, reading, problemAt: (at) => problem('unit-picked', at, { value: text, unit: names(picked) }) };
  }
  if (reading.kind === 'guess') {
    const { unit } = reading;
    if (options.acceptGuesses) {
      return { unit, reading, problemAt: (at) => problem('unit-guess-accepted', at, { value: text, guess: names(unit) }) };
    }
    return { reading, problemAt: (at) => problem('unit-guess', at, { value: text, guess: names(unit) }) };
  }
  if (reading.kind === 'other-period') {
    const other = reading.unit;
    if (other.validFrom > year) return { reading, problemAt: (at) => problem('unit-from-later-period', at, { value: text, year, index, from: other.validFrom }) };
    const successor = other.successor ? getUnit(catalogue, other.successor) : undefined;
    const on = dayOf(other.mergedOn);
    return { reading, problemAt: (at) => problem('unit-ended', at, { value: text, year, index, to: other.validTo ?? '', successor: successor ? names(successor) : '', on }) };
  }
  return { reading, problemAt: (at) => problem('unknown-province', at, { value: text, year }) };
}

/** Gathers the names left unresolved, once per name and year, with their first place and row count. */
export class UnresolvedNames {
  private byKey = new Map<string, UnresolvedName>();
  add(written: string, year: number, cell: ProvinceCellReading, at: Location): void {
    if (cell.unit) return;
    const text = written.trim().normalize('NFC');
    if (!text) return;
    const key = `${year}|${text}`;
    const seen = this.byKey.get(key);
    if (seen) {
      seen.rows++;
      return;
    }
    const { reading } = cell;
    const kind = reading.kind === 'unit' ? 'unknown' : reading.kind;
    this.byKey.set(key, { written: text, year, kind, ...(reading.kind === 'guess' || reading.kind === 'other-period' ? { unit: reading.unit.id } : {}), first: at, rows: 1 });
  }
  list(): UnresolvedName[] {
    return [...this.byKey.values()];
  }
}
