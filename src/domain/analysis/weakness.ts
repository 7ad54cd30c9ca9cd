/**
 * Weak components of a province in one edition: a documented, explainable rule. A component is weak when
 * any enabled rule fires; each flag says which rule and by how much.
 * - `bottom-share`: its national rank falls in the bottom share of provinces (default bottom third: of 63,
 *   ranks 43–63). Only national ranks count (printed, or computed on a complete year) — never a rank
 *   among a partial set. Amount = places into the bottom share (rank 43 of 63 → 1).
 * - `below-median`: its score is below the national median. Amount = median − score (points).
 * - `declining`: it fell in each of the last `consecutiveDeclines` editions (default 2, i.e. three editions
 *   in a row, each worse than the one before), with no method break in between that touches the component
 *   (PCI 2022 changed the weights and sub-index 8 only: the other sub-indices stay comparable). Amount = total fall.
 * Priority: the points of composite the component costs = max(0, median − score) × weight × factor
 * (see contribution.ts for weights); weak ones first, then highest cost, then largest gap to the median.
 *
 * Which rules could run is stated, never hidden behind "none weak" (`weakAssessment`):
 * - a rule runs for a component when its inputs are there: `bottom-share` needs a national rank for the province
 *   (printed component ranks count on partial years); `below-median` needs the national median (or enough
 *   coverage to compute it); `declining` needs the province's own last `consecutiveDeclines + 1` editions
 *   with no method break between — own figures, so it runs on partial years too;
 * - `complete`: every enabled rule ran for every component that has a score; `partial`: some ran, some were
 *   withheld (each with its reason); `not-assessed`: no rule could run (e.g. no component figures loaded).
 *
 * Partial years stay honest: the national median, region median, best province and top-10 average are
 * computed on the loaded provinces only when at least `minCoverageForStats` of them are loaded (shown as
 * "based on N of 63"); otherwise they are withheld (`null`) — except what printed ranks make certain
 * (the province printed 1st is the best; ranks 1–10 all printed give the exact top-10 average).
 */
import { findComponent, getIndex, getUnit, indexLabel, mainComponents, methodBreaksBetween, type Catalogue } from '../catalogue/catalogue';
import { notRankedEntry } from '../catalogue/editions';
import { isStructureBreak, structureBreakShort } from '../catalogue/editionStructure';
import { previousYear, ranksFor, yearsWithComponent } from './changes';
import { componentWeight } from './composite';
import type { Coverage, ScoreTable } from '../table/dataset';
import { competitionRanks, isNationalRank as isNational, rankChange, type RankBasis } from './rank';
import { mean, median, tidy } from './stats';
import type { Localised } from '../catalogue/types';

export interface WeaknessOptions {
  /** Share of provinces counted as the bottom (default 1/3). */
  bottomShare: number;
  /** Falls in a row that flag a component (default 2). */
  consecutiveDeclines: number;
  /** Flag components below the national median (default true). */
  belowMedian: boolean;
  /** Share of provinces that must be loaded to compute national statistics (default 0.9). */
  minCoverageForStats?: number;
}

export const DEFAULT_WEAKNESS_OPTIONS: Required<WeaknessOptions> = {
  bottomShare: 1 / 3,
  consecutiveDeclines: 2,
  belowMedian: true,
  minCoverageForStats: 0.9,
};

export type WeakRule = 'bottom-share' | 'below-median' | 'declining';

export interface WeakFlag {
  rule: WeakRule;
  label: Localised;
  detail: Localised;
  amount: number | null;
}

export interface RuleWithheld {
  rule: WeakRule;
  reason: Localised;
}

export type WeakAssessmentStatus = 'complete' | 'partial' | 'not-assessed';

/** What the weak list rests on: which rules ran, which were withheld and why. */
export interface WeakAssessmentDetail {
  status: WeakAssessmentStatus;
  rulesApplied: WeakRule[];
  /** One entry per withheld rule, with the components it could not run for. */
  rulesWithheld: (RuleWithheld & { components: string[] })[];
  /** Components with a score / components of the edition. */
  componentsWithScore: number;
  componentsExpected: number;
  /** One sentence for the UI: "partly assessed, because …". */
  summary: Localised;
}

