/**
 * Decides the PCI base-indicator catalogue (data/catalogue/pci-indicators.json): for each indicator its code, label as
 * printed per edition, sub-index, unit, direction (is higher better?), first and last edition, and whether its
 * figures compare across editions — built from the workbooks' sheets (indicatorWorkbook.ts) plus a hand review.
 *
 * Rules:
 * - identity = sub-index + code as printed in row 3 (`land_access.LURC`);
 * - direction: in each edition, the sign of the Pearson correlation between the indicator and its sub-index score
 *   across provinces (both printed on the same sheet); an edition's evidence is strong when |r| ≥
 *   `strongCorrelation` (0.3). Strong editions that all agree decide (`correlation`); none strong, or strong ones
 *   that disagree, leave the direction undecided (no rank, no best, never weak) until a hand review sets it
 *   (`hand-review`). The evidence (r and number of provinces per edition) is always kept;
 * - unit: from the label and the values — "ngày" → days, "giờ" → hours, a 1–5 "thang điểm" → scale, every value
 *   within 0–1 → share of respondents, "%"/"tỷ lệ" with values above 1 → percent, else a count; a review can set it;
 * - comparability: the same code and the same label (ignoring case, diacritics, punctuation and the "CHỈ TIÊU MỚI"
 *   marker) across editions is the same indicator; a changed label restarts the series at that edition (`breaks`)
 *   unless a review says the meaning is the same — both labels are kept as printed;
 * - "CHỈ TIÊU MỚI" in an edition's label: that edition is recorded as `newIn`.
 */
import { foldText } from '../catalogue/text';
import type { Localised } from '../catalogue/types';
import type { IndicatorWorkbook } from '../import/indicatorWorkbook';
import type { IndicatorDef, IndicatorUnitKind } from './indicators';
import type { IndicatorSet } from './indicatorSources';
import { correlation, tidy } from './stats';

export interface CorrelationEvidence {
  year: number;
  /** Pearson r of the indicator with its sub-index score across provinces (4 decimals). */
  r: number;
  /** Provinces with both figures. */
  n: number;
}

export type DirectionBasis = 'correlation' | 'hand-review' | 'undecided';

export interface IndicatorReview {
  higherIsBetter?: boolean;
  unit?: IndicatorUnitKind;
  scale?: { min: number; max: number };
  /** Editions whose label change keeps the same meaning (no restart there). */
  sameMeaningFrom?: number[];
  note?: Localised;
}

export interface IndicatorCatalogueEntry {
  index: 'PCI';
  id: string;
  component: string;
  code: string;
  /** The label of the latest edition, as printed. */
  label: Localised;
  /** Every distinct label as printed, with the first edition that printed it. */
  labels: (Localised & { from: number })[];
  unit: IndicatorUnitKind;
  scale?: { min: number; max: number };
  /** null = undecided (needs a hand review). */
  higherIsBetter: boolean | null;
  direction: { basis: DirectionBasis; evidence: CorrelationEvidence[]; note?: Localised };
  years: number[];
  newIn: number | null;
  /** Editions from which the series restarts (a label change not reviewed as the same meaning). */
  breaks: number[];
  comparability: 'same' | 'label-changed' | 'label-changed-same-meaning';
  review?: IndicatorReview;
}

export interface CatalogueOptions {
  strongCorrelation: number;
}

export const DEFAULT_CATALOGUE_OPTIONS: CatalogueOptions = { strongCorrelation: 0.3 };

/** The per-edition correlation evidence of every indicator of one workbook. */
export function directionEvidence(book: IndicatorWorkbook): Map<string, CorrelationEvidence> {
  const score = new Map(book.subIndexScores.map((s) => [`${s.component}|${s.unit}`, s.value]));
  const pairs = new Map<string, [number | null, number | null][]>();
  for (const f of book.figures) {
    const id = `${f.component}.${f.code}`;
    const list = pairs.get(id) ?? [];
    list.push([f.value, score.get(`${f.component}|${f.unit}`) ?? null]);
    pairs.set(id, list);
  }
  const out = new Map<string, CorrelationEvidence>();
  for (const [id, list] of pairs) {
    const c = correlation(list);
    if (c) out.set(id, { year: book.year, r: tidy(c.r, 4), n: c.n });
  }
  return out;
}

/** Direction from the evidence, by the rule above. */
export function inferDirection(evidence: readonly CorrelationEvidence[], options: CatalogueOptions = DEFAULT_CATALOGUE_OPTIONS): { higherIsBetter: boolean | null; basis: DirectionBasis } {
  const strong = evidence.filter((e) => Math.abs(e.r) >= options.strongCorrelation);
  if (strong.length === 0) return { higherIsBetter: null, basis: 'undecided' };
  const positive = strong.every((e) => e.r > 0);
  const negative = strong.every((e) => e.r < 0);
  if (!positive && !negative) return { higherIsBetter: null, basis: 'undecided' };
  return { higherIsBetter: positive, basis: 'correlation' };
}

