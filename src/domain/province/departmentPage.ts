/**
 * A department's page: what it owns in the national indices (PCI, PAR INDEX, SIPAS, PAPI components, with the
 * plan's tasks, status and targets) beside how the province's own indices (DDCI …) rated it.
 *
 * Rules (one home for them):
 * - what it owns comes from the province's follow-up plan (lead or co-owner, itself or a predecessor it absorbed in
 *   2025: Sở Tài chính owns what Sở KH&ĐT owned); where the plan has no item for a component of the latest edition,
 *   the assignment template's lead is shown as a suggestion with its evidence level — never as a fact;
 * - each owned component shows the province's figure in the latest edition loaded for that index, with the rank and
 *   its basis (official / among the loaded provinces, marked *), as rank.ts and changes.ts give them;
 * - its own ratings: for each province-run index loaded, the analysis of the department's unit
 *   (`<province>/<department id>`, provinceAnalysis.ts): score, rank among departments only, weak components, trend;
 *   a 2025 department also lists its predecessors' last figures (labelled, not joined into its series).
 */
import { FOUR_INDICES, findIndex, mainComponents, type Catalogue } from '../catalogue/catalogue';
import { ranksFor } from '../analysis/changes';
import type { ScoreTable } from '../table/dataset';
import { currentDepartment, predecessorsAndSelf, templateSuggestion, type AssignmentTemplate, type Department, type Evidence } from '../plan/departments';
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
  const ids = predecessorsAndSelf(departments, departmentId);
  const owned: OwnedComponent[] = [];
  const figure = (index: string, year: number, component: string) => {
    const rank = ranksFor(table, catalogue, index, year, component).get(province);
    return { value: table.get(index, year, province, component)?.value ?? null, rank: rank?.rank ?? null, rankBasis: rank?.basis ?? null };
  };
  const planned = new Set<string>();
  for (const item of input.items) {
    if (item.province !== province) continue;
    const lead = item.lead !== null && ids.includes(item.lead) ? item.lead : null;
    const co = item.coOwners.find((c) => ids.includes(c)) ?? null;
    const as = lead ?? co;
    if (as === null) continue;
    planned.add(`${item.index}|${item.year}|${item.component}`);
    owned.push({
      index: item.index,
      year: item.year,
      component: item.component,
      role: lead ? 'lead' : 'co-owner',
      basis: 'plan',
      evidence: null,
      via: as === departmentId ? null : as,
      status: item.status,
      targetScore: item.targetScore,
      targetRank: item.targetRank,
      deadline: item.deadline,
      tasks: item.tasks ?? [],
      ...figure(item.index, item.year, item.component),
    });
  }
  for (const index of FOUR_INDICES) {
    const ix = findIndex(catalogue, index);
    const year = ix ? latestYearFor(table, ix.id, province) : null;
    if (!ix || year === null) continue;
    for (const c of mainComponents(ix, year)) {
      if (planned.has(`${ix.id}|${year}|${c.id}`)) continue;
      const planForComponent = input.items.some((i) => i.province === province && i.index === ix.id && i.year === year && i.component === c.id && i.lead !== null);
      if (planForComponent) continue;
      // Work on an edition happens the year after it: the department that carries the lead then.
      const suggestion = templateSuggestion(input.template, departments, ix.id, c.id, year + 1);
      if (!suggestion) continue;
      const lead = currentDepartment(departments, suggestion.lead, year + 1)?.id ?? suggestion.lead;
      const role = ids.includes(lead) ? 'lead' : suggestion.coOwners.some((x) => ids.includes(x)) ? 'co-owner' : null;
      if (!role) continue;
      owned.push({ index: ix.id, year, component: c.id, role, basis: 'suggested', evidence: suggestion.evidence, via: null, status: null, targetScore: null, targetRank: null, deadline: null, tasks: [], ...figure(ix.id, year, c.id) });
    }
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
