/**
 * Decides how a colleague's plan (an imported file) merges into ours, and what the default choice is. Nothing
 * is lost by default:
 * - items only in the file are added; items only in ours are kept (removed only if the user says so);
 * - items in both are merged field by field: a field only one side filled (a value against nothing: null,
 *   '', [], "not started") takes the filled value; a field both filled differently is a **conflict**, listed
 *   with both versions; by default the file's version is taken, and the user may keep ours;
 * - indicator lines (an indicator's own owner, target, deadline) are paired by indicator id: a line only one side has
 *   is kept or added; a line both sides wrote differently makes `indicators` a conflict of the item (both versions
 *   listed), decided with the item's other conflicts (default: the file's line); lines without a conflict are kept;
 * - tasks are paired by id, then by content (taskIdentity.ts: title and lead, for tasks typed in Excel
 *   without an id); a task only in the file is added, a task only in ours is kept; a paired task merges
 *   like an item, and its **progress notes are merged by content**: every note of both sides is kept, a note
 *   identical on both sides (same date and text) once, ours first, then the file's new ones;
 * - department lists: added departments and hidden ones are united; a department renamed on only one side
 *   takes that name; one renamed on both sides to different names is a conflict listed with both names,
 *   and by default our name (the one in use here) stays — never silently the file's.
 * So with the default choice, whatever only one side has is in the result, and whatever is left out is a
 * value of a listed conflict (planMerge.test.ts checks this over 10,000 random concurrent edits).
 */
import type { ProvinceDepartmentEdits } from './departments';
import type { FollowUpItem, Plan, PlanTask, ProgressNote } from './followup';
import type { Localised } from '../catalogue/types';
import { own } from '../catalogue/own';
import { matchTasks } from './taskIdentity';

/** Item fields merged one by one (`origin` follows the lead: it says whether the lead came from the template). */
const ITEM_FIELDS = ['lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes'] as const satisfies readonly (keyof FollowUpItem)[];
const TASK_FIELDS = ['title', 'lead', 'coOwners', 'targetScore', 'targetRank', 'deadline', 'status', 'evidence', 'indicator'] as const satisfies readonly (keyof PlanTask)[];

