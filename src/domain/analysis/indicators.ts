/**
 * Decides where a province stands on each indicator under a sub-index (PCI base indicators, chỉ tiêu cơ sở;
 * PAPI sub-dimensions): value in its own unit, national median, best province, rank, change since the last
 * comparable edition, distance to the best already achieved, and which indicators are weak.
 *
 * Rules (one home for them):
 * - an indicator whose direction is undecided (indicatorCatalogue.ts) shows its value and the median only;
 * - "better" follows the indicator's own direction (`higherIsBetter`): for "days to get a land-use certificate"
 *   fewer is better; the direction of a PCI base indicator comes from the indicator catalogue
 *   (indicatorCatalogue.ts, inferred from the sign of its correlation with the sub-index, kept with that evidence);
 * - the rank is rank.ts's: ties share a rank (1, 2, 2, 4), a missing value has none, and a rank is national only
 *   when every province the edition ranks has a value (else it is a rank among the loaded provinces, marked `*`);
 * - the national median and the best province are computed over the provinces with a value only when at least
 *   `minCoverageForStats` of the edition's provinces have one (the same share as weakness.ts), else withheld
 *   (`null`), never guessed from a few; the best is the rank-1 value (several provinces when tied);
 * - change = value − value in the last earlier edition where the indicator exists with the same meaning
 *   (`breaks`: editions from which a series restarts — a new meaning under the same code, or a method break of the
 *   index that touches the sub-index) and the province has a value; no such edition → no change, never 0;
 * - distance to the best, in the indicator's unit and in plain words: a share or percentage of firms as firms in 100
 *   ("7 more firms in 100"), days as days ("3.25 days fewer"), a score as points;
 * - weak, by two named rules, each stated with its amount: `bottom-share` — a national rank in the bottom share of the
 *   provinces ranked (default bottom third, as weakness.ts); `worse-than-median` — worse than the national median in
 *   the indicator's direction, compared as printed (`printedAs`: a share to 0.1 of a percentage point, days and
 *   scores to 0.01): a value equal to the median as printed is not worse. Weak indicators are listed by how far behind: the share of ranked
 *   provinces doing better, largest first.
 */
import { displayRanks, type RankBasis, type RankResult } from './rank';
import { median, tidy } from './stats';
import { bottomShareStart, DEFAULT_WEAKNESS_OPTIONS } from './weakness';
import type { Lang, Localised } from '../catalogue/types';
import { formatDecimal } from '../catalogue/numbers';

/** How an indicator's value is expressed. */
export type IndicatorUnitKind =
  /** A share of respondents 0–1 (printed 0.55 = 55 %). */
  | 'share'
  /** A percentage 0–100 of respondents. */
  | 'percent'
  | 'days'
  | 'hours'
  /** A survey scale (1–5, 1–7 …): `scale` gives its ends. */
  | 'scale'
  /** A score on the index's own points (PAPI sub-dimensions). */
  | 'points'
  | 'count';

export interface IndicatorDef {
  index: string;
  /** `<sub-index>.<code>` for PCI base indicators (`land_access.LURC`); the component id for PAPI sub-dimensions. */
  id: string;
  /** Short code as printed in the workbook (row 3), or the sub-dimension id. */
  code: string;
  /** The sub-index (PCI) or dimension (PAPI) the indicator belongs to. */
  component: string;
  /** Label as printed (Vietnamese; English where the publisher prints one, else the Vietnamese). */
  label: Localised;
  unit: IndicatorUnitKind;
  /** The ends of a survey scale or score range, where known. */
  scale?: { min: number; max: number };
  higherIsBetter: boolean;
  /** The direction is not known (weak or conflicting evidence, no hand review yet): no rank, best, distance or weak flag. */
  directionUndecided?: boolean;
  /** Editions from which the series restarts (not comparable with earlier editions). */
  breaks?: number[];
  /** Who "in 100" counts (firms for PCI, respondents for PAPI). */
  respondents?: Localised;
}

export interface IndicatorFigure {
  unit: string;
  value: number | null;
}

/** Where indicator figures come from (shipped PAPI sub-dimensions, an imported PCI workbook …). */
export interface IndicatorSource {
  /** The indicators under `component` in edition `year`, in printed order. */
  defs(index: string, year: number, component: string): IndicatorDef[];
  /** Every province's figure of one indicator in one edition. */
  figures(index: string, year: number, indicator: string): readonly IndicatorFigure[];
  /** Editions holding figures of the indicator, ascending. */
  years(index: string, indicator: string): number[];
  /** How many provinces the edition ranks (63, 64 with Hà Tây to 2008, 34 from 2025). */
  expectedUnits(index: string, year: number): number;
}

