/**
 * Own move vs others' moves: the rank a province would hold in this edition had it kept last edition's composite
 * score, among this edition's other provinces, by the rank rule of rank.ts (`rankRangeWithOverride`: ties share a rank,
 * higher-is-better as the component says, printed ranks bound a partial edition). "Score up 0.48, yet four places down: had it kept its 2015 score it would
 * stand 23rd" (PCI 2016 Tây Ninh) — the province's own score change moved it 23 → 20, the other provinces' moves
 * 16 → 23.
 *
 * Rules:
 * - the counterfactual rank is exact only where this edition is complete (every province's score loaded): then it is
 *   1 + the number of other provinces scoring strictly better than the kept score;
 * - the split (`ownMove` = counterfactual − rank, `othersMove` = base rank − counterfactual, summing to the rank change)
 *   is only given where the rank change itself is (rankTable: two national ranks of the same unit), i.e. with both
 *   editions complete or printed — the exactness the issue asks for: "exact only where both editions are complete";
 * - on a partial edition it is a bound `[best, worst]`: the loaded provinces that score better (or worse) than the kept
 *   score count for certain; a loaded province with a printed rank r above the kept score means the r − 1 provinces
 *   ranked before it are above it too (and one printed below means those after it are below), the province itself
 *   excepted; the provinces not loaded could be anywhere else. Such a rank is never national: said so;
 * - no base score (or no score now), or a unit not present in the base edition (the 2025 boundary: a rank among 63
 *   and one among 34 are never compared), gives `null`;
 * - a method break between the editions (PCI 2013, 2022) is carried, for the text to say the scores were built
 *   differently; across a structure break (catalogue/editionStructure.ts) there is no kept score to rank: `null`.
 */
import { findComponent, getIndex, getUnit, methodBreaksBetween, type Catalogue } from '../catalogue/catalogue';
import { formatDecimal, placesText } from '../catalogue/numbers';
import type { Lang, MethodBreak } from '../catalogue/types';
import type { ScoreTable } from '../table/dataset';
import { previousYear, ranksFor } from './changes';
import { isNationalRank, rankChange, rankRangeWithOverride, type RankBasis } from './rank';
import { tidy } from './stats';
import { isStructureBreak } from '../catalogue/editionStructure';

export interface RankWithBaseScore {
  index: string;
  year: number;
  baseYear: number;
  unit: string;
  value: number;
  baseValue: number;
  scoreChange: number;
  rank: number | null;
  rankBasis: RankBasis | null;
  baseRank: number | null;
  baseRankBasis: RankBasis | null;
  /** Published/national rank change (base − now, positive = up), as rankTable gives it; null when not national. */
  rankChange: number | null;
  /** The rank with the kept score; set only when `exact`. */
  rankWithBaseScore: number | null;
  /** Best and worst rank the kept score can hold (equal when exact). */
  range: [number, number];
  /** True when this edition is complete: the counterfactual is the rank among every province. */
  exact: boolean;
  /** Provinces loaded / expected this edition. */
  loaded: number;
  outOf: number;
  /** Places the province's own score change moved it (counterfactual − rank; positive = up). Only when exact and national. */
  ownMove: number | null;
  /** Places the other provinces' moves moved it (base rank − counterfactual; positive = up). Only when exact and national. */
  othersMove: number | null;
  methodBreaks: MethodBreak[];
}

export function rankWithBaseScore(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  baseYear?: number | null,
): RankWithBaseScore | null {
  const ix = getIndex(catalogue, index);
  const base = baseYear === undefined ? previousYear(table, ix.id, year, 'total') : baseYear;
  if (base === null) return null;
  const u = getUnit(catalogue, unit);
  if (u && (u.validFrom ?? -Infinity) > base) return null;
  if (methodBreaksBetween(ix, base, year).some(isStructureBreak)) return null;
  const value = table.get(ix.id, year, unit, 'total')?.value ?? null;
  const baseValue = table.get(ix.id, base, unit, 'total')?.value ?? null;
  if (value === null || baseValue === null) return null;
  const higherIsBetter = findComponent(ix, 'total')?.higherIsBetter ?? true;

  const slice = table.slice(ix.id, year, 'total');
  const coverage = table.coverage(ix.id, year, 'total');
  // Out of the units the publisher ranked (catalogue/editions.ts: PAPI 2024 ranked 61 of the 63 provinces).
  const outOf = coverage.expected;
  const now = ranksFor(table, catalogue, ix.id, year, 'total').get(unit) ?? { rank: null, basis: null };
  const before = ranksFor(table, catalogue, ix.id, base, 'total').get(unit) ?? { rank: null, basis: null };
  const change = isNationalRank(now.basis) && isNationalRank(before.basis) ? rankChange(before.rank, now.rank) : null;
  // The rank rule of rank.ts, over this edition with the province's own score replaced by the kept one.
  const range = rankRangeWithOverride(
    slice.map((s) => ({ unit: s.unit, value: s.value, officialRank: s.officialRank })),
    higherIsBetter,
    coverage.complete,
    { unit, value: baseValue },
    outOf,
  );
  const exact = range[0] === range[1] && coverage.complete;
  const counterfactual = exact ? range[0] : null;
  return {
    index: ix.id,
    year,
    baseYear: base,
    unit,
    value,
    baseValue,
    scoreChange: tidy(value - baseValue),
    rank: now.rank,
    rankBasis: now.basis,
    baseRank: before.rank,
    baseRankBasis: before.basis,
    rankChange: change,
    rankWithBaseScore: counterfactual,
    range,
    exact,
    loaded: coverage.loaded,
    outOf,
    ownMove: counterfactual !== null && change !== null ? counterfactual - now.rank! : null,
    othersMove: counterfactual !== null && change !== null ? before.rank! - counterfactual : null,
    methodBreaks: methodBreaksBetween(ix, base, year),
  };
}


