/**
 * Decides which year a header, a title or a file name names (the edition a column, table or file belongs to).
 *
 * Rules (one home for them):
 * - a year is four digits from 1900 to 2099 standing as a word of its own ("Điểm 2015", "PCI 2016 – 2017" names
 *   two); digits inside a longer number ("20215") are not a year;
 * - in a file name any non-digit separates ("PCI_2021_bang-xep-hang.csv" → 2021);
 * - a table's title names its edition as "năm 2021" ("DDCI năm 2021"); the latest year named in a table's words
 *   is its edition (a table with 2015 and 2016 side by side is the 2016 edition with 2015 beside it).
 */
import { foldText } from '../catalogue/text';

const YEAR_WORD = /(?:^|\s)((?:19|20)\d{2})(?=\s|$)/g;
const YEAR_IN_NAME = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/;
const YEAR_AFTER_NAM = /n[aă]m\s+((?:19|20)\d{2})(?!\d)/i;

/** Years named in a header, in order ("PCI 2016 – 2017" names two). */
export function yearsInHeader(header: string): number[] {
  return [...` ${foldText(header)} `.matchAll(YEAR_WORD)].map((m) => Number(m[1]));
}

/** A folded header without the years it names ("diem 2015" → "diem"). */
export function withoutYears(folded: string): string {
  return folded.replace(YEAR_WORD, ' ').replace(/\s+/g, ' ').trim();
}

/** Is this one word a year? */
export function isYearWord(word: string): boolean {
  return /^(19|20)\d\d$/.test(word);
}

/** The year a file name names, or null ("PCI_2021_bang-xep-hang.csv" → 2021). */
export function yearInFileName(name: string): number | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = YEAR_IN_NAME.exec(base);
  return m ? Number(m[1]) : null;
}

/** The year a title names as "năm 2021" ("DDCI năm 2021"), or null. */
export function yearAfterNam(text: string): number | null {
  const m = YEAR_AFTER_NAM.exec(text);
  return m ? Number(m[1]) : null;
}

/** The latest year named in a table's words (sheet, titles, headers), or null. */
export function latestYearNamed(texts: readonly string[]): number | null {
  const years = texts.flatMap((t) => yearsInHeader(t)).filter((y) => y >= 2000 && y <= 2100);
  return years.length ? Math.max(...years) : null;
}
