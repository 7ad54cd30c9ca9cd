/**
 * Whether a province name as written is a spelling of a unit, a near miss to confirm, or neither.
 *
 * Rules:
 * - the spellings of a unit are its Vietnamese and English names, its slug, its aliases and the older and variant
 *   spellings listed with their sources in data/catalogue/unit-spellings.json (Đắc Lắc, Đaklak, Thừa Thiên - Huế …);
 * - folded alike (any case, no diacritics, no punctuation, no "Tỉnh"/"Thành phố"/"TP." prefix: text.ts
 *   foldUnitName) is the same spelling when the name is written without diacritics ("QUANG NINH", "Quang Ninh");
 * - a name written with diacritics must carry the diacritics of one of the spellings, tone-mark placement aside
 *   (Hoà = Hòa, Thuỷ = Thủy): "Quảng Nình" folds to Quảng Ninh but is not one of its spellings, so it is a near miss;
 * - a near miss — such diacritics, or one letter off a spelling of five letters or more ("Quang Nihn") — is
 *   offered as a guess naming the unit, never taken without the user's word;
 * - a name taken as a unit but written otherwise than the unit's own names — case, diacritics, the unit-type prefix and
 *   the kind of dash aside (text.ts plainUnitName): "Đắc Lắc", "Đaklak", "Thừa Thiên - Huế", "TT-Huế", "TP.HCM" — is
 *   read through another spelling, and the reading says so (`spelling`: whether it is one of the unit's listed older
 *   spellings, else a variant), so the import can tell the user what was read as what; "Đắk Lắk", "DAK LAK", "Tỉnh Đắk Lắk",
 *   "TP. Hồ Chí Minh", "Bà Rịa–Vũng Tàu" are the unit's own names and say nothing;
 * - nothing here decides the period: catalogue.ts picks the unit valid in the table's year.
 */
import { foldUnitName, plainUnitName } from './text';

/** Tone marks (sắc, huyền, hỏi, ngã, nặng): where they sit in a syllable differs between typists. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Any combining mark (tone or vowel: â, ă, ơ, ư) or đ: the name was written with diacritics. */
const DIACRITIC = /[\u0300-\u036f]|đ/;

/** Whether a name carries any diacritic (then its diacritics must be right). */
export function hasDiacritics(text: string): boolean {
  return DIACRITIC.test(text.normalize('NFD').toLowerCase());
}

/**
 * A name's letters with their diacritics, tone marks moved to the end of each word, without spaces or
 * punctuation: "Hoà Bình" and "Hòa Bình" give the same key; "Quảng Nình" and "Quảng Ninh" do not.
 */
export function diacriticKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}\d]+/u)
    .map((word) => word.replace(TONE, '') + (word.match(TONE) ?? []).sort().join(''))
    .join('');
}

/** Whether `written` (folded like `spelling`) is that spelling as written: no diacritics at all, or the same ones. */
export function sameAsWritten(written: string, spelling: string): boolean {
  if (!hasDiacritics(written)) return true;
  // A prefix ("Tỉnh", "Thành phố") stands before the name: the key ends with the spelling's key.
  return diacriticKey(written).endsWith(diacriticKey(spelling));
}

/** Edit distance, stopping early above `limit` (names are short). */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Shortest folded name a one-letter slip is guessed for ("Huế" → "Hue" is too short to guess from). */
export const NEAR_MISS_MIN_LETTERS = 5;

/** Whether a folded name is one letter off a folded spelling. */
export function oneLetterOff(written: string, spelling: string): boolean {
  const a = foldUnitName(written);
  const b = foldUnitName(spelling);
  return a.length >= NEAR_MISS_MIN_LETTERS && b.length >= NEAR_MISS_MIN_LETTERS && a !== b && editDistance(a, b, 1) <= 1;
}

/**
 * A list of units with their spellings, for `readWrittenName`: the one rule of name recognition, shared by the
 * provinces (catalogue.ts readUnitName) and the units inside a province (province/provinceUnits.ts: departments and
 * localities). What differs between them is data, given here: how a name folds, which spellings a unit has, which
 * part of a name must carry the right diacritics, and which loosened forms of a name ("UBND huyện …") are worth a guess.
 */
export interface SpellingBook<U> {
  /** Folded name (no case, diacritics, punctuation, prefixes) → the units with that spelling, in any period. */
  byFolded: ReadonlyMap<string, readonly U[]>;
  fold(text: string): string;
  spellingsOf(unit: U): readonly string[];
  /** The part of a name whose diacritics must be right (default: all of it; a prefix before the spelling is allowed). */
  core?(text: string): string;
  /** Other forms of a name that, when they are a spelling, make the name a guess to confirm (never taken without the user's word). */
  looser?(text: string): readonly string[];
  /** Order among the units of another period a name may mean (the latest first). */
  latestFirst?(a: U, b: U): number;
  /** The names the catalogue writes for a unit (vi, en): a name written otherwise is read through another spelling. Without it, never said. */
  ownNames?(unit: U): readonly string[];
  /** The unit's spellings listed as older (before a standard spelling: "Đắc Lắc"); the other listed ones are variants. */
  olderSpellings?(unit: U): readonly string[];
}

