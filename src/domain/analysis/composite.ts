/**
 * Decides how an edition's composite is built from its components (weights, scale factor), and how far a printed
 * composite may lie from the weighted sum of its printed components. Used by the app (contribution, what-if), the
 * import checks and the data build (scripts/build-data).
 *
 * How a composite is built (see ../shared/domain/indices.md):
 * - PCI: composite = 10 × Σ weight × sub-index (sub-indices 0–10, composite 0–100; the factor is the composite's
 *   scale maximum over the component's). Weights belong to an edition (catalogue `weightFor`): 2013–2021 one set,
 *   from 2022 another; before 2013 they are not known, so the composite is not a known function of its components.
 * - PAPI: aggregate = unweighted sum of the dimensions, so each weight is 1 and the factor 1.
 * - PAR INDEX, SIPAS, PGI: the composite is not rebuilt from the components shipped here (no weights).
 * Figures are printed to 2 decimals: ten rounded components (±0.005 each) weighted to 1 and scaled ×10 give at most
 * ±0.05, plus ±0.005 on the printed composite — `COMPOSITE_ROUNDING_TOLERANCE`.
 */
import { findComponent, mainComponents, scaleFor, weightFor } from '../catalogue/catalogue';
import type { ComponentDef, IndexDef } from '../catalogue/types';

/** Indices whose composite is the plain sum of their main components [C PAPI reports: aggregate 6–60 / 8–80]. */
const SUM_OF_COMPONENTS = new Set(['PAPI']);

/** How far a printed composite may lie from the weighted sum of its printed components (rounding in print). */
export const COMPOSITE_ROUNDING_TOLERANCE = 0.055;

export interface ComponentWeight {
  /** Weight in the composite; `null` when the edition's weights are not known. */
  weight: number | null;
  /** Multiplier from component scale to composite scale (PCI: 100 / 10 = 10; PAPI: 1). */
  factor: number;
}

export function componentWeight(index: IndexDef, component: ComponentDef, year: number): ComponentWeight {
  if (SUM_OF_COMPONENTS.has(index.id)) return { weight: 1, factor: 1 };
  const weight = weightFor(component, year);
  const total = findComponent(index, 'total');
  const factor = total && weight !== null ? scaleFor(total, year).max / scaleFor(component, year).max : 1;
  return { weight, factor };
}

export interface CompositePart {
  component: ComponentDef;
  weight: number;
  factor: number;
}

/** The edition's main components with their weight and factor, or `null` when any weight is unknown (or none is listed). */
export function compositeRecipe(index: IndexDef, year: number): CompositePart[] | null {
  const components = mainComponents(index, year);
  if (components.length === 0) return null;
  const parts: CompositePart[] = [];
  for (const component of components) {
    const { weight, factor } = componentWeight(index, component, year);
    if (weight === null) return null;
    parts.push({ component, weight, factor });
  }
  return parts;
}

/** The composite as the weighted sum of the components (`valueOf` by component id); `null` when unknown or a component is missing. */
export function compositeFromComponents(index: IndexDef, year: number, valueOf: (component: string) => number | null | undefined): number | null {
  const recipe = compositeRecipe(index, year);
  if (!recipe) return null;
  let sum = 0;
  for (const part of recipe) {
    const v = valueOf(part.component.id);
    if (v === null || v === undefined || !Number.isFinite(v)) return null;
    sum += part.weight * part.factor * v;
  }
  return sum;
}

/** Does a printed composite agree with the weighted sum of its printed components (within rounding)? */
export function compositeAgrees(printed: number, computed: number, tolerance = COMPOSITE_ROUNDING_TOLERANCE): boolean {
  return Math.abs(printed - computed) <= tolerance;
}
