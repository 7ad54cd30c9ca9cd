/**
 * Targets for the next edition: what can be asked for, and what the app suggests (one home for both rules).
 *
 * Checking a target a user types:
 * - a target score lies on the component's scale in the target year (`scaleFor`: PCI sub-indices 0–10, the
 *   composite 0–100, PAPI dimensions 1–10 …); outside it is refused with a message naming the scale;
 * - a target rank is a whole number from 1 to the number of units ranked in the target year (63, or 34 from 2025).
 *
 * Suggesting a target score (never the current score: a suggestion asks for a step up, or there is none):
 * 1. `national-median` — below the national median (published or computed on enough provinces): the median;
 * 2. `next-tier` — the score that enters the next better tier of the component, where the tier scheme gives a
 *    threshold (band, quartile of a complete year; not PCI's printed tiers, whose cut-offs are not published);
 * 3. `trend` — the province's own recent pace (trends.ts, better = positive) carried forward to the target year
 *    (at most `TREND_YEARS_AHEAD` years: a pace says little about a decade), when it is improving; when it is
 *    falling, winning back its previous edition's score;
 * 4. `best-peer` — the top-10 average, else the best province, when above the current score.
 * The first rule that gives a score strictly better than the current one wins; capped at the scale's best end;
 * rounded to 2 decimals towards "better" so the suggestion is never below its reference.
 *
 * The target year: the next edition after the newest edition of the index that is published (loaded for any
 * province) — Hà Giang's PCI work in 2026 aims at PCI 2025, not at 2017 after its last loaded year 2016.
 */
