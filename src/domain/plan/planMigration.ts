/** Version 1 (the first stored shape of the plan), kept for old stores and old files. */
import type { Catalogue } from '../catalogue/catalogue';
import type { Department } from './departments';
import type { FollowUpItem, ItemStatus, Plan } from './followup';
import { validateItem, withAdded, type ItemContext, type RawItem } from './planRead';

/** Version 1 stored free-text department names, a single score target and four statuses, without a target year. */
export interface AssignmentV1 {
  province: string;
  index: string;
  year: number;
  component: string;
  /** Department name as typed, e.g. "Sở KH&ĐT". */
  lead: string;
  /** Comma-separated names. */
  coOwners: string;
  target: number | null;
  status: 'todo' | 'doing' | 'done' | 'late';
  note?: string;
}

const V1_STATUS: Record<AssignmentV1['status'], ItemStatus> = { todo: 'not_started', doing: 'in_progress', done: 'done', late: 'at_risk' };

export function v1ToRaw(a: AssignmentV1): RawItem['fields'] {
  return {
    province: a.province,
    index: a.index,
    year: a.year,
    component: a.component,
    lead: a.lead,
    coOwners: (a.coOwners ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    targetScore: a.target,
    status: V1_STATUS[a.status] ?? 'not_started',
    notes: a.note ?? '',
  };
}

/**
 * Version 1 → current: names become department ids (a name that matches none becomes a department of
 * that province, so nothing typed is lost), the score target is kept, the target year is the next edition.
 * Entries that cannot be placed are returned in `unplaced` for the caller to keep.
 */
export function migrateV1(
  assignments: readonly AssignmentV1[],
  catalogue: Catalogue,
  departmentsFor: (province: string) => readonly Department[],
): { plan: Plan; unplaced: AssignmentV1[] } {
  const ctx: ItemContext = { file: 'v1', catalogue, departmentsFor, added: {} };
  const items: FollowUpItem[] = [];
  const unplaced: AssignmentV1[] = [];
  for (const a of assignments) {
    const { item } = validateItem({ fields: v1ToRaw(a), at: () => ({ line: 0, column: 0 }) }, ctx);
    if (item) items.push(item);
    else unplaced.push(a);
  }
  return { plan: { items, departments: withAdded({}, ctx.added) }, unplaced };
}