export function inferUnit(label: string, values: readonly number[]): { unit: IndicatorUnitKind; scale?: { min: number; max: number } } {
  const folded = ` ${foldText(label)} `;
  if (/ (so )?ngay /.test(folded) || / days? /.test(folded)) return { unit: 'days' };
  if (/ gio /.test(folded) || / hours? /.test(folded)) return { unit: 'hours' };
  const finite = values.filter(Number.isFinite);
  const max = Math.max(...finite);
  const min = Math.min(...finite);
  if (/ thang diem | 1 5 |scale/.test(folded) && min >= 1 && max <= 5) return { unit: 'scale', scale: { min: 1, max: 5 } };
  if (finite.length && min >= 0 && max <= 1) return { unit: 'share' };
  if ((label.includes('%') || / ty le /.test(folded)) && min >= 0 && max <= 100) return { unit: 'percent' };
  return { unit: 'count' };
}

const sameLabel = (a: string, b: string) => foldText(a) === foldText(b);

/** The catalogue from the workbooks of several editions (any order) and the hand review. */
export function buildIndicatorCatalogue(
  books: readonly IndicatorWorkbook[],
  reviews: Readonly<Record<string, IndicatorReview>> = {},
  options: CatalogueOptions = DEFAULT_CATALOGUE_OPTIONS,
): IndicatorCatalogueEntry[] {
  const sorted = [...books].sort((a, b) => a.year - b.year);
  const printed = new Map<string, { year: number; component: string; code: string; label: Localised; markedNew: boolean }[]>();
  const values = new Map<string, number[]>();
  const evidence = new Map<string, CorrelationEvidence[]>();
  for (const book of sorted) {
    for (const ind of book.indicators) {
      const id = `${ind.component}.${ind.code}`;
      const list = printed.get(id) ?? [];
      list.push({ year: book.year, component: ind.component, code: ind.code, label: ind.label, markedNew: ind.markedNew });
      printed.set(id, list);
    }
    for (const f of book.figures) if (f.value !== null) (values.get(`${f.component}.${f.code}`) ?? values.set(`${f.component}.${f.code}`, []).get(`${f.component}.${f.code}`)!).push(f.value);
    for (const [id, e] of directionEvidence(book)) (evidence.get(id) ?? evidence.set(id, []).get(id)!).push(e);
  }
  const entries: IndicatorCatalogueEntry[] = [];
  for (const [id, editions] of printed) {
    const review = reviews[id];
    const labels: IndicatorCatalogueEntry['labels'] = [];
    const breaks: number[] = [];
    let changed = false;
    let changedSame = false;
    for (const e of editions) {
      const last = labels[labels.length - 1];
      if (!last) labels.push({ ...e.label, from: e.year });
      else if (!sameLabel(last.vi, e.label.vi)) {
        labels.push({ ...e.label, from: e.year });
        if (review?.sameMeaningFrom?.includes(e.year)) changedSame = true;
        else {
          changed = true;
          breaks.push(e.year);
        }
      }
    }
    const ev = evidence.get(id) ?? [];
    const inferred = inferDirection(ev, options);
    const direction = review?.higherIsBetter !== undefined ? { higherIsBetter: review.higherIsBetter, basis: 'hand-review' as const } : inferred;
    const latest = editions[editions.length - 1];
    const unit = review?.unit ? { unit: review.unit, scale: review.scale } : inferUnit(latest.label.vi, values.get(id) ?? []);
    const newIn = editions.find((e) => e.markedNew)?.year ?? null;
    entries.push({
      index: 'PCI',
      id,
      component: latest.component,
      code: latest.code,
      label: latest.label,
      labels,
      ...unit,
      higherIsBetter: direction.higherIsBetter,
      direction: { basis: direction.basis, evidence: ev, ...(review?.note ? { note: review.note } : {}) },
      years: editions.map((e) => e.year),
      newIn,
      breaks,
      comparability: changed ? 'label-changed' : changedSame ? 'label-changed-same-meaning' : 'same',
      ...(review ? { review } : {}),
    });
  }
  return entries;
}

/** The catalogue entry as the indicator view's definition for one edition (the label printed that edition). */
export function indicatorDefFor(entry: IndicatorCatalogueEntry, year: number): IndicatorDef {
  const label = [...entry.labels].reverse().find((l) => l.from <= year) ?? entry.labels[0] ?? entry.label;
  return {
    index: entry.index,
    id: entry.id,
    code: entry.code,
    component: entry.component,
    label: { vi: label.vi, en: label.en },
    unit: entry.unit,
    ...(entry.scale ? { scale: entry.scale } : {}),
    higherIsBetter: entry.higherIsBetter ?? true,
    ...(entry.higherIsBetter === null ? { directionUndecided: true } : {}),
    breaks: entry.breaks,
  };
}

/** Workbooks of one or more editions → the catalogue and the indicator set the view and the CLI read. */
export function indicatorSetFromWorkbooks(
  books: readonly IndicatorWorkbook[],
  reviews: Readonly<Record<string, IndicatorReview>> = {},
): { catalogue: IndicatorCatalogueEntry[]; set: IndicatorSet } {
  const catalogue = buildIndicatorCatalogue(books, reviews);
  const defs: IndicatorSet['defs'] = {};
  for (const book of books) defs[book.year] = catalogue.filter((e) => e.years.includes(book.year)).map((e) => indicatorDefFor(e, book.year));
  const rows = books.flatMap((b) => b.figures.map((f) => ({ index: 'PCI', year: f.year, unit: f.unit, indicator: `${f.component}.${f.code}`, value: f.value })));
  return { catalogue, set: { defs, rows } };
}
