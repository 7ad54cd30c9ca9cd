/**
 * The plan as offices file it, and the quarterly progress report (báo cáo tiến độ quý), as plain rows:
 * the xlsx/docx writers and the A4 print views only lay these out.
 *
 * Rules:
 * - the plan table has one row per task (STT, chỉ số thành phần, nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp,
 *   thời hạn, chỉ tiêu, kết quả); a component without tasks is one row of its own (the item is its task);
 *   a task without its own agencies, deadline or target inherits the component's;
 * - a task that targets an indicator names it (its label as printed, as the indicator view shows it); each indicator
 *   line of an item (`FollowUpItem.indicators`: its own owner, a target in the indicator's unit, a deadline) is a row
 *   under the component's tasks, in the indicator's printed order: its owners are owners.ts's (`ownersOf` of its
 *   `indicatorRef`; a suggestion is marked as one), its target in its own unit (analysis/indicators.ts
 *   `indicatorValueText`) with the target edition, its deadline its own else the component's; with a table, its
 *   result says what the target edition showed for it (followup.ts `checkIndicatorTarget`); it has no status of
 *   its own and is never overdue. An indicator the loaded definitions do not know is named by its printed code;
 * - the quarterly report lists every task with its status, overdue ones first (deadline passed, not done),
 *   then by deadline (none last); for a component whose target edition is loaded, it says what that edition
 *   showed (met / not met / undecided, with the figure), via followup.ts `checkTarget`; a target whose
 *   edition is not yet loaded says so, never "not met"; the plan's indicator lines follow the tasks (not counted
 *   among them), in plan order.
 */
