/**
 * The plan as offices file it, and the quarterly progress report (báo cáo tiến độ quý), as plain rows:
 * the xlsx/docx writers and the A4 print views only lay these out.
 *
 * Rules:
 * - the plan table has one row per task (STT, chỉ số thành phần, nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp,
 *   thời hạn, chỉ tiêu, kết quả); a component without tasks is one row of its own (the item is its task);
 *   a task without its own agencies, deadline or target inherits the component's;
 * - the quarterly report lists every task with its status, overdue ones first (deadline passed, not done),
 *   then by deadline (none last); for a component whose target edition is loaded, it says what that edition
 *   showed (met / not met / undecided, with the figure), via followup.ts `checkTarget`; a target whose
 *   edition is not yet loaded says so, never "not met".
 */
import { componentName, findIndex, type Catalogue } from '../catalogue/catalogue';
import type { ScoreTable } from '../table/dataset';
import { departmentName, type Department } from './departments';
import { TARGET_STATUS_LABELS } from './targetStatus';
import { checkTarget, isOverdue, STATUS_LABELS, type FollowUpItem, type ItemStatus, type PlanTask, type ProgressNote, type TargetCheck } from './followup';
import type { Lang } from '../catalogue/types';
import type { Owners } from './owners';

export interface PlanTableRow {
  stt: number;
  itemId: string;
  taskId: string | null;
  index: string;
  component: string;
  componentName: string;
  task: string;
  lead: string;
  coOwners: string;
  deadline: string;
  target: string;
  result: string;
  status: ItemStatus;
  overdue: boolean;
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

export interface PlanTableOptions {
  lang: Lang;
  departmentsFor: (province: string) => readonly Department[];
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
    const name = componentName(index?.components.find((c) => c.id === item.component), lang, item.component);
    const check = options.table ? checkText(checkTarget(options.table, catalogue, item), index?.label ?? item.index, lang) : '';
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
        itemId: item.id,
        taskId: task.id || null,
        index: item.index,
        component: item.component,
        componentName: `${index?.label ?? item.index} — ${name}`,
        task: task.title,
        lead: departmentName(departments, lead, lang),
        coOwners: coOwners.map((c) => departmentName(departments, c, lang)).join('; '),
        deadline: formatPlanDate(deadline, lang),
        target: targetText(hasOwnTarget ? task.targetScore : item.targetScore, hasOwnTarget ? task.targetRank : item.targetRank, index?.label ?? item.index, item.targetYear, lang),
        result: result.join('. '),
        status: task.status,
        overdue: isOverdue({ deadline, status: task.status }, options.today),
      });
    }
  }
  return rows;
}

export interface QuarterlyReport {
  quarter: number;
  year: number;
  /** "Quý IV/2026" / "Q4 2026". */
  title: string;
  today: string;
  rows: PlanTableRow[];
  counts: Record<ItemStatus, number> & { overdue: number; total: number };
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
  const sorted = [...rows].sort((a, b) => Number(b.overdue) - Number(a.overdue) || deadlineOf(a).localeCompare(deadlineOf(b)));
  const numbered = sorted.map((r, i) => ({ ...r, stt: i + 1 }));
  const counts = { not_started: 0, in_progress: 0, done: 0, at_risk: 0, overdue: 0, total: numbered.length };
  for (const r of numbered) {
    counts[r.status]++;
    if (r.overdue) counts.overdue++;
  }
  return { quarter, year: y, title: options.lang === 'vi' ? `Quý ${ROMAN[quarter - 1]}/${y}` : `Q${quarter} ${y}`, today: options.today, rows: numbered, counts };
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