export interface ComponentAssessment {
  component: string;
  value: number | null;
  rank: number | null;
  rankBasis: RankBasis | null;
  median: number | null;
  best: number | null;
  gapToMedian: number | null;
  weight: number | null;
  /** Points of composite lost = max(0, median − value) × weight × factor; `null` when the weight is unknown. */
  cost: number | null;
  flags: WeakFlag[];
  weak: boolean;
  basedOn: Coverage;
  /** Extra for the profile. */
  bestUnit: string | null;
  regionMedian: number | null;
  top10Average: number | null;
  /** How many provinces the top-10 average rests on (10 when exact). */
  top10BasedOn: number | null;
  /** True when national statistics were withheld for lack of coverage. */
  statsWithheld: boolean;
  previousYear: number | null;
  previousValue: number | null;
  change: number | null;
  rankChange: number | null;
  /** Rules that ran on this component, and those withheld with their reason (empty when it has no score). */
  rulesRun: WeakRule[];
  rulesWithheld: RuleWithheld[];
}

export const weakRuleLabels: Record<WeakRule, Localised> = {
  'bottom-share': { vi: 'Nhóm cuối cả nước', en: 'Bottom group nationally' },
  'below-median': { vi: 'Dưới trung vị cả nước', en: 'Below the national median' },
  declining: { vi: 'Giảm liên tiếp', en: 'Falling in a row' },
};

const num = (v: number, lang: 'vi' | 'en', digits = 2) => {
  const text = v.toFixed(digits);
  return lang === 'vi' ? text.replace('.', ',') : text;
};

/** Rank from which a province is in the bottom share: of 63 with 1/3, rank 43. */
export function bottomShareStart(expected: number, share: number): number {
  return expected - Math.round(expected * share) + 1;
}

export interface ComparisonStats {
  basedOn: Coverage;
  /** False when too few units are loaded for national statistics (`minCoverageForStats`): they are withheld. */
  statsAllowed: boolean;
  median: number | null;
  best: number | null;
  bestUnit: string | null;
  regionMedian: number | null;
  top10Average: number | null;
  top10BasedOn: number | null;
}

/**
 * What a province is compared with for one (index, year, component): national median, best province,
 * region median, top-10 average — computed on the loaded units only when enough are loaded, otherwise
 * withheld, except what printed ranks make certain (see the rules at the top of this file).
 * Shared by the weakness rules, the profile and the trend chart.
 */
export function comparisonStats(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  component: string,
  region: string,
  minCoverageForStats = DEFAULT_WEAKNESS_OPTIONS.minCoverageForStats,
  ranks = ranksFor(table, catalogue, index, year, component),
): ComparisonStats {
  const ix = getIndex(catalogue, index);
  const higherIsBetter = findComponent(ix, component)?.higherIsBetter ?? true;
  const slice = table.slice(ix.id, year, component);
  const basedOn = table.coverage(ix.id, year, component);
  const statsAllowed = basedOn.expected > 0 && basedOn.loaded / basedOn.expected >= minCoverageForStats;
  const values = slice.flatMap((s) => (s.value === null ? [] : [s.value]));

  const printedFirst = slice.find((s) => s.value !== null && ranks.get(s.unit)?.rank === 1 && isNational(ranks.get(s.unit)!.basis));
  let best: number | null = null;
  let bestUnit: string | null = null;
  if (printedFirst) [best, bestUnit] = [printedFirst.value, printedFirst.unit];
  else if (statsAllowed && values.length) {
    // The best is whoever ranks first among the loaded figures (rank.ts; the first in table order among ties).
    const order = competitionRanks(slice, higherIsBetter);
    const top = slice.find((s) => order.get(s.unit) === 1)!;
    [best, bestUnit] = [top.value, top.unit];
  }
  const regionValues = slice.filter((s) => s.value !== null && getUnit(catalogue, s.unit)?.region === region).map((s) => s.value as number);

  const topTen = slice.filter((s) => s.value !== null && isNational(ranks.get(s.unit)?.basis ?? null) && (ranks.get(s.unit)?.rank ?? 99) <= 10);
  let top10Average: number | null = null;
  let top10BasedOn: number | null = null;
  if (topTen.length >= 10) [top10Average, top10BasedOn] = [mean(topTen.map((s) => s.value as number)), topTen.length];
  else if (statsAllowed && values.length >= 10) {
    const sorted = [...values].sort((a, b) => (higherIsBetter ? b - a : a - b)).slice(0, 10);
    [top10Average, top10BasedOn] = [mean(sorted), 10];
  }
  return {
    basedOn,
    statsAllowed,
    median: statsAllowed ? median(values) : null,
    best,
    bestUnit,
    regionMedian: statsAllowed && region ? median(regionValues) : null,
    top10Average,
    top10BasedOn,
  };
}

