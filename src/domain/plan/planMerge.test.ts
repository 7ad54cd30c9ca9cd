/**
 * Merging a colleague's plan loses nothing by default (planDiff.ts): both sides' progress notes are kept,
 * tasks typed in Excel without an id are matched by content, a department renamed on both sides is a listed
 * conflict with both names; over 10,000 random concurrent edits of one plan, whatever the default leaves
 * out is a value of a listed conflict.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments } from './departments';
import { blankItem, blankTask, ITEM_STATUSES, nextTaskId, type FollowUpItem, type Plan, type PlanTask } from './followup';
import { planFromCsv, planToCsv } from './planCsv';
import { applyDiff, conflictCount, defaultChoice, diffPlans, nameKey, type PlanDiff } from './planDiff';
import { chance, pick, randomItem, randomNote, randomText, seededRandom, type Random } from './planSynth';
import { contentTaskId, taskContentKey } from './taskIdentity';

const list = provinceDepartments(defaultDepartments);
const forProvince = () => list;
const task = (id: string, patch: Partial<PlanTask> = {}): PlanTask => ({ ...blankTask(id), ...patch });
const base: FollowUpItem = {
  ...blankItem('02', 'PCI', 2016, 'labour_training'),
  lead: 'so-ldtbxh',
  tasks: [task('t1', { title: 'Mở 3 lớp đào tạo nghề', lead: 'so-ldtbxh', status: 'in_progress', progress: [{ date: '2016-11-02', text: 'Đã khảo sát nhu cầu' }] })],
};
const plan = (...items: FollowUpItem[]): Plan => ({ items, departments: {} });
const merge = (ours: Plan, theirs: Plan) => {
  const diff = diffPlans(ours, theirs);
  return { diff, merged: applyDiff(ours, theirs, diff, defaultChoice(diff)) };
};

describe('merging a colleague’s plan: nothing lost by default', () => {
  it('both sides added a progress note to the same task: the default keeps both notes (it used to keep only the file’s task)', () => {
    const ours = plan({ ...base, tasks: [{ ...base.tasks[0], progress: [...base.tasks[0].progress, { date: '2016-12-01', text: 'Mở lớp 1, 35 học viên' }] }] });
    const theirs = plan({ ...base, tasks: [{ ...base.tasks[0], progress: [...base.tasks[0].progress, { date: '2016-12-05', text: 'Ký hợp đồng với trường nghề' }] }] });
    const { diff, merged } = merge(ours, theirs);
    expect(conflictCount(diff)).toBe(0);
    expect(merged.items[0].tasks[0].progress.map((n) => n.text)).toEqual(['Đã khảo sát nhu cầu', 'Mở lớp 1, 35 học viên', 'Ký hợp đồng với trường nghề']);
  });

  it('a note identical on both sides is kept once; two identical notes on one side stay two', () => {
    const note = { date: '2016-12-01', text: 'Họp tổ công tác' };
    const ours = plan({ ...base, tasks: [{ ...base.tasks[0], progress: [note, note] }] });
    const theirs = plan({ ...base, tasks: [{ ...base.tasks[0], progress: [note, { date: '', text: 'chưa có ngày' }] }] });
    expect(merge(ours, theirs).merged.items[0].tasks[0].progress).toEqual([note, note, { date: '', text: 'chưa có ngày' }]);
  });

  it('a field only one side filled takes the filled value, no conflict; a field both filled differently is a conflict with both versions, the file’s taken by default', () => {
    const ours = plan({ ...base, tasks: [{ ...base.tasks[0], evidence: 'https://molisa.gov.vn/a' }] });
    const theirs = plan({ ...base, deadline: '2017-06-30', tasks: [{ ...base.tasks[0], evidence: 'https://hagiang.gov.vn/b', deadline: '2017-03-31' }] });
    const { diff, merged } = merge(ours, theirs);
    expect(diff.changed[0]).toMatchObject({ conflicts: [], filled: ['deadline'] });
    expect(diff.changed[0].tasks.changed[0]).toMatchObject({ conflicts: ['evidence'], filled: ['deadline'] });
    expect(diff.changed[0].tasks.changed[0].before.evidence).toBe('https://molisa.gov.vn/a');
    expect(conflictCount(diff)).toBe(1);
    expect(merged.items[0]).toMatchObject({ deadline: '2017-06-30', tasks: [{ evidence: 'https://hagiang.gov.vn/b', deadline: '2017-03-31' }] });
  });

  it('tasks typed in Excel without an id on both sides: different tasks are both kept, the same task (title and lead) is one task with both sides’ notes', () => {
    const withExcelTasks = (rows: string[][]) => {
      const csv = planToCsv(plan({ ...base, tasks: [] }), defaultCatalogue, forProvince).split('\r\n');
      const header = csv[0].replace(/^\uFEFF/, '').split(',');
      const item = csv[1].split(',').slice(0, header.indexOf('task_id'));
      const at = (name: string) => header.indexOf(name) - header.indexOf('task_id');
      const lines = rows.map(([title, lead, progress]) => {
        const cells = Array<string>(header.length - header.indexOf('task_id')).fill('');
        [cells[at('task')], cells[at('task_lead')], cells[at('task_progress')], cells[at('task_status')]] = [title, lead, progress, 'in_progress'];
        return [...item, ...cells].join(',');
      });
      const result = planFromCsv([csv[0], ...lines].join('\r\n'), 'excel.csv', defaultCatalogue, forProvince);
      expect(result.issues).toEqual([]);
      return result.plan!;
    };
    const ours = withExcelTasks([['Rà soát thủ tục đất đai', 'Sở Nông nghiệp và Môi trường', '2025-09-01: bắt đầu rà soát']]);
    const theirs = withExcelTasks([
      ['Rà soát thủ tục đất đai', 'so-nn-mt', '2025-09-15: xong đợt 1'],
      ['Đối thoại doanh nghiệp', 'so-tai-chinh', ''],
    ]);
    // Content ids, never a plain t1 on both sides.
    expect(ours.items[0].tasks[0].id).toBe(theirs.items[0].tasks[0].id);
    expect(ours.items[0].tasks[0].id).not.toBe(theirs.items[0].tasks[1].id);
    const merged = merge(ours, theirs).merged.items[0].tasks;
    expect(merged.map((t) => [t.title, t.progress.map((n) => n.text)])).toEqual([
      ['Rà soát thủ tục đất đai', ['bắt đầu rà soát', 'xong đợt 1']],
      ['Đối thoại doanh nghiệp', []],
    ]);
  });

  it('a task added in the app on one side and typed in Excel on the other (same title and lead) is one task', () => {
    const ours = plan({ ...base, tasks: [...base.tasks, task('t2-an', { title: 'Sàn giao dịch việc làm', lead: 'so-ldtbxh', progress: [{ date: '2017-01-02', text: 'a' }] })] });
    const theirs = plan({ ...base, tasks: [...base.tasks, task(contentTaskId({ title: 'sàn giao dịch  việc làm', lead: 'so-ldtbxh' }, new Set()), { title: 'sàn giao dịch  việc làm', lead: 'so-ldtbxh', progress: [{ date: '2017-01-03', text: 'b' }] })] });
    const merged = merge(ours, theirs).merged.items[0].tasks;
    expect(merged.map((t) => [t.id, t.progress.length])).toEqual([
      ['t1', 1],
      ['t2-an', 2],
    ]);
  });

  it('a department renamed on both sides to different names is a listed conflict with both names; by default our name stays, never silently the file’s', () => {
    const ours: Plan = { items: [base], departments: { '02': { added: [], hidden: [], renamed: { 'so-tu-phap': { vi: 'Sở Tư pháp Hà Giang', en: 'Ha Giang DoJ' } } } } };
    const theirs: Plan = { items: [base], departments: { '02': { added: [], hidden: ['so-gtvt'], renamed: { 'so-tu-phap': { vi: 'Sở TP tỉnh Hà Giang', en: 'DoJ' }, 'so-tai-chinh': { vi: 'Sở Tài chính HG', en: 'DoF HG' } } } } };
    const { diff, merged } = merge(ours, theirs);
    expect(diff.nameConflicts).toEqual([{ province: '02', department: 'so-tu-phap', ours: { vi: 'Sở Tư pháp Hà Giang', en: 'Ha Giang DoJ' }, theirs: { vi: 'Sở TP tỉnh Hà Giang', en: 'DoJ' } }]);
    expect(conflictCount(diff)).toBe(1);
    expect(merged.departments['02'].renamed).toEqual({ 'so-tu-phap': { vi: 'Sở Tư pháp Hà Giang', en: 'Ha Giang DoJ' }, 'so-tai-chinh': { vi: 'Sở Tài chính HG', en: 'DoF HG' } });
    expect(merged.departments['02'].hidden).toEqual(['so-gtvt']);
    const taken = applyDiff(ours, theirs, diff, { ...defaultChoice(diff), takeNames: new Set([nameKey('02', 'so-tu-phap')]) });
    expect(taken.departments['02'].renamed['so-tu-phap'].vi).toBe('Sở TP tỉnh Hà Giang');
  });
});

// ---- 10,000 random concurrent merges ------------------------------------------------------------------

const NAMES = ['Sở A', 'Sở B', 'Ban C', 'Văn phòng D'];
const RENAMED = ['so-tu-phap', 'so-tai-chinh', 'vp-ubnd'];
const EXCEL_TITLES = ['Rà soát thủ tục', 'Đối thoại doanh nghiệp', 'Tập huấn cán bộ'];

/** One side's edits of the base plan, as a colleague makes them (in the app, or in Excel without task ids). */
function edit(random: Random, plan: Plan, side: string): Plan {
  const copy: Plan = structuredClone(plan);
  const items: FollowUpItem[] = [];
  for (const item of copy.items) {
    if (chance(random, 0.05)) continue; // removed on this side
    if (chance(random, 0.3)) item.status = pick(random, ITEM_STATUSES);
    if (chance(random, 0.2)) item.notes = randomText(random, false, 3);
    if (chance(random, 0.2)) item.deadline = chance(random, 0.2) ? null : `2027-0${1 + Math.floor(random() * 9)}-15`;
    const tasks: PlanTask[] = [];
    for (const t of item.tasks) {
      if (chance(random, 0.05)) continue;
      if (chance(random, 0.5)) t.progress.push(randomNote(random));
      if (chance(random, 0.2)) t.status = pick(random, ITEM_STATUSES);
      if (chance(random, 0.15)) t.evidence = randomText(random, true, 2);
      if (chance(random, 0.1)) t.title = randomText(random, true, 2);
      if (chance(random, 0.1)) t.indicator = chance(random, 0.3) ? null : `${item.component}.${pick(random, ['LURC', 'A1.2'])}`;
      tasks.push(t);
    }
    item.tasks = tasks;
    // An indicator's own owner set or changed, a line removed, a target typed.
    if (chance(random, 0.3)) {
      const id = `${item.component}.${pick(random, ['LURC', 'LURC_days', 'tc_inspect'])}`;
      const line = item.indicators[id] ?? { lead: null, coOwners: [], target: null, deadline: null };
      item.indicators = { ...item.indicators, [id]: { ...line, lead: pick(random, ['thanh-tra', 'so-tnmt', 'so-xay-dung', side === 'an' ? 'so-khdt' : 'so-tu-phap']) } };
    }
    if (chance(random, 0.1)) item.indicators = Object.fromEntries(Object.entries(item.indicators).slice(1));
    if (chance(random, 0.15)) {
      const [first] = Object.keys(item.indicators);
      if (first) item.indicators = { ...item.indicators, [first]: { ...item.indicators[first], target: pick(random, [0.5, 0.62, 14]) } };
    }
    if (chance(random, 0.3)) {
      // A task added in the app (its author's mark in the id) or typed in Excel (id from its content).
      const excel = chance(random, 0.5);
      const title = excel ? pick(random, EXCEL_TITLES) : randomText(random, true, 2);
      const lead = chance(random, 0.5) ? 'so-khdt' : null;
      const id = excel ? contentTaskId({ title, lead }, new Set(item.tasks.map((t) => t.id))) : nextTaskId(item, side);
      item.tasks.push({ ...blankTask(id), title, lead, progress: chance(random, 0.6) ? [randomNote(random)] : [] });
    }
    items.push(item);
  }
  if (chance(random, 0.3)) items.push(randomItem(random, new Set(items.map((i) => i.id))));
  copy.items = items;
  const province = plan.items[0].province;
  if (chance(random, 0.4)) copy.departments = { [province]: { added: [], hidden: [], renamed: { [pick(random, RENAMED)]: { vi: pick(random, NAMES), en: pick(random, NAMES) } } } };
  return copy;
}

