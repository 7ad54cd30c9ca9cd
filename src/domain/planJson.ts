/** A plan as JSON: everything (items and province department edits), read back with located problems. */
import type { Catalogue } from './catalogue';
import type { Department, ProvinceDepartmentEdits } from './departments';
import type { Plan } from './followup';
import { parseJsonLocated } from './jsonLocated';
import { v1ToRaw, type AssignmentV1 } from './planMigration';
import { collect, planProblem, withAdded, type ItemContext, type PlanImport, type RawItem } from './planRead';
import type { Problem } from './types';

export const PLAN_SCHEMA = 'chiso-followup-plan';
export const PLAN_VERSION = 3;

export function planToJson(plan: Plan, exportedAt: string): string {
  const items = [...plan.items].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ schema: PLAN_SCHEMA, version: PLAN_VERSION, exportedAt, items, departments: plan.departments }, null, 2) + '\n';
}

/** Read an exported plan (JSON, current or version 1). */
export function planFromJson(
  text: string,
  file: string,
  catalogue: Catalogue,
  departmentsFor: (province: string, edits?: ProvinceDepartmentEdits) => readonly Department[],
): PlanImport {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseJsonLocated(clean);
  if ('error' in parsed) return { plan: null, issues: [planProblem('json-syntax', { file, line: parsed.error.line, column: parsed.error.column }, { detail: parsed.error.message })] };
  const { value, positions } = parsed;
  const pos = (path: string) => positions.get(path) ?? positions.get(path.replace(/\.[^.[\]]+$/, '')) ?? { line: 1, column: 1 };
  const doc = value as { version?: unknown; items?: unknown; assignments?: unknown; departments?: unknown } | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { plan: null, issues: [planProblem('not-a-plan', { file, line: 1, column: 1 })] };
  if (typeof doc.version === 'number' && doc.version > PLAN_VERSION) return { plan: null, issues: [planProblem('newer-version', { file, ...pos('version') }, { version: doc.version })] };

  const issues: Problem[] = [];
  let rawItems: unknown[];
  let departments: Record<string, ProvinceDepartmentEdits> = {};
  let prefix: string;
  if (doc.version === 1 && Array.isArray(doc.assignments)) {
    issues.push(planProblem('migrated-v1', { file, ...pos('version') }));
    rawItems = (doc.assignments as AssignmentV1[]).map(v1ToRaw);
    prefix = 'assignments';
  } else if (Array.isArray(doc.items)) {
    rawItems = doc.items;
    prefix = 'items';
    if (doc.departments !== undefined) {
      if (typeof doc.departments !== 'object' || doc.departments === null || Array.isArray(doc.departments)) {
        issues.push(planProblem('bad-departments', { file, ...pos('departments') }));
      } else {
        departments = normaliseEdits(doc.departments as Record<string, unknown>);
      }
    }
  } else {
    return { plan: null, issues: [planProblem('not-a-plan', { file, line: 1, column: 1 })] };
  }
  const raws: RawItem[] = rawItems.map((entry, i) => ({
    fields: (entry && typeof entry === 'object' ? entry : {}) as RawItem['fields'],
    at: (field) => pos(field ? `${prefix}[${i}].${field}` : `${prefix}[${i}]`),
  }));
  const ctx: ItemContext = { file, catalogue, departmentsFor: (p) => departmentsFor(p, departments[p]), added: {} };
  const { items, issues: itemIssues } = collect(raws, ctx, (raw) => raw.at('').line);
  issues.push(...itemIssues);
  return { plan: { items, departments: withAdded(departments, ctx.added) }, issues };
}

function normaliseEdits(raw: Record<string, unknown>): Record<string, ProvinceDepartmentEdits> {
  const result: Record<string, ProvinceDepartmentEdits> = {};
  for (const [province, value] of Object.entries(raw)) {
    const v = (value ?? {}) as Partial<ProvinceDepartmentEdits>;
    result[province] = {
      added: Array.isArray(v.added) ? v.added.filter((d) => d && typeof d.id === 'string' && typeof d.vi === 'string') : [],
      renamed: v.renamed && typeof v.renamed === 'object' ? v.renamed : {},
      hidden: Array.isArray(v.hidden) ? v.hidden.filter((h) => typeof h === 'string') : [],
    };
  }
  return result;
}