export function assessComponents(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  options: Partial<WeaknessOptions> = {},
): ComponentAssessment[] {
  const opts = { ...DEFAULT_WEAKNESS_OPTIONS, ...options };
  const ix = getIndex(catalogue, index);
  const region = getUnit(catalogue, unit)?.region;
  const assessments: ComponentAssessment[] = [];

  for (const def of mainComponents(ix, year)) {
    const slice = table.slice(ix.id, year, def.id);
    if (slice.length === 0) continue;
    const higherIsBetter = def.higherIsBetter;
    const ranks = ranksFor(table, catalogue, ix.id, year, def.id);
    const value = table.get(ix.id, year, unit, def.id)?.value ?? null;
    const mine = ranks.get(unit) ?? { rank: null, basis: null };
    const stats = comparisonStats(table, catalogue, ix.id, year, def.id, region ?? '', opts.minCoverageForStats, ranks);
    const { basedOn, statsAllowed, best, bestUnit, regionMedian, top10Average, top10BasedOn } = stats;
    const nationalMedian = stats.median;

    const gapToMedian = value !== null && nationalMedian !== null ? tidy(higherIsBetter ? nationalMedian - value : value - nationalMedian) : null;
    const { weight, factor } = componentWeight(ix, def, year);
    const cost = gapToMedian !== null && weight !== null ? tidy(Math.max(0, gapToMedian) * weight * factor) : null;

    const flags: WeakFlag[] = [];
    if (mine.rank !== null && isNational(mine.basis)) {
      const start = bottomShareStart(basedOn.expected, opts.bottomShare);
      if (mine.rank >= start) {
        const share = Math.round(opts.bottomShare * 100);
        flags.push({
          rule: 'bottom-share',
          label: weakRuleLabels['bottom-share'],
          detail: {
            vi: `Hạng ${mine.rank}/${basedOn.expected}: thuộc ${share}% cuối (từ hạng ${start}), sâu ${mine.rank - start + 1} bậc`,
            en: `Rank ${mine.rank} of ${basedOn.expected}: in the bottom ${share}% (from rank ${start}), ${mine.rank - start + 1} ${mine.rank === start ? 'place' : 'places'} in`,
          },
          amount: mine.rank - start + 1,
        });
      }
    }
    if (opts.belowMedian && gapToMedian !== null && gapToMedian > 0 && nationalMedian !== null && value !== null) {
      const partial = basedOn.complete ? '' : ` (${basedOn.loaded}/${basedOn.expected})`;
      flags.push({
        rule: 'below-median',
        label: weakRuleLabels['below-median'],
        detail: {
          vi: `Điểm ${num(value, 'vi')} thấp hơn trung vị cả nước (${num(nationalMedian, 'vi')}${partial}) ${num(gapToMedian, 'vi')} điểm`,
          en: `Score ${num(value, 'en')} is ${num(gapToMedian, 'en')} points below the national median ${num(nationalMedian, 'en')}${partial}`,
        },
        amount: gapToMedian,
      });
    }
    const decline = declineRun(table, catalogue, ix.id, year, unit, def.id, opts.consecutiveDeclines);
    if (decline) {
      flags.push({
        rule: 'declining',
        label: weakRuleLabels.declining,
        detail: {
          vi: `Giảm ${opts.consecutiveDeclines} kỳ liên tiếp: ${decline.map((p) => `${p.year}: ${num(p.value, 'vi')}`).join(' → ')} (giảm ${num(Math.abs(decline[0].value - decline[decline.length - 1].value), 'vi')})`,
          en: `Fell ${opts.consecutiveDeclines} editions in a row: ${decline.map((p) => `${p.year}: ${num(p.value, 'en')}`).join(' → ')} (down ${num(Math.abs(decline[0].value - decline[decline.length - 1].value), 'en')})`,
        },
        amount: tidy(Math.abs(decline[0].value - decline[decline.length - 1].value)),
      });
    }

    const rulesRun: WeakRule[] = [];
    const rulesWithheld: RuleWithheld[] = [];
    if (value !== null) {
      if (mine.rank !== null && isNational(mine.basis)) rulesRun.push('bottom-share');
      else rulesWithheld.push({ rule: 'bottom-share', reason: noNationalRankReason(basedOn) });
      if (opts.belowMedian) {
        if (nationalMedian !== null) rulesRun.push('below-median');
        else rulesWithheld.push({ rule: 'below-median', reason: medianWithheldReason(basedOn, opts.minCoverageForStats) });
      }
      if (opts.consecutiveDeclines >= 1) {
        const why = declineUncheckable(table, catalogue, ix.id, year, unit, def.id, opts.consecutiveDeclines);
        if (why) rulesWithheld.push({ rule: 'declining', reason: why });
        else rulesRun.push('declining');
      }
    }

    const prevYear = previousYear(table, ix.id, year, def.id);
    const previousValue = prevYear === null ? null : (table.get(ix.id, prevYear, unit, def.id)?.value ?? null);
    const prevRank = prevYear === null ? null : ranksFor(table, catalogue, ix.id, prevYear, def.id).get(unit);
    assessments.push({
      component: def.id,
      value,
      rank: mine.rank,
      rankBasis: mine.basis,
      median: nationalMedian,
      best,
      gapToMedian,
      weight,
      cost,
      flags,
      weak: flags.length > 0,
      basedOn,
      bestUnit,
      regionMedian,
      top10Average,
      top10BasedOn,
      statsWithheld: !statsAllowed,
      previousYear: prevYear,
      previousValue,
      change: value !== null && previousValue !== null ? tidy(value - previousValue) : null,
      rankChange: prevRank && isNational(prevRank.basis) && isNational(mine.basis) ? rankChange(prevRank.rank, mine.rank) : null,
      rulesRun,
      rulesWithheld,
    });
  }

  const desc = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity);
  return assessments.sort(
    (a, b) => Number(b.weak) - Number(a.weak) || desc(a.cost, b.cost) || desc(a.gapToMedian, b.gapToMedian) || desc(a.rank, b.rank),
  );
}