const noteKey = (n: { date: string; text: string }) => `${n.date}|${n.text}`;
/** Whether every note of `part` is in `whole` (as many times). */
function containsNotes(whole: readonly { date: string; text: string }[], part: readonly { date: string; text: string }[]): boolean {
  const left = new Map<string, number>();
  for (const n of whole) left.set(noteKey(n), (left.get(noteKey(n)) ?? 0) + 1);
  return part.every((n) => {
    const k = noteKey(n);
    const c = left.get(k) ?? 0;
    left.set(k, c - 1);
    return c > 0;
  });
}

const isEmpty = (v: unknown) => v === null || v === '' || v === 'not_started' || (Array.isArray(v) && v.length === 0);

/** What the default merge dropped that is not a value of a listed conflict (should be nothing). */
function unlistedLosses(ours: Plan, theirs: Plan, diff: PlanDiff, merged: Plan): string[] {
  const losses: string[] = [];
  const result = new Map(merged.items.map((i) => [i.id, i]));
  for (const [side, p] of [
    ['ours', ours],
    ['theirs', theirs],
  ] as const) {
    for (const item of p.items) {
      const m = result.get(item.id);
      if (!m) {
        losses.push(`${side}: item ${item.id}`);
        continue;
      }
      const change = diff.changed.find((c) => c.after.id === item.id);
      for (const field of ['lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes'] as const) {
        if (!isEmpty(item[field]) && JSON.stringify(m[field]) !== JSON.stringify(item[field]) && !change?.conflicts.includes(field)) losses.push(`${side}: ${item.id}.${field}`);
      }
      for (const [id, line] of Object.entries(item.indicators)) {
        if (JSON.stringify(m.indicators[id]) !== JSON.stringify(line) && !change?.conflicts.includes('indicators')) losses.push(`${side}: ${item.id} indicator ${id}`);
      }
      for (const t of item.tasks) {
        const found = m.tasks.find((x) => x.id === t.id) ?? m.tasks.find((x) => taskContentKey(x) !== null && taskContentKey(x) === taskContentKey(t));
        if (!found) {
          losses.push(`${side}: task ${item.id}#${t.id}`);
          continue;
        }
        if (!containsNotes(found.progress, t.progress)) losses.push(`${side}: notes of ${item.id}#${t.id}`);
        const pair = change?.tasks.changed.find((c) => (side === 'ours' ? c.before : c.after) === t);
        for (const field of ['title', 'lead', 'coOwners', 'targetScore', 'targetRank', 'deadline', 'status', 'evidence', 'indicator'] as const) {
          if (!isEmpty(t[field]) && JSON.stringify(found[field]) !== JSON.stringify(t[field]) && !pair?.conflicts.includes(field)) losses.push(`${side}: ${item.id}#${t.id}.${field}`);
        }
      }
    }
    for (const [province, edits] of Object.entries(p.departments)) {
      for (const [department, name] of Object.entries(edits.renamed)) {
        const kept = merged.departments[province]?.renamed[department];
        const listed = diff.nameConflicts.find((c) => c.province === province && c.department === department);
        if (JSON.stringify(kept) !== JSON.stringify(name) && !(listed && JSON.stringify(listed[side]) === JSON.stringify(name))) losses.push(`${side}: name of ${province}/${department}`);
      }
    }
  }
  return losses;
}

