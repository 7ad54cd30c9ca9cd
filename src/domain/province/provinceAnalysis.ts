/**
 * What a province-run index (DDCI …) says about its units: rank tables, a unit's profile, weak components,
 * trends and contributions. Reads the figures of one province's index (`Score[]` of `ProvinceIndexDef.id`).
 *
 * Rules (one home for them):
 * - departments are ranked among departments and localities among localities — never in one list, even when the
 *   printed table mixes them (Hà Tĩnh 2021 prints districts and departments together);
 * - ranks follow rank.ts (1 best, ties share, missing gets none); a rank computed from an imported table is a rank
 *   among the units loaded (`among-loaded`, with how many were ranked), never presented as the index's official
 *   rank unless the table printed one (`official`);
 * - a not-applicable figure ("-") is not ranked, not weak, not missing, and not part of any median;
 * - a component is weak for a unit when its score is below the median of the units of the same kind on that
 *   component by more than `weakGap` points (default 0: any amount below); amount = median − score;
 * - trends use trends.ts on the unit's own editions; across the 2025 reorganisation a unit's predecessors'
 *   figures are listed beside it (derived, labelled), never joined into its own series;
 * - contributions to the composite's change are computed only where the composite is a known function of the
 *   components (`compositeFunction` 'mean': Δcomposite = factor × Σ Δcomponent / n); otherwise they are withheld.
 */
import { TOTAL } from '../catalogue/catalogue';
import type { CompositeFunction, ProvinceIndexDef } from './provinceIndex';
import { predecessorsOf, type LocalUnit, type LocalUnitKind } from './provinceUnits';
import { displayRanks, type RankBasis } from '../analysis/rank';
import { median, tidy } from '../analysis/stats';
import { classifyTrend, type TrendResult } from '../analysis/trends';
import type { Score } from '../catalogue/types';

export interface LocalRankRow {
  unit: string;
  value: number | null;
  notApplicable: boolean;
  rank: number | null;
  basis: RankBasis | null;
  /** Units of the same kind ranked on this component (the denominator of "rank 5 of 10"). */
  outOf: number;
  grade: string | null;
  responses: number | null;
}

export interface LocalRankTable {
  index: string;
  year: number;
  kind: LocalUnitKind;
  component: string;
  rows: LocalRankRow[];
}

const unitsOfKind = (units: readonly LocalUnit[], kind: LocalUnitKind) => new Set(units.filter((u) => u.kind === kind).map((u) => u.id));