export function weakComponents(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  options: Partial<WeaknessOptions> = {},
): ComponentAssessment[] {
  return assessComponents(table, catalogue, index, year, unit, options).filter((a) => a.weak);
}

function noNationalRankReason(basedOn: Coverage): Localised {
  return {
    vi: `không có hạng toàn quốc (không có hạng in, chỉ ${basedOn.loaded}/${basedOn.expected} tỉnh có số liệu)`,
    en: `no national rank (none printed, only ${basedOn.loaded} of ${basedOn.expected} provinces loaded)`,
  };
}

function medianWithheldReason(basedOn: Coverage, minCoverage: number): Localised {
  const pct = Math.round(minCoverage * 100);
  return {
    vi: `không có trung vị cả nước (chỉ ${basedOn.loaded}/${basedOn.expected} tỉnh có số liệu thành phần, cần ${pct}%; VCCI không công bố trung vị)`,
    en: `no national median (only ${basedOn.loaded} of ${basedOn.expected} provinces have component figures, ${pct}% needed; none published)`,
  };
}

/** Why the `declining` rule cannot run on the province's own series, or `null` when it can. */
function declineUncheckable(table: ScoreTable, catalogue: Catalogue, index: string, year: number, unit: string, component: string, falls: number): Localised | null {
  const ix = getIndex(catalogue, index);
  const editions = yearsWithComponent(table, ix.id, component).filter((y) => y <= year).slice(-(falls + 1));
  const need = falls + 1;
  // A component of a new structure has no earlier editions to compare with: the break is the reason, not missing data.
  const structure = ix.methodBreaks.find((b) => isStructureBreak(b) && b.year <= year && b.year >= (editions[0] ?? year));
  // Named briefly: the break is told in full where the change is withheld (changes.ts).
  if (structure) return structureBreakShort(structure);
  if (editions.length < need) return { vi: `chưa đủ ${need} kỳ để xét giảm liên tiếp`, en: `fewer than ${need} editions to check falls in a row` };
  const missing = editions.filter((y) => (table.get(ix.id, y, unit, component)?.value ?? null) === null);
  // A year the publisher did not rank the unit (catalogue/editions.ts) is not missing data: said as what it is.
  const notRanked = missing.filter((y) => notRankedEntry(catalogue, ix.id, y, unit));
  const gaps = missing.filter((y) => !notRanked.includes(y));
  if (gaps.length) return { vi: `thiếu số liệu của tỉnh năm ${gaps.join(', ')} để xét giảm liên tiếp`, en: `the province's ${gaps.join(', ')} figures are not loaded to check falls in a row` };
  if (notRanked.length) {
    const editions = notRanked.map((y) => `${indexLabel(catalogue, ix.id)} ${y}`).join(', ');
    return { vi: `không được xếp hạng trong ${editions} (không phải thiếu số liệu) nên không xét được giảm liên tiếp`, en: `not ranked in ${editions} (not missing data), so falls in a row cannot be checked` };
  }
  const breaks = methodBreaksBetween(ix, editions[0], year, component);
  if (breaks.length) return { vi: `thay đổi phương pháp năm ${breaks.map((b) => b.year).join(', ')}: không so được ${need} kỳ liên tiếp`, en: `method break ${breaks.map((b) => b.year).join(', ')}: ${need} editions in a row are not comparable` };
  return null;
}

