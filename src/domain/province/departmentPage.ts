/**
 * Decides what a department's page lists (who owns what comes from plan/owners.ts).
 * A department's page: what it owns in the national indices (PCI, PAR INDEX, SIPAS, PAPI components, with the
 * plan's tasks, status and targets) beside how the province's own indices (DDCI …) rated it.
 *
 * Rules (one home for them):
 * - what it owns: plan/owners.ts (`ownersOf`, `ownershipOf`) over the plan's items for the province and every main
 *   component of each index's latest edition loaded for it: planned work, and the template's suggestions with
 *   their evidence level — never as a fact;
 * - each owned component shows the province's figure in the latest edition loaded for that index, with the rank and
 *   its basis (official / among the loaded provinces, marked *), as rank.ts and changes.ts give them;
 * - its own ratings: for each province-run index loaded, the analysis of the department's unit
 *   (`<province>/<department id>`, provinceAnalysis.ts): score, rank among departments only, weak components, trend;
 *   a 2025 department also lists its predecessors' last figures (labelled, not joined into its series).
 */
import { FOUR_INDICES, findIndex, mainComponents, type Catalogue } from '../catalogue/catalogue';
import { ranksFor } from '../analysis/changes';
import type { ScoreTable } from '../table/dataset';
import type { AssignmentTemplate, Department, Evidence } from '../plan/departments';
import { ownersOf, ownershipOf, type OwnerRef } from '../plan/owners';
import type { FollowUpItem, ItemStatus, PlanTask } from '../plan/followup';
import { analyseLocalUnit, type LocalUnitAnalysis } from './provinceAnalysis';
import type { ProvinceIndexDef } from './provinceIndex';
import { localUnitId, type LocalUnit } from './provinceUnits';
import type { RankBasis } from '../analysis/rank';
import type { Score } from '../catalogue/types';

export interface OwnedComponent {
  index: string;
  year: number;
  component: string;
  role: 'lead' | 'co-owner';
  /** 'plan' = assigned in the province's plan; 'suggested' = the template's lead, not yet adopted. */
  basis: 'plan' | 'suggested';
  evidence: Evidence | null;
  /** The department the plan names, when it is a predecessor of this one. */
  via: string | null;
  status: ItemStatus | null;
  targetScore: number | null;
  targetRank: number | null;
  deadline: string | null;
  tasks: PlanTask[];
  value: number | null;
  rank: number | null;
  rankBasis: RankBasis | null;
}

export interface OwnRating {
  definition: ProvinceIndexDef;
  analysis: LocalUnitAnalysis;
}

export interface DepartmentPage {
  department: string;
  province: string;
  owned: OwnedComponent[];
  ratings: OwnRating[];
}

/** Latest edition of an index with a figure for the province (composite or any component). */
function latestYearFor(table: ScoreTable, index: string, province: string): number | null {
  const years = table.years(index).filter((y) => table.components(index, y).some((c) => table.get(index, y, province, c)?.value != null));
  return years.length ? years[years.length - 1] : null;
}

export function departmentPage(input: {
  table: ScoreTable;
  catalogue: Catalogue;
  /** The national unit whose plan it is ("42"), and the scope of its own indices ("42"). */
  province: string;
  scope: string;
  departmentId: string;
  items: readonly FollowUpItem[];
  departments: readonly Department[];
  template: AssignmentTemplate;
  provinceIndices: readonly { definition: ProvinceIndexDef; scores: readonly Score[]; units: readonly LocalUnit[] }[];
}): DepartmentPage {
  const { table, catalogue, province, departmentId, departments } = input;
  const owned: OwnedComponent[] = [];
  const figure = (index: string, year: number, component: string) => {
    const rank = ranksFor(table, catalogue, index, year, component).get(province);
    return { value: table.get(index, year, province, component)?.value ?? null, rank: rank?.rank ?? null, rankBasis: rank?.basis ?? null };
  };
  const refs = new Map<string, OwnerRef>();
  for (const item of input.items) {
    if (item.province === province) refs.set(`${item.index}|${item.year}|${item.component}`, { index: item.index, year: item.year, component: item.component });
  }
  for (const index of FOUR_INDICES) {
    const ix = findIndex(catalogue, index);
    const year = ix ? latestYearFor(table, ix.id, province) : null;
    if (!ix || year === null) continue;
    for (const c of mainComponents(ix, year)) refs.set(`${ix.id}|${year}|${c.id}`, { index: ix.id, year, component: c.id });
  }
  const context = { table, province, items: input.items, departments, template: input.template, catalogue };
  for (const ref of refs.values()) {
    const own = ownershipOf(departmentId, ownersOf(ref, context), departments);
    if (!own) continue;
    const item = own.owners.item;
    const planned = own.basis === 'plan';
    owned.push({
      index: ref.index,
      year: ref.year,
      component: ref.component,
      role: own.role,
      basis: own.basis,
      evidence: planned ? null : (own.owners.suggestion?.evidence ?? null),
      via: own.via,
      status: item?.status ?? null,
      targetScore: item?.targetScore ?? null,
      targetRank: item?.targetRank ?? null,
      deadline: item?.deadline ?? null,
      tasks: item?.tasks ?? [],
      ...figure(ref.index, ref.year, ref.component),
    });
  }
  const order = catalogue.indices.map((i) => i.id);
  owned.sort((a, b) => order.indexOf(a.index) - order.indexOf(b.index) || (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) || b.year - a.year || a.component.localeCompare(b.component));

  const unitId = localUnitId(input.scope, departmentId);
  const ratings: OwnRating[] = [];
  for (const p of input.provinceIndices) {
    const years = [...new Set(p.scores.filter((s) => s.unit === unitId).map((s) => s.year))].sort((a, b) => a - b);
    if (!years.length) continue;
    const analysis = analyseLocalUnit(p.scores, p.units, p.definition, years[years.length - 1], unitId);
    if (analysis) ratings.push({ definition: p.definition, analysis });
  }
  return { department: departmentId, province, owned, ratings };
}