/** Ranks of one kind of unit (departments, or localities) on one component in one edition, best first. */
export function localRankTable(scores: readonly Score[], units: readonly LocalUnit[], def: ProvinceIndexDef, year: number, kind: LocalUnitKind, component = TOTAL): LocalRankTable {
  const ofKind = unitsOfKind(units, kind);
  const slice = scores.filter((s) => s.index === def.id && s.year === year && s.component === component && ofKind.has(s.unit));
  const ranked = displayRanks(
    slice.map((s) => ({ unit: s.unit, value: s.notApplicable ? null : s.value, officialRank: s.officialRank })),
    def.higherIsBetter,
    false,
  );
  const outOf = slice.filter((s) => !s.notApplicable && (s.value !== null || s.officialRank !== null)).length;
  const totals = new Map(scores.filter((s) => s.index === def.id && s.year === year && s.component === TOTAL).map((s) => [s.unit, s]));
  const rows = slice.map((s): LocalRankRow => {
    const r = ranked.get(s.unit) ?? { rank: null, basis: null };
    return { unit: s.unit, value: s.value, notApplicable: !!s.notApplicable, rank: r.rank, basis: r.basis, outOf, grade: totals.get(s.unit)?.tier ?? null, responses: totals.get(s.unit)?.responses ?? null };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || Number(a.notApplicable) - Number(b.notApplicable));
  return { index: def.id, year, kind, component, rows };
}

export interface WeakOptions {
  /** Points below the same-kind median before a component counts as weak (default 0). */
  weakGap: number;
}

export const DEFAULT_WEAK_OPTIONS: WeakOptions = { weakGap: 0 };

export interface LocalComponentAssessment {
  component: string;
  value: number | null;
  notApplicable: boolean;
  rank: number | null;
  basis: RankBasis | null;
  outOf: number;
  /** Median of the units of the same kind (not-applicable and missing left out). */
  median: number | null;
  /** median − value, when both exist. */
  gapToMedian: number | null;
  weak: boolean;
  trend: TrendResult;
}

export interface PredecessorFigure {
  unit: string;
  year: number;
  value: number | null;
}

export interface ComponentContribution {
  component: string;
  change: number;
  /** Points of the composite's change this component's change accounts for. */
  contribution: number;
}

export interface LocalUnitAnalysis {
  index: string;
  year: number;
  unit: string;
  kind: LocalUnitKind;
  composite: (LocalRankRow & { previous: { year: number; value: number | null } | null }) | null;
  components: LocalComponentAssessment[];
  weak: LocalComponentAssessment[];
  rules: WeakOptions;
  trend: TrendResult;
  /** Editions of this unit's own composite (oldest first). */
  series: { year: number; value: number | null }[];
  /** Composite figures of the units it was formed from (2025 crosswalk): derived, never joined into `series`. */
  predecessors: PredecessorFigure[];
  compositeFunction: CompositeFunction;
  /** Only where the composite is a known function of the components and a previous edition is loaded. */
  contributions: ComponentContribution[] | null;
}

function seriesOf(scores: readonly Score[], def: ProvinceIndexDef, unit: string, component: string) {
  return scores
    .filter((s) => s.index === def.id && s.unit === unit && s.component === component && !s.notApplicable)
    .map((s) => ({ year: s.year, value: s.value }))
    .sort((a, b) => a.year - b.year);
}

/** Everything the index says about one unit in one edition. `null` when the unit is not a known unit. */
export function analyseLocalUnit(
  scores: readonly Score[],
  units: readonly LocalUnit[],
  def: ProvinceIndexDef,
  year: number,
  unitId: string,
  options: Partial<WeakOptions> = {},
): LocalUnitAnalysis | null {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) return null;
  const rules = { ...DEFAULT_WEAK_OPTIONS, ...options };
  const ofKind = unitsOfKind(units, unit.kind);
  const compositeRow = def.composite ? (localRankTable(scores, units, def, year, unit.kind, TOTAL).rows.find((r) => r.unit === unitId) ?? null) : null;
  const series = seriesOf(scores, def, unitId, TOTAL);
  const previous = [...series].reverse().find((p) => p.year < year) ?? null;
  const components = def.components.map((c): LocalComponentAssessment => {
    const table = localRankTable(scores, units, def, year, unit.kind, c.id);
    const row = table.rows.find((r) => r.unit === unitId);
    const values = scores
      .filter((s) => s.index === def.id && s.year === year && s.component === c.id && ofKind.has(s.unit) && !s.notApplicable && s.value !== null)
      .map((s) => s.value!);
    const raw = median(values);
    const med = raw === null ? null : tidy(raw);
    const value = row?.value ?? null;
    const gap = value !== null && med !== null ? tidy(med - value) : null;
    return {
      component: c.id,
      value,
      notApplicable: row?.notApplicable ?? false,
      rank: row?.rank ?? null,
      basis: row?.basis ?? null,
      outOf: table.rows.filter((r) => r.rank !== null).length,
      median: med,
      gapToMedian: gap,
      weak: gap !== null && gap > rules.weakGap,
      trend: classifyTrend(seriesOf(scores, def, unitId, c.id), { scale: { min: c.min, max: c.max }, higherIsBetter: def.higherIsBetter }),
    };
  });
  const predecessors = predecessorsOf(units, unit).flatMap((p) => seriesOf(scores, def, p.id, TOTAL).map((f) => ({ unit: p.id, ...f })));
  return {
    index: def.id,
    year,
    unit: unitId,
    kind: unit.kind,
    composite: compositeRow ? { ...compositeRow, previous } : null,
    components,
    weak: components.filter((c) => c.weak).sort((a, b) => (b.gapToMedian ?? 0) - (a.gapToMedian ?? 0)),
    rules,
    trend: classifyTrend(series, { scale: def.composite ? { min: def.composite.min, max: def.composite.max } : undefined, higherIsBetter: def.higherIsBetter }),
    series,
    predecessors,
    compositeFunction: def.compositeFunction,
    contributions: previous ? contributions(scores, def, unitId, previous.year, year) : null,
  };
}

/**
 * Δcomposite = factor × Σ Δcomponent / n when the composite is `factor` × the mean of the n components the unit is
 * scored on in both editions; `null` when the composite is not a known function (or the scored set changed).
 */
export function contributions(scores: readonly Score[], def: ProvinceIndexDef, unit: string, fromYear: number, toYear: number): ComponentContribution[] | null {
  const fn = def.compositeFunction;
  if (fn.kind !== 'mean') return null;
  const at = (year: number, component: string) => scores.find((s) => s.index === def.id && s.unit === unit && s.year === year && s.component === component);
  const parts = def.components.filter((c) => !at(toYear, c.id)?.notApplicable);
  if (parts.some((c) => !!at(fromYear, c.id)?.notApplicable !== !!at(toYear, c.id)?.notApplicable)) return null;
  const changes = parts.map((c) => ({ component: c.id, from: at(fromYear, c.id)?.value, to: at(toYear, c.id)?.value }));
  if (changes.some((c) => c.from == null || c.to == null) || parts.length === 0) return null;
  return changes.map((c) => ({ component: c.component, change: tidy(c.to! - c.from!), contribution: tidy((fn.factor * (c.to! - c.from!)) / parts.length) }));
}