/** A name taken as a unit but written otherwise than the unit's own names (through a listed spelling or by the folding rule). */
export interface OtherSpelling {
  /** One of the unit's older spellings (before the standard one: "Đắc Lắc", "Dac Lac"), else a variant (an abbreviation, a dash, words run together). */
  older: boolean;
}

/** How a name as written reads among a book's units in a year. */
export type NameReading<U> = { kind: 'unit'; unit: U; spelling?: OtherSpelling } | { kind: 'guess'; unit: U } | { kind: 'other-period'; unit: U } | { kind: 'unknown' };

/** Whether `written` carries the diacritics of `spelling` (none at all, or the same ones, tone-mark placement aside). */
function carriesDiacritics<U>(book: SpellingBook<U>, written: string, spelling: string): boolean {
  if (!book.core) return sameAsWritten(written, spelling);
  const core = book.core(written);
  return !hasDiacritics(core) || diacriticKey(core).endsWith(diacriticKey(book.core(spelling)));
}

const guessableSpellings = new WeakMap<object, [string, readonly U0[]][]>();
type U0 = unknown;

/** How a name taken as `unit` is spelled, unless it is written as one of the unit's own names (rules at the top). */
function otherSpelling<U>(book: SpellingBook<U>, text: string, folded: string, unit: U): OtherSpelling | undefined {
  if (!book.ownNames) return undefined;
  const plain = plainUnitName(text);
  if (book.ownNames(unit).some((name) => plainUnitName(name) === plain)) return undefined;
  return { older: (book.olderSpellings?.(unit) ?? []).some((o) => book.fold(o) === folded && carriesDiacritics(book, text, o)) };
}

/**
 * How a name as written reads in a year, among a book's units (`valid`: the unit exists in the year):
 * - one of a unit's spellings as written (any case; no diacritics at all, or the spelling's own, tone-mark placement
 *   aside) → that unit, if valid in the year;
 * - the same letters with other diacritics ("Quảng Nình", "Sở Tư phap") → a guess naming the valid unit, to confirm;
 * - a spelling of a unit of another period only → that unit, so the caller can say what it became;
 * - a looser form that is a spelling ("UBND huyện Cẩm Xuyên" → "Huyện Cẩm Xuyên"), or one letter off a spelling of
 *   NEAR_MISS_MIN_LETTERS letters or more, when a single valid unit is that close → a guess;
 * - else unknown.
 */
export function readWrittenName<U>(book: SpellingBook<U>, written: string, valid: (unit: U) => boolean): NameReading<U> {
  const text = written.trim();
  if (!text) return { kind: 'unknown' };
  const folded = book.fold(text);
  const candidates = book.byFolded.get(folded) ?? [];
  const asWritten = (u: U) => book.spellingsOf(u).some((sp) => book.fold(sp) === folded && carriesDiacritics(book, text, sp));
  const exact = candidates.find((u) => valid(u) && asWritten(u));
  if (exact) {
    const spelling = otherSpelling(book, text, folded, exact);
    return spelling ? { kind: 'unit', unit: exact, spelling } : { kind: 'unit', unit: exact };
  }
  const ordered = book.latestFirst ? [...candidates].sort(book.latestFirst) : candidates;
  const other = ordered.find(asWritten);
  if (other) return { kind: 'other-period', unit: other };
  const near = candidates.find(valid);
  if (near) return { kind: 'guess', unit: near };
  if (ordered.length) return { kind: 'other-period', unit: ordered[0] };
  for (const loose of book.looser?.(text) ?? []) {
    const unit = (book.byFolded.get(book.fold(loose)) ?? []).find(valid);
    if (unit) return { kind: 'guess', unit };
  }
  if (folded.replace(/ /g, '').length < NEAR_MISS_MIN_LETTERS || !/[a-z]/.test(folded)) return { kind: 'unknown' };
  let spellings = guessableSpellings.get(book) as [string, readonly U[]][] | undefined;
  if (!spellings) {
    spellings = [...book.byFolded.entries()].filter(([key]) => key.replace(/ /g, '').length >= NEAR_MISS_MIN_LETTERS);
    guessableSpellings.set(book, spellings as [string, readonly U0[]][]);
  }
  const close = new Set<U>();
  for (const [spelling, units] of spellings) {
    if (Math.abs(spelling.length - folded.length) > 1 || editDistance(folded, spelling, 1) > 1) continue;
    for (const u of units) if (valid(u)) close.add(u);
  }
  return close.size === 1 ? { kind: 'guess', unit: [...close][0] } : { kind: 'unknown' };
}