import { componentName, findIndex, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { departmentName, type Department } from './departments';
import { TARGET_STATUS_LABELS } from './targetStatus';
import { checkIndicatorTarget, checkTarget, isOverdue, STATUS_LABELS, type FollowUpItem, type IndicatorTargetCheck, type ItemStatus, type PlanTask, type ProgressNote, type TargetCheck } from './followup';
import type { Lang } from '../catalogue/types';
import { indicatorRef, ownersOf, type Owner, type Owners, type OwnersContext } from './owners';
import { indicatorValueText, type IndicatorDef, type IndicatorSource } from '../analysis/indicators';
import { own } from '../catalogue/own';

export interface PlanTableRow {
  stt: number;
  /** A task (or the item standing as its one task), or one of the item's indicator lines. */
  kind: 'task' | 'indicator';
  itemId: string;
  taskId: string | null;
  /** The indicator the task targets, or the line's indicator (its id); null = the component. */
  indicator: string | null;
  /** That indicator's label as printed ('' for none). */
  indicatorLabel: string;
  index: string;
  component: string;
  componentName: string;
  task: string;
  lead: string;
  coOwners: string;
  deadline: string;
  target: string;
  result: string;
  /** Null for an indicator line (it has no status of its own). */
  status: ItemStatus | null;
  overdue: boolean;
}

/** The "Nhiệm vụ" cell as lines: the task, then "Chỉ tiêu: <label>" when it targets an indicator (a line: that only). */
export function taskLines(row: Pick<PlanTableRow, 'task' | 'indicatorLabel'>, lang: Lang): string[] {
  return [row.task, row.indicatorLabel ? `${lang === 'vi' ? 'Chỉ tiêu' : 'Indicator'}: ${row.indicatorLabel}` : ''].filter(Boolean);
}

export const PLAN_TABLE_HEADERS: Record<Lang, string[]> = {
  vi: ['STT', 'Chỉ số thành phần', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Chỉ tiêu', 'Kết quả'],
  en: ['No.', 'Component', 'Task', 'Lead agency', 'Coordinating agencies', 'Deadline', 'Target', 'Result'],
};

const number = (v: number, lang: Lang) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

/** DD/MM/YYYY (vi) or YYYY-MM-DD (en); '' for none. */
export function formatPlanDate(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  return lang === 'vi' ? iso.split('-').reverse().join('/') : iso;
}

/** "≥ 5,54 điểm; hạng ≤ 50 (PCI 2017)". */
export function targetText(score: number | null, rank: number | null, index: string, targetYear: number, lang: Lang): string {
  const parts: string[] = [];
  if (score !== null) parts.push(lang === 'vi' ? `≥ ${number(score, lang)} điểm` : `≥ ${number(score, lang)} points`);
  if (rank !== null) parts.push(lang === 'vi' ? `hạng ≤ ${rank}` : `rank ≤ ${rank}`);
  return parts.length ? `${parts.join('; ')} (${index} ${targetYear})` : '';
}

/** What the target edition showed: "PCI 2017: Đạt — 5,60 điểm; hạng 48". '' when no target. */
export function checkText(check: TargetCheck, index: string, lang: Lang): string {
  if (check.status === 'no_target') return '';
  const figures: string[] = [];
  if (check.score?.actual != null) figures.push(lang === 'vi' ? `${number(check.score.actual, lang)} điểm` : `${number(check.score.actual, lang)} points`);
  if (check.rank?.actual != null) figures.push(`${lang === 'vi' ? 'hạng' : 'rank'} ${check.rank.actual}${check.rank.basis === 'among-loaded' ? '*' : ''}`);
  return `${index} ${check.targetYear}: ${TARGET_STATUS_LABELS[check.status][lang]}${figures.length ? ` — ${figures.join('; ')}` : ''}`;
}

const latest = (notes: readonly ProgressNote[]) => [...notes].sort((a, b) => a.date.localeCompare(b.date)).at(-1) ?? null;

/** The tasks of an item, the item itself standing in when it has none. */
export function tasksOf(item: FollowUpItem): PlanTask[] {
  if (item.tasks.length) return item.tasks;
  return [{ id: '', title: item.notes, lead: item.lead, coOwners: item.coOwners, targetScore: item.targetScore, targetRank: item.targetRank, deadline: item.deadline, status: item.status, progress: [], evidence: '', indicator: null }];
}

/** The indicators a plan names, and what owners.ts decides their owners in (this file only asks it). */
export interface PlanIndicators {
  /** The indicators (labels and units as the indicator view has them) and their figures: an `IndicatorSource`. */
  source: Pick<IndicatorSource, 'defs' | 'figures'>;
  /** The owners' context but the province and its departments (the item's): the whole plan, the template, the table. */
  owners: Pick<OwnersContext, 'table' | 'items' | 'template' | 'catalogue'>;
}

export interface PlanTableOptions {
  lang: Lang;
  departmentsFor: (province: string) => readonly Department[];
  indicators: PlanIndicators;
  /** With a table, "kết quả" also says what the target edition showed. */
  table?: ScoreTable;
  today: string;
}

/** The plan table rows, items in the order given (callers pass weak components first). */
export function planTableRows(items: readonly FollowUpItem[], catalogue: Catalogue, options: PlanTableOptions): PlanTableRow[] {
  const { lang } = options;
  const rows: PlanTableRow[] = [];
  for (const item of items) {
    const departments = options.departmentsFor(item.province);
    const index = findIndex(catalogue, item.index);
    const indexLabel = index?.label ?? item.index;
    const name = componentName(index?.components.find((c) => c.id === item.component), lang, item.component);
    const check = options.table ? checkText(checkTarget(options.table, catalogue, item), indexLabel, lang) : '';
    const defs = options.indicators.source.defs(item.index, item.year, item.component);
    const labelOf = (id: string) => defs.find((d) => d.id === id)?.label[lang] ?? printedCode(id, item.component);
    for (const task of tasksOf(item)) {
      const lead = task.lead ?? item.lead;
      const coOwners = task.coOwners.length ? task.coOwners : item.coOwners;
      const deadline = task.deadline ?? item.deadline;
      const hasOwnTarget = task.targetScore !== null || task.targetRank !== null;
      const note = latest(task.progress);
      const result = [
        STATUS_LABELS[task.status][lang],
        note ? `${formatPlanDate(note.date, lang)}: ${note.text}` : '',
        task.evidence ? `${lang === 'vi' ? 'Minh chứng' : 'Evidence'}: ${task.evidence}` : '',
        check,
      ].filter(Boolean);
      rows.push({
        stt: rows.length + 1,
        kind: 'task',
        itemId: item.id,
        taskId: task.id || null,
        indicator: task.indicator ?? null,
        indicatorLabel: task.indicator ? labelOf(task.indicator) : '',
        index: item.index,
        component: item.component,
        componentName: `${indexLabel} — ${name}`,
        task: task.title,
        lead: departmentName(departments, lead, lang),
        coOwners: coOwners.map((c) => departmentName(departments, c, lang)).join('; '),
        deadline: formatPlanDate(deadline, lang),
        target: targetText(hasOwnTarget ? task.targetScore : item.targetScore, hasOwnTarget ? task.targetRank : item.targetRank, indexLabel, item.targetYear, lang),
        result: result.join('. '),
        status: task.status,
        overdue: isOverdue({ deadline, status: task.status }, options.today),
      });
    }
    // The item's indicator lines, in the indicators' printed order (ids the definitions do not know last).
    const lines = Object.keys(item.indicators ?? {}).sort((a, b) => orderOf(defs, a) - orderOf(defs, b) || a.localeCompare(b));
    const ctx: OwnersContext = { ...options.indicators.owners, province: item.province, departments };
    for (const id of lines) {
      const line = own(item.indicators, id)!;
      const def = defs.find((d) => d.id === id);
      const ref = def ? indicatorRef(def, item.year) : { index: item.index, year: item.year, component: item.component, indicator: id };
      const owners = ownersOf(ref, ctx);
      const ownerName = (o: Owner) => ownerText(o, departments, lang);
      const target = line.target === null ? '' : `${def ? indicatorValueText(def, line.target, lang) : number(line.target, lang)} (${indexLabel} ${item.targetYear})`;
      rows.push({
        stt: rows.length + 1,
        kind: 'indicator',
        itemId: item.id,
        taskId: null,
        indicator: id,
        indicatorLabel: labelOf(id),
        index: item.index,
        component: item.component,
        componentName: `${indexLabel} — ${name}`,
        task: '',
        lead: owners.lead ? ownerName(owners.lead) : '',
        coOwners: owners.coOwners.map(ownerName).join('; '),
        deadline: formatPlanDate(line.deadline ?? item.deadline, lang),
        target,
        result: options.table ? indicatorCheckText(checkIndicatorTarget(options.indicators.source, item, id), def, indexLabel, lang) : '',
        status: null,
        overdue: false,
      });
    }
  }
  return rows;
}

/** An owner as the plan prints it: the department's name, a suggestion marked as one ("Sở Nội vụ (gợi ý)"). */
export function ownerText(owner: Owner, departments: readonly Department[], lang: Lang): string {
  return `${departmentName(departments, owner.department, lang)}${owner.basis === 'suggested' ? (lang === 'vi' ? ' (gợi ý)' : ' (suggested)') : ''}`;
}

/** What the target edition showed for an indicator line: "PCI 2016: Đạt — 55,4 %". '' when no target. */
export function indicatorCheckText(check: IndicatorTargetCheck, def: IndicatorDef | undefined, index: string, lang: Lang): string {
  if (check.status === 'no_target') return '';
  const figure = check.actual !== null && def ? ` — ${indicatorValueText(def, check.actual, lang)}` : '';
  return `${index} ${check.targetYear}: ${TARGET_STATUS_LABELS[check.status][lang]}${figure}`;
}

const orderOf = (defs: readonly IndicatorDef[], id: string) => {
  const i = defs.findIndex((d) => d.id === id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** An indicator the definitions do not know, by its code as printed (`land_access.LURC` → LURC), never a bare id path. */
const printedCode = (id: string, component: string) => (id.startsWith(`${component}.`) ? id.slice(component.length + 1) : id);

export interface QuarterlyReport {
  quarter: number;
  year: number;
  /** "Quý IV/2026" / "Q4 2026". */
  title: string;
  today: string;
  rows: PlanTableRow[];
  counts: Record<ItemStatus, number> & { overdue: number; total: number };
  /** The note under the table: the date of the figures, the order of the rows, what a starred rank is. */
  note: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The quarterly progress report on `today` (YYYY-MM-DD): every task, overdue first, then by deadline. */
export function quarterlyReport(items: readonly FollowUpItem[], catalogue: Catalogue, options: PlanTableOptions & { table: ScoreTable }): QuarterlyReport {
  const [y, m] = options.today.split('-').map(Number);
  const quarter = Math.floor((m - 1) / 3) + 1;
  const rows = planTableRows(items, catalogue, options);
  const deadlineOf = (r: PlanTableRow) => {
    const item = items.find((i) => i.id === r.itemId)!;
    return (r.taskId ? item.tasks.find((t) => t.id === r.taskId)?.deadline : null) ?? item.deadline ?? '9999-12-31';
  };
  const tasks = rows.filter((r) => r.kind === 'task');
  const sorted = [...tasks].sort((a, b) => Number(b.overdue) - Number(a.overdue) || deadlineOf(a).localeCompare(deadlineOf(b)));
  const numbered = [...sorted, ...rows.filter((r) => r.kind === 'indicator')].map((r, i) => ({ ...r, stt: i + 1 }));
  const counts = { not_started: 0, in_progress: 0, done: 0, at_risk: 0, overdue: 0, total: tasks.length };
  for (const r of tasks) {
    counts[r.status!]++;
    if (r.overdue) counts.overdue++;
  }
  const lines = numbered.length > tasks.length;
  const note =
    options.lang === 'vi'
      ? `Số liệu đến ngày ${formatPlanDate(options.today, 'vi')}. Nhiệm vụ quá hạn được liệt kê trước${lines ? '; các chỉ tiêu cơ sở của kế hoạch (chủ trì, chỉ tiêu theo đơn vị của chỉ tiêu, thời hạn) theo sau các nhiệm vụ' : ''}. Thứ hạng có dấu * là thứ hạng trong số các tỉnh có số liệu, không phải thứ hạng cả nước.`
      : `Figures as of ${options.today}. Overdue tasks are listed first${lines ? "; the plan's indicator lines (lead, target in the indicator's unit, deadline) follow the tasks" : ''}. A rank marked * is a rank among the provinces with figures, not a national rank.`;
  return { quarter, year: y, title: options.lang === 'vi' ? `Quý ${ROMAN[quarter - 1]}/${y}` : `Q${quarter} ${y}`, today: options.today, rows: numbered, counts, note };
}

/** A component's lead as the brief and the release report word it (who leads is owners.ts's rule, not decided here). */
export interface LeadLabel {
  department: string;
  /** The department's name, with the plan's target and the plan's edition when it is not this one. */
  name: string;
  /** True when the template suggests it and no plan names a lead. */
  suggested: boolean;
}

/**
 * `withTarget: false` where a table has its own target column (the release report). With `outcome`, the target is
 * followed by whether it was met once its edition is loaded ("— PAPI 2023: Không đạt — 3,30 điểm", followup.ts
 * checkTarget → targetStatus.ts); nothing while the edition has no figure.
 */
export function leadLabel(owners: Owners, departments: readonly Department[], lang: Lang, options: { withTarget?: boolean; outcome?: { table: ScoreTable; catalogue: Catalogue }; catalogue?: Catalogue } = {}): LeadLabel | null {
  const lead = owners.lead;
  if (!lead) return null;
  const name = departmentName(departments, lead.department, lang);
  const speaking = owners.speaking;
  if (lead.basis !== 'plan' || !speaking) return { department: lead.department, name, suggested: true };
  // Carried from the old component a new one continues (owners.ts): the owners only — its target was set on the old
  // component's scale and is not this one's.
  if (speaking.component !== owners.ref.component) {
    const names = options.catalogue ?? options.outcome?.catalogue;
    const old = names ? findIndex(names, speaking.index)?.components.find((c) => c.id === speaking.component)?.[lang] : undefined;
    const forOld = old ?? speaking.component;
    return { department: lead.department, name: `${name}${lang === 'vi' ? ` (theo kế hoạch ${speaking.year} cho ${forOld})` : ` (per the ${speaking.year} plan for ${forOld})`}`, suggested: false };
  }
  const target = options.withTarget === false ? '' : targetText(speaking.targetScore, speaking.targetRank, owners.ref.index, speaking.targetYear, lang);
  const from = speaking.year !== owners.ref.year ? (lang === 'vi' ? ` (kế hoạch ${speaking.year})` : ` (${speaking.year} plan)`) : '';
  const check = target && options.outcome ? checkTarget(options.outcome.table, options.outcome.catalogue, speaking) : null;
  const outcome = check && check.status !== 'no_data' && check.status !== 'no_target' ? ` — ${checkText(check, findIndex(options.outcome!.catalogue, owners.ref.index)?.label ?? owners.ref.index, lang)}` : '';
  return { department: lead.department, name: `${name}${target ? ` — ${lang === 'vi' ? 'chỉ tiêu' : 'target'} ${target}` : ''}${from}${outcome}`, suggested: false };
}
