/**
 * A plan as CSV: the items (department edits travel in JSON), Excel-safe, readable after editing in Excel.
 * One row per task (the item's columns repeated on each), then one row per indicator line (`indicator` and its
 * owner, target, deadline; the task columns empty); an item with neither is one row. A task names the indicator it
 * targets in `task_indicator`. Progress notes are one per line, `YYYY-MM-DD: text`.
 */
import { findIndex, type Catalogue } from '../catalogue/catalogue';
import { toCsv, unguardFormula } from '../import/csvExport';
import { departmentName, type Department } from './departments';
import type { FollowUpItem, Plan, PlanTask } from './followup';
import { checkText, readCsvGrid } from '../import/parse';
import { foldText } from '../catalogue/text';
import { collect, hasErrors, planProblem, withAdded, type ItemContext, type PlanImport, type RawItem } from './planRead';
import type { Problem } from '../catalogue/types';

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
  'task_id',
  'task',
  'task_lead',
  'task_lead_name',
  'task_co_owners',
  'task_target_score',
  'task_target_rank',
  'task_deadline',
  'task_status',
  'task_progress',
  'task_evidence',
  'task_indicator',
  'indicator',
  'indicator_lead',
  'indicator_lead_name',
  'indicator_co_owners',
  'indicator_target',
  'indicator_deadline',
] as const;

const INDICATOR_FIELD: Record<string, string> = {
  indicator_lead: 'lead',
  indicator_co_owners: 'coOwners',
  indicator_target: 'target',
  indicator_deadline: 'deadline',
};

const TASK_FIELD: Record<string, keyof PlanTask> = {
  task_id: 'id',
  task: 'title',
  task_lead: 'lead',
  task_co_owners: 'coOwners',
  task_target_score: 'targetScore',
  task_target_rank: 'targetRank',
  task_deadline: 'deadline',
  task_status: 'status',
  task_progress: 'progress',
  task_evidence: 'evidence',
  task_indicator: 'indicator',
};

/**
 * Progress notes in one cell, one note per line, so the cell reads well in Excel and reads back as written:
 * - a dated note is `YYYY-MM-DD: text`; an undated one is its text alone, or `: text` when the text itself
 *   would read as dated (it starts with a date and a colon) or starts with ":";
 * - a note of several lines continues on lines indented by two spaces (a blank line inside it is "  ");
 * - a line typed in Excel that starts with a date (ISO or DD/MM/YYYY) and a colon is a dated note, any other
 *   line is an undated note. A note with neither date nor text is nothing and is not kept (planRead.ts).
 * Export then import gives back every note exactly (planRoundTrip.test.ts, over generated plans).
 */
const DATED_LINE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})[ \t]*:[ \t]?(.*)$/;
const CONTINUATION = '  ';

function noteLines(note: { date: string; text: string }): string {
  const [first, ...rest] = note.text.split('\n');
  const head = note.date ? `${note.date}: ${first}` : DATED_LINE.test(first) || first.startsWith(':') || first === '' || /^[ \t]/.test(first) ? `: ${first}` : first;
  return [head, ...rest.map((l) => CONTINUATION + l)].join('\n');
}

export const progressText = (task: Pick<PlanTask, 'progress'>) => task.progress.map(noteLines).join('\n');

/** A progress cell back into notes (see the rules above). */
export function readProgress(text: string): { date: string; text: string }[] {
  const notes: { date: string; text: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const last = notes[notes.length - 1];
    if (last && line.startsWith(CONTINUATION)) {
      last.text += '\n' + line.slice(CONTINUATION.length);
      continue;
    }
    const dated = DATED_LINE.exec(line);
    if (dated) notes.push({ date: dated[1], text: dated[2] });
    else if (line.startsWith(':')) notes.push({ date: '', text: line.slice(line.startsWith(': ') ? 2 : 1) });
    else if (line.trim() !== '') notes.push({ date: '', text: line });
  }
  return notes;
}

