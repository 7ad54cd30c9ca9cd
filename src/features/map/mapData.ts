/**
 * What the map shows, prepared without JSX: one row per unit of the year (score, rank, change against
 * the base year) from the domain's rank table; the colour scale for the chosen mode.
 */
import { getUnit, methodBreaksBetween, type Catalogue, regionName } from '@/domain/catalogue/catalogue';
import { rankTable } from '@/domain/analysis/changes';
import { notRankedText } from '@/domain/catalogue/editions';
import { tierText } from '@/domain/analysis/tiers';
import type { Coverage, ScoreTable } from '@/domain/table/dataset';
import type { RankBasis } from '@/domain/analysis/rank';
import type { IndexDef, Lang, MethodBreak } from '@/domain/catalogue/types';
import { changeScale, valueScale, type ColourScale } from './colour';

export type MapMode = 'value' | 'change';

export interface MapRow {
  unit: string;
  name: string;
  region: string;
  value: number | null;
  rank: number | null;
  rankBasis: RankBasis | null;
  baseValue: number | null;
  scoreChange: number | null;
  rankChange: number | null;
  /** Across the 2025 merger, a merged unit's change is against the mean of its old provinces (derived). */
  changeDerived: boolean;
  /** "không được xếp hạng trong PAPI 2023: …" when the publisher did not rank the unit (not missing data). */
  notRanked?: string;
  /** The group the edition printed (or computed, tiers.ts), in the view's language; null when none. */
  tier: string | null;
}

export interface MapData {
  rows: MapRow[];
  coverage: Coverage;
  baseYear: number | null;
  methodBreaks: MethodBreak[];
  scale: ColourScale | null;
  /** The number each unit is coloured by (score or change), by unit id. */
  shown: Map<string, number | null>;
}

export function buildMapData(
  table: ScoreTable,
  catalogue: Catalogue,
  index: IndexDef,
  year: number,
  component: string,
  higherIsBetter: boolean,
  mode: MapMode,
  baseYear: number | null,
  lang: Lang,
): MapData {
  const result = rankTable(table, catalogue, index.id, year, component, { baseYear });
  const rows: MapRow[] = result.rows.map((r) => {
    const unit = getUnit(catalogue, r.unit);
    return {
      unit: r.unit,
      name: unit ? unit[lang] : r.unit,
      region: unit ? regionName(catalogue, unit.region, lang) : '',
      value: r.value,
      rank: r.rank,
      rankBasis: r.rankBasis,
      baseValue: r.baseValue,
      scoreChange: r.scoreChange,
      rankChange: r.rankChange,
      changeDerived: r.changeDerived ?? false,
      tier: r.tier ? tierText(r.tier, r.tierSource, lang) : null,
      ...(r.notRanked ? { notRanked: notRankedText(catalogue, r.notRanked, index.id, year, lang) } : {}),
    };
  });
  const shown = new Map(rows.map((r) => [r.unit, mode === 'change' ? r.scoreChange : r.value]));
  const numbers = [...shown.values()].filter((v): v is number => v !== null);
  const scale = mode === 'change' ? changeScale(numbers, higherIsBetter) : valueScale(numbers, higherIsBetter);
  const methodBreaks = result.baseYear !== null ? (result.methodBreaks.length ? result.methodBreaks : methodBreaksBetween(index, result.baseYear, year)) : [];
  return { rows, coverage: result.coverage, baseYear: result.baseYear, methodBreaks, scale, shown };
}
