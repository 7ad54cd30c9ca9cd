/** A plan as JSON: everything (items and province department edits), read back with located problems. */
import type { Catalogue } from '../catalogue/catalogue';
import type { Department, ProvinceDepartmentEdits } from './departments';
import type { Plan } from './followup';
import { parseJsonLocated } from '../import/jsonLocated';
import { v1ToRaw, type AssignmentV1 } from './planMigration';
import { checkImportedEdits, checkImportedItem, checkImportedV1 } from './planShape';
import { collect, planProblem, withAdded, type ItemContext, type PlanImport, type RawItem } from './planRead';
import type { Problem } from '../catalogue/types';

export const PLAN_SCHEMA = 'chiso-followup-plan';
export const PLAN_VERSION = 4;

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
  // A NUL or a broken character (U+FFFD) anywhere in the file's texts, keys included: the value is located and the file refused.
  for (const { path, code, offset } of damagedTexts(value, '')) issues.push(planProblem(code, { file, ...pos(path) }, { offset }));
  extraKeys(doc, TOP_KEYS, '', (path, field) => issues.push(planProblem('unknown-field', { file, ...pos(path) }, { field })));
  /** A shape problem `items[3].coOwners is not …` located at its path (or the nearest enclosing value that has a place). */
  const shapeProblem = (detail: string) => {
    let path = detail.slice(0, detail.indexOf(' is '));
    while (path && !positions.has(path)) {
      const parent = path.replace(/(\.[^.[\]]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/, '');
      path = parent === path ? '' : parent;
    }
    issues.push(planProblem('bad-shape', { file, ...pos(path) }, { detail }));
  };
  let entries: unknown[];
  let departments: Record<string, ProvinceDepartmentEdits> = Object.create(null);
  let prefix: string;
  const v1 = doc.version === 1 && Array.isArray(doc.assignments);
  if (v1) {
    issues.push(planProblem('migrated-v1', { file, ...pos('version') }));
    entries = doc.assignments as unknown[];
    prefix = 'assignments';
  } else if (Array.isArray(doc.items)) {
    entries = doc.items;
    prefix = 'items';
    if (doc.departments !== undefined) {
      if (typeof doc.departments !== 'object' || doc.departments === null || Array.isArray(doc.departments)) {
        issues.push(planProblem('bad-departments', { file, ...pos('departments') }));
      } else {
        const edits = doc.departments as Record<string, unknown>;
        const good: Record<string, unknown> = Object.create(null);
        for (const province of Object.keys(edits)) {
          const problem = checkImportedEdits(edits[province], `departments.${province}`);
          if (problem) shapeProblem(problem);
          else good[province] = edits[province];
        }
        departments = normaliseEdits(good);
      }
    }
  } else {
    return { plan: null, issues: [planProblem('not-a-plan', { file, line: 1, column: 1 })] };
  }
  const raws: RawItem[] = [];
  entries.forEach((entry, i) => {
    const problem = (v1 ? checkImportedV1 : checkImportedItem)(entry, `${prefix}[${i}]`);
    if (problem) return shapeProblem(problem);
    const unknownField = (path: string, field: string) => issues.push(planProblem('unknown-field', { file, ...pos(path) }, { field }));
    extraKeys(entry, v1 ? V1_KEYS : ITEM_KEYS, `${prefix}[${i}]`, unknownField);
    const tasks = (entry as { tasks?: unknown }).tasks;
    if (!v1 && Array.isArray(tasks)) {
      tasks.forEach((task, j) => {
        extraKeys(task, TASK_KEYS, `${prefix}[${i}].tasks[${j}]`, unknownField);
        const progress = (task as { progress?: unknown }).progress;
        if (Array.isArray(progress)) progress.forEach((note, k) => extraKeys(note, NOTE_KEYS, `${prefix}[${i}].tasks[${j}].progress[${k}]`, unknownField));
      });
    }
    const lines = (entry as { indicators?: unknown }).indicators;
    if (!v1 && lines && typeof lines === 'object') for (const [id, line] of Object.entries(lines)) extraKeys(line, INDICATOR_KEYS, `${prefix}[${i}].indicators.${id}`, unknownField);
    raws.push({
      fields: v1 ? v1ToRaw(entry as AssignmentV1) : (entry as RawItem['fields']),
      at: (field) => pos(field ? `${prefix}[${i}].${field}` : `${prefix}[${i}]`),
    });
  });
  const ctx: ItemContext = { file, catalogue, departmentsFor: (p) => departmentsFor(p, departments[p]), added: {} };
  const { items, issues: itemIssues } = collect(raws, ctx, (raw) => raw.at('').line);
  issues.push(...itemIssues);
  return { plan: { items, departments: withAdded(departments, ctx.added) }, issues };
}

const TOP_KEYS = ['schema', 'version', 'exportedAt', 'items', 'departments', 'assignments'];
const ITEM_KEYS = ['id', 'province', 'index', 'year', 'component', 'lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes', 'origin', 'tasks', 'indicators'];
const INDICATOR_KEYS = ['lead', 'coOwners', 'target', 'deadline'];
const V1_KEYS = ['province', 'index', 'year', 'component', 'lead', 'coOwners', 'target', 'status', 'note'];
const TASK_KEYS = ['id', 'title', 'lead', 'coOwners', 'targetScore', 'targetRank', 'deadline', 'status', 'progress', 'evidence', 'indicator'];
const NOTE_KEYS = ['date', 'text'];

/** Keys of an object that no plan field reads: each said (a warning at the key's value), never passed over in silence. */
function extraKeys(value: unknown, allowed: readonly string[], path: string, report: (path: string, field: string) => void): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) if (!allowed.includes(key)) report(path ? `${path}.${key}` : key, key);
}

/** Texts (and keys) holding a NUL or U+FFFD, by path as the located reader names them; the offset is 1-based. */
function damagedTexts(value: unknown, path: string, found: { path: string; code: 'nul-in-text' | 'broken-in-text'; offset: number }[] = []) {
  const check = (text: string, at: string) => {
    const nul = text.indexOf('\u0000');
    const broken = text.indexOf('\uFFFD');
    if (nul !== -1) found.push({ path: at, code: 'nul-in-text', offset: nul + 1 });
    if (broken !== -1) found.push({ path: at, code: 'broken-in-text', offset: broken + 1 });
  };
  if (typeof value === 'string') check(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => damagedTexts(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      check(key, at);
      damagedTexts(v, at, found);
    }
  }
  return found;
}

/** Edits already shape-checked (checkImportedEdits); built without a prototype, so a province key "__proto__" is only a key. */
function normaliseEdits(raw: Record<string, unknown>): Record<string, ProvinceDepartmentEdits> {
  const result: Record<string, ProvinceDepartmentEdits> = Object.create(null);
  for (const [province, value] of Object.entries(raw)) {
    const v = (value ?? {}) as Partial<ProvinceDepartmentEdits>;
    result[province] = {
      added: Array.isArray(v.added) ? v.added.filter((d) => d && typeof d.id === 'string' && typeof d.vi === 'string') : [],
      renamed: v.renamed && typeof v.renamed === 'object' ? Object.assign(Object.create(null), v.renamed) : Object.create(null),
      hidden: Array.isArray(v.hidden) ? v.hidden.filter((h) => typeof h === 'string') : [],
    };
  }
  return result;
}