export interface IndicatorOptions {
  /** Share of provinces counted as the bottom (default 1/3, as for sub-indices). */
  bottomShare: number;
  /** Share of the edition's provinces that must have a value for median and best (default 0.9). */
  minCoverageForStats: number;
}

export const DEFAULT_INDICATOR_OPTIONS: IndicatorOptions = {
  bottomShare: DEFAULT_WEAKNESS_OPTIONS.bottomShare,
  minCoverageForStats: DEFAULT_WEAKNESS_OPTIONS.minCoverageForStats,
};

export type IndicatorWeakRule = 'bottom-share' | 'worse-than-median';

export const INDICATOR_RULE_LABELS: Record<IndicatorWeakRule, Localised> = {
  'bottom-share': { vi: 'Nhóm cuối bảng', en: 'Bottom of the table' },
  'worse-than-median': { vi: 'Kém hơn tỉnh trung vị', en: 'Worse than the median province' },
};

export interface IndicatorWeakFlag {
  rule: IndicatorWeakRule;
  /** bottom-share: places into the bottom share; worse-than-median: distance to the median in the indicator's unit. */
  amount: number;
}

export interface Distance {
  /** How much the value must move to equal the best, in the indicator's unit (always ≥ 0). */
  amount: number;
  /** The value must go up (true) or down (false) to reach the best. */
  up: boolean;
  /** The same in plain words: "7 more firms in 100", "3.25 days fewer". */
  text: Localised;
}

export interface IndicatorStanding {
  def: IndicatorDef;
  year: number;
  value: number | null;
  median: number | null;
  best: number | null;
  /** Provinces holding the best value (several when tied), in catalogue order of the input. */
  bestUnits: string[];
  rank: number | null;
  rankBasis: RankBasis | null;
  /** Provinces ranked (with a value). */
  rankOutOf: number;
  /** Provinces with a value / provinces the edition ranks. */
  loaded: number;
  expected: number;
  previousYear: number | null;
  previousValue: number | null;
  change: number | null;
  /** The change moved the province in the better direction (null without a change, or no move). */
  changeIsBetter: boolean | null;
  distanceToBest: Distance | null;
  weak: IndicatorWeakFlag[];
  /** Share of ranked provinces doing better (0 = best, close to 1 = last); null without a rank. */
  behind: number | null;
}

/** The last edition before `year` comparable with it: no restart of the series in between. */
export function comparablePreviousYear(def: IndicatorDef, years: readonly number[], year: number): number | null {
  const earlier = years.filter((y) => y < year && !(def.breaks ?? []).some((b) => b > y && b <= year));
  return earlier.length ? Math.max(...earlier) : null;
}

/** One province's standing on every indicator under a sub-index in one edition, in printed order. */
export function indicatorStandings(
  source: IndicatorSource,
  index: string,
  year: number,
  component: string,
  province: string,
  options: IndicatorOptions = DEFAULT_INDICATOR_OPTIONS,
): IndicatorStanding[] {
  return source.defs(index, year, component).map((def) => indicatorStanding(source, def, year, province, options));
}

