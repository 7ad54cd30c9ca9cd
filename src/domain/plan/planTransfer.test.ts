import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from './departments';
import { blankItem, blankTask, type FollowUpItem, type Plan, type PlanTask } from './followup';
import { CSV_COLUMNS, planFromCsv, planToCsv } from './planCsv';
import { applyDiff, conflictCount, defaultChoice, diffPlans, taskKey } from './planDiff';
import { planFromJson, planToJson } from './planJson';
import { hasErrors } from './planRead';

const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);

const item = (patch: Partial<FollowUpItem> & Pick<FollowUpItem, 'province' | 'index' | 'year' | 'component'>): FollowUpItem => ({
  ...blankItem(patch.province, patch.index, patch.year, patch.component),
  ...patch,
});

describe('plan export and import', () => {
  const plan: Plan = {
    items: [
      item({ province: '22', index: 'PCI', year: 2016, component: 'entry_costs', lead: 'so-khdt', coOwners: ['tt-pvhcc', 'so-tu-phap'], targetScore: 9.3, targetRank: 1, deadline: '2017-06-30', status: 'in_progress', notes: '=HYPERLINK("x") thử', origin: 'template' }),
      item({ province: '22', index: 'PCI', year: 2016, component: 'land_access', lead: 'custom-ban-qlkkt', targetScore: 6.5, notes: 'Dòng 1\nDòng 2, có "ngoặc"' }),
      item({ province: '87', index: 'PCI', year: 2016, component: 'entry_costs', lead: 'so-khdt', targetScore: 8.6, status: 'at_risk' }),
    ],
    departments: { '22': { added: [{ id: 'custom-ban-qlkkt', kind: 'custom', vi: 'Ban QL KKT', en: 'EZ Authority', abbr: { vi: 'BQL KKT', en: 'EZA' }, validFrom: null, validTo: null, custom: true }], renamed: {}, hidden: ['so-gtvt'] } },
  };
  const forProvince = (p: string) => provinceDepartments(defaultDepartments, plan.departments[p]);

  it('JSON round trip keeps every item and the province department edits equal', () => {
    const back = planFromJson(planToJson(plan, '2024-01-01T00:00:00Z'), 'plan.json', defaultCatalogue, departmentsFor);
    expect(back.issues).toEqual([]);
    expect(back.plan!.items.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...plan.items].sort((a, b) => a.id.localeCompare(b.id)));
    expect(back.plan!.departments).toEqual(plan.departments);
  });

  it('CSV round trip keeps every item equal; the formula-like note is neutralised in the file and restored on import', () => {
    const csv = planToCsv(plan, defaultCatalogue, forProvince);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"'=HYPERLINK(""x"") thử"`);
    const back = planFromCsv(csv, 'plan.csv', defaultCatalogue, forProvince);
    expect(back.issues).toEqual([]);
    expect(back.plan!.items.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...plan.items].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('a CSV edited in Excel: lead by name, decimal comma, Vietnamese date and status labels are read', () => {
    const csv = 'province,index,year,component,lead,target_score,deadline,status\r\nQuảng Ninh,PCI,2016,Tính minh bạch,Văn phòng UBND tỉnh,"7,1",30/06/2017,Đang thực hiện\r\n';
    const back = planFromCsv(csv, 'excel.csv', defaultCatalogue, forProvince);
    expect(back.issues).toEqual([]);
    expect(back.plan!.items[0]).toMatchObject({ id: '22|PCI|2016|transparency', lead: 'vp-ubnd', targetScore: 7.1, deadline: '2017-06-30', status: 'in_progress', targetYear: 2017 });
  });

  it('bad cells are reported at their line and column; an unknown department is a warning that adds it to the province', () => {
    const csv = [
      'province,index,year,component,lead,target_score,target_rank,deadline,status',
      '22,PCI,2016,entry_costs,so-khdt,12,,2017-02-30,done',
      '22,PCI,2016,no_such,so-khdt,,,,',
      '22,PCI,2016,land_access,Ban Quản lý Khu kinh tế,6.5,0,,maybe',
      '22,PCI,2016,transparency,vp-ubnd,7,,,',
      '22,PCI,2016,transparency,vp-ubnd,7.2,,,',
    ].join('\n');
    const result = planFromCsv(csv, 'bad.csv', defaultCatalogue, forProvince);
    const at = result.issues.map((i) => `${i.line}:${i.column}:${i.code}`);
    expect(at).toEqual(['2:6:bad-score', '2:8:bad-date', '3:4:unknown-component', '4:5:unknown-department', '4:7:bad-rank', '4:9:bad-status', '6:0:duplicate-item']);
    expect(result.issues.find((i) => i.code === 'bad-score')!.message.vi).toContain('thang 0–10');
    expect(hasErrors(result.issues)).toBe(true);
  });

  it('JSON problems are located: a syntax error at its line and column, a bad field at its value', () => {
    const syntax = planFromJson('{\n  "items": [\n    { "province": "22", }\n  ]\n}', 'x.json', defaultCatalogue, departmentsFor);
    expect(syntax.issues[0]).toMatchObject({ code: 'json-syntax', line: 3, column: 25 });
    const text = planToJson({ items: [item({ province: '22', index: 'PCI', year: 2016, component: 'entry_costs', targetRank: 70 })], departments: {} }, 'now');
    const field = planFromJson(text, 'x.json', defaultCatalogue, departmentsFor);
    const line = text.split('\n').findIndex((l) => l.includes('"targetRank": 70')) + 1;
    expect(field.issues).toMatchObject([{ code: 'bad-rank', line, column: 21 }]);
  });

  it('a file from a newer version is refused; a version-1 file is converted with a warning', () => {
    expect(planFromJson('{"version": 9, "items": []}', 'n.json', defaultCatalogue, departmentsFor).issues[0].code).toBe('newer-version');
    const v1 = JSON.stringify({ version: 1, assignments: [{ province: '22', index: 'PCI', year: 2016, component: 'entry_costs', lead: 'Sở KH&ĐT', coOwners: 'TT PVHCC, Sở Tư pháp', target: 9.3, status: 'doing' }] });
    const result = planFromJson(v1, 'v1.json', defaultCatalogue, departmentsFor);
    expect(result.issues.map((i) => i.code)).toEqual(['migrated-v1']);
    expect(result.plan!.items[0]).toMatchObject({ lead: 'so-khdt', coOwners: ['tt-pvhcc', 'so-tu-phap'], targetScore: 9.3, status: 'in_progress', targetYear: 2017 });
  });

  it('diff: what the file adds, changes and would remove; the default choice removes nothing', () => {
    const incoming: Plan = {
      items: [{ ...plan.items[0], targetScore: 9.4, status: 'done' }, item({ province: '22', index: 'PCI', year: 2016, component: 'transparency', lead: 'vp-ubnd' })],
      departments: {},
    };
    const diff = diffPlans(plan, incoming);
    expect(diff.added.map((i) => i.component)).toEqual(['transparency']);
    expect(diff.changed.map((c) => c.conflicts)).toEqual([['targetScore', 'status']]);
    expect(diff.removed.map((i) => i.id)).toEqual(['22|PCI|2016|land_access', '87|PCI|2016|entry_costs']);
    const merged = applyDiff(plan, incoming, diff, defaultChoice(diff));
    expect(merged.items).toHaveLength(4);
    expect(merged.items.find((i) => i.id === '22|PCI|2016|entry_costs')!.targetScore).toBe(9.4);
    expect(merged.departments).toEqual(plan.departments);
    const replaced = applyDiff(plan, incoming, diff, { ...defaultChoice(diff), remove: new Set(diff.removed.map((i) => i.id)) });
    expect(replaced.items).toHaveLength(2);
  });
});

describe('plans with tasks: export, import and a colleague’s plan merged task by task', () => {
  const task = (id: string, patch: Partial<PlanTask> = {}): PlanTask => ({ ...blankTask(id), ...patch });
  const ours: Plan = {
    items: [
      item({
        province: '02',
        index: 'PCI',
        year: 2016,
        component: 'labour_training',
        lead: 'so-ldtbxh',
        targetScore: 5.54,
        tasks: [
          task('t1-a', { title: 'Mở 3 lớp đào tạo nghề', lead: 'so-ldtbxh', coOwners: ['so-gddt', 'so-khdt'], deadline: '2017-03-31', status: 'in_progress', progress: [{ date: '2016-11-02', text: 'Đã khảo sát nhu cầu; "ưu tiên" KCN' }], evidence: 'https://hagiang.gov.vn/kh' }),
          task('t2-a', { title: 'Sàn giao dịch việc làm', lead: 'so-ldtbxh', targetRank: 40 }),
        ],
      }),
    ],
    departments: {},
  };

  it('JSON and CSV round trips keep every task field (agencies, targets, progress notes, evidence)', () => {
    const json = planFromJson(planToJson(ours, 'now'), 'p.json', defaultCatalogue, departmentsFor);
    expect(json.issues).toEqual([]);
    expect(json.plan!.items).toEqual(ours.items);
    const forProvince = (p: string) => provinceDepartments(defaultDepartments, ours.departments[p]);
    const csv = planToCsv(ours, defaultCatalogue, forProvince);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3); // header + one row per task
    const back = planFromCsv(csv, 'p.csv', defaultCatalogue, forProvince);
    expect(back.issues).toEqual([]);
    expect(back.plan!.items).toEqual(ours.items);
  });

  it('a bad task field is reported at its line and column in the CSV', () => {
    const forProvince = (p: string) => provinceDepartments(defaultDepartments, ours.departments[p]);
    const csv = planToCsv(ours, defaultCatalogue, forProvince).replace('2017-03-31', '2017-02-30');
    const result = planFromCsv(csv, 'p.csv', defaultCatalogue, forProvince);
    const column = CSV_COLUMNS.indexOf('task_deadline') + 1;
    expect(result.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([`2:${column}:bad-date`]);
  });

  it("a colleague's file: their new task is added, both sides' progress notes are kept, the field both edited is a conflict with both versions, ours-only tasks are kept", () => {
    const theirs: Plan = {
      items: [
        {
          ...ours.items[0],
          tasks: [
            { ...ours.items[0].tasks[0], status: 'done', progress: [...ours.items[0].tasks[0].progress, { date: '2017-03-20', text: 'Hoàn thành 3 lớp' }] },
            task('t1-b', { title: 'Hội nghị đối thoại doanh nghiệp', lead: 'so-khdt', deadline: '2017-05-31' }),
          ],
        },
      ],
      departments: {},
    };
    const diff = diffPlans(ours, theirs);
    expect(diff.changed).toHaveLength(1);
    const [{ conflicts, tasks }] = diff.changed;
    expect(conflicts).toEqual([]);
    expect(tasks.added.map((t) => t.id)).toEqual(['t1-b']);
    expect(tasks.changed.map((c) => [c.before.id, c.conflicts, c.newNotes.map((n) => n.text)])).toEqual([['t1-a', ['status'], ['Hoàn thành 3 lớp']]]);
    expect(tasks.removed.map((t) => t.id)).toEqual(['t2-a']);
    expect(conflictCount(diff)).toBe(1);

    const merged = applyDiff(ours, theirs, diff, defaultChoice(diff));
    expect(merged.items[0].tasks.map((t) => [t.id, t.status, t.progress.length])).toEqual([
      ['t1-a', 'done', 2],
      ['t2-a', 'not_started', 0],
      ['t1-b', 'not_started', 0],
    ]);
    // Keep ours in the conflict: our status stays; the file's note and its new task still come in.
    const keep = { ...defaultChoice(diff), takeTasks: new Set([taskKey(ours.items[0].id, 't1-b')]) };
    expect(applyDiff(ours, theirs, diff, keep).items[0].tasks.map((t) => [t.id, t.status, t.progress.length])).toEqual([
      ['t1-a', 'in_progress', 2],
      ['t2-a', 'not_started', 0],
      ['t1-b', 'not_started', 0],
    ]);
  });
});
