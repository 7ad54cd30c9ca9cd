/**
 * Decides the follow-up plan's items (one per component, weak first) and checks them against the target edition;
 * whether a target is met is plan/targetStatus.ts, who owns a component plan/owners.ts.
 *
 * Rules (one home for them):
 * - one item per (province, index, year, component); the year is the edition the work starts from,
 *   the target applies to `targetYear` (by default the next edition, year + 1);
 * - items are listed weak components first, in the order of `assessComponents` (domain/weakness.ts);
 * - a target is checked on the target year's figures: the value (margin = how far beyond the target, positive,
 *   or short of it, negative) and the rank as rank.ts shows it; met / not met / undecided / no data by
 *   targetStatus.ts; with both targets set, the item is met only when both are;
 * - an indicator line's target (in the indicator's own unit) is checked on the province's figure of that indicator in
 *   the item's target edition, both compared as printed (analysis/indicators.ts `printedAs`: a share to 0.1 of a
 *   percentage point, days and scores to 0.01 — equal as printed reaches it) in the indicator's direction by
 *   targetStatus.ts `scoreTargetStatus`; no figure there → no data, never "not met"; a direction not known, or a
 *   series that restarted after the plan's edition (`breaks` up to the target edition) → undecided.
 * How a plan leaves and enters the app lives beside this file: planRead.ts (validating items with
 * located problems), planJson.ts, planCsv.ts, planDiff.ts, planMigration.ts (the version-1 shape).
 */
