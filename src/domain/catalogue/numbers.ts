/**
 * Reading numbers as spreadsheets write them.
 * - decimal comma or point ("91,03", "91.03"); with both, the last one is the decimal mark ("1.234,5");
 * - a trailing "%" is dropped (SIPAS / PAR Index are percentages);
 * - markers of a missing value ("", "N/A", "NA", "..", "-", "—", "*", "x") give `null`: missing, never 0;
 * - anything else ("#VALUE!", "abc") is `invalid`, for the caller to report with its location.
 */
export type NumberCell = { kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'invalid'; text: string };

const MISSING_MARKERS = new Set(['', 'n/a', 'na', 'n.a.', '..', '...', '-', '—', '–', '*', 'x', 'null', 'nan', 'không có', 'kxđ']);

/** The common case, a plain decimal such as "73.02" or "7", skips the general rules. */
export const PLAIN_DECIMAL = /^\d{1,6}(\.\d{1,8})?$/;

export function readNumberCell(raw: string | undefined | null): NumberCell {
  if (raw && PLAIN_DECIMAL.test(raw)) return { kind: 'number', value: Number(raw) };
  const text = (raw ?? '').trim().replace(/\u00a0/g, ' ');
  if (MISSING_MARKERS.has(text.toLowerCase())) return { kind: 'missing' };
  let s = text.replace(/%$/, '').replace(/\s/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    s = s.indexOf(',') === lastComma ? s.replace(',', '.') : s.replace(/,/g, '');
  }
  // Unambiguous (no two quantifiers compete for the same digits): linear even on a 1 MB cell of digits.
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return { kind: 'invalid', text };
  return { kind: 'number', value: Number(s) };
}

/** A positive whole number (a rank); blank gives `null`. */
export function readRankCell(raw: string | undefined | null): { kind: 'rank'; value: number | null } | { kind: 'invalid'; text: string } {
  const cell = readNumberCell(raw);
  if (cell.kind === 'missing') return { kind: 'rank', value: null };
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 1) return { kind: 'rank', value: cell.value };
  return { kind: 'invalid', text: (raw ?? '').trim() };
}

const LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const;
const formatters = new Map<string, Intl.NumberFormat>();

/** One home for writing a number: 91.03 → "91,03" in Vietnamese, "91.03" in English; missing → "—" (never 0). */
export function formatDecimal(value: number | null | undefined, lang: 'vi' | 'en', digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const k = `${lang}|${digits}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })));
  return f.format(value);
}

/** A count of rank places: "1 bậc" / "3 bậc", "1 place" / "3 places". */
export function placesText(n: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `${n} bậc` : `${n} ${Math.abs(n) === 1 ? 'place' : 'places'}`;
}

/** Signed change: "+1,25", "−3", "0". */
export function formatSigned(value: number | null | undefined, lang: 'vi' | 'en', digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatDecimal(Math.abs(value), lang, digits);
  // Equal at the precision printed is no change: never "−0,00".
  if (Number(Math.abs(value).toFixed(digits)) === 0) return text;
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}