/**
 * The plain sentence every view, export and CLI prints for it (one wording):
 * "Điểm tăng 0,48 nhưng các tỉnh khác tăng nhanh hơn: giữ điểm 2015 thì đứng thứ 23 (thực tế 20); …".
 */
export function rankMoveSentence(m: RankWithBaseScore, lang: Lang): string {
  const vi = lang === 'vi';
  const abs = formatDecimal(Math.abs(m.scoreChange), lang);
  const kept = m.exact
    ? vi
      ? `giữ điểm ${m.baseYear} (${formatDecimal(m.baseValue, lang)}) thì đứng thứ ${m.rankWithBaseScore}/${m.outOf}`
      : `had it kept its ${m.baseYear} score (${formatDecimal(m.baseValue, lang)}) it would rank ${m.rankWithBaseScore} of ${m.outOf}`
    : m.range[0] === m.range[1]
      ? vi
        ? `giữ điểm ${m.baseYear} (${formatDecimal(m.baseValue, lang)}) thì đứng thứ ${m.range[0]} — ước tính từ ${m.loaded}/${m.outOf} tỉnh đã nạp và thứ hạng công bố, không phải hạng toàn quốc tính đủ`
        : `had it kept its ${m.baseYear} score (${formatDecimal(m.baseValue, lang)}) it would rank ${m.range[0]} — worked out from the ${m.loaded} of ${m.outOf} provinces loaded and their published ranks, not a full national ranking`
      : vi
        ? `giữ điểm ${m.baseYear} (${formatDecimal(m.baseValue, lang)}) thì đứng trong khoảng thứ ${m.range[0]}–${m.range[1]} — chỉ là khoảng: mới nạp ${m.loaded}/${m.outOf} tỉnh năm ${m.year}`
        : `had it kept its ${m.baseYear} score (${formatDecimal(m.baseValue, lang)}) it would rank between ${m.range[0]} and ${m.range[1]} — a bound only: ${m.loaded} of ${m.outOf} provinces loaded for ${m.year}`;
  const actual = m.rank !== null ? (vi ? ` (thực tế: thứ ${m.rank}${m.rankBasis === 'among-loaded' ? '*' : ''})` : ` (actual: ${m.rank}${m.rankBasis === 'among-loaded' ? '*' : ''})`) : '';
  let lead: string;
  const fell = m.rankChange !== null && m.rankChange < 0;
  const rose = m.rankChange !== null && m.rankChange > 0;
  if (m.scoreChange > 0 && fell) lead = vi ? `Điểm tăng ${abs} nhưng các tỉnh khác tăng nhanh hơn` : `The score rose ${abs}, but other provinces rose faster`;
  else if (m.scoreChange < 0 && rose) lead = vi ? `Điểm giảm ${abs} nhưng các tỉnh khác giảm nhiều hơn` : `The score fell ${abs}, but other provinces fell further`;
  else if (m.scoreChange === 0) lead = vi ? 'Điểm không đổi' : 'The score did not change';
  else lead = vi ? `Điểm ${m.scoreChange > 0 ? 'tăng' : 'giảm'} ${abs}` : `The score ${m.scoreChange > 0 ? 'rose' : 'fell'} ${abs}`;
  let split = '';
  if (m.ownMove !== null && m.othersMove !== null) {
    const dir = (n: number) => (vi ? (n > 0 ? `lên ${placesText(n, lang)}` : n < 0 ? `xuống ${placesText(-n, lang)}` : 'không đổi bậc') : n > 0 ? `up ${placesText(n, lang)}` : n < 0 ? `down ${placesText(-n, lang)}` : 'no places');
    split = vi
      ? `. Tự thân điểm số: ${dir(m.ownMove)}; do các tỉnh khác: ${dir(m.othersMove)}`
      : `. Its own score change: ${dir(m.ownMove)}; other provinces' moves: ${dir(m.othersMove)}`;
  }
  const broken = m.methodBreaks.length ? (vi ? ` (lưu ý: đổi phương pháp năm ${m.methodBreaks.map((b) => b.year).join(', ')} — điểm hai năm tính khác nhau)` : ` (note: method changed in ${m.methodBreaks.map((b) => b.year).join(', ')} — the two scores are built differently)`) : '';
  return `${lead}: ${kept}${actual}${split}.${broken}`;
}
