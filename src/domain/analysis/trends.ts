/**
 * Trend of a component over the editions, in the spirit of the IIAG data portal, which sets the
 * recent (five-year) trend against the long (ten-year) one.
 *
 * Definitions (pace = average annual change between the first and last value inside a window, in points
 * per year; "up" = pace above +flat, "down" = below −flat, otherwise "flat"; flat = `flatShare` of the
 * component's scale range per year, default 1 % — 0.1 point a year on a 0–10 scale, 1 on 0–100):
 * - long window = the last `longWindow` years (default 10) ending at the latest value; recent = last `shortWindow` (5).
 * - improving:      recent up, and long not down, and recent at least as fast as long;
 * - slowing:        long up, but recent slower (still up, or flat);
 * - warning_signs:  long up, recent down (the improvement has turned);
 * - bouncing_back:  long down, recent up;
 * - declining:      recent down, and long not up;
 * - stable:         recent flat, long flat or down;
 * - insufficient_data: fewer than 3 values in the long window or fewer than 2 in the recent one.
 * "Better" follows the component's `higherIsBetter`: for a lower-is-better component the paces are negated.
 * Method breaks: the composite's series restarts at the latest break (new weights or new dimensions
 * change the composite itself: PAPI's aggregate went from 6–60 to 8–80 in 2018); a component's series
 * is read across breaks, and the breaks inside its window are returned and stated.
 */
import { findComponent, getIndex, mainComponents, methodBreaksBetween, scaleFor, type Catalogue } from '../catalogue/catalogue';
import { TOTAL } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { tidy } from './stats';
import type { Localised, MethodBreak } from '../catalogue/types';

export type TrendClass = 'improving' | 'declining' | 'bouncing_back' | 'slowing' | 'warning_signs' | 'stable' | 'insufficient_data';

export const trendLabels: Record<TrendClass, Localised> = {
  improving: { vi: 'Đang cải thiện', en: 'Improving' },
  declining: { vi: 'Đang đi xuống', en: 'Declining' },
  bouncing_back: { vi: 'Đang phục hồi', en: 'Bouncing back' },
  slowing: { vi: 'Cải thiện chậm lại', en: 'Slowing improvement' },
  warning_signs: { vi: 'Dấu hiệu cảnh báo', en: 'Warning signs' },
  stable: { vi: 'Ổn định', en: 'Stable' },
  insufficient_data: { vi: 'Chưa đủ số liệu', en: 'Insufficient data' },
};

export interface TrendOptions {
  shortWindow: number;
  longWindow: number;
  /** Share of the scale range per year below which a pace is "flat" (default 0.01). */
  flatShare: number;
  /** Scale of the component (default 0–10). */
  scale: { min: number; max: number };
  higherIsBetter: boolean;
}

export const DEFAULT_TREND_OPTIONS: TrendOptions = {
  shortWindow: 5,
  longWindow: 10,
  flatShare: 0.01,
  scale: { min: 0, max: 10 },
  higherIsBetter: true,
};

export interface TrendPoint {
  year: number;
  value: number | null;
}

export interface TrendResult {
  trend: TrendClass;
  label: Localised;
  detail: Localised;
  /** Points per year (better = positive), or null. */
  longPace: number | null;
  recentPace: number | null;
  /** Years the long window spans (the trend reads nothing before `from`). */
  window: { from: number; to: number } | null;
}

const fmt = (v: number, lang: 'vi' | 'en') => {
  const rounded = Math.round(v * 100) / 100 || 0; // no "-0.00"
  const text = (rounded >= 0 ? '+' : '') + rounded.toFixed(2);
  return lang === 'vi' ? text.replace('.', ',') : text;
};

function pace(points: { year: number; value: number }[]): number | null {
  if (points.length < 2) return null;
  const first = points[0];
  const last = points[points.length - 1];
  return last.year === first.year ? null : (last.value - first.value) / (last.year - first.year);
}

