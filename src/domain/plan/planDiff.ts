/**
 * What an imported plan (a colleague's file) would change, item by item and task by task:
 * - items only in the file are added; items in both are compared field by field, and their tasks by id:
 *   a task only in the file is added, a task in both with different fields is a conflict shown side by side
 *   (the file's version is taken unless the user keeps ours), a task only in our plan is kept;
 * - items and tasks only in the current plan are removed only if the user says so;
 * - department lists are merged, added departments never dropped.
 */
import type { ProvinceDepartmentEdits } from './departments';
import type { FollowUpItem, Plan, PlanTask } from './followup';
import { own } from '../catalogue/own';

const COMPARED: (keyof FollowUpItem)[] = ['lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes', 'origin'];
const TASK_COMPARED: (keyof PlanTask)[] = ['title', 'lead', 'coOwners', 'targetScore', 'targetRank', 'deadline', 'status', 'progress', 'evidence'];

/** The item's own fields (not its tasks) that differ. */
export function changedFields(a: FollowUpItem, b: FollowUpItem): (keyof FollowUpItem)[] {
  return COMPARED.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function changedTaskFields(a: PlanTask, b: PlanTask): (keyof PlanTask)[] {
  return TASK_COMPARED.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export interface TaskDiff {
  added: PlanTask[];
  /** Conflicts: the same task edited on both sides. */
  changed: { before: PlanTask; after: PlanTask; fields: (keyof PlanTask)[] }[];
  /** Only in our plan: kept unless the user removes them. */
  removed: PlanTask[];
}

export function diffTasks(before: readonly PlanTask[], after: readonly PlanTask[]): TaskDiff {
  const ours = new Map(before.map((t) => [t.id, t]));
  const theirs = new Set(after.map((t) => t.id));
  const diff: TaskDiff = { added: [], changed: [], removed: before.filter((t) => !theirs.has(t.id)) };
  for (const t of after) {
    const mine = ours.get(t.id);
    if (!mine) diff.added.push(t);
    else {
      const fields = changedTaskFields(mine, t);
      if (fields.length) diff.changed.push({ before: mine, after: t, fields });
    }
  }
  return diff;
}

/** Key of a task in a diff choice. */
export const taskKey = (itemId: string, taskId: string) => `${itemId}#${taskId}`;

export interface PlanDiff {
  added: FollowUpItem[];
  /** `fields`: the item's own fields that differ; `tasks`: the task-by-task comparison. */
  changed: { before: FollowUpItem; after: FollowUpItem; fields: (keyof FollowUpItem)[]; tasks: TaskDiff }[];
  /** In the current plan, not in the file. Only removed if the user says so. */
  removed: FollowUpItem[];
  unchanged: number;
  /** Provinces whose department list the file changes. */
  departmentProvinces: string[];
}

export function diffPlans(current: Plan, incoming: Plan): PlanDiff {
  const now = new Map(current.items.map((i) => [i.id, i]));
  const next = new Map(incoming.items.map((i) => [i.id, i]));
  const diff: PlanDiff = { added: [], changed: [], removed: [], unchanged: 0, departmentProvinces: [] };
  for (const item of incoming.items) {
    const before = now.get(item.id);
    if (!before) diff.added.push(item);
    else {
      const fields = changedFields(before, item);
      const tasks = diffTasks(before.tasks, item.tasks);
      if (fields.length || tasks.added.length || tasks.changed.length || tasks.removed.length) diff.changed.push({ before, after: item, fields, tasks });
      else diff.unchanged++;
    }
  }
  for (const item of current.items) if (!next.has(item.id)) diff.removed.push(item);
  for (const [province, edits] of Object.entries(incoming.departments)) {
    const before = own(current.departments, province);
    if (JSON.stringify(before ?? null) !== JSON.stringify(mergeEdits(before, edits))) diff.departmentProvinces.push(province);
  }
  return diff;
}

function mergeEdits(current: ProvinceDepartmentEdits | undefined, incoming: ProvinceDepartmentEdits): ProvinceDepartmentEdits {
  if (!current) return incoming;
  const ids = new Set(current.added.map((d) => d.id));
  return {
    added: [...current.added, ...incoming.added.filter((d) => !ids.has(d.id))],
    renamed: { ...current.renamed, ...incoming.renamed },
    hidden: [...new Set([...current.hidden, ...incoming.hidden])],
  };
}

export interface DiffChoice {
  add: ReadonlySet<string>;
  /** Items whose own fields are taken from the file. */
  change: ReadonlySet<string>;
  remove: ReadonlySet<string>;
  /** Tasks (`taskKey`) taken from the file: added ones and the file's side of conflicts. */
  takeTasks: ReadonlySet<string>;
  /** Tasks (`taskKey`) only in our plan that the user removes. */
  removeTasks: ReadonlySet<string>;
}

/** The default choice: take what the file adds and changes (item fields and tasks), remove nothing. */
export function defaultChoice(diff: PlanDiff): DiffChoice {
  const changedItems = diff.changed.filter((c) => c.fields.length > 0);
  const takeTasks = diff.changed.flatMap((c) => [...c.tasks.added, ...c.tasks.changed.map((x) => x.after)].map((t) => taskKey(c.after.id, t.id)));
  return { add: new Set(diff.added.map((i) => i.id)), change: new Set(changedItems.map((c) => c.after.id)), remove: new Set(), takeTasks: new Set(takeTasks), removeTasks: new Set() };
}

/** How many conflicts the diff has: items whose own fields differ plus tasks edited on both sides. */
export function conflictCount(diff: PlanDiff): number {
  return diff.changed.reduce((n, c) => n + (c.fields.length ? 1 : 0) + c.tasks.changed.length, 0);
}

/** Apply the chosen parts of a diff. Department lists are merged (added departments never dropped). */
export function applyDiff(current: Plan, incoming: Plan, diff: PlanDiff, choice: DiffChoice): Plan {
  const items = new Map(current.items.map((i) => [i.id, i]));
  for (const item of diff.added) if (choice.add.has(item.id)) items.set(item.id, item);
  for (const { before, after, tasks } of diff.changed) {
    const base = choice.change.has(after.id) ? after : before;
    const merged = before.tasks
      .filter((t) => !choice.removeTasks.has(taskKey(after.id, t.id)))
      .map((t) => {
        const theirs = tasks.changed.find((c) => c.before.id === t.id);
        return theirs && choice.takeTasks.has(taskKey(after.id, t.id)) ? theirs.after : t;
      });
    for (const t of tasks.added) if (choice.takeTasks.has(taskKey(after.id, t.id))) merged.push(t);
    items.set(after.id, { ...base, tasks: merged });
  }
  for (const item of diff.removed) if (choice.remove.has(item.id)) items.delete(item.id);
  const departments = { ...current.departments };
  for (const [province, edits] of Object.entries(incoming.departments)) departments[province] = mergeEdits(own(departments, province), edits);
  return { items: [...items.values()], departments };
}