import { findComponent, getIndex, expectedUnitCount, scaleFor, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { tierOf, tierThreshold } from '../analysis/tiers';
import { classifyTrend } from '../analysis/trends';
import type { Localised } from '../catalogue/types';
import type { ComponentAssessment } from '../analysis/weakness';

export type SuggestionRule = 'national-median' | 'next-tier' | 'trend' | 'best-peer';

export interface TargetSuggestion {
  value: number;
  rule: SuggestionRule;
  /** The figure the suggestion comes from (median, threshold, best …), unrounded. */
  reference: number;
  explanation: Localised;
}

export const suggestionRuleLabels: Record<SuggestionRule, Localised> = {
  'national-median': { vi: 'trung vị cả nước', en: 'national median' },
  'next-tier': { vi: 'ngưỡng nhóm trên', en: 'next tier threshold' },
  trend: { vi: 'theo đà cải thiện gần đây', en: 'recent trend carried forward' },
  'best-peer': { vi: 'mức của nhóm dẫn đầu', en: 'best peers' },
};

/** How the suggestion rule reads, for a note under the targets. */
export const SUGGESTION_RULE_TEXT: Localised = {
  vi: 'Mục tiêu gợi ý: trung vị cả nước nếu đang dưới trung vị; nếu không, ngưỡng vào nhóm trên; nếu không, đà cải thiện gần đây kéo đến năm mục tiêu; nếu không, trung bình 10 tỉnh dẫn đầu hoặc tỉnh dẫn đầu. Không bao giờ gợi ý giữ nguyên điểm hiện tại.',
  en: 'Suggested target: the national median when below it; else the score entering the next tier; else the recent improvement carried to the target year; else the top-10 average or the best province. Never the current score.',
};

/** How far a recent pace is carried forward at most. */
export const TREND_YEARS_AHEAD = 2;

const fmt = (v: number, lang: 'vi' | 'en') => (lang === 'vi' ? v.toFixed(2).replace('.', ',') : v.toFixed(2));

/** Why a target score cannot be asked for, or `null` when it can. */
export function targetScoreProblem(catalogue: Catalogue, index: string, component: string, targetYear: number, target: number): Localised | null {
  const def = findComponent(getIndex(catalogue, index), component);
  if (!def) return null;
  const { min, max } = scaleFor(def, targetYear);
  if (!Number.isFinite(target) || target < min || target > max)
    return {
      vi: `Mục tiêu ${fmt(target, 'vi')} nằm ngoài thang điểm ${fmt(min, 'vi')}–${fmt(max, 'vi')} của chỉ số thành phần này`,
      en: `Target ${fmt(target, 'en')} is outside this component's ${fmt(min, 'en')}–${fmt(max, 'en')} scale`,
    };
  return null;
}

/** Why a target rank cannot be asked for, or `null` when it can. */
export function targetRankProblem(catalogue: Catalogue, targetYear: number, target: number): Localised | null {
  const outOf = expectedUnitCount(catalogue, targetYear);
  if (!Number.isInteger(target) || target < 1 || target > outOf)
    return { vi: `Hạng mục tiêu phải là số nguyên từ 1 đến ${outOf}`, en: `A target rank is a whole number from 1 to ${outOf}` };
  return null;
}

/** The edition targets are for: the one after the newest edition of the index loaded for any province. */
export function nextEditionYear(table: ScoreTable, index: string, fallbackYear: number): number {
  const years = table.years(index);
  return Math.max(fallbackYear, years.length ? years[years.length - 1] : fallbackYear) + 1;
}

/**
 * The target year of new follow-up work on (index, year) for a province: the next edition, year + 1, when the
 * province has later figures (looking back at a past edition); from its latest loaded edition, the edition
 * after the newest one published (`nextEditionYear`).
 */
export function defaultTargetYear(table: ScoreTable, index: string, unit: string, year: number): number {
  const later = table.years(index).some((y) => y > year && ((s) => s !== undefined && (s.value !== null || s.officialRank !== null))(table.get(index, y, unit, 'total')));
  return later ? year + 1 : nextEditionYear(table, index, year);
}

/** A suggested target score by the rule at the top of this file, or `null` when no rule gives a step up. */
export function suggestTarget(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  assessment: ComponentAssessment | null,
  targetYear = year + 1,
): TargetSuggestion | null {
  if (!assessment || assessment.value === null) return null;
  const ix = getIndex(catalogue, index);
  const def = findComponent(ix, assessment.component);
  if (!def) return null;
  const value = assessment.value;
  const up = def.higherIsBetter;
  const better = (x: number) => (up ? x > value + 1e-9 : x < value - 1e-9);
  const scale = scaleFor(def, targetYear);
  const towardsBetter = (x: number) => {
    const capped = up ? Math.min(x, scale.max) : Math.max(x, scale.min);
    const r = Math.round(capped * 1e6) / 1e6;
    return up ? Math.ceil(r * 100 - 1e-9) / 100 : Math.floor(r * 100 + 1e-9) / 100;
  };
  const make = (rule: SuggestionRule, reference: number, why: Localised): TargetSuggestion | null => {
    const v = towardsBetter(reference);
    return better(v) ? { value: v, rule, reference, explanation: why } : null;
  };

  const median = assessment.median;
  if (median !== null && better(median)) {
    const s = make('national-median', median, { vi: `trung vị cả nước ${fmt(median, 'vi')}`, en: `national median ${fmt(median, 'en')}` });
    if (s) return s;
  }

  const tier = tierOf(table, catalogue, ix.id, year, unit, def.id);
  const labels = ix.tiers.labels ?? [];
  const position = tier ? labels.findIndex((l) => l.id === tier.tier.id) : -1;
  if (position > 0 && ix.tiers.kind !== 'published') {
    const threshold = tierThreshold(table, catalogue, ix.id, year, labels[position - 1].id, def.id);
    if (threshold !== null && better(threshold)) {
      const name = labels[position - 1];
      const s = make('next-tier', threshold, { vi: `ngưỡng vào nhóm "${name.vi}" ${fmt(threshold, 'vi')}`, en: `threshold of "${name.en}" ${fmt(threshold, 'en')}` });
      if (s) return s;
    }
  }

  const series = table.years(ix.id).filter((y) => y <= year).map((y) => ({ year: y, value: table.get(ix.id, y, unit, def.id)?.value ?? null }));
  const trend = classifyTrend(series, { scale, higherIsBetter: up });
  if (trend.recentPace !== null && trend.recentPace > 0) {
    const years = Math.max(1, Math.min(targetYear - year, TREND_YEARS_AHEAD));
    const projected = value + (up ? 1 : -1) * trend.recentPace * years;
    const s = make('trend', projected, {
      vi: `đà gần đây ${fmt(trend.recentPace, 'vi')} điểm/năm × ${years} năm`,
      en: `recent pace ${fmt(trend.recentPace, 'en')} points/year × ${years} year${years === 1 ? '' : 's'}`,
    });
    if (s) return s;
  }
  if (assessment.previousValue !== null && assessment.previousYear !== null && better(assessment.previousValue)) {
    const prev = assessment.previousValue;
    const s = make('trend', prev, { vi: `lấy lại mức năm ${assessment.previousYear}: ${fmt(prev, 'vi')}`, en: `win back the ${assessment.previousYear} level ${fmt(prev, 'en')}` });
    if (s) return s;
  }

  const top = assessment.top10Average;
  if (top !== null && better(top)) {
    const s = make('best-peer', top, { vi: `trung bình 10 tỉnh dẫn đầu ${fmt(top, 'vi')}`, en: `top-10 average ${fmt(top, 'en')}` });
    if (s) return s;
  }
  const best = assessment.best;
  if (best !== null && better(best)) return make('best-peer', best, { vi: `tỉnh dẫn đầu ${fmt(best, 'vi')}`, en: `best province ${fmt(best, 'en')}` });
  return null;
}
