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
 * - nothing here decides the period: catalogue.ts picks the unit valid in the table's year.
 */
import { foldUnitName } from './text';

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
