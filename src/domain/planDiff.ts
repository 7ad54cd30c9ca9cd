/**
 * What an imported plan would change: items added, changed (field by field) and those only in the current
 * plan (removed only if the user says so). Department lists are merged, added departments never dropped.
 */
import type { ProvinceDepartmentEdits } from './departments';
import type { FollowUpItem, Plan } from './followup';

const COMPARED: (keyof FollowUpItem)[] = ['lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes', 'origin'];

export function changedFields(a: FollowUpItem, b: FollowUpItem): (keyof FollowUpItem)[] {
  return COMPARED.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export interface PlanDiff {
  added: FollowUpItem[];
  changed: { before: FollowUpItem; after: FollowUpItem; fields: (keyof FollowUpItem)[] }[];
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
      if (fields.length) diff.changed.push({ before, after: item, fields });
      else diff.unchanged++;
    }
  }
  for (const item of current.items) if (!next.has(item.id)) diff.removed.push(item);
  for (const [province, edits] of Object.entries(incoming.departments)) {
    const before = current.departments[province];
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
  change: ReadonlySet<string>;
  remove: ReadonlySet<string>;
}

/** The default choice: take what the file adds and changes, remove nothing. */
export function defaultChoice(diff: PlanDiff): DiffChoice {
  return { add: new Set(diff.added.map((i) => i.id)), change: new Set(diff.changed.map((c) => c.after.id)), remove: new Set() };
}

/** Apply the chosen parts of a diff. Department lists are merged (added departments never dropped). */
export function applyDiff(current: Plan, incoming: Plan, diff: PlanDiff, choice: DiffChoice): Plan {
  const items = new Map(current.items.map((i) => [i.id, i]));
  for (const item of diff.added) if (choice.add.has(item.id)) items.set(item.id, item);
  for (const { after } of diff.changed) if (choice.change.has(after.id)) items.set(after.id, after);
  for (const item of diff.removed) if (choice.remove.has(item.id)) items.delete(item.id);
  const departments = { ...current.departments };
  for (const [province, edits] of Object.entries(incoming.departments)) departments[province] = mergeEdits(departments[province], edits);
  return { items: [...items.values()], departments };
}
