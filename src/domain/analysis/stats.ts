/**
 * Summary statistics over the values that are present.
 * - Missing values never reach these functions as 0: callers pass only numbers; non-finite numbers are dropped.
 * - An empty list gives `null` ("no value"), never 0.
 * - `quantile` interpolates linearly between order statistics (R type 7, as d3-array and spreadsheets do).
 */

function finiteSorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

export function quantile(values: readonly number[], q: number): number | null {
  const sorted = finiteSorted(values);
  if (sorted.length === 0 || !(q >= 0 && q <= 1)) return null;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

export function mean(values: readonly number[]): number | null {
  const present = values.filter((v) => Number.isFinite(v));
  if (present.length === 0) return null;
  return present.reduce((sum, v) => sum + v, 0) / present.length;
}

/** Rounds away floating-point noise (91.03 − 90.1 = 0.93, not 0.9299999999999926). */
export function tidy(value: number, decimals = 6): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Pearson correlation of paired values; pairs with a missing or non-finite member are dropped.
 * `null` with fewer than 3 pairs or when either side does not vary (no direction can be read from it).
 */
export function correlation(pairs: readonly (readonly [number | null, number | null])[]): { r: number; n: number } | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of pairs) {
    if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    xs.push(x);
    ys.push(y);
  }
  const n = xs.length;
  if (n < 3) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return { r: sxy / Math.sqrt(sxx * syy), n };
}
