/**
 * Colour scales of the choropleth (d3-scale). Classes, not a continuous ramp, so the legend can be read
 * exactly. Darker blue = better in both modes: for a lower-is-better component the scale is flipped.
 * Palettes: ColorBrewer Blues and RdBu (colour-blind safe), 6 classes.
 */
import { scaleQuantize } from 'd3-scale';

export const SEQUENTIAL = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/** Worse (red) → better (blue). */
export const DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'];
export const NO_DATA = '#d9d9d9';

export interface LegendClass {
  colour: string;
  from: number;
  to: number;
}

export interface ColourScale {
  colour(value: number | null): string;
  classes: LegendClass[];
}

function classesOf(scale: ReturnType<typeof scaleQuantize<string>>, palette: string[]): LegendClass[] {
  return palette.map((colour) => {
    const [from, to] = scale.invertExtent(colour);
    return { colour, from: from!, to: to! };
  });
}

/** Scores: classes over the loaded values' extent (rounded outward); `higherIsBetter = false` flips the palette. */
export function valueScale(values: number[], higherIsBetter: boolean): ColourScale | null {
  if (!values.length) return null;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const palette = higherIsBetter ? SEQUENTIAL : [...SEQUENTIAL].reverse();
  const scale = scaleQuantize<string>().domain([lo, hi]).range(palette).nice(6);
  return { colour: (v) => (v === null ? NO_DATA : scale(v)), classes: classesOf(scale, palette) };
}

/** Changes: symmetric around 0 so that 0 is a class boundary; blue = improved, red = worsened. */
export function changeScale(changes: number[], higherIsBetter: boolean): ColourScale | null {
  if (!changes.length) return null;
  const m = Math.max(...changes.map(Math.abs)) || 1;
  const palette = higherIsBetter ? DIVERGING : [...DIVERGING].reverse();
  const scale = scaleQuantize<string>().domain([-m, m]).range(palette);
  return { colour: (v) => (v === null ? NO_DATA : scale(v)), classes: classesOf(scale, palette) };
}
