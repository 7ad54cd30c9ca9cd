/** A plan as CSV: the items only (department edits travel in JSON), Excel-safe, readable after editing in Excel. */
import { findIndex, type Catalogue } from './catalogue';
import { toCsv } from './csvExport';
import { departmentName, type Department } from './departments';
import type { FollowUpItem, Plan } from './followup';
import { checkText, readCsvGrid } from './parse';
import { collect, hasErrors, planProblem, withAdded, type ItemContext, type PlanImport, type RawItem } from './planRead';
import type { Problem } from './types';

export const CSV_COLUMNS = [
  'province',
  'province_name',
  'index',
  'year',
  'component',
  'component_name',
  'lead',
  'lead_name',
  'co_owners',
  'co_owner_names',
  'target_score',
  'target_rank',
  'target_year',
  'deadline',
  'status',
  'notes',
  'origin',
] as const;

/** CSV of the items (Excel-safe via toCsv). Department ids separated by ";" in co_owners; names are for reading only. */
export function planToCsv(plan: Plan, catalogue: Catalogue, departmentsFor: (province: string) => readonly Department[]): string {
  const items = [...plan.items].sort((a, b) => a.id.localeCompare(b.id));
  const rows = items.map((item) => {
    const departments = departmentsFor(item.province);
    const index = findIndex(catalogue, item.index);
    return [
      item.province,
      catalogue.units.find((u) => u.id === item.province)?.vi ?? '',
      item.index,
      item.year,
      item.component,
      index?.components.find((c) => c.id === item.component)?.vi ?? '',
      item.lead ?? '',
      departmentName(departments, item.lead, 'vi'),
      item.coOwners.join(';'),
      item.coOwners.map((c) => departmentName(departments, c, 'vi')).join('; '),
      item.targetScore,
      item.targetRank,
      item.targetYear,
      item.deadline ?? '',
      item.status,
      item.notes,
      item.origin,
    ];
  });
  return toCsv([...CSV_COLUMNS], rows);
}
const CSV_FIELD: Record<string, keyof FollowUpItem> = {
  province: 'province',
  index: 'index',
  year: 'year',
  component: 'component',
  lead: 'lead',
  co_owners: 'coOwners',
  target_score: 'targetScore',
  target_rank: 'targetRank',
  target_year: 'targetYear',
  deadline: 'deadline',
  status: 'status',
  notes: 'notes',
  origin: 'origin',
};

/** Undo toCsv's formula neutralising: a leading apostrophe before = + - @ is ours, not the user's. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Read a plan CSV (as exported, possibly edited in Excel). Items only; department edits travel in JSON. */
export function planFromCsv(text: string, file: string, catalogue: Catalogue, departmentsFor: (province: string) => readonly Department[]): PlanImport {
  const checked = checkText(text, file);
  if (checked.issues.length) return { plan: null, issues: checked.issues };
  const grid = readCsvGrid(checked.text, file);
  const [header = [], ...rows] = grid.rows;
  const columns = header.map((h) => h.trim().toLowerCase());
  const issues: Problem[] = [...grid.issues];
  for (const required of ['province', 'index', 'year', 'component']) {
    if (!columns.includes(required)) issues.push(planProblem('missing-field', { file, line: grid.lines[0] ?? 1, column: 0 }, { field: required }));
  }
  if (hasErrors(issues)) return { plan: null, issues };
  const raws: (RawItem & { line: number })[] = rows.map((cells, r) => {
    const line = grid.lines[r + 1];
    const fields: RawItem['fields'] = {};
    const columnOf: Record<string, number> = {};
    columns.forEach((name, c) => {
      const field = CSV_FIELD[name];
      if (!field) return;
      fields[field] = unneutralise(cells[c] ?? '');
      columnOf[field] = c + 1;
    });
    if (!fields.lead && columns.includes('lead_name')) fields.lead = unneutralise(cells[columns.indexOf('lead_name')] ?? '');
    return { fields, line, at: (field) => ({ line, column: columnOf[field] ?? 0 }) };
  });
  const ctx: ItemContext = { file, catalogue, departmentsFor, added: {} };
  const { items, issues: itemIssues } = collect(raws, ctx, (raw) => (raw as RawItem & { line: number }).line);
  issues.push(...itemIssues);
  return { plan: { items, departments: withAdded({}, ctx.added) }, issues };
}
