import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../scripts/lib/shipped-table';
import { defaultCatalogue } from './catalogue';
import { defaultDepartments, defaultTemplate, provinceDepartments, type ProvinceDepartmentEdits } from './departments';
import {
  adoptSuggestion,
  applyDiff,
  blankItem,
  buildFollowUpRows,
  checkTarget,
  defaultChoice,
  departmentRecord,
  diffPlans,
  hasErrors,
  migrateV1,
  parseJsonLocated,
  planFromCsv,
  planFromJson,
  planToCsv,
  planToJson,
  type FollowUpItem,
  type Plan,
} from './followup';
import { assessComponents } from './weakness';

const table = loadShippedTable();
const departments = provinceDepartments(defaultDepartments);
const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);

const item = (patch: Partial<FollowUpItem> & Pick<FollowUpItem, 'province' | 'index' | 'year' | 'component'>): FollowUpItem => ({
  ...blankItem(patch.province, patch.index, patch.year, patch.component),
  ...patch,
});

describe('targets set on one edition, checked against the next edition (real data)', () => {
  it('Quảng Ninh PCI 2015 → 2016, Gia nhập thị trường: target 9.20 met by +0.08 (9.28); target rank 2 met, ranked 1st (+1)', () => {
    const check = checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PCI', year: 2015, component: 'entry_costs', targetScore: 9.2, targetRank: 2 }));
    expect(check.targetYear).toBe(2016);
    expect(check.status).toBe('met');
    expect(check.score).toMatchObject({ actual: 9.283225, status: 'met' });
    expect(check.score!.margin).toBeCloseTo(0.083225, 6);
    expect(check.rank).toMatchObject({ actual: 1, basis: 'official', margin: 1, status: 'met' });
  });

  it('Quảng Ninh PCI 2015 → 2016, Chi phí thời gian: target 7.50 not met, 6.86 is 0.64 short; target rank 10 missed by 15 places (25th)', () => {
    const check = checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PCI', year: 2015, component: 'time_costs', targetScore: 7.5, targetRank: 10 }));
    expect(check.status).toBe('not_met');
    expect(check.score!.actual).toBe(6.859522);
    expect(check.score!.margin).toBeCloseTo(-0.640478, 6);
    expect(check.rank).toMatchObject({ actual: 25, margin: -15, status: 'not_met' });
  });

  it('Quảng Ninh PCI 2015 → 2016, Đào tạo lao động: score met (6.94 ≥ 6.90) but rank 5 not met (8th, computed over all 63): the item is not met', () => {
    const check = checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PCI', year: 2015, component: 'labour_training', targetScore: 6.9, targetRank: 5 }));
    expect(check.score!.status).toBe('met');
    expect(check.rank).toMatchObject({ actual: 8, basis: 'computed-national', margin: -3, status: 'not_met' });
    expect(check.status).toBe('not_met');
  });

  it('Đà Nẵng PAPI 2022 → 2023, Quản trị điện tử: target 3.65 not met (3.61); rank among the 61 loaded is 6th, so target rank 5 is not met but target rank 10 is undecided', () => {
    const base = { province: '48', index: 'PAPI', year: 2022, component: 'e_governance' } as const;
    const score = checkTarget(table, defaultCatalogue, item({ ...base, targetScore: 3.65 }));
    expect(score.score!.actual).toBe(3.607165);
    expect(score.status).toBe('not_met');
    const top5 = checkTarget(table, defaultCatalogue, item({ ...base, targetRank: 5 }));
    expect(top5.rank).toMatchObject({ actual: 6, basis: 'among-loaded', status: 'not_met' });
    const top10 = checkTarget(table, defaultCatalogue, item({ ...base, targetRank: 10 }));
    expect(top10.status).toBe('undecided');
  });

  it('Đà Nẵng PAPI 2022 → 2023, Tham gia của người dân: target 4.80 met, 4.93 is +0.13', () => {
    const check = checkTarget(table, defaultCatalogue, item({ province: '48', index: 'PAPI', year: 2022, component: 'participation', targetScore: 4.8 }));
    expect(check.status).toBe('met');
    expect(check.score!.margin).toBeCloseTo(0.130391, 6);
  });

  it('Quảng Ninh PCI 2016 → 2017 Tiếp cận đất đai: partial year, but the printed rank 27 counts (target 20 not met by 7)', () => {
    const check = checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PCI', year: 2016, component: 'land_access', targetRank: 20 }));
    expect(check.rank).toMatchObject({ actual: 27, basis: 'official', margin: -7, status: 'not_met' });
  });

  it('no next-edition data gives "no data yet", never "not met"; no target gives "no target"', () => {
    expect(checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PCI', year: 2024, component: 'entry_costs', targetScore: 9 })).status).toBe('no_data');
    expect(checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PCI', year: 2015, component: 'entry_costs' })).status).toBe('no_target');
  });

  it('PAPI 2017 → 2018 crosses the 2018 method break, and the check says so', () => {
    const check = checkTarget(table, defaultCatalogue, item({ province: '22', index: 'PAPI', year: 2017, component: 'participation', targetScore: 5 }));
    expect(check.methodBreaks.map((b) => b.year)).toContain(2018);
  });
});

describe('follow-up rows for a province, index and year', () => {
  const rows = buildFollowUpRows(table, defaultCatalogue, { province: '22', index: 'PCI', year: 2016 }, {}, departments, defaultTemplate);

  it('Quảng Ninh PCI 2016: one row per main component (10), weak ones first', () => {
    expect(rows).toHaveLength(10);
    const weak = rows.map((r) => r.assessment?.weak ?? false);
    expect(weak.indexOf(false)).toBeGreaterThan(0);
    expect(weak.slice(weak.indexOf(false)).every((w) => !w)).toBe(true);
    expect(rows.map((r) => r.component.id)).toEqual(assessComponents(table, defaultCatalogue, 'PCI', 2016, '22').map((a) => a.component));
  });

  it('each row carries the template suggestion for the target year and a suggested target score', () => {
    const entry = rows.find((r) => r.component.id === 'entry_costs')!;
    expect(entry.suggestion).toMatchObject({ lead: 'so-khdt', evidence: 'C' });
    expect(entry.saved).toBe(false);
    expect(entry.item.lead).toBeNull();
    const equal = rows.find((r) => r.component.id === 'equal_competition')!;
    expect(equal.suggestedTargetScore).toBe(Math.ceil(equal.assessment!.median! * 100) / 100);
  });

  it('adopting the template sets lead and co-owners and marks the origin; saved work is shown instead of the blank item', () => {
    const entry = rows.find((r) => r.component.id === 'entry_costs')!;
    const adopted = adoptSuggestion(entry.item, entry.suggestion!);
    expect(adopted).toMatchObject({ lead: 'so-khdt', coOwners: ['tt-pvhcc', 'so-tu-phap'], origin: 'template' });
    const again = buildFollowUpRows(table, defaultCatalogue, { province: '22', index: 'PCI', year: 2016 }, { [adopted.id]: adopted }, departments, defaultTemplate);
    expect(again.find((r) => r.component.id === 'entry_costs')).toMatchObject({ saved: true, item: { lead: 'so-khdt' } });
  });

  it('for PCI 2024 (work in 2025) the template suggests Sở Tài chính for Gia nhập thị trường', () => {
    const later = buildFollowUpRows(table, defaultCatalogue, { province: '22', index: 'PCI', year: 2024 }, {}, departments, defaultTemplate);
    expect(later.find((r) => r.component.id === 'entry_costs')!.suggestion!.lead).toBe('so-tai-chinh');
  });
});

describe("a department's record across years and indices", () => {
  const items = [
    item({ province: '22', index: 'PCI', year: 2015, component: 'entry_costs', lead: 'so-khdt', targetScore: 9.2 }),
    item({ province: '22', index: 'PCI', year: 2015, component: 'time_costs', lead: 'so-noi-vu', coOwners: ['so-khdt'], targetScore: 7.5 }),
    item({ province: '22', index: 'PAR', year: 2024, component: 'public_finance', lead: 'so-tai-chinh', targetRank: 10 }),
    item({ province: '22', index: 'PAPI', year: 2022, component: 'e_governance', lead: 'so-tttt' }),
  ];

  it('Sở Tài chính owns its PAR item and, as successor, Sở KH&ĐT’s PCI item (met in 2016); co-owned items listed after', () => {
    const record = departmentRecord(table, defaultCatalogue, items, departments, 'so-tai-chinh');
    expect(record.entries.map((e) => [e.item.component, e.role, e.via])).toEqual([
      ['public_finance', 'lead', null],
      ['entry_costs', 'lead', 'so-khdt'],
      ['time_costs', 'co-owner', 'so-khdt'],
    ]);
    expect(record.byYear).toEqual([
      { year: 2016, met: 1, notMet: 0, open: 0 },
      { year: 2025, met: 0, notMet: 0, open: 1 },
    ]);
  });
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
    expect(diff.changed.map((c) => c.fields)).toEqual([['targetScore', 'status']]);
    expect(diff.removed.map((i) => i.id)).toEqual(['22|PCI|2016|land_access', '87|PCI|2016|entry_costs']);
    const merged = applyDiff(plan, incoming, diff, defaultChoice(diff));
    expect(merged.items).toHaveLength(4);
    expect(merged.items.find((i) => i.id === '22|PCI|2016|entry_costs')!.targetScore).toBe(9.4);
    expect(merged.departments).toEqual(plan.departments);
    const replaced = applyDiff(plan, incoming, diff, { ...defaultChoice(diff), remove: new Set(diff.removed.map((i) => i.id)) });
    expect(replaced.items).toHaveLength(2);
  });
});

