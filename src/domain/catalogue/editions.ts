/**
 * What an edition ranked (one home for it): the units the publisher ranked, the ones it left out and why, the
 * groups it printed and its sample size, from data/catalogue/editions.json.
 * - An edition's expected count is what its publisher ranked: the units of the year (63 provinces, 64 with Hà Tây
 *   to 2008, 34 from 2025) less the units it did not rank (PAPI 2023: 63 − Quảng Ninh, Bình Dương = 61). An edition
 *   with every ranked unit loaded is complete: its ranks are national and rules that need the full year apply.
 * - A unit not ranked is not missing data: it is out of the expected count for a component where it has no figure
 *   (PAPI 2018 Quảng Ninh is out of the aggregate and two dimensions, in the other six), its views say
 *   "không được xếp hạng trong PAPI 2023: …" with the stated reason (or that no reason was found), never "import".
 * - A unit with a figure always counts, whatever the record says (an import of figures that do exist wins).
 */
import { findIndex, indexLabel, unitsForYear, type Catalogue } from './catalogue';
import type { EditionDef, EditionGroup, Lang, NotRankedUnit } from './types';

export function editionOf(catalogue: Catalogue, index: string, year: number): EditionDef | undefined {
  const id = findIndex(catalogue, index)?.id ?? index;
  return catalogue.editions?.find((e) => e.index === id && e.year === year);
}

/** The units the publisher left out of (index, year), with their reasons. */
export function notRankedIn(catalogue: Catalogue, index: string, year: number): readonly NotRankedUnit[] {
  return editionOf(catalogue, index, year)?.notRanked ?? [];
}

export function notRankedEntry(catalogue: Catalogue, index: string, year: number, unit: string): NotRankedUnit | undefined {
  return notRankedIn(catalogue, index, year).find((n) => n.unit === unit);
}

/**
 * How many units (index, year, component) is out of: the units of the year, less those the publisher did not rank
 * that have no figure here. `hasFigure` says whether a unit has a figure (score or printed rank) for the component;
 * without it, every unit not ranked is left out (the publisher's own count for the composite).
 */
export function expectedInEdition(catalogue: Catalogue, index: string, year: number, hasFigure?: (unit: string) => boolean): number {
  const all = unitsForYear(catalogue, year).length;
  const out = notRankedIn(catalogue, index, year).filter((n) => !hasFigure?.(n.unit)).length;
  return all - out;
}

/** The edition's printed score ranges, best group first, when every group's range is printed (PAPI 2022). */
export function printedGroupRanges(catalogue: Catalogue, index: string, year: number): (EditionGroup & { min: number; max: number })[] | null {
  const g = editionOf(catalogue, index, year)?.groups;
  const groups = g?.groups ?? [];
  if (g?.basis !== 'printed-ranges' || groups.length === 0 || groups.some((x) => x.min === undefined || x.max === undefined)) return null;
  return groups as (EditionGroup & { min: number; max: number })[];
}

/** "không được xếp hạng trong PAPI 2023: <reason>" / "not ranked in PAPI 2023: <reason>". */
export function notRankedText(catalogue: Catalogue, entry: NotRankedUnit, index: string, year: number, lang: Lang): string {
  const label = `${indexLabel(catalogue, index)} ${year}`;
  if (lang === 'vi') return `không được xếp hạng trong ${label}: ${entry.reason?.vi ?? 'không tìm thấy lý do được công bố'}`;
  return `not ranked in ${label}: ${entry.reason?.en ?? 'no stated reason found'}`;
}

/** The edition's published sample size, e.g. "19.536 người trả lời (nguồn)"; null when none was found. */
export function sampleSizeOf(catalogue: Catalogue, index: string, year: number): EditionDef['sample'] | null {
  return editionOf(catalogue, index, year)?.sample ?? null;
}

/** The short cell text for a unit not ranked (rank column, exports): never "—" (missing data), never 0. */
export function notRankedLabel(lang: Lang): string {
  return lang === 'vi' ? 'không xếp hạng' : 'not ranked';
}

/** "Cỡ mẫu công bố: 19.536 người trả lời (nguồn: …)" — shown beside a rank range, never used as a sampling error. */
export function sampleSizeText(sample: NonNullable<EditionDef['sample']>, lang: Lang): string {
  const n = `${sample.approx ? '~' : ''}${sample.value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}`;
  const of = lang === 'vi' ? (sample.of === 'firms' ? 'doanh nghiệp' : 'người trả lời') : sample.of;
  return lang === 'vi' ? `Cỡ mẫu công bố: ${n} ${of} (nguồn: ${sample.source})` : `Published sample size: ${n} ${of} (source: ${sample.source})`;
}