export function classifyTrend(series: readonly TrendPoint[], options: Partial<TrendOptions> = {}): TrendResult {
  const opts = { ...DEFAULT_TREND_OPTIONS, ...options };
  const present = series
    .filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  const insufficient = (why: Localised): TrendResult => ({ trend: 'insufficient_data', label: trendLabels.insufficient_data, detail: why, longPace: null, recentPace: null, window: null });
  if (present.length === 0) return insufficient({ vi: 'Không có số liệu', en: 'No data' });
  const lastYear = present[present.length - 1].year;
  const long = present.filter((p) => p.year >= lastYear - opts.longWindow);
  const recent = present.filter((p) => p.year >= lastYear - opts.shortWindow);
  if (long.length < 3 || recent.length < 2) {
    return insufficient({
      vi: `Chỉ có ${long.length} kỳ trong ${opts.longWindow} năm gần nhất (cần 3, trong đó 2 kỳ trong ${opts.shortWindow} năm)`,
      en: `Only ${long.length} ${long.length === 1 ? 'edition' : 'editions'} in the last ${opts.longWindow} years (3 needed, 2 of them within ${opts.shortWindow} years)`,
    });
  }
  const sign = opts.higherIsBetter ? 1 : -1;
  // Rounded so that equal paces compare equal (0.2 vs 0.19999999999999996).
  const longPace = tidy(sign * pace(long)!);
  const recentPace = tidy(sign * pace(recent)!);
  const flat = opts.flatShare * (opts.scale.max - opts.scale.min);
  const dir = (p: number) => (p > flat ? 'up' : p < -flat ? 'down' : 'flat');
  const [l, r] = [dir(longPace), dir(recentPace)];

  let trend: TrendClass;
  if (l === 'up' && r === 'down') trend = 'warning_signs';
  else if (l === 'down' && r === 'up') trend = 'bouncing_back';
  else if (l === 'up' && recentPace < longPace) trend = 'slowing';
  else if (r === 'up') trend = 'improving';
  else if (r === 'down') trend = 'declining';
  else trend = 'stable';

  const span = (pts: { year: number }[]) => `${pts[0].year}–${pts[pts.length - 1].year}`;
  return {
    trend,
    label: trendLabels[trend],
    detail: {
      vi: `Dài hạn ${span(long)}: ${fmt(longPace, 'vi')} điểm/năm; gần đây ${span(recent)}: ${fmt(recentPace, 'vi')} điểm/năm (ngưỡng đi ngang ±${flat.toFixed(2).replace('.', ',')}).`,
      en: `Long ${span(long)}: ${fmt(longPace, 'en')} points/year; recent ${span(recent)}: ${fmt(recentPace, 'en')} points/year (flat within ±${flat.toFixed(2)}).`,
    },
    longPace,
    recentPace,
    window: { from: long[0].year, to: lastYear },
  };
}

export interface ComponentTrend {
  component: string;
  series: TrendPoint[];
  trend: TrendClass;
  label: Localised;
  detail: Localised;
  /** Method breaks inside the series: changes across them are not like-for-like. */
  methodBreaks: MethodBreak[];
}

/**
 * The composite and every main component of an index for one unit, each with its series and trend.
 * `upTo` (optional) ends the series at an edition, so an analysis of 2016 does not read 2020.
 */
export function componentTrends(table: ScoreTable, catalogue: Catalogue, index: string, unit: string, upTo?: number): ComponentTrend[] {
  const ix = getIndex(catalogue, index);
  const years = table.years(ix.id).filter((y) => upTo === undefined || y <= upTo);
  if (years.length === 0) return [];
  // Components still measured in the latest edition (a sub-index dropped in 2008 has no trend to act on).
  const ids = [TOTAL, ...mainComponents(ix, years[years.length - 1]).map((c) => c.id)];
  return ids.flatMap((id) => {
    const def = findComponent(ix, id)!;
    const series = years
      .filter((y) => table.slice(ix.id, y, id).length > 0)
      .map((year) => ({ year, value: table.get(ix.id, year, unit, id)?.value ?? null }));
    if (series.length === 0) return [];
    const last = series[series.length - 1].year;
    const restart = id === TOTAL ? Math.max(-Infinity, ...ix.methodBreaks.filter((b) => b.year <= last).map((b) => b.year)) : -Infinity;
    const result = classifyTrend(
      series.filter((p) => p.year >= restart),
      { scale: scaleFor(def, last), higherIsBetter: def.higherIsBetter },
    );
    if (restart > -Infinity && result.trend === 'insufficient_data') {
      result.detail = {
        vi: `${result.detail.vi} — chỉ tính từ thay đổi phương pháp ${restart}`,
        en: `${result.detail.en} — counted only since the ${restart} method break`,
      };
    }
    const breaks = result.window ? methodBreaksBetween(ix, result.window.from, result.window.to) : [];
    const note: Localised | null = breaks.length && result.trend !== 'insufficient_data'
      ? { vi: ` Qua thay đổi phương pháp ${breaks.map((b) => b.year).join(', ')}.`, en: ` Crosses method break ${breaks.map((b) => b.year).join(', ')}.` }
      : null;
    return [{
      component: id,
      series,
      trend: result.trend,
      label: result.label,
      detail: note ? { vi: result.detail.vi + note.vi, en: result.detail.en + note.en } : result.detail,
      methodBreaks: breaks,
    }];
  });
}