export function indicatorStanding(source: IndicatorSource, def: IndicatorDef, year: number, province: string, options: IndicatorOptions = DEFAULT_INDICATOR_OPTIONS): IndicatorStanding {
  const figures = source.figures(def.index, year, def.id);
  const present = figures.filter((f): f is { unit: string; value: number } => f.value !== null && Number.isFinite(f.value));
  const expected = source.expectedUnits(def.index, year);
  const complete = present.length >= expected;
  const ranks = def.directionUndecided
    ? new Map<string, RankResult>()
    : displayRanks(
        figures.map((f) => ({ unit: f.unit, value: f.value, officialRank: null })),
        def.higherIsBetter,
        complete,
      );
  const own = figures.find((f) => f.unit === province)?.value ?? null;
  const value = own !== null && Number.isFinite(own) ? own : null;
  const rankResult = ranks.get(province);
  const rank = value !== null ? (rankResult?.rank ?? null) : null;
  const rankBasis = rank !== null ? (rankResult?.basis ?? null) : null;

  const enough = present.length >= Math.ceil(options.minCoverageForStats * expected);
  const med = enough ? median(present.map((f) => f.value)) : null;
  const bestUnits = enough ? present.filter((f) => ranks.get(f.unit)?.rank === 1).map((f) => f.unit) : [];
  const best = bestUnits.length ? present.find((f) => f.unit === bestUnits[0])!.value : null;

  const previousYear = comparablePreviousYear(def, source.years(def.index, def.id), year);
  const previousRaw = previousYear === null ? null : (source.figures(def.index, previousYear, def.id).find((f) => f.unit === province)?.value ?? null);
  const previousValue = previousRaw !== null && Number.isFinite(previousRaw) ? previousRaw : null;
  const change = value !== null && previousValue !== null ? tidy(value - previousValue) : null;
  const changeIsBetter = change === null || change === 0 || def.directionUndecided ? null : def.higherIsBetter ? change > 0 : change < 0;

  const weak: IndicatorWeakFlag[] = [];
  if (rank !== null && (rankBasis === 'computed-national' || rankBasis === 'official')) {
    const firstBottomRank = bottomShareStart(expected, options.bottomShare);
    if (rank >= firstBottomRank) weak.push({ rule: 'bottom-share', amount: rank - firstBottomRank + 1 });
  }
  const [valueAsPrinted, medianAsPrinted] = [printedAs(def, value), printedAs(def, med)];
  if (valueAsPrinted !== null && medianAsPrinted !== null && !def.directionUndecided && (def.higherIsBetter ? valueAsPrinted < medianAsPrinted : valueAsPrinted > medianAsPrinted)) {
    weak.push({ rule: 'worse-than-median', amount: tidy(Math.abs(med! - value!)) });
  }
  const rankOutOf = present.length;
  const behind = rank !== null && rankOutOf > 1 ? tidy((rank - 1) / (rankOutOf - 1), 4) : rank !== null ? 0 : null;

  return {
    def,
    year,
    value,
    median: med,
    best,
    bestUnits,
    rank,
    rankBasis,
    rankOutOf,
    loaded: present.length,
    expected,
    previousYear: previousValue === null ? null : previousYear,
    previousValue,
    change,
    changeIsBetter,
    distanceToBest: value !== null && best !== null ? distanceToBest(def, value, best) : null,
    weak,
    behind,
  };
}

/** Weak indicators only, by how far behind (share of provinces doing better), largest first; then by printed order. */
export function weakIndicators<T extends { weak: readonly unknown[]; behind: number | null }>(standings: readonly T[]): T[] {
  return standings
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.weak.length > 0)
    .sort((a, b) => (b.s.behind ?? 0) - (a.s.behind ?? 0) || a.order - b.order)
    .map(({ s }) => s);
}

const FIRMS: Localised = { vi: 'doanh nghiệp', en: 'firms' };

function numberText(value: number, lang: Lang, digits: number): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/**
 * The distance from `value` to `best` in plain words. Shares (0–1) and percentages count respondents in 100 to one
 * decimal ("7 more firms in 100"); days and hours to two decimals ("3.25 days fewer"); scales and points to two.
 */
export function distanceToBest(def: IndicatorDef, value: number, best: number): Distance {
  const diff = best - value;
  const up = diff > 0;
  const perHundred = def.unit === 'share' ? Math.abs(diff) * 100 : Math.abs(diff);
  const amount = tidy(Math.abs(diff));
  const who = def.respondents ?? FIRMS;
  const phrase = (lang: Lang): string => {
    if (amount === 0) return lang === 'vi' ? 'đã là tốt nhất' : 'already the best';
    switch (def.unit) {
      case 'share':
      case 'percent': {
        const n = numberText(tidy(perHundred), lang, 1);
        return lang === 'vi' ? `${up ? 'thêm' : 'bớt'} ${n} ${who.vi} trên 100` : `${n} ${up ? 'more' : 'fewer'} ${who.en} in 100`;
      }
      case 'days':
      case 'hours': {
        const n = numberText(amount, lang, 2);
        const word = def.unit === 'days' ? { vi: 'ngày', en: 'days' } : { vi: 'giờ', en: 'hours' };
        return lang === 'vi' ? `${up ? 'nhiều hơn' : 'ít hơn'} ${n} ${word.vi}` : `${n} ${word.en} ${up ? 'more' : 'fewer'}`;
      }
      case 'count': {
        const n = numberText(amount, lang, 2);
        return lang === 'vi' ? `${up ? 'nhiều hơn' : 'ít hơn'} ${n}` : `${n} ${up ? 'more' : 'fewer'}`;
      }
      default: {
        const n = numberText(amount, lang, 2);
        const scale = def.unit === 'scale' && def.scale ? ` (${lang === 'vi' ? 'thang' : 'scale'} ${def.scale.min}–${def.scale.max})` : '';
        return lang === 'vi' ? `${up ? 'cao hơn' : 'thấp hơn'} ${n} điểm${scale}` : `${n} ${n === '1' ? 'point' : 'points'} ${up ? 'higher' : 'lower'}${scale}`;
      }
    }
  };
  return { amount, up, text: { vi: phrase('vi'), en: phrase('en') } };
}

