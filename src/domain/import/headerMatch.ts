/**
 * What a header of a published table means, read the way a person reads it rather than by a list of
 * exact spellings.
 *
 * Rules (all on folded text: lower case, no diacritics, punctuation as spaces):
 * - a four-digit year (1990–2099) anywhere in the header is the edition the column belongs to
 *   ("Điểm PCI 2025", "Xếp hạng 2016"); it is taken off before the rest is read;
 * - numbering in front is not part of the name: "1.", "1.2", "CSTP1.", "CSTP 3:", "Chỉ số thành phần 4 -";
 * - the index's own names ("PCI", "Năng lực cạnh tranh cấp tỉnh", "PAR INDEX") are taken off;
 * - what is left is then, in this order:
 *   - a tier when it names a group ("Nhóm", "Nhóm điều hành", "Xếp loại", "Tier", "Group");
 *   - a rank when it names a rank ("Xếp hạng", "Thứ hạng", "Hạng", "Rank", "Ranking", "Vị trí");
 *   - the composite when nothing but score words remain ("Điểm số", "Điểm", "Tổng điểm", "Score",
 *     "Total", "Chỉ số") — or nothing at all ("PCI", "PCI 2019");
 *   - the province column when it names a province ("Tỉnh/Thành phố", "Địa phương", "Province");
 *   - a numbering or code column to leave out ("STT", "TT", "No.", "Mã tỉnh");
 *   - a component when its Vietnamese or English name (or an alias) is what is left, or is contained in
 *     it as whole words (the longest such name wins: "Chỉ số thành phần Chi phí thời gian (điểm)");
 * - a header made of two merged rows ("Chỉ số thành phần — Tiếp cận đất đai", "2016 — Điểm") is read
 *   whole first, then its last part with the year of the whole.
 */
import { withoutYears, yearsInHeader } from './headerYear';
import { findComponent, TOTAL } from '../catalogue/catalogue';
import { foldText } from '../catalogue/text';
import type { ComponentDef, IndexDef } from '../catalogue/types';

export type HeaderRole = 'province' | 'component' | 'rank' | 'tier' | 'numbering' | 'unknown';

export interface HeaderMeaning {
  role: HeaderRole;
  component?: string;
  /** Edition named in the header, when one is. */
  year?: number;
}

/** Separator the table readers put between the parts of a header merged over two rows. */
export const HEADER_PART_SEPARATOR = ' — ';

const NUMBERING = /^(?:(?:cstp|chi so thanh phan|chi so|thanh phan|tieu chi|linh vuc|sub ?index|pillar|dimension|noi dung)\s*)?\d{1,2}(?:\s|$)/;
const SCORE_WORDS = ['tong diem', 'diem so', 'diem tong hop', 'tong hop', 'diem', 'score', 'scores', 'total', 'overall', 'composite', 'aggregate', 'chi so', 'index', 'gia tri', 'value', 'ket qua', 'co trong so', 'weighted', 'nam', 'year'];
const RANK_WORDS = ['xep hang', 'thu hang', 'hang', 'rank', 'ranking', 'vi tri', 'thu tu'];
const TIER_WORDS = ['nhom xep hang', 'nhom dieu hanh', 'nhom', 'xep loai', 'phan nhom', 'phan loai', 'tier', 'group', 'category', 'muc xep loai'];
const TIER_FILLER = ['chat luong', 'dieu hanh', 'xep hang', 'kinh te'];
const TIER_REST = [...TIER_FILLER, ...SCORE_WORDS];
const COMPOSITE_WORDS = ['diem', 'score', 'tong diem', 'total', 'composite', 'aggregate', 'tong hop', 'overall'];
const PROVINCE_WORDS = ['tinh thanh pho', 'tinh thanh', 'tinh', 'thanh pho', 'dia phuong', 'dia ban', 'don vi', 'province', 'provinces', 'city', 'unit', 'ten tinh', 'ten don vi', 'ten dia phuong'];
const NUMBERING_COLUMNS = new Set(['stt', 'tt', 'no', 'so tt', 'so thu tu', 'ma', 'ma tinh', 'ma so', 'code', 'province code', 'id', 'vung', 'region', 'ghi chu', 'note', 'notes']);

const paddedCache = new WeakMap<readonly string[], string[]>();
/** Each phrase with a space either side, built once per list. */
function padded(phrases: readonly string[]): string[] {
  let out = paddedCache.get(phrases);
  if (!out) paddedCache.set(phrases, (out = phrases.map((p) => ` ${p} `)));
  return out;
}

/** Remove each phrase (whole words) from folded text. */
function without(text: string, phrases: readonly string[]): string {
  let out = ` ${text} `;
  for (const p of padded(phrases)) if (out.includes(p)) out = out.split(p).join(' ');
  return out.replace(/\s+/g, ' ').trim();
}

