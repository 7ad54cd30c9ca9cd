/**
 * The shape of a plan as this version stores it (src/state/assignments.ts) — field by field, before any of
 * it is used. A stored or imported value that is not this shape is reported with the path of the first
 * field that is wrong (`items["22|PCI|2016|land_access"].coOwners is not a list of texts`), never let in
 * to crash a view or an export later. Validity against the catalogue (known province, scale of a target)
 * is planRead.ts's job; this is only "is it the right kind of value".
 *
 * Versions: 1 `{ assignments: AssignmentV1[] }`; 2 `{ items, departments }`; 3 as 2 with `tasks` on each item;
 * 4 as 3 with `indicators` (indicator lines by id) on each item and `indicator` on each task.
 */
import { ITEM_STATUSES } from './followup';

type Check = (value: unknown, path: string) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (path: string) => path || 'the state';

const text: Check = (v, p) => (typeof v === 'string' ? null : `${show(p)} is not a text`);
const textOrNull: Check = (v, p) => (v === null || typeof v === 'string' ? null : `${show(p)} is not a text or empty`);
const year: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2200 ? null : `${show(p)} is not a year`);
const wholeOrNull: Check = (v, p) => (v === null || Number.isInteger(v) ? null : `${show(p)} is not a whole number or empty`);
const numberOrNull: Check = (v, p) => (v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : `${show(p)} is not a number or empty`);
const texts: Check = (v, p) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : `${show(p)} is not a list of texts`);
const oneOf =
  (allowed: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && allowed.includes(v) ? null : `${show(p)} is not one of ${allowed.join(', ')}`;
const localised: Check = (v, p) => (isRecord(v) ? (text(v.vi, `${p}.vi`) ?? text(v.en, `${p}.en`)) : `${show(p)} is not a Vietnamese/English pair`);

/** Each listed field checked in order; the first problem wins. */
function fields(spec: Record<string, Check>): Check {
  return (v, p) => {
    if (!isRecord(v)) return `${show(p)} is not an object`;
    for (const [name, check] of Object.entries(spec)) {
      const problem = check(v[name], `${p}.${name}`);
      if (problem) return problem;
    }
    return null;
  };
}

const listOf =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${show(p)} is not a list`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };

const recordOf =
  (check: Check): Check =>
  (v, p) => {
    if (!isRecord(v)) return `${show(p)} is not an object`;
    for (const [k, x] of Object.entries(v)) {
      const problem = check(x, `${p}[${JSON.stringify(k)}]`);
      if (problem) return problem;
    }
    return null;
  };

const status = oneOf(ITEM_STATUSES);

export const checkProgressNote: Check = fields({ date: text, text });

const taskFieldsV3 = {
  id: text,
  title: text,
  lead: textOrNull,
  coOwners: texts,
  targetScore: numberOrNull,
  targetRank: wholeOrNull,
  deadline: textOrNull,
  status,
  progress: listOf(checkProgressNote),
  evidence: text,
};
export const checkTaskV3: Check = fields(taskFieldsV3);
export const checkTask: Check = fields({ ...taskFieldsV3, indicator: textOrNull });

export const checkIndicatorPlan: Check = fields({ lead: textOrNull, coOwners: texts, target: numberOrNull, deadline: textOrNull });

const itemFields = {
  id: text,
  province: text,
  index: text,
  year,
  component: text,
  lead: textOrNull,
  coOwners: texts,
  targetScore: numberOrNull,
  targetRank: wholeOrNull,
  targetYear: year,
  deadline: textOrNull,
  status,
  notes: text,
  origin: oneOf(['template', 'user']),
};

export const checkItemV2: Check = fields(itemFields);
export const checkItemV3: Check = fields({ ...itemFields, tasks: listOf(checkTaskV3) });
export const checkItem: Check = fields({ ...itemFields, tasks: listOf(checkTask), indicators: recordOf(checkIndicatorPlan) });

export const checkDepartment: Check = fields({
  id: text,
  kind: text,
  vi: text,
  en: text,
  abbr: localised,
  validFrom: wholeOrNull,
  validTo: wholeOrNull,
});

export const checkDepartmentEdits: Check = fields({ added: listOf(checkDepartment), renamed: recordOf(localised), hidden: texts });

const checkAssignmentV1: Check = fields({
  province: text,
  index: text,
  year,
  component: text,
  lead: text,
  coOwners: text,
  target: numberOrNull,
  status: oneOf(['todo', 'doing', 'done', 'late']),
});

/** The first thing wrong with a stored plan state of `version`, or null. */
export function storedPlanProblem(state: unknown, version: number): string | null {
  if (!isRecord(state)) return 'the state is not an object';
  if (version === 1) return listOf(checkAssignmentV1)(state.assignments, 'assignments');
  if (version !== 2 && version !== 3 && version !== 4) return `unknown version ${version}`;
  const items = recordOf(version === 2 ? checkItemV2 : version === 3 ? checkItemV3 : checkItem)(state.items, 'items');
  if (items) return items;
  for (const [key, item] of Object.entries(state.items as Record<string, { id: string }>)) {
    if (item.id !== key) return `items[${JSON.stringify(key)}].id is "${item.id}", not its key`;
  }
  return state.departments === undefined ? null : recordOf(checkDepartmentEdits)(state.departments, 'departments');
}

// ---- imported files -----------------------------------------------------------
// An imported file is read leniently (a year may be "2022", a target "7,5"; planRead.ts judges the values),
// but every field must be a kind of value that can be read at all: a text, a number or empty where one
// value is expected, a list where a list is. The first wrong field is named by its path, which the
// importer turns into a line and column.

const scalar: Check = (v, p) =>
  v === undefined || v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? null : `${show(p)} is not a text or a number`;
const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined || v === null ? null : check(v, p);
const textOrTexts: Check = (v, p) => (v === undefined || v === null || typeof v === 'string' || texts(v, p) === null ? null : `${show(p)} is not a text or a list of texts`);
const scalars = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, scalar]));

const importedTask: Check = fields({
  ...scalars(['id', 'title', 'lead', 'targetScore', 'targetRank', 'deadline', 'status', 'evidence', 'indicator']),
  coOwners: textOrTexts,
  progress: optional(listOf(fields(scalars(['date', 'text'])))),
});

const importedIndicatorPlan: Check = fields({ ...scalars(['lead', 'target', 'deadline']), coOwners: textOrTexts });

/** An item of a version 2/3/4 file (`items[i]`). */
export const checkImportedItem: Check = fields({
  ...scalars(['id', 'province', 'index', 'year', 'component', 'lead', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes', 'origin']),
  coOwners: textOrTexts,
  tasks: optional(listOf(importedTask)),
  indicators: optional(recordOf(importedIndicatorPlan)),
});

/** An entry of a version 1 file (`assignments[i]`): co-owners were one comma-separated text. */
export const checkImportedV1: Check = fields({
  ...scalars(['province', 'index', 'year', 'component', 'lead', 'target', 'status', 'note']),
  coOwners: optional(text),
});

/** A province's department edits in a file (`departments.22`); a missing part is empty. */
/** A renaming in a file: a Vietnamese/English name, an optional abbreviation pair, no other key (an `abbr: null` is named). */
const importedRenaming: Check = (v, p) => {
  const names = localised(v, p);
  if (names) return names;
  const record = v as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'abbr') {
      const abbr = localised(record.abbr, `${p}.abbr`);
      if (abbr) return abbr;
    } else if (key !== 'vi' && key !== 'en') return `${p}.${key} is not a field of a renamed department (only vi, en, abbr)`;
  }
  return null;
};

export const checkImportedEdits: Check = fields({
  added: optional(listOf(checkDepartment)),
  renamed: optional(recordOf(importedRenaming)),
  hidden: optional(texts),
});