const weakRuleNames: Record<WeakRule, Localised> = {
  'bottom-share': { vi: 'nhóm cuối cả nước', en: 'bottom group nationally' },
  'below-median': { vi: 'dưới trung vị cả nước', en: 'below the national median' },
  declining: { vi: 'giảm liên tiếp', en: 'falling in a row' },
};

/**
 * complete / partial / not-assessed, from the rules each component ran (see the top of this file).
 * `componentsExpected` = the edition's main components that hold any figure that year.
 */
export function weakAssessmentOf(assessments: readonly ComponentAssessment[]): WeakAssessmentDetail {
  const scored = assessments.filter((a) => a.value !== null);
  const applied = new Set<WeakRule>();
  const withheld = new Map<WeakRule, RuleWithheld & { components: string[] }>();
  for (const a of scored) {
    for (const r of a.rulesRun) applied.add(r);
    for (const w of a.rulesWithheld) {
      const entry = withheld.get(w.rule);
      if (entry) entry.components.push(a.component);
      else withheld.set(w.rule, { ...w, components: [a.component] });
    }
  }
  const missingScores = assessments.length - scored.length;
  const status: WeakAssessmentStatus = applied.size === 0 ? 'not-assessed' : withheld.size === 0 && missingScores === 0 ? 'complete' : 'partial';
  const rulesWithheld = [...withheld.values()];
  const because = (lang: 'vi' | 'en') =>
    [
      ...(scored.length === 0 ? [lang === 'vi' ? 'tỉnh chưa có điểm chỉ số thành phần nào được nạp' : "none of the province's component scores is loaded"] : []),
      ...(scored.length > 0 && missingScores > 0
        ? [lang === 'vi' ? `thiếu điểm ${missingScores}/${assessments.length} chỉ số thành phần` : `${missingScores} of ${assessments.length} component scores are missing`]
        : []),
      ...rulesWithheld.map((w) => `${weakRuleNames[w.rule][lang]}: ${w.reason[lang]}${w.components.length < scored.length ? ` (${w.components.length}/${scored.length})` : ''}`),
    ].join('; ');
  const ran = (lang: 'vi' | 'en') => [...applied].map((r) => weakRuleNames[r][lang]).join(', ');
  const summary: Localised =
    status === 'complete'
      ? { vi: `Đã xét đủ các quy tắc (${ran('vi')}) cho mọi chỉ số thành phần`, en: `Every rule (${ran('en')}) was applied to every component` }
      : status === 'partial'
        ? { vi: `Chỉ đánh giá được một phần (đã xét: ${ran('vi')}), vì ${because('vi')}`, en: `Only partly assessed (applied: ${ran('en')}), because ${because('en')}` }
        : { vi: `Chưa đánh giá được, vì ${because('vi') || 'không quy tắc nào chạy được'}`, en: `Not assessed, because ${because('en') || 'no rule could run'}` };
  return { status, rulesApplied: [...applied], rulesWithheld, componentsWithScore: scored.length, componentsExpected: assessments.length, summary };
}

/** The last `falls + 1` editions up to `year`, when each is worse than the one before and no method break lies between. */
function declineRun(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  component: string,
  falls: number,
): { year: number; value: number }[] | null {
  const ix = getIndex(catalogue, index);
  const higherIsBetter = findComponent(ix, component)?.higherIsBetter ?? true;
  const editions = yearsWithComponent(table, ix.id, component).filter((y) => y <= year).slice(-(falls + 1));
  if (falls < 1 || editions.length < falls + 1 || editions[editions.length - 1] !== year) return null;
  const points = editions.map((y) => ({ year: y, value: table.get(ix.id, y, unit, component)?.value ?? null }));
  if (points.some((p) => p.value === null)) return null;
  const run = points as { year: number; value: number }[];
  if (methodBreaksBetween(ix, run[0].year, year, component).length) return null;
  const worse = run.every((p, i) => i === 0 || (higherIsBetter ? p.value < run[i - 1].value : p.value > run[i - 1].value));
  return worse ? run : null;
}