/** CSV of the items (Excel-safe via toCsv). Department ids separated by ";" in co_owners; names are for reading only. */
export function planToCsv(plan: Plan, catalogue: Catalogue, departmentsFor: (province: string) => readonly Department[]): string {
  const items = [...plan.items].sort((a, b) => a.id.localeCompare(b.id));
  const rows = items.flatMap((item) => {
    const departments = departmentsFor(item.province);
    const index = findIndex(catalogue, item.index);
    const itemCells = [
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
    // Every row as wide as the header, so the reader's delimiter guess never sees a short row (a tab in a note could win it).
    const noTask = Array<string>(12).fill(''); // task_id … task_indicator
    const lines = Object.entries(item.indicators)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, line]) => [
        ...itemCells,
        ...noTask,
        id,
        line.lead ?? '',
        departmentName(departments, line.lead, 'vi'),
        line.coOwners.join(';'),
        line.target,
        line.deadline ?? '',
      ]);
    if (item.tasks.length === 0 && lines.length === 0) return [[...itemCells, ...Array<string>(CSV_COLUMNS.length - itemCells.length).fill('')]];
    const tasks = item.tasks.map((t) => [
      ...itemCells,
      t.id,
      t.title,
      t.lead ?? '',
      departmentName(departments, t.lead, 'vi'),
      t.coOwners.join(';'),
      t.targetScore,
      t.targetRank,
      t.deadline ?? '',
      t.status,
      progressText(t),
      t.evidence,
      t.indicator ?? '',
      ...Array<string>(6).fill(''),
    ]);
    return [...tasks, ...lines];
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

/** Undo toCsv's formula neutralising (csvExport.unguardFormula: the apostrophes are ours, not the user's). */
const unneutralise = unguardFormula;

/** Read a plan CSV (as exported, possibly edited in Excel), tasks included. Department edits travel in JSON. */
export function planFromCsv(text: string, file: string, catalogue: Catalogue, departmentsFor: (province: string) => readonly Department[]): PlanImport {
  const checked = checkText(text, file);
  // A NUL or U+FFFD anywhere (checkText finds the first, at its line and column): said in the plan's words, the file refused.
  const damaged = { 'nul-character': 'nul-in-csv', 'bad-encoding': 'broken-in-csv' } as const;
  if (checked.issues.length) return { plan: null, issues: checked.issues.map((p) => (p.code in damaged ? planProblem(damaged[p.code as keyof typeof damaged], { file, line: p.line, column: p.column }) : p)) };
  const grid = readCsvGrid(checked.text, file);
  const [header = [], ...rows] = grid.rows;
  const columns = header.map((h) => h.trim().toLowerCase());
  const issues: Problem[] = [...grid.issues];
  for (const required of ['province', 'index', 'year', 'component']) {
    if (!columns.includes(required)) issues.push(planProblem('missing-field', { file, line: grid.lines[0] ?? 1, column: 0 }, { field: required }));
  }
  if (hasErrors(issues)) return { plan: null, issues };
  const known: readonly string[] = CSV_COLUMNS;
  columns.forEach((name, c) => {
    if (name !== '' && !known.includes(name)) issues.push(planProblem('unknown-column', { file, line: grid.lines[0] ?? 1, column: c + 1 }, { field: header[c].trim() }));
  });
  // A header with no item under it is said, not imported as an empty plan.
  if (!rows.some((cells) => cells.some((c) => c.trim() !== ''))) return { plan: null, issues: [...issues, planProblem('no-items', { file, line: grid.lines[0] ?? 1, column: 1 })] };
  const cell = (cells: string[], name: string) => (columns.includes(name) ? unneutralise(cells[columns.indexOf(name)] ?? '') : '');
  const raws: (RawItem & { line: number })[] = [];
  // Rows of one item (same province, index, year, component as written) that carry a task join that item.
  const byKey = new Map<string, { raw: RawItem & { line: number }; tasks: { line: number; columnOf: Record<string, number> }[]; lines: Map<string, { line: number; columnOf: Record<string, number>; column: number }> }>();
  rows.forEach((cells, r) => {
    const line = grid.lines[r + 1];
    const fields: RawItem['fields'] = {};
    const columnOf: Record<string, number> = {};
    columns.forEach((name, c) => {
      const field = CSV_FIELD[name];
      if (!field) return;
      fields[field] = unneutralise(cells[c] ?? '');
      columnOf[field] = c + 1;
    });
    if (!fields.lead && columns.includes('lead_name')) fields.lead = cell(cells, 'lead_name');
    const hasTask = Object.keys(TASK_FIELD).some((name) => cell(cells, name).trim() !== '');
    const indicatorText = cell(cells, 'indicator').trim();
    const line_: Record<string, unknown> = {};
    const lineColumns: Record<string, number> = {};
    if (indicatorText) {
      for (const [name, field] of Object.entries(INDICATOR_FIELD)) {
        if (!columns.includes(name)) continue;
        line_[field] = cell(cells, name);
        lineColumns[field] = columns.indexOf(name) + 1;
      }
      if (!line_.lead && columns.includes('indicator_lead_name')) line_.lead = cell(cells, 'indicator_lead_name');
    }
    const task: Record<string, unknown> = {};
    const taskColumns: Record<string, number> = {};
    if (hasTask) {
      for (const [name, field] of Object.entries(TASK_FIELD)) {
        if (!columns.includes(name)) continue;
        const value = cell(cells, name);
        task[field] = field === 'progress' ? readProgress(value) : value;
        taskColumns[field] = columns.indexOf(name) + 1;
      }
      if (!task.lead && columns.includes('task_lead_name')) task.lead = cell(cells, 'task_lead_name');
    }
    const key = ['province', 'index', 'year', 'component'].map((k) => foldText(String(fields[k as keyof typeof fields] ?? ''))).join('|');
    const earlier = byKey.get(key);
    const addLine = (to: NonNullable<typeof earlier>) => {
      (to.raw.fields.indicators as Record<string, unknown>)[indicatorText] = line_;
      to.lines.set(indicatorText, { line, columnOf: lineColumns, column: columns.indexOf('indicator') + 1 });
    };
    if ((hasTask || indicatorText) && earlier) {
      if (hasTask) {
        (earlier.raw.fields.tasks as unknown[]).push(task);
        earlier.tasks.push({ line, columnOf: taskColumns });
      }
      if (indicatorText) addLine(earlier);
      return;
    }
    const entry = {
      raw: { fields: { ...fields, tasks: hasTask ? [task] : [], indicators: Object.create(null) as Record<string, unknown> }, line, at: (_: string) => ({ line, column: 0 }) },
      tasks: hasTask ? [{ line, columnOf: taskColumns }] : [],
      lines: new Map<string, { line: number; columnOf: Record<string, number>; column: number }>(),
    };
    if (indicatorText) addLine(entry);
    entry.raw.at = (field: string) => {
      const m = /^tasks\[(\d+)\]\.(\w+)/.exec(field);
      if (m) {
        const t = entry.tasks[Number(m[1])];
        return t ? { line: t.line, column: t.columnOf[m[2]] ?? 0 } : { line, column: 0 };
      }
      const ind = /^indicators\.(.+?)(?:\.(lead|coOwners|target|deadline))?$/.exec(field);
      const l = ind ? entry.lines.get(ind[1]) : undefined;
      if (ind && l) return { line: l.line, column: ind[2] ? (l.columnOf[ind[2]] ?? 0) : l.column };
      return { line, column: columnOf[field] ?? 0 };
    };
    if (!earlier) byKey.set(key, entry);
    raws.push(entry.raw);
  });
  const ctx: ItemContext = { file, catalogue, departmentsFor, added: {} };
  const { items, issues: itemIssues } = collect(raws, ctx, (raw) => (raw as RawItem & { line: number }).line);
  issues.push(...itemIssues);
  return { plan: { items, departments: withAdded({}, ctx.added) }, issues };
}