describe('10,000 random concurrent merges (seed 2026)', () => {
  it('with the default choice, no note, task or item of either side is dropped, and every value left out is inside a listed conflict', () => {
    const random = seededRandom(2026);
    let notes = 0;
    let conflicts = 0;
    let lineConflicts = 0;
    for (let n = 0; n < 10_000; n++) {
      const start: Plan = { items: [randomItem(random, new Set())], departments: {} };
      const ours = edit(random, start, 'an');
      const theirs = edit(random, start, 'binh');
      const { diff, merged } = merge(ours, theirs);
      const losses = unlistedLosses(ours, theirs, diff, merged);
      if (losses.length) expect({ case: n, losses, ours, theirs }).toEqual({ case: n, losses: [] });
      notes += merged.items.reduce((s, i) => s + i.tasks.reduce((k, t) => k + t.progress.length, 0), 0);
      conflicts += conflictCount(diff);
      lineConflicts += diff.changed.filter((c) => c.conflicts.includes('indicators')).length;
    }
    // The runs did merge notes and meet conflicts, indicator lines among them (the test can fail).
    expect(notes).toBeGreaterThan(10_000);
    expect(lineConflicts).toBeGreaterThan(300);
    expect(conflicts).toBeGreaterThan(1_000);
  }, 120_000);

  it('1,000 more where the colleague’s copy went through Excel (CSV, the tasks typed there without an id): the same holds for what the app reads back, and a task both typed in Excel is one task', () => {
    const random = seededRandom(1802);
    let paired = 0;
    for (let n = 0; n < 1_000; n++) {
      const start: Plan = { items: [randomItem(random, new Set())], departments: {} };
      const ours = edit(random, start, 'an');
      const typed = edit(random, start, 'binh');
      if (typed.items.length === 0) continue; // an empty CSV is refused (no items), nothing to merge
      // Excel tasks leave without an id; the reader gives them one from their content.
      const stripped: Plan = { ...typed, items: typed.items.map((i) => ({ ...i, tasks: i.tasks.map((t) => (t.id.startsWith('x-') ? { ...t, id: '' } : t)) })) };
      const read = planFromCsv(planToCsv(stripped, defaultCatalogue, forProvince), 'excel.csv', defaultCatalogue, forProvince);
      expect(read.issues).toEqual([]);
      const theirs = read.plan!;
      const { diff, merged } = merge(ours, theirs);
      const losses = unlistedLosses(ours, theirs, diff, merged);
      if (losses.length) expect({ case: n, losses, ours, theirs }).toEqual({ case: n, losses: [] });
      for (const item of merged.items) {
        const keys = item.tasks.filter((t) => t.id.startsWith('x-')).map((t) => taskContentKey(t));
        const before = (p: Plan) => p.items.find((i) => i.id === item.id)?.tasks.filter((t) => t.id.startsWith('x-')).map((t) => taskContentKey(t)) ?? [];
        for (const key of new Set(keys)) {
          const most = Math.max(before(ours).filter((k) => k === key).length, before(theirs).filter((k) => k === key).length);
          if (before(ours).includes(key) && before(theirs).includes(key)) paired++;
          expect(keys.filter((k) => k === key).length).toBe(most);
        }
      }
    }
    expect(paired).toBeGreaterThan(0); // both sides typing the same task is rare here; the unit test above covers it by hand
  }, 120_000);
});