/** A value as people type and read it (a share as a percentage: 0.552 → 55.2); other units as they are. */
export function indicatorToDisplay(def: Pick<IndicatorDef, 'unit'>, stored: number): number {
  return def.unit === 'share' ? tidy(stored * 100) : stored;
}

/** A value typed in the display unit back to the unit the figures are kept in (55.2 % → 0.552 for a share). */
export function indicatorFromDisplay(def: Pick<IndicatorDef, 'unit'>, typed: number): number {
  return def.unit === 'share' ? tidy(typed / 100, 6) : typed;
}

/** How an indicator's value is printed: a share as a percentage to 0.1, a percentage to 0.1, days, hours and scores to 0.01. */
function printedForm(def: IndicatorDef): { times: number; digits: number } {
  return def.unit === 'share' ? { times: 100, digits: 1 } : def.unit === 'percent' ? { times: 1, digits: 1 } : { times: 1, digits: 2 };
}

/** A value as printed, as a number (0.5512 share → 55.1): two values equal here are the same figure to the reader. */
export function printedAs(def: IndicatorDef, value: number | null): number | null {
  if (value === null) return null;
  const { times, digits } = printedForm(def);
  return Number((value * times).toFixed(digits));
}

/** A value in its own unit for display: a share 0.552 as "55,2 %", days as "3,25 ngày", points as "1,84". */
export function indicatorValueText(def: IndicatorDef, value: number | null, lang: Lang): string {
  if (value === null) return '—';
  const { times, digits } = printedForm(def);
  const text = numberText(tidy(value * times), lang, digits);
  switch (def.unit) {
    case 'share':
    case 'percent':
      return `${text} %`;
    case 'days':
      return `${text} ${lang === 'vi' ? 'ngày' : 'days'}`;
    case 'hours':
      return `${text} ${lang === 'vi' ? 'giờ' : 'hours'}`;
    default:
      return formatDecimal(value, lang, digits);
  }
}

/** One row of the indicator report (the CLI's `indicators` array and the exports): plain values, ids and names. */
export interface IndicatorReportRow {
  component: string;
  id: string;
  label: string;
  unit: IndicatorUnitKind;
  /** 'higher' or 'lower' is better; null when undecided. */
  direction: 'higher' | 'lower' | null;
  value: number | null;
  median: number | null;
  best: number | null;
  bestUnit: string | null;
  bestUnitName: string | null;
  rank: number | null;
  rankBasis: RankBasis | null;
  rankOutOf: number;
  previousYear: number | null;
  previousValue: number | null;
  change: number | null;
  distanceToBest: string | null;
  weak: IndicatorWeakRule[];
  /** Share of ranked provinces doing better (the weak list's order). */
  behind: number | null;
  /** The lead department's name (plan/owners.ts `ownersOf`), its id, and whether the plan names it or the template suggests it. */
  owner: string | null;
  ownerId: string | null;
  ownerBasis: 'plan' | 'suggested' | null;
}

/** An indicator's lead as the report names it (from plan/owners.ts). */
export interface ReportOwner {
  id: string;
  name: string;
  basis: 'plan' | 'suggested';
}

/** Standings as report rows; `unitName` names a province, `ownerOf` gives an indicator's lead (plan/owners.ts `ownersOf`). */
export function indicatorReportRows(
  standings: readonly IndicatorStanding[],
  lang: Lang,
  unitName: (unit: string) => string,
  ownerOf: (def: IndicatorDef) => ReportOwner | null = () => null,
): IndicatorReportRow[] {
  return standings.map((s) => {
    const owner = ownerOf(s.def);
    return {
    component: s.def.component,
    id: s.def.id,
    label: s.def.label[lang],
    unit: s.def.unit,
    direction: s.def.directionUndecided ? null : s.def.higherIsBetter ? 'higher' : 'lower',
    value: s.value,
    median: s.median,
    best: s.best,
    bestUnit: s.bestUnits[0] ?? null,
    bestUnitName: s.bestUnits[0] ? unitName(s.bestUnits[0]) : null,
    rank: s.rank,
    rankBasis: s.rankBasis,
    rankOutOf: s.rankOutOf,
    previousYear: s.previousYear,
    previousValue: s.previousValue,
    change: s.change,
    distanceToBest: s.distanceToBest ? s.distanceToBest.text[lang] : null,
    weak: s.weak.map((w) => w.rule),
    behind: s.behind,
    owner: owner?.name ?? null,
    ownerId: owner?.id ?? null,
    ownerBasis: owner?.basis ?? null,
    };
  });
}
