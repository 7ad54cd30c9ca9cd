/**
 * Everything the working group reads for one province, index and year, assembled from the single-rule
 * modules (changes, tiers, weakness, trends, contribution, harmonise). Used by `npm run analyze` and the profile.
 */
import { getIndex, getUnit, type Catalogue } from '../catalogue/catalogue';
import { rankRangesFor, rankTable, type RankRow } from './changes';
import { orderWithinNoise } from './composite';
import { explainRankMove, type RankMoveExplanation } from './contribution';
import { rankWithBaseScore, type RankWithBaseScore } from './rankMove';
import type { Coverage, ScoreTable } from '../table/dataset';
import { harmonisedSeries, type HarmonisedSeries } from './harmonise';
import { componentTrends, type ComponentTrend } from './trends';
import { dataConflicts, type DataConflict } from '../table/conflicts';
import type { PublishedDisagreement } from '../table/publishedDisagreements';
import { assessComponents, DEFAULT_WEAKNESS_OPTIONS, weakAssessmentOf, type ComponentAssessment, type WeakAssessmentDetail, type WeakAssessmentStatus, type WeaknessOptions } from './weakness';
import type { MethodBreak } from '../catalogue/types';

export interface ProvinceAnalysis {
  index: string;
  year: number;
  unit: string;
  composite: (RankRow & { baseYear: number | null; coverage: Coverage; methodBreaks: MethodBreak[] }) | null;
  components: ComponentAssessment[];
  weak: ComponentAssessment[];
  rules: Required<WeaknessOptions>;
  /** Whether the weak list rests on every rule ("complete"), some ("partial") or none ("not-assessed"). */
  weakAssessment: WeakAssessmentStatus;
  /** The rules applied and withheld (with reasons) behind `weakAssessment`. */
  weakAssessmentDetail: WeakAssessmentDetail;
  /** Published figures that disagree (both sources), and which one the rules use. */
  conflicts: DataConflict[];
  trends: ComponentTrend[];
  rankMove: RankMoveExplanation;
  /** Own move vs others' moves: the rank had the province kept the base edition's score (rankMove.ts); null without a base score. */
  keptScore: RankWithBaseScore | null;
  /** Only for units formed in the 2025 merger: their history through the crosswalk (derived). */
  harmonised: HarmonisedSeries[];
  /**
   * The province and the one at the next rank up differ within noise: their rank ranges overlap (composite.ts
   * `orderWithinNoise`); null when either has no range (a partial edition) or there is no next rank.
   */
  gapWithinNoise: boolean | null;
}

export function analyseProvince(
  table: ScoreTable,
  catalogue: Catalogue,
  index: string,
  year: number,
  unit: string,
  options: { baseYear?: number | null; weakness?: Partial<WeaknessOptions>; disagreements?: readonly PublishedDisagreement[] } = {},
): ProvinceAnalysis {
  const ix = getIndex(catalogue, index);
  const ranks = rankTable(table, catalogue, ix.id, year, 'total', { baseYear: options.baseYear });
  const row = ranks.rows.find((r) => r.unit === unit) ?? null;
  const components = assessComponents(table, catalogue, ix.id, year, unit, options.weakness);
  const detail = weakAssessmentOf(components);
  const trends = componentTrends(table, catalogue, ix.id, unit, year);
  const formed = getUnit(catalogue, unit)?.formedFrom?.length ? true : false;
  const rankMove = explainRankMove(table, catalogue, ix.id, year, unit, options.baseYear);
  const ranges = rankRangesFor(table, catalogue, ix.id, year);
  const above = rankMove.gapToNextRank?.unit;
  return {
    index: ix.id,
    year,
    unit,
    composite: row ? { ...row, baseYear: ranks.baseYear, coverage: ranks.coverage, methodBreaks: ranks.methodBreaks } : null,
    components,
    weak: components.filter((c) => c.weak),
    rules: { ...DEFAULT_WEAKNESS_OPTIONS, ...options.weakness },
    weakAssessment: detail.status,
    weakAssessmentDetail: detail,
    conflicts: dataConflicts(table, catalogue, ix.id, year, unit, options.disagreements),
    trends,
    rankMove,
    gapWithinNoise: ranges && above ? orderWithinNoise(ranges.get(unit) ?? null, ranges.get(above) ?? null) : null,
    keptScore: rankWithBaseScore(table, catalogue, ix.id, year, unit, options.baseYear),
    harmonised: formed
      ? trends.flatMap((t) => {
          const series = harmonisedSeries(table, catalogue, ix.id, unit, t.component);
          return series ? [series] : [];
        })
      : [],
  };
}
