import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, defaultTemplate, provinceDepartments } from './departments';
import {
  adoptSuggestion,
  applyComponentTargets,
  blankItem,
  buildFollowUpRows,
  checkTarget,
  departmentRecord,
  type FollowUpItem,
} from './followup';
import { assessComponents } from '../analysis/weakness';

const table = loadShippedTable();
const departments = provinceDepartments(defaultDepartments);

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

  it('Đà Nẵng PAPI 2022 → 2023, Quản trị điện tử: target 3.65 not met (3.61); 6th of the 61 PAPI ranked in 2023 (Quảng Ninh, Bình Dương not ranked) is a national rank, so target rank 5 is not met and target rank 10 is met', () => {
    const base = { province: '48', index: 'PAPI', year: 2022, component: 'e_governance' } as const;
    const score = checkTarget(table, defaultCatalogue, item({ ...base, targetScore: 3.65 }));
    expect(score.score!.actual).toBe(3.607165);
    expect(score.status).toBe('not_met');
    const top5 = checkTarget(table, defaultCatalogue, item({ ...base, targetRank: 5 }));
    expect(top5.rank).toMatchObject({ actual: 6, basis: 'computed-national', status: 'not_met' });
    const top10 = checkTarget(table, defaultCatalogue, item({ ...base, targetRank: 10 }));
    expect(top10.status).toBe('met');
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

describe("a department's tasks across the four indices", () => {
  it('Sở Tài chính sees the tasks it leads or coordinates in PCI, PAPI, PAR INDEX and SIPAS, led first, by deadline', () => {
    const task = (id: string, lead: string, coOwners: string[], deadline: string) => ({ id, title: id, lead, coOwners, targetScore: null, targetRank: null, deadline, status: 'not_started' as const, progress: [], evidence: '', indicator: null });
    const items = [
      item({ province: '22', index: 'PCI', year: 2024, component: 'entry_costs', tasks: [task('pci-a', 'so-tai-chinh', [], '2025-09-30')] }),
      item({ province: '22', index: 'PAPI', year: 2024, component: 'e_governance', tasks: [task('papi-a', 'so-khcn', ['so-tai-chinh'], '2025-03-31')] }),
      item({ province: '22', index: 'PAR', year: 2024, component: 'public_finance', tasks: [task('par-a', 'so-tai-chinh', [], '2025-06-30')] }),
      item({ province: '22', index: 'SIPAS', year: 2024, component: 'procedures', tasks: [task('sipas-a', 'so-tai-chinh', ['tt-pvhcc'], '2025-12-31'), task('other', 'vp-ubnd', [], '2025-01-31')] }),
    ];
    const record = departmentRecord(table, defaultCatalogue, items, provinceDepartments(defaultDepartments), 'so-tai-chinh');
    expect(record.tasks.map((t) => [t.task.id, t.role])).toEqual([
      ['par-a', 'lead'],
      ['pci-a', 'lead'],
      ['sipas-a', 'lead'],
      ['papi-a', 'co-owner'],
    ]);
  });
});

describe('a task without a lead of its own', () => {
  it('is led by its component’s lead: Tây Ninh PCI 2016 Đào tạo lao động (Sở LĐ-TB&XH) lists both tasks for Sở LĐ-TB&XH, the one with its own lead included', () => {
    const task = (id: string, lead: string | null) => ({ id, title: id, lead, coOwners: [], targetScore: null, targetRank: null, deadline: null, status: 'not_started' as const, progress: [], evidence: '', indicator: null });
    const items = [item({ province: '72', index: 'PCI', year: 2016, component: 'labour_training', lead: 'so-ldtbxh', tasks: [task('own', 'so-ldtbxh'), task('inherited', null), task('other', 'so-gddt')] })];
    expect(departmentRecord(table, defaultCatalogue, items, departments, 'so-ldtbxh').tasks.map((t) => [t.task.id, t.role])).toEqual([
      ['own', 'lead'],
      ['inherited', 'lead'],
    ]);
    expect(departmentRecord(table, defaultCatalogue, items, departments, 'so-gddt').tasks.map((t) => t.task.id)).toEqual(['other']);
  });
});

describe('a target-finder proposal applied to the plan', () => {
  it('Hà Giang PCI 2016: the proposed scores become component targets for the target year; typed work is kept; an off-scale score is refused by the target rules', () => {
    const saved = { '02|PCI|2016|labour_training': item({ province: '02', index: 'PCI', year: 2016, component: 'labour_training', lead: 'so-ldtbxh', notes: 'họp quý' }) };
    const { items, refused } = applyComponentTargets(saved, { province: '02', index: 'PCI', year: 2016 }, [{ component: 'labour_training', to: 5.54 }, { component: 'land_access', to: 5.2 }, { component: 'transparency', to: 12 }], 2017, defaultCatalogue);
    expect(items.map((i) => [i.component, i.targetScore, i.targetYear, i.lead, i.notes])).toEqual([
      ['labour_training', 5.54, 2017, 'so-ldtbxh', 'họp quý'],
      ['land_access', 5.2, 2017, null, ''],
    ]);
    expect(refused.map((r) => r.component)).toEqual(['transparency']);
    expect(refused[0].problem.vi).toContain('ngoài thang điểm');
  });
});
