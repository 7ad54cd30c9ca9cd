/**
 * History under the 34 units formed in 2025 (the merger crosswalk in data/catalogue/units.json:
 * each new unit lists the old provinces it was `formedFrom`).
 * - A unit formed from one province keeps that province's history unchanged ("same province").
 * - A unit formed from several: the unweighted mean of its old provinces' scores, only in years where
 *   every one of them has a score (a mean of some of them would describe a different area). No
 *   population or enterprise weights are published for this, so the mean is a plain one, and it is said so.
 * - Derived figures are never ranked against published ones and are always flagged `derived: true`.
 * - From 2025 the unit's own published score is used (`derived: false`).
 * - A structure break (catalogue/editionStructure.ts: PCI 2.0 from 2025) ends the history: points before the latest
 *   one are left out (the old composite is not the new one), so a 2025 unit on a new structure has no derived series.
 */
import { getIndex, getUnit, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { mean, tidy } from './stats';
import { isStructureBreak } from '../catalogue/editionStructure';
import type { Localised, Unit } from '../catalogue/types';

export type HarmoniseMethod = 'published' | 'same-province' | 'mean-of-constituents';

export interface HarmonisedPoint {
  year: number;
  value: number | null;
  derived: boolean;
  method: HarmoniseMethod;
  constituents: { unit: string; value: number | null }[];
}

export interface HarmonisedSeries {
  unit: string;
  component: string;
  derived: true;
  method: Localised;
  constituents: string[];
  points: HarmonisedPoint[];
}

export const harmoniseMethodText: Record<Exclude<HarmoniseMethod, 'published'>, Localised> = {
  'same-province': {
    vi: 'Số liệu trước 2025 là của chính tỉnh cũ (không sáp nhập) — chuỗi dẫn xuất theo đơn vị mới',
    en: 'Figures before 2025 are the same old province (not merged) — series derived under the new unit',
  },
  'mean-of-constituents': {
    vi: 'Trước 2025: trung bình cộng (không trọng số) điểm của các tỉnh cũ hợp thành, chỉ khi tất cả đều có điểm — số liệu dẫn xuất, không phải số công bố',
    en: 'Before 2025: plain (unweighted) mean of the old provinces that formed the unit, only when all have a score — derived, not published',
  },
};

/**
 * How a 2025 unit's history before 2025 is read: from one old province, that province's own (`same-province`); from
 * several, the plain mean of all of them (`mean-of-constituents`, derived); `null` for a unit not formed in 2025.
 */
export function mergerMethod(unit: Pick<Unit, 'formedFrom'> | undefined): Exclude<HarmoniseMethod, 'published'> | null {
  const from = unit?.formedFrom ?? [];
  return from.length === 0 ? null : from.length === 1 ? 'same-province' : 'mean-of-constituents';
}

/**
 * One pre-2025 year of a 2025 unit, by the rules above: the old province's own figure when it was not merged
 * (`same-province`), else the plain mean of all its old provinces (`mean-of-constituents`, derived), else `null`.
 */
export function harmonisedPoint(table: ScoreTable, catalogue: Catalogue, index: string, unit2025Id: string, component: string, year: number): HarmonisedPoint | null {
  const unit = getUnit(catalogue, unit2025Id);
  const method = mergerMethod(unit);
  if (!unit?.formedFrom || !method || year >= unit.validFrom) return null;
  const ix = getIndex(catalogue, index);
  const parts = unit.formedFrom.map((id) => ({ unit: id, value: table.get(ix.id, year, id, component)?.value ?? null }));
  const value = parts.every((p) => p.value !== null) ? mean(parts.map((p) => p.value as number)) : null;
  return { year, value: value === null ? null : tidy(value), derived: true, method, constituents: parts };
}

export function harmonisedSeries(table: ScoreTable, catalogue: Catalogue, index: string, unit2025Id: string, component: string): HarmonisedSeries | null {
  const ix = getIndex(catalogue, index);
  const unit = getUnit(catalogue, unit2025Id);
  const method = mergerMethod(unit);
  if (!unit?.formedFrom || !method) return null;
  const constituents = unit.formedFrom;
  const restart = Math.max(-Infinity, ...ix.methodBreaks.filter(isStructureBreak).map((b) => b.year));
  const points: HarmonisedPoint[] = table.years(ix.id).filter((year) => year >= restart).map((year) => {
    if (year >= unit.validFrom) {
      return { year, value: table.get(ix.id, year, unit.id, component)?.value ?? null, derived: false, method: 'published', constituents: [] };
    }
    // Before the unit existed: the one rule for a year (harmonisedPoint), never null here.
    return harmonisedPoint(table, catalogue, index, unit.id, component, year)!;
  });
  if (!points.some((p) => p.derived)) return null;
  return { unit: unit.id, component, derived: true, method: harmoniseMethodText[method], constituents, points };
}