function hasPhrase(text: string, phrases: readonly string[]): boolean {
  const t = ` ${text} `;
  return padded(phrases).some((p) => t.includes(p));
}

const indexNamesCache = new WeakMap<IndexDef, string[]>();
/** The index's own names, longest first so "chi so cai cach hanh chinh" goes before "chi so". */
function indexNames(index: IndexDef): string[] {
  let names = indexNamesCache.get(index);
  if (!names) {
    names = [...new Set([index.id, index.label, index.vi, index.en, ...index.aliases].map(foldText).filter(Boolean))];
    // "Chỉ số năng lực cạnh tranh cấp tỉnh": the alias without "chỉ số" too.
    names = [...new Set([...names, ...names.map((n) => n.replace(/^chi so /, ''))])].sort((a, b) => b.length - a.length);
    indexNamesCache.set(index, names);
  }
  return names;
}

const componentNamesCache = new WeakMap<IndexDef, { name: string; def: ComponentDef }[]>();
function componentNames(index: IndexDef): { name: string; def: ComponentDef }[] {
  let names = componentNamesCache.get(index);
  if (!names) {
    names = index.components
      .filter((c) => c.id !== TOTAL)
      .flatMap((def) => [def.vi, def.en, ...(def.aliases ?? [])].map((n) => ({ name: foldText(n), def })))
      .filter((n) => n.name.split(' ').length >= 2 || n.name.length >= 6)
      .sort((a, b) => b.name.length - a.name.length);
    componentNamesCache.set(index, names);
  }
  return names;
}

function stripNumbering(text: string): string {
  let out = text;
  for (let i = 0; i < 2; i++) out = out.replace(NUMBERING, '').trim();
  return out;
}

function readPart(folded: string, index: IndexDef): HeaderMeaning | null {
  const noYear = withoutYears(folded);
  if (noYear === '') return null;
  if (NUMBERING_COLUMNS.has(noYear)) return { role: 'numbering' };
  const numbered = stripNumbering(noYear);
  const core = without(numbered, indexNames(index));
  const namedIndex = core !== numbered;
  if (hasPhrase(core, TIER_WORDS) && without(without(core, TIER_WORDS), TIER_REST) === '') return { role: 'tier' };
  if (hasPhrase(core, RANK_WORDS) && without(without(core, RANK_WORDS), SCORE_WORDS) === '') return { role: 'rank' };
  if (core === '' && namedIndex) return { role: 'component', component: TOTAL };
  if (core !== '' && without(core, SCORE_WORDS) === '' && (namedIndex || hasPhrase(core, COMPOSITE_WORDS))) {
    return { role: 'component', component: TOTAL };
  }
  if (without(core, PROVINCE_WORDS) === '' && core !== '') return { role: 'province' };
  const exact = findComponent(index, core) ?? findComponent(index, numbered);
  if (exact) return { role: 'component', component: exact.id };
  // The name inside a longer header: "Chỉ số thành phần Chi phí thời gian (điểm)".
  const padded = ` ${core} `;
  const inside = componentNames(index).find((n) => padded.includes(` ${n.name} `));
  if (inside) return { role: 'component', component: inside.def.id };
  return null;
}

const meaningCache = new WeakMap<IndexDef, Map<string, HeaderMeaning>>();
/**
 * Headers remembered per index; past this many (a hostile table) the memory starts afresh. A wide table's
 * headers are read three times (shape, mapping, checks): at 50,000 a table of 100,000 named columns missed
 * the memory every time and took three times as long as it needs.
 */
const MEANING_CACHE_SIZE = 250_000;

/** The meaning of one header of a published table of `index` (remembered per index: a wide table asks again and again). */
export function readHeader(header: string, index: IndexDef): HeaderMeaning {
  let cache = meaningCache.get(index);
  if (!cache) meaningCache.set(index, (cache = new Map()));
  let meaning = cache.get(header);
  if (!meaning) {
    if (cache.size >= MEANING_CACHE_SIZE) cache.clear();
    cache.set(header, (meaning = readHeaderUncached(header, index)));
  }
  return meaning;
}

function readHeaderUncached(header: string, index: IndexDef): HeaderMeaning {
  const parts = header.split(HEADER_PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const whole = foldText(header);
  const years = yearsInHeader(header);
  const year = years.length === 1 ? years[0] : undefined;
  const candidates = [whole, ...parts.slice().reverse().map(foldText)];
  for (const text of candidates) {
    const meaning = readPart(text, index);
    if (meaning) return year !== undefined && meaning.role !== 'numbering' && meaning.role !== 'province' ? { ...meaning, year } : meaning;
  }
  return { role: 'unknown' };
}
