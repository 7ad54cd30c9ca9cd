/**
 * A plan file's round trip is the identity: export then import gives back the same plan, field by field,
 * over 10,000 generated plans (seeded, planSynth.ts) for CSV and 2,000 for JSON — notes with commas,
 * semicolons, quotes, line breaks, a leading "=", Vietnamese text, empty texts, notes without a date and
 * notes whose text looks dated.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from './departments';
import { blankItem, blankTask, type Plan } from './followup';
import { planFromCsv, planToCsv, progressText, readProgress } from './planCsv';
import { planFromJson, planToJson } from './planJson';
import { randomPlan, seededRandom } from './planSynth';

const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);
const catalogueList = provinceDepartments(defaultDepartments);
const forProvince = () => catalogueList;
const sorted = (plan: Plan) => [...plan.items].sort((a, b) => a.id.localeCompare(b.id));

describe('progress notes in one CSV cell', () => {
  it('an undated note is written as its text and read back without a ": " in front (each round trip used to add one)', () => {
    const task = { progress: [{ date: '', text: 'Chưa có ngày' }, { date: '2026-10-01', text: 'Đã họp' }] };
    expect(progressText(task)).toBe('Chưa có ngày\n2026-10-01: Đã họp');
    let cell = progressText(task);
    for (let i = 0; i < 5; i++) cell = progressText({ progress: readProgress(cell) });
    expect(readProgress(cell)).toEqual(task.progress);
  });

  it('an undated note that looks dated, or starts with ":", is marked ": " and read back as written; a note of several lines is indented', () => {
    const progress = [
      { date: '', text: '2026-10-01: chỉ là chữ' },
      { date: '', text: ': hai chấm' },
      { date: '2026-01-02', text: 'dòng 1\n\n  dòng 3' },
    ];
    expect(progressText({ progress })).toBe(': 2026-10-01: chỉ là chữ\n: : hai chấm\n2026-01-02: dòng 1\n  \n    dòng 3');
    expect(readProgress(progressText({ progress }))).toEqual(progress);
  });

  it('lines typed in Excel: a date (ISO or DD/MM/YYYY) and a colon start a dated note, any other line an undated one', () => {
    expect(readProgress('30/6/2026: xong\nghi thêm\n\n2026-07-01:bắt đầu')).toEqual([
      { date: '30/6/2026', text: 'xong' },
      { date: '', text: 'ghi thêm' },
      { date: '2026-07-01', text: 'bắt đầu' },
    ]);
  });

  it('a plan exported by the old rule (": text" for an undated note) reads back without the ": "', () => {
    const item = { ...blankItem('22', 'PCI', 2016, 'entry_costs'), tasks: [{ ...blankTask('t1'), title: 'Việc', progress: [{ date: '', text: 'không ngày' }] }] };
    const csv = planToCsv({ items: [item], departments: {} }, defaultCatalogue, forProvince).replace('không ngày', ': không ngày');
    expect(planFromCsv(csv, 'old.csv', defaultCatalogue, forProvince).plan!.items[0].tasks[0].progress).toEqual([{ date: '', text: 'không ngày' }]);
  });
});

describe('plan files: export → import is the identity (generated plans)', () => {
  it('CSV, 10,000 generated plans (seed 22): every item, task and progress note comes back as it was', () => {
    const random = seededRandom(22);
    let same = 0;
    for (let n = 0; n < 10_000; n++) {
      const plan = randomPlan(random, 2);
      const csv = planToCsv(plan, defaultCatalogue, forProvince);
      const back = planFromCsv(csv, 'plan.csv', defaultCatalogue, forProvince);
      if (back.issues.length || !back.plan || JSON.stringify(sorted(back.plan)) !== JSON.stringify(sorted(plan))) {
        // The first plan that does not come back, shown whole.
        expect({ case: n, csv, issues: back.issues, items: back.plan && sorted(back.plan) }).toEqual({ case: n, csv, issues: [], items: sorted(plan) });
      }
      same++;
    }
    expect(same).toBe(10_000);
  }, 120_000);

  it('JSON, 2,000 generated plans (seed 9): every item and the department edits come back as they were', () => {
    const random = seededRandom(9);
    let same = 0;
    for (let n = 0; n < 2_000; n++) {
      const plan = randomPlan(random, 3);
      const back = planFromJson(planToJson(plan, '2026-12-02T00:00:00Z'), 'plan.json', defaultCatalogue, departmentsFor);
      if (back.issues.length || !back.plan || JSON.stringify(sorted(back.plan)) !== JSON.stringify(sorted(plan))) {
        expect({ case: n, issues: back.issues, items: back.plan && sorted(back.plan) }).toEqual({ case: n, issues: [], items: sorted(plan) });
      }
      same++;
    }
    expect(same).toBe(2_000);
  }, 120_000);
});
