/**
 * Where the indicator view's figures come from, behind one interface (indicators.ts `IndicatorSource`), so PCI and
 * PAPI drill down the same way:
 * - PAPI sub-dimensions are components of the shipped score table with a `parent` (participation.civic_knowledge):
 *   scores on the index's points, higher is better, and a series restarts at a method break of the index that
 *   touches the dimension (PAPI 2018 re-divided the dimensions' 1–10 range among more sub-dimensions);
 * - PCI base indicators come from an indicator set (the workbook's sheets per sub-index, imported): definitions from
 *   the indicator catalogue and one figure per (edition, province, indicator).
 */
import { expectedUnitCount, findIndex, scaleFor, subComponents, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import type { IndicatorDef, IndicatorFigure, IndicatorSource } from './indicators';

const CITIZENS = { vi: 'người dân', en: 'citizens' };

/** PAPI-style sub-components of the score table as indicators. */
export function subComponentSource(table: ScoreTable, catalogue: Catalogue): IndicatorSource {
  return {
    defs(index, year, component) {
      const ix = findIndex(catalogue, index);
      if (!ix) return [];
      return subComponents(ix, component, year).map(
        (c): IndicatorDef => ({
          index: ix.id,
          id: c.id,
          code: c.id.slice(component.length + 1),
          component,
          label: { vi: c.vi, en: c.en },
          unit: 'points',
          scale: scaleFor(c, year),
          higherIsBetter: c.higherIsBetter,
          breaks: ix.methodBreaks.filter((b) => !b.components || b.components.includes(component)).map((b) => b.year),
          respondents: CITIZENS,
        }),
      );
    },
    figures: (index, year, indicator) => table.slice(index, year, indicator).map((s) => ({ unit: s.unit, value: s.value })),
    years: (index, indicator) => table.years(index).filter((y) => table.slice(index, y, indicator).some((s) => s.value !== null)),
    expectedUnits: (_index, year) => expectedUnitCount(catalogue, year),
  };
}

/** One figure of an indicator set: an edition, a province (unit id), an indicator id, the value in its own unit. */
export interface IndicatorRow {
  index: string;
  year: number;
  unit: string;
  indicator: string;
  value: number | null;
}

/** A set of indicator definitions (per edition) and figures, e.g. an imported PCI workbook. */
export interface IndicatorSet {
  /** Definitions per edition: `defs[year]` in printed order. */
  defs: Record<number, IndicatorDef[]>;
  rows: IndicatorRow[];
}

export function indicatorSetSource(set: IndicatorSet, catalogue: Catalogue): IndicatorSource {
  const byKey = new Map<string, IndicatorFigure[]>();
  const yearsOf = new Map<string, Set<number>>();
  for (const r of set.rows) {
    const key = `${r.index}|${r.year}|${r.indicator}`;
    const list = byKey.get(key);
    if (list) list.push({ unit: r.unit, value: r.value });
    else byKey.set(key, [{ unit: r.unit, value: r.value }]);
    if (r.value !== null) {
      const ik = `${r.index}|${r.indicator}`;
      const ys = yearsOf.get(ik);
      if (ys) ys.add(r.year);
      else yearsOf.set(ik, new Set([r.year]));
    }
  }
  return {
    defs: (index, year, component) => (set.defs[year] ?? []).filter((d) => d.index === index && d.component === component),
    figures: (index, year, indicator) => byKey.get(`${index}|${year}|${indicator}`) ?? [],
    years: (index, indicator) => [...(yearsOf.get(`${index}|${indicator}`) ?? [])].sort((a, b) => a - b),
    expectedUnits: (_index, year) => expectedUnitCount(catalogue, year),
  };
}

/** Several sources as one: the first that has indicators under (index, year, component) answers for them. */
export function combinedIndicatorSource(sources: readonly IndicatorSource[]): IndicatorSource {
  const owner = (index: string, indicator: string) =>
    sources.find((s) => s.years(index, indicator).length > 0) ?? sources[0];
  return {
    defs(index, year, component) {
      for (const s of sources) {
        const defs = s.defs(index, year, component);
        if (defs.length) return defs;
      }
      return [];
    },
    figures: (index, year, indicator) => owner(index, indicator).figures(index, year, indicator),
    years: (index, indicator) => owner(index, indicator).years(index, indicator),
    expectedUnits: (index, year) => sources[0]?.expectedUnits(index, year) ?? 0,
  };
}