import { findIndex, getIndex, mainComponents, methodBreaksBetween, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import {
  currentDepartment,
  type AssignmentTemplate,
  type Department,
  type ProvinceDepartmentEdits,
  type TemplateSuggestion,
} from './departments';
import type { RankBasis } from '../analysis/rank';
import { ranksFor } from '../analysis/changes';
import { indicatorRef, ownersOf, roleIn, type Owners } from './owners';
import { combineTargetStatuses, rankTargetStatus, scoreMargin, scoreTargetStatus, type TargetStatus } from './targetStatus';
import { defaultTargetYear, suggestTarget, targetScoreProblem, type TargetSuggestion } from './targetRules';
import type { ComponentDef, Localised, MethodBreak } from '../catalogue/types';
import { printedAs, type IndicatorDef, type IndicatorSource } from '../analysis/indicators';
import { assessComponents, type ComponentAssessment, type WeaknessOptions } from '../analysis/weakness';
import { own } from '../catalogue/own';

export const ITEM_STATUSES = ['not_started', 'in_progress', 'done', 'at_risk'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<ItemStatus, Localised> = {
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  at_risk: { vi: 'Có nguy cơ không đạt', en: 'At risk' },
};

export interface FollowUpItem {
  /** `${province}|${index}|${year}|${component}` */
  id: string;
  province: string;
  index: string;
  year: number;
  component: string;
  /** Lead department (chủ trì), id from the department catalogue or a province's own list. */
  lead: string | null;
  /** Co-owners (phối hợp). */
  coOwners: string[];
  targetScore: number | null;
  targetRank: number | null;
  /** The edition the target applies to. */
  targetYear: number;
  /** ISO date YYYY-MM-DD. */
  deadline: string | null;
  status: ItemStatus;
  notes: string;
  /** Lead and co-owners adopted from the template as they stand (shown with its evidence level), or set by the user. */
  origin: 'template' | 'user';
  /** The tasks (nhiệm vụ) under this component, as provincial plans list them; empty = the item is the one task. */
  tasks: PlanTask[];
  /**
   * The plan for single indicators of this component (chỉ tiêu cơ sở; PAPI sub-dimensions), by indicator id:
   * an owner of its own (who owns an indicator is plan/owners.ts), a target in the indicator's own unit, a deadline.
   */
  indicators: Record<string, IndicatorPlan>;
}

/**
 * One indicator's line in the plan: its own lead and co-owners (null/[] = as its component), a target value in the
 * indicator's own unit as its figures are stored (a share 0–1, days …), and a deadline.
 */
export interface IndicatorPlan {
  lead: string | null;
  coOwners: string[];
  target: number | null;
  /** ISO date YYYY-MM-DD. */
  deadline: string | null;
}

export const blankIndicatorPlan = (): IndicatorPlan => ({ lead: null, coOwners: [], target: null, deadline: null });

/** An indicator line with nothing typed in it is not kept. */
export const isBlankIndicatorPlan = (p: IndicatorPlan) => p.lead === null && p.coOwners.length === 0 && p.target === null && p.deadline === null;

/** The item with one indicator's line replaced (removed when blank). */
export function withIndicatorPlan(item: FollowUpItem, indicator: string, plan: IndicatorPlan): FollowUpItem {
  const indicators = Object.fromEntries(Object.entries(item.indicators).filter(([id]) => id !== indicator));
  if (!isBlankIndicatorPlan(plan)) indicators[indicator] = { ...plan, coOwners: plan.coOwners.filter((c) => c !== plan.lead) };
  return { ...item, indicators };
}

/** A dated progress note (báo cáo tiến độ). */
export interface ProgressNote {
  /** ISO date YYYY-MM-DD. */
  date: string;
  text: string;
}

/**
 * One task of a component in the plan: what is to be done (nhiệm vụ), the lead agency (cơ quan chủ trì) and
 * coordinating agencies (cơ quan phối hợp), a target (score and/or rank), a deadline, a status, dated
 * progress notes and a link to the evidence. A task's id is unique in its item and stable across files,
 * so a colleague's plan can be merged task by task.
 */
export interface PlanTask {
  id: string;
  title: string;
  lead: string | null;
  coOwners: string[];
  targetScore: number | null;
  targetRank: number | null;
  /** ISO date YYYY-MM-DD. */
  deadline: string | null;
  status: ItemStatus;
  progress: ProgressNote[];
  /** Link (or reference) to the evidence of the result; '' when none. */
  evidence: string;
  /** The indicator of the component this task targets (its id, as in `FollowUpItem.indicators`); null = the component. */
  indicator: string | null;
}

export function blankTask(id: string, from?: Pick<FollowUpItem, 'lead' | 'coOwners' | 'deadline'>): PlanTask {
  return { id, title: '', lead: from?.lead ?? null, coOwners: [...(from?.coOwners ?? [])], targetScore: null, targetRank: null, deadline: from?.deadline ?? null, status: 'not_started', progress: [], evidence: '', indicator: null };
}

/** A new task id, unique among the item's tasks: `t1`, `t2`… plus the author's mark, so two colleagues' new tasks do not collide. */
export function nextTaskId(item: FollowUpItem, author = ''): string {
  const taken = new Set(item.tasks.map((t) => t.id));
  for (let n = item.tasks.length + 1; ; n++) {
    const id = author ? `t${n}-${author}` : `t${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A task is overdue when its deadline has passed (before `today`) and it is not done. */
export function isOverdue(task: Pick<PlanTask, 'deadline' | 'status'>, today: string): boolean {
  return task.deadline !== null && task.deadline < today && task.status !== 'done';
}

/**
 * Component targets from a target-finder proposal: the proposed score becomes the item's target score for
 * `targetYear` (targetRules.ts `defaultTargetYear`), everything else typed is kept. A score the target rules
 * refuse (off the component's scale) is not applied and is returned in `refused`.
 */
export function applyComponentTargets(
  items: Readonly<Record<string, FollowUpItem>>,
  scope: { province: string; index: string; year: number },
  targets: readonly { component: string; to: number }[],
  targetYear: number,
  catalogue: Catalogue,
): { items: FollowUpItem[]; refused: { component: string; problem: Localised }[] } {
  const result: FollowUpItem[] = [];
  const refused: { component: string; problem: Localised }[] = [];
  for (const t of targets) {
    const id = itemId(scope.province, scope.index, scope.year, t.component);
    const item = own(items, id) ?? { ...blankItem(scope.province, scope.index, scope.year, t.component), targetYear };
    const problem = targetScoreProblem(catalogue, scope.index, t.component, item.targetYear, t.to);
    if (problem) refused.push({ component: t.component, problem });
    else result.push({ ...item, targetScore: t.to });
  }
  return { items: result, refused };
}

export const itemId = (province: string, index: string, year: number, component: string) => `${province}|${index}|${year}|${component}`;

export function blankItem(province: string, index: string, year: number, component: string): FollowUpItem {
  return {
    id: itemId(province, index, year, component),
    province,
    index,
    year,
    component,
    lead: null,
    coOwners: [],
    targetScore: null,
    targetRank: null,
    targetYear: year + 1,
    deadline: null,
    status: 'not_started',
    notes: '',
    origin: 'user',
    tasks: [],
    indicators: {},
  };
}

/** The saved item of a component, or a blank one whose target year is the default (targetRules.ts `defaultTargetYear`). */
export function itemOrBlank(saved: Readonly<Record<string, FollowUpItem>>, table: ScoreTable, province: string, index: string, year: number, component: string): FollowUpItem {
  return own(saved, itemId(province, index, year, component)) ?? { ...blankItem(province, index, year, component), targetYear: defaultTargetYear(table, index, province, year) };
}

/** An item with nothing typed in it is not worth saving. */
export function isBlank(item: FollowUpItem): boolean {
  return item.lead === null && item.coOwners.length === 0 && item.targetScore === null && item.targetRank === null && item.deadline === null && item.status === 'not_started' && item.notes === '' && item.tasks.length === 0 && Object.keys(item.indicators ?? {}).length === 0;
}

// ---- target checking ----------------------------------------------------------------------------

/** The status vocabulary of a target check: domain/plan/targetStatus.ts (one for screen, sheets, exports, CLI). */
export type CheckStatus = TargetStatus;

export interface ScoreCheck {
  target: number;
  actual: number | null;
  /** Beyond the target (+) or short of it (−), in points; null without data. */
  margin: number | null;
  status: CheckStatus;
}

export interface RankCheck {
  target: number;
  actual: number | null;
  basis: RankBasis | null;
  /** Places better (+) or worse (−) than the target. */
  margin: number | null;
  status: CheckStatus;
}

export interface TargetCheck {
  targetYear: number;
  status: CheckStatus;
  score: ScoreCheck | null;
  rank: RankCheck | null;
  /** Method breaks between the base year and the target year: the comparison is not like-for-like. */
  methodBreaks: MethodBreak[];
}

/** Check an item's targets against the data of its target year. */
export function checkTarget(table: ScoreTable, catalogue: Catalogue, item: FollowUpItem): TargetCheck {
  const index = findIndex(catalogue, item.index);
  const component = index?.components.find((c) => c.id === item.component);
  const higherIsBetter = component?.higherIsBetter ?? true;
  const year = item.targetYear;
  const actual = table.get(item.index, year, item.province, item.component);
  const value = actual?.value ?? null;

  let score: ScoreCheck | null = null;
  if (item.targetScore !== null) {
    score = { target: item.targetScore, actual: value, margin: scoreMargin(value, item.targetScore, higherIsBetter), status: scoreTargetStatus(value, item.targetScore, higherIsBetter) };
  }

  let rank: RankCheck | null = null;
  if (item.targetRank !== null) {
    const r = (index ? ranksFor(table, catalogue, index.id, year, item.component).get(item.province) : undefined) ?? { rank: null, basis: null };
    const margin = r.rank === null ? null : item.targetRank - r.rank;
    rank = { target: item.targetRank, actual: r.rank, basis: r.basis, margin, status: rankTargetStatus(r.rank, r.basis, item.targetRank) };
  }

  const parts = [score?.status, rank?.status].filter((s): s is CheckStatus => s !== undefined);
  return { targetYear: year, status: combineTargetStatuses(parts), score, rank, methodBreaks: index ? methodBreaksBetween(index, item.year, year) : [] };
}

/** What the target edition showed for an indicator line: the province's figure there (stored unit) and the status. */
export interface IndicatorTargetCheck {
  targetYear: number;
  status: CheckStatus;
  actual: number | null;
}

/** Check an indicator line's target against the target edition (rules at the top). */
export function checkIndicatorTarget(source: Pick<IndicatorSource, 'defs' | 'figures'>, item: FollowUpItem, indicator: string): IndicatorTargetCheck {
  const targetYear = item.targetYear;
  const target = own(item.indicators ?? {}, indicator)?.target ?? null;
  if (target === null) return { targetYear, status: 'no_target', actual: null };
  const def = source.defs(item.index, targetYear, item.component).find((d) => d.id === indicator);
  const actual = def ? (source.figures(item.index, targetYear, indicator).find((f) => f.unit === item.province)?.value ?? null) : null;
  if (!def || actual === null) return { targetYear, status: 'no_data', actual: null };
  const restarted = (def.breaks ?? []).some((b) => b > item.year && b <= targetYear);
  if (def.directionUndecided || restarted) return { targetYear, status: 'undecided', actual };
  return { targetYear, status: scoreTargetStatus(printedAs(def, actual), printedAs(def, target)!, def.higherIsBetter), actual };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

// ---- building the items for a province, index and year ------------------------------------------

export interface FollowUpRow {
  component: ComponentDef;
  assessment: ComponentAssessment | null;
  /** The saved item, or a blank one (not yet saved). */
  item: FollowUpItem;
  saved: boolean;
  /** The template's suggestion for this component, resolved to the departments valid in the target year. */
  suggestion: TemplateSuggestion | null;
  /** An earlier edition's plan item that still names the lead (owners.ts): shown, and offered to adopt, while this edition's item names none. */
  carried: FollowUpItem | null;
  /** The suggested target's value (targetRules.ts `suggestTarget`), `null` when no rule gives a step up. */
  suggestedTargetScore: number | null;
  /** The suggested target with the rule it follows. */
  suggestedTarget: TargetSuggestion | null;
  check: TargetCheck;
}

/**
 * A suggested target score from the assessment alone: the median when below it, else none — never the
 * current value. The full rule (next tier, trend, best peers) is targetRules.ts `suggestTarget`.
 */
export function suggestTargetScore(assessment: ComponentAssessment | null): number | null {
  if (!assessment || assessment.value === null || assessment.median === null || !(assessment.median > assessment.value)) return null;
  return Math.ceil(round(assessment.median * 100)) / 100;
}

export interface FollowUpScope {
  province: string;
  index: string;
  year: number;
}

/** One row per main component of the edition, weak ones first, with saved work or template suggestions. */
export function buildFollowUpRows(
  table: ScoreTable,
  catalogue: Catalogue,
  scope: FollowUpScope,
  saved: Readonly<Record<string, FollowUpItem>>,
  departments: readonly Department[],
  template: AssignmentTemplate,
  options?: Partial<WeaknessOptions>,
): FollowUpRow[] {
  const index = getIndex(catalogue, scope.index);
  const components = mainComponents(index, scope.year);
  const assessments = assessComponents(table, catalogue, index.id, scope.year, scope.province, options);
  const targetYear = defaultTargetYear(table, index.id, scope.province, scope.year);
  const order = [...assessments.map((a) => a.component), ...components.map((c) => c.id)];
  const ordered = components.slice().sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return ordered.map((component) => {
    const id = itemId(scope.province, index.id, scope.year, component.id);
    const item = own(saved, id) ?? { ...blankItem(scope.province, index.id, scope.year, component.id), targetYear };
    const assessment = assessments.find((a) => a.component === component.id) ?? null;
    const suggestedTarget = suggestTarget(table, catalogue, index.id, scope.year, scope.province, assessment, item.targetYear);
    const owners = ownersOf({ index: index.id, year: scope.year, component: component.id }, { table, province: scope.province, items: [...Object.values(saved).filter((i) => i.id !== id), item], departments, template, catalogue });
    return {
      component,
      assessment,
      item,
      saved: id in saved,
      suggestion: owners.suggestion,
      carried: owners.speaking && owners.speaking.year !== scope.year ? owners.speaking : null,
      suggestedTargetScore: suggestedTarget?.value ?? null,
      suggestedTarget,
      check: checkTarget(table, catalogue, item),
    };
  });
}

/** An indicator of a component in the follow-up: its owners (owners.ts, the same call as every other view) and its line. */
export interface FollowUpIndicator {
  def: IndicatorDef;
  owners: Owners;
}

/** The owners of a component's indicators in the follow-up plan of an edition (each through owners.ts `ownersOf`). */
export function followUpIndicators(
  table: ScoreTable,
  scope: FollowUpScope,
  defs: readonly FollowUpIndicator['def'][],
  saved: Readonly<Record<string, FollowUpItem>>,
  departments: readonly Department[],
  template: AssignmentTemplate,
  catalogue?: Catalogue,
): FollowUpIndicator[] {
  const ctx = { table, province: scope.province, items: Object.values(saved), departments, template, catalogue };
  return defs.map((def) => ({ def, owners: ownersOf(indicatorRef(def, scope.year), ctx) }));
}

/** Adopt an earlier edition's plan: its lead and co-owners, everything else kept (the user's choice). */
export function adoptCarried(item: FollowUpItem, carried: FollowUpItem): FollowUpItem {
  return { ...item, lead: carried.lead, coOwners: [...carried.coOwners], origin: 'user' };
}

/** Adopt the template's suggestion: lead and co-owners as suggested, everything else kept. */
export function adoptSuggestion(item: FollowUpItem, suggestion: TemplateSuggestion): FollowUpItem {
  return { ...item, lead: suggestion.lead, coOwners: [...suggestion.coOwners], origin: 'template' };
}

// ---- a department's record ----------------------------------------------------------------------

export interface RecordEntry {
  item: FollowUpItem;
  role: 'lead' | 'co-owner';
  /** Set when the item was assigned to a department this one has replaced (Sở KH&ĐT → Sở Tài chính). */
  via: string | null;
  check: TargetCheck;
}

/** A task a department leads or coordinates, with the component item it belongs to. */
export interface TaskEntry {
  item: FollowUpItem;
  task: PlanTask;
  role: 'lead' | 'co-owner';
  via: string | null;
}

export interface DepartmentRecord {
  department: string;
  entries: RecordEntry[];
  /** Tasks across every index and year, led first, then by deadline (none last). */
  tasks: TaskEntry[];
  /** Items led, by target year: how many met, not met, still open. */
  byYear: { year: number; met: number; notMet: number; open: number }[];
}

/** Everything a department owns (or owned under a former name) across all indices and years. */
export function departmentRecord(
  table: ScoreTable,
  catalogue: Catalogue,
  items: readonly FollowUpItem[],
  departments: readonly Department[],
  departmentId: string,
): DepartmentRecord {
  const indexOrder = catalogue.indices.map((i) => i.id);
  const entries: RecordEntry[] = [];
  for (const item of items) {
    const own = roleIn(departmentId, item.lead, item.coOwners, departments);
    if (own) entries.push({ item, role: own.role, via: own.via, check: checkTarget(table, catalogue, item) });
  }
  entries.sort(
    (a, b) =>
      (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) ||
      b.item.year - a.item.year ||
      indexOrder.indexOf(a.item.index) - indexOrder.indexOf(b.item.index) ||
      a.item.component.localeCompare(b.item.component),
  );
  const years = new Map<number, { year: number; met: number; notMet: number; open: number }>();
  for (const e of entries) {
    if (e.role !== 'lead') continue;
    const y = years.get(e.check.targetYear) ?? { year: e.check.targetYear, met: 0, notMet: 0, open: 0 };
    if (e.check.status === 'met') y.met++;
    else if (e.check.status === 'not_met') y.notMet++;
    else y.open++;
    years.set(y.year, y);
  }
  const tasks: TaskEntry[] = [];
  for (const item of items) {
    for (const task of item.tasks) {
      // A task without a lead of its own is led by the component's lead ("— như chỉ số thành phần —").
      const own = roleIn(departmentId, task.lead ?? item.lead, task.coOwners, departments);
      if (own) tasks.push({ item, task, role: own.role, via: own.via });
    }
  }
  tasks.sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) || (a.task.deadline ?? '9999').localeCompare(b.task.deadline ?? '9999') || indexOrder.indexOf(a.item.index) - indexOrder.indexOf(b.item.index));
  return { department: departmentId, entries, tasks, byYear: [...years.values()].sort((a, b) => a.year - b.year) };
}

/** A follow-up plan: its items and the province department lists they refer to. */
export interface Plan {
  items: FollowUpItem[];
  /** Per-province department edits, by province id. */
  departments: Record<string, ProvinceDepartmentEdits>;
}

/** The department that carries an item's lead in its target year (after a 2025 merger, the successor). */
export function leadInTargetYear(item: FollowUpItem, departments: readonly Department[]): Department | undefined {
  return item.lead ? currentDepartment(departments, item.lead, item.targetYear) : undefined;
}