describe('version 1 of the stored plan', () => {
  it('names become department ids; an unknown name becomes a department of that province; statuses map', () => {
    const { plan, unplaced } = migrateV1(
      [
        { province: '22', index: 'PCI', year: 2016, component: 'entry_costs', lead: 'Sở KH&ĐT', coOwners: '', target: 9.3, status: 'todo' },
        { province: '22', index: 'PCI', year: 2016, component: 'land_access', lead: 'Ban Quản lý KKT', coOwners: 'Sở Xây dựng', target: null, status: 'late', note: 'xem lại' },
        { province: '22', index: 'PCI', year: 2016, component: 'nonsense', lead: 'x', coOwners: '', target: null, status: 'todo' },
      ],
      defaultCatalogue,
      (p) => departmentsFor(p),
    );
    expect(plan.items.map((i) => [i.component, i.lead, i.status])).toEqual([
      ['entry_costs', 'so-khdt', 'not_started'],
      ['land_access', 'custom-ban-quan-ly-kkt', 'at_risk'],
    ]);
    expect(plan.departments['22'].added[0]).toMatchObject({ id: 'custom-ban-quan-ly-kkt', vi: 'Ban Quản lý KKT' });
    expect(unplaced.map((u) => u.component)).toEqual(['nonsense']);
  });
});

describe('JSON with locations', () => {
  it('records where each value starts', () => {
    const parsed = parseJsonLocated('{\n  "a": [1,\n   {"b": "x"}]\n}');
    expect('positions' in parsed && parsed.positions.get('a[1].b')).toEqual({ line: 3, column: 10 });
  });
});
