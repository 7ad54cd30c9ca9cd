/**
 * Data conflicts: two published sources that disagree about one province, shown with both sources.
 * - `rank-vs-score-order`: a printed rank (often from a provincial page) that the complete year's scores
 *   contradict (rank.ts `displayRanks`: outside [1 + strictly better, better or equal]). The rules then use
 *   the rank the scores imply — PCI 2015 Quảng Ninh land access is 20th of 63 by score, printed 44th.
 * - `composite-vs-components`: a composite that differs from Σ weight × component × scale factor under
 *   the edition's published weights by more than print rounding (analysis/composite.ts, `compositeAgrees`).
 *   Nothing here says which figure is right, so the printed composite stays in use and the conflict is shown.
 * - `sources-disagree`: two published pages print different figures (data/reference/disagreements.csv, written by
 *   `npm run data`: the figure shipped in data/scores and the other one, each with its source). Also the rank
 *   conflicts the data build already resolved (it ships the score, leaves the contradicted rank here).
 */
import { getIndex, TOTAL, type Catalogue } from '../catalogue/catalogue';
import { ranksFor } from '../analysis/changes';
import { compositeAgrees, compositeFromComponents, compositeRecipe } from '../analysis/composite';
import type { ScoreTable } from './dataset';
import { tidy } from '../analysis/stats';
import type { PublishedDisagreement } from './publishedDisagreements';
import type { Localised } from '../catalogue/types';

export type ConflictKind = 'rank-vs-score-order' | 'composite-vs-components' | 'sources-disagree';

export interface ConflictSide {
  /** What this source says: a rank or a score. */
  value: number;
  /** Where it comes from (file, page, or "scores of N provinces in …"). */
  source: string;
}

export interface DataConflict {
  kind: ConflictKind;
  index: string;
  year: number;
  unit: string;
  component: string;
  printed: ConflictSide;
  implied: ConflictSide;
  /** Which figure the analysis uses. */
  used: 'printed' | 'implied';
  message: Localised;
}

const fmt = (v: number, lang: 'vi' | 'en') => (lang === 'vi' ? v.toFixed(2).replace('.', ',') : v.toFixed(2));

/** A note like "rank printed by investinquangninh" names where the rank came from; else the figure's source. */
function rankSource(source: string, note: string | undefined): string {
  return note && /rank|hạng/i.test(note) ? `${note} (${source})` : source;
}

/** Printed component ranks that a complete year's scores contradict, for one province. */
export function rankConflicts(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string): DataConflict[] {
  const ix = getIndex(catalogue, index);
  const out: DataConflict[] = [];
  for (const component of table.components(ix.id, year)) {
    const r = ranksFor(table, catalogue, ix.id, year, component).get(unit);
    if (!r?.conflict) continue;
    const score = table.get(ix.id, year, unit, component)!;
    const cov = table.coverage(ix.id, year, component);
    const sources = [...new Set(table.slice(ix.id, year, component).map((s) => s.source))].join(', ');
    const { printedRank, impliedRank } = r.conflict;
    out.push({
      kind: 'rank-vs-score-order',
      index: ix.id,
      year,
      unit,
      component,
      printed: { value: printedRank, source: rankSource(score.source, score.note) },
      implied: { value: impliedRank, source: `${cov.loaded}/${cov.expected}: ${sources}` },
      used: 'implied',
      message: {
        vi: `Hạng in ${printedRank} mâu thuẫn với thứ tự điểm: điểm ${fmt(score.value!, 'vi')} đứng thứ ${impliedRank}/${cov.expected} trong năm đủ số liệu; dùng hạng ${impliedRank}`,
        en: `Printed rank ${printedRank} contradicts the score order: the score ${fmt(score.value!, 'en')} is ${impliedRank} of ${cov.expected} in this complete year; rank ${impliedRank} is used`,
      },
    });
  }
  return out;
}

