/**
 * The one-page brief's content, prepared without JSX: for each of the four indices, the province's
 * latest edition (score, rank, change, tier), why the rank moved (the domain's contribution analysis)
 * and the weak components, most costly first.
 */
import { FOUR_INDICES, findIndex, TOTAL, type Catalogue } from '@/domain/catalogue/catalogue';
import { rankTable, type RankRow } from '@/domain/analysis/changes';
import { explainRankMove } from '@/domain/analysis/contribution';
import { rankWithBaseScore, type RankWithBaseScore } from '@/domain/analysis/rankMove';
import type { Coverage, ScoreTable } from '@/domain/table/dataset';
import { latestYearWithFigure } from '@/domain/table/latestYear';
import { assessComponents, weakAssessmentOf, type ComponentAssessment, type WeakAssessmentDetail } from '@/domain/analysis/weakness';
import type { IndexDef } from '@/domain/catalogue/types';

/** Weak components listed per index: the page is one A4 sheet. */
export const WEAK_PER_INDEX = 3;
/** Components named in a rank-move explanation: the largest contributions, by absolute size. */
export const CONTRIBUTIONS_SHOWN = 3;

export type RankMove = ReturnType<typeof explainRankMove>;

export interface BriefIndex {
  index: IndexDef;
  year: number | null;
  row: RankRow | null;
  coverage: Coverage | null;
  baseYear: number | null;
  move: RankMove | null;
  /** The rank had the province kept the base edition's score (own move vs others'). */
  keptScore: RankWithBaseScore | null;
  weak: ComponentAssessment[];
  /** Too few provinces loaded for the national statistics the weakness rules need. */
  statsWithheld: boolean;
  /** The province has at least one component figure in that edition (otherwise weakness cannot be assessed). */
  hasComponentFigures: boolean;
  /** Which weakness rules ran and which were withheld (domain/weakness.ts). */
  weakAssessment: WeakAssessmentDetail | null;
}

export function buildBrief(table: ScoreTable, catalogue: Catalogue, unit: string): BriefIndex[] {
  return FOUR_INDICES.flatMap((id): BriefIndex[] => {
    const index = findIndex(catalogue, id);
    if (!index) return [];
    const year = latestYearWithFigure(table, index.id, unit);
    if (year === null) return [{ index, year: null, row: null, coverage: null, baseYear: null, move: null, keptScore: null, weak: [], statsWithheld: false, hasComponentFigures: false, weakAssessment: null }];
    const ranked = rankTable(table, catalogue, index.id, year, TOTAL);
    const row = ranked.rows.find((r) => r.unit === unit) ?? null;
    const move = ranked.baseYear !== null ? explainRankMove(table, catalogue, index.id, year, unit, ranked.baseYear) : null;
    const assessed = assessComponents(table, catalogue, index.id, year, unit);
    const weak = assessed.filter((a) => a.weak).slice(0, WEAK_PER_INDEX);
    const statsWithheld = assessed.length > 0 && assessed.every((a) => a.statsWithheld);
    const hasComponentFigures = assessed.some((a) => a.value !== null);
    return [{ index, year, row, coverage: ranked.coverage, baseYear: ranked.baseYear, move, keptScore: ranked.baseYear !== null ? rankWithBaseScore(table, catalogue, index.id, year, unit, ranked.baseYear) : null, weak, statsWithheld, hasComponentFigures, weakAssessment: weakAssessmentOf(assessed) }];
  });
}

/** The contributions worth naming: largest first by absolute size, missing ones left out. */
export function mainContributions(move: RankMove): RankMove['contributions'] {
  return move.contributions
    .filter((c) => c.contribution !== null)
    .sort((a, b) => Math.abs(b.contribution!) - Math.abs(a.contribution!))
    .slice(0, CONTRIBUTIONS_SHOWN);
}