/** The item's own fields, and `indicators` (its indicator lines, compared line by line). */
export type ItemField = (typeof ITEM_FIELDS)[number] | 'indicators';
export type TaskField = (typeof TASK_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A value against nothing: taking the filled side loses nothing. */
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || v === 'not_started' || (Array.isArray(v) && v.length === 0);

/** How two versions of a record differ: fields both filled differently (conflicts), fields only the file filled. */
function compareFields<T>(ours: T, theirs: T, names: readonly (keyof T)[]): { conflicts: (keyof T)[]; filled: (keyof T)[] } {
  const conflicts: (keyof T)[] = [];
  const filled: (keyof T)[] = [];
  for (const name of names) {
    if (same(ours[name], theirs[name])) continue;
    if (isEmpty(theirs[name])) continue; // only ours filled: kept
    if (isEmpty(ours[name])) filled.push(name);
    else conflicts.push(name);
  }
  return { conflicts, filled };
}

/** Ours with the file's filled fields, and the file's conflicting fields when `takeTheirs`. */
function mergeFields<T>(ours: T, theirs: T, filled: readonly (keyof T)[], conflicts: readonly (keyof T)[], takeTheirs: boolean): T {
  const result = { ...ours };
  for (const name of [...filled, ...(takeTheirs ? conflicts : [])]) result[name] = theirs[name];
  return result;
}

/** Every note of both sides: ours in order, then the file's notes not already in ours (identical notes once). */
export function mergeNotes(ours: readonly ProgressNote[], theirs: readonly ProgressNote[]): ProgressNote[] {
  const count = new Map<string, number>();
  const key = (n: ProgressNote) => `${n.date}\u0000${n.text}`;
  for (const n of ours) count.set(key(n), (count.get(key(n)) ?? 0) + 1);
  const merged = [...ours];
  for (const n of theirs) {
    const left = count.get(key(n)) ?? 0;
    if (left > 0) count.set(key(n), left - 1);
    else merged.push(n);
  }
  return merged;
}

export interface TaskMerge {
  /** Our task (its id is kept) and the file's version of it. */
  before: PlanTask;
  after: PlanTask;
  /** Fields both sides filled differently: the user chooses (default: the file's). */
  conflicts: TaskField[];
  /** Fields only the file filled: taken. */
  filled: TaskField[];
  /** The file's progress notes that ours does not have: added. */
  newNotes: ProgressNote[];
}

export interface TaskDiff {
  /** Only in the file: added by default. */
  added: PlanTask[];
  /** In both, with something to merge. */
  changed: TaskMerge[];
  /** Only in our plan: kept unless the user removes them. */
  removed: PlanTask[];
}

export function diffTasks(before: readonly PlanTask[], after: readonly PlanTask[]): TaskDiff {
  const { pairs, onlyOurs, onlyTheirs } = matchTasks(before, after);
  const changed: TaskMerge[] = [];
  for (const { ours, theirs } of pairs) {
    const { conflicts, filled } = compareFields<PlanTask>(ours, theirs, TASK_FIELDS);
    const newNotes = mergeNotes(ours.progress, theirs.progress).slice(ours.progress.length);
    if (conflicts.length || filled.length || newNotes.length) changed.push({ before: ours, after: theirs, conflicts: conflicts as TaskField[], filled: filled as TaskField[], newNotes });
  }
  return { added: onlyTheirs, changed, removed: onlyOurs };
}

/** Key of a task in a diff choice: the item and our task's id (the file's id for an added task). */
export const taskKey = (itemId: string, taskId: string) => `${itemId}#${taskId}`;
/** Key of a department renaming in a diff choice. */
export const nameKey = (province: string, department: string) => `${province}#${department}`;

export interface ItemMerge {
  before: FollowUpItem;
  after: FollowUpItem;
  /** The item's own fields both sides filled differently (default: the file's). */
  conflicts: ItemField[];
  /** The item's own fields only the file filled: taken. */
  filled: ItemField[];
  tasks: TaskDiff;
}

export interface NameConflict {
  province: string;
  department: string;
  ours: Localised;
  theirs: Localised;
}

export interface PlanDiff {
  added: FollowUpItem[];
  changed: ItemMerge[];
  /** In the current plan, not in the file. Only removed if the user says so. */
  removed: FollowUpItem[];
  unchanged: number;
  /** Provinces whose department list the file changes. */
  departmentProvinces: string[];
  /** Departments renamed on both sides to different names. */
  nameConflicts: NameConflict[];
}

export function diffPlans(current: Plan, incoming: Plan): PlanDiff {
  const now = new Map(current.items.map((i) => [i.id, i]));
  const next = new Map(incoming.items.map((i) => [i.id, i]));
  const diff: PlanDiff = { added: [], changed: [], removed: [], unchanged: 0, departmentProvinces: [], nameConflicts: [] };
  for (const item of incoming.items) {
    const before = now.get(item.id);
    if (!before) {
      diff.added.push(item);
      continue;
    }
    const { conflicts, filled } = compareFields<FollowUpItem>(before, item, ITEM_FIELDS);
    const lines = compareLines(before.indicators, item.indicators);
    if (lines.conflicts.length) conflicts.push('indicators');
    else if (lines.filled.length) filled.push('indicators');
    const tasks = diffTasks(before.tasks, item.tasks);
    if (conflicts.length || filled.length || tasks.added.length || tasks.changed.length || tasks.removed.length) {
      diff.changed.push({ before, after: item, conflicts: conflicts as ItemField[], filled: filled as ItemField[], tasks });
    } else diff.unchanged++;
  }
  for (const item of current.items) if (!next.has(item.id)) diff.removed.push(item);
  for (const [province, edits] of Object.entries(incoming.departments)) {
    const before = own(current.departments, province);
    for (const [department, theirs] of Object.entries(edits.renamed ?? {})) {
      const ours = before ? own(before.renamed, department) : undefined;
      if (ours && theirs && (ours.vi !== theirs.vi || ours.en !== theirs.en)) diff.nameConflicts.push({ province, department, ours: { vi: ours.vi, en: ours.en }, theirs: { vi: theirs.vi, en: theirs.en } });
    }
    if (!same(before ?? null, mergeEdits(before, edits, new Set(), province))) diff.departmentProvinces.push(province);
  }
  return diff;
}

/** Indicator lines (by id) both sides wrote differently, and lines only the file has. */
function compareLines(ours: FollowUpItem['indicators'], theirs: FollowUpItem['indicators']): { conflicts: string[]; filled: string[] } {
  const conflicts: string[] = [];
  const filled: string[] = [];
  for (const [id, line] of Object.entries(theirs)) {
    const mine = own(ours, id);
    if (!mine) filled.push(id);
    else if (!same(mine, line)) conflicts.push(id);
  }
  return { conflicts, filled };
}

/** Our lines, the file's new ones, and the file's version of conflicting lines when `takeTheirs`. */
export function mergeLines(ours: FollowUpItem['indicators'], theirs: FollowUpItem['indicators'], takeTheirs: boolean): FollowUpItem['indicators'] {
  const { conflicts, filled } = compareLines(ours, theirs);
  const taken = [...filled, ...(takeTheirs ? conflicts : [])];
  return Object.fromEntries([...Object.entries(ours).filter(([id]) => !taken.includes(id)), ...taken.map((id) => [id, own(theirs, id)!] as const)]);
}

/** Our edits and the file's united; a department renamed on both sides keeps our name unless `takeNames` has it. */
function mergeEdits(current: ProvinceDepartmentEdits | undefined, incoming: ProvinceDepartmentEdits, takeNames: ReadonlySet<string>, province: string): ProvinceDepartmentEdits {
  if (!current) return incoming;
  const ids = new Set(current.added.map((d) => d.id));
  const renamed: Record<string, Localised> = { ...current.renamed };
  for (const [department, name] of Object.entries(incoming.renamed ?? {})) {
    if (!own(current.renamed, department) || takeNames.has(nameKey(province, department))) renamed[department] = name;
  }
  return {
    added: [...current.added, ...incoming.added.filter((d) => !ids.has(d.id))],
    renamed,
    hidden: [...new Set([...current.hidden, ...incoming.hidden])],
  };
}

export interface DiffChoice {
  add: ReadonlySet<string>;
  /** Items whose conflicting own fields take the file's version. */
  change: ReadonlySet<string>;
  remove: ReadonlySet<string>;
  /** Tasks (`taskKey`) taken from the file: added ones, and paired ones whose conflicting fields take the file's version. */
  takeTasks: ReadonlySet<string>;
  /** Tasks (`taskKey`) only in our plan that the user removes. */
  removeTasks: ReadonlySet<string>;
  /** Departments (`nameKey`) renamed on both sides that take the file's name. */
  takeNames: ReadonlySet<string>;
}

/** The default choice: add what the file adds, take its side of conflicts, keep our department names, remove nothing. */
export function defaultChoice(diff: PlanDiff): DiffChoice {
  const takeTasks = diff.changed.flatMap((c) => [...c.tasks.added.map((t) => t.id), ...c.tasks.changed.map((x) => x.before.id)].map((id) => taskKey(c.after.id, id)));
  return {
    add: new Set(diff.added.map((i) => i.id)),
    change: new Set(diff.changed.filter((c) => c.conflicts.length > 0).map((c) => c.after.id)),
    remove: new Set(),
    takeTasks: new Set(takeTasks),
    removeTasks: new Set(),
    takeNames: new Set(),
  };
}

/** How many conflicts are listed: items whose own fields conflict, tasks with conflicting fields, departments renamed both ways. */
export function conflictCount(diff: PlanDiff): number {
  return diff.changed.reduce((n, c) => n + (c.conflicts.length ? 1 : 0) + c.tasks.changed.filter((t) => t.conflicts.length > 0).length, 0) + diff.nameConflicts.length;
}

/** A paired task merged under the choice: filled fields and every note always, conflicting fields by the choice. */
export function mergeTask(merge: TaskMerge, takeTheirs: boolean): PlanTask {
  const fields = mergeFields<PlanTask>(merge.before, merge.after, merge.filled, merge.conflicts, takeTheirs);
  return { ...fields, id: merge.before.id, progress: mergeNotes(merge.before.progress, merge.after.progress) };
}

/** Apply the chosen parts of a diff. */
export function applyDiff(current: Plan, incoming: Plan, diff: PlanDiff, choice: DiffChoice): Plan {
  const items = new Map(current.items.map((i) => [i.id, i]));
  for (const item of diff.added) if (choice.add.has(item.id)) items.set(item.id, item);
  for (const { before, after, conflicts, filled, tasks } of diff.changed) {
    const takeTheirs = choice.change.has(after.id);
    const own_ = (f: readonly ItemField[]) => f.filter((x): x is Exclude<ItemField, 'indicators'> => x !== 'indicators');
    const fields = { ...mergeFields<FollowUpItem>(before, after, own_(filled), own_(conflicts), takeTheirs), indicators: mergeLines(before.indicators, after.indicators, takeTheirs) };
    const leadFrom = same(fields.lead, before.lead) && same(fields.coOwners, before.coOwners) ? before : after;
    const merged = before.tasks
      .filter((t) => !choice.removeTasks.has(taskKey(after.id, t.id)))
      .map((t) => {
        const pair = tasks.changed.find((c) => c.before === t);
        return pair ? mergeTask(pair, choice.takeTasks.has(taskKey(after.id, t.id))) : t;
      });
    for (const t of tasks.added) if (choice.takeTasks.has(taskKey(after.id, t.id))) merged.push(t);
    items.set(after.id, { ...fields, origin: leadFrom.origin, tasks: merged });
  }
  for (const item of diff.removed) if (choice.remove.has(item.id)) items.delete(item.id);
  // A Map, then own keys only: a province key "__proto__" from a file stays a key and never sets a prototype.
  const departments = new Map(Object.entries(current.departments));
  for (const [province, edits] of Object.entries(incoming.departments)) departments.set(province, mergeEdits(departments.get(province), edits, choice.takeNames, province));
  return { items: [...items.values()], departments: Object.fromEntries(departments) };
}