/** The composite against its components under the edition's weights, for one province (only where weights are published). */
export function compositeConflict(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string): DataConflict | null {
  const ix = getIndex(catalogue, index);
  const total = table.get(ix.id, year, unit, TOTAL);
  if (!total || total.value === null) return null;
  const recipe = compositeRecipe(ix, year);
  if (!recipe) return null;
  const sources = new Set<string>();
  const sum = compositeFromComponents(ix, year, (c) => {
    const s = table.get(ix.id, year, unit, c);
    if (s) sources.add(s.source);
    return s?.value;
  });
  if (sum === null || compositeAgrees(total.value, sum)) return null;
  const diff = Math.abs(total.value - sum);
  const weighted = tidy(sum);
  return {
    kind: 'composite-vs-components',
    index: ix.id,
    year,
    unit,
    component: TOTAL,
    printed: { value: total.value, source: total.source },
    implied: { value: weighted, source: [...sources].join(', ') },
    used: 'printed',
    message: {
      vi: `Điểm tổng hợp in ${fmt(total.value, 'vi')} khác tổng có trọng số của các chỉ số thành phần ${fmt(weighted, 'vi')} (lệch ${fmt(diff, 'vi')})`,
      en: `Printed composite ${fmt(total.value, 'en')} differs from the weighted sum of its components ${fmt(weighted, 'en')} (by ${fmt(diff, 'en')})`,
    },
  };
}

function fromPublished(d: PublishedDisagreement, table: ScoreTable, catalogue: Catalogue): DataConflict {
  const rank = d.field === 'rank';
  const n = (v: number, lang: 'vi' | 'en') => (rank ? String(v) : fmt(v, lang));
  const implied = rank && d.shipped === null ? (ranksFor(table, catalogue, d.index, d.year, d.component).get(d.unit)?.rank ?? null) : d.shipped;
  const shownShipped = implied ?? d.shipped;
  return {
    kind: d.kind === 'rank-contradicts-scores' ? 'rank-vs-score-order' : d.kind === 'composite-contradicts-components' ? 'composite-vs-components' : 'sources-disagree',
    index: d.index,
    year: d.year,
    unit: d.unit,
    component: d.component,
    printed: { value: d.other, source: d.otherSource },
    implied: { value: shownShipped ?? NaN, source: d.shippedSource },
    used: 'implied',
    message:
      d.kind === 'rank-contradicts-scores' && shownShipped !== null
        ? {
            vi: `Hạng in ${d.other} mâu thuẫn với thứ tự điểm: điểm đứng thứ ${shownShipped}/${table.coverage(d.index, d.year, d.component).expected} trong năm đủ số liệu; dùng hạng ${shownShipped}`,
            en: `Printed rank ${d.other} contradicts the score order: the score is ${shownShipped} of ${table.coverage(d.index, d.year, d.component).expected} in this complete year; rank ${shownShipped} is used`,
          }
        : shownShipped === null
        ? { vi: `Nguồn khác in ${rank ? 'hạng ' : ''}${n(d.other, 'vi')}; không dùng`, en: `Another source prints ${rank ? 'rank ' : ''}${n(d.other, 'en')}; not used` }
        : {
            vi: `Hai nguồn công bố khác nhau: ${rank ? 'hạng ' : ''}${n(d.other, 'vi')} và ${rank ? 'hạng ' : ''}${n(shownShipped, 'vi')}; ứng dụng dùng ${n(shownShipped, 'vi')}`,
            en: `Two published sources differ: ${rank ? 'rank ' : ''}${n(d.other, 'en')} and ${rank ? 'rank ' : ''}${n(shownShipped, 'en')}; the app uses ${n(shownShipped, 'en')}`,
          },
  };
}

/** Every data conflict for one province and edition: found in the loaded figures, and published disagreements. */
export function dataConflicts(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string, published: readonly PublishedDisagreement[] = []): DataConflict[] {
  const composite = compositeConflict(table, catalogue, index, year, unit);
  const found = [...(composite ? [composite] : []), ...rankConflicts(table, catalogue, index, year, unit)];
  const listed = published
    .filter((d) => d.index === index && d.year === year && d.unit === unit)
    .map((d) => fromPublished(d, table, catalogue))
    .filter((d) => !found.some((f) => f.component === d.component && f.kind === d.kind));
  return [...found, ...listed];
}
