/**
 * When two figures are the same figure: they agree at the coarser of the precisions they were printed (or
 * stored) with.
 *
 * Rules:
 * - a figure's precision is the number of decimals it was written with, trailing zeros included: "6,60" and
 *   "6.60" have 2, "70.001396" has 6, "73" has 0. Readers keep it on the score (`Score.decimals`) when the text
 *   shows more decimals than the number does ("6.60" → 6.6); otherwise it is read off the number itself;
 * - a workbook cell stores a number at full precision (70.001396) shown with the cell's format (0.00): its
 *   precision is the larger of the two;
 * - two figures agree when the finer one rounds to the coarser one: |a − b| ≤ ½ × 10^−d, d the coarser
 *   precision (PCI 2019 Ninh Thuận equal competition: the page's 5,19 and a workbook's 5.1912 agree; 5,19 and
 *   5,20 do not). Both missing agree; one missing and one not do not;
 * - of two figures that agree, the finer one is the better record of the same figure: an import that brings
 *   more digits is kept by default (importChecks.ts `diffImport`), one that brings fewer changes nothing.
 */

/** A figure and, when known, the decimals it was written with. */
export interface PrintedFigure {
  value: number | null;
  decimals?: number;
}

/** Decimals shown by a number's shortest text (6.6 → 1, 1.5e-7 → 8): what a figure says about itself. */
export function decimalsOfValue(value: number): number {
  if (!Number.isFinite(value)) return 0;
  // Ranks compare every pair of an edition's figures: the same few thousand values are asked again and again.
  const known = decimalsCache.get(value);
  if (known !== undefined) return known;
  const text = String(Math.abs(value));
  const [mantissa, exponent] = text.split('e');
  const digits = (mantissa.split('.')[1] ?? '').length;
  const decimals = Math.max(0, digits - Number(exponent ?? 0));
  if (decimalsCache.size >= 50_000) decimalsCache.clear();
  decimalsCache.set(value, decimals);
  return decimals;
}
const decimalsCache = new Map<number, number>();

/**
 * Decimals a number was written with in a cell, read the way numbers.ts reads the cell: "6,60" → 2,
 * "1.234,5" → 1, "73" → 0, "91,03%" → 2. Null when the text holds no number.
 */
export function decimalsOfText(text: string | null | undefined): number | null {
  let s = (text ?? '').trim().replace(/%$/, '').replace(/[\s\u00a0]/g, '');
  if (!/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (lastComma >= 0) s = s.indexOf(',') === lastComma ? s.replace(',', '.') : s.replace(/,/g, '');
  const match = /^[+-]?\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!match) return null;
  return Math.max(0, (match[1] ?? '').length - Number(match[2] ?? 0));
}

/**
 * The `decimals` a reader should keep on a score read from `text`: only when the text shows more decimals
 * than the number does ("6.60"), so the common figure carries nothing extra.
 */
export function keptDecimals(text: string | null | undefined, value: number | null): number | undefined {
  if (value === null) return undefined;
  const written = decimalsOfText(text);
  return written !== null && written > decimalsOfValue(value) ? written : undefined;
}

/** The decimals a figure was printed or stored with. */
export function decimalsOf(figure: PrintedFigure): number {
  if (figure.value === null) return 0;
  return Math.max(figure.decimals ?? 0, decimalsOfValue(figure.value));
}

/** Float noise allowed on top of half a unit of the last printed decimal. */
const EPSILON = 1e-9;

/** Same figure at the coarser of the two precisions (both missing counts as the same). */
export function agreeAtPrecision(a: PrintedFigure, b: PrintedFigure): boolean {
  if (a.value === null || b.value === null) return a.value === b.value;
  const coarser = Math.min(decimalsOf(a), decimalsOf(b));
  return Math.abs(a.value - b.value) <= 0.5 * 10 ** -coarser + EPSILON;
}

export type Agreement = 'equal' | 'incoming-finer' | 'loaded-finer' | 'different';

/**
 * How an incoming figure stands to the loaded one: the same figure at the same precision, the same figure
 * with more digits on one side, or a real difference.
 */
export function compareAtPrecision(loaded: PrintedFigure, incoming: PrintedFigure): Agreement {
  if (!agreeAtPrecision(loaded, incoming)) return 'different';
  if (loaded.value === null || incoming.value === null) return 'equal';
  const a = decimalsOf(loaded);
  const b = decimalsOf(incoming);
  if (b > a && incoming.value !== loaded.value) return 'incoming-finer';
  if (a > b && incoming.value !== loaded.value) return 'loaded-finer';
  return 'equal';
}
