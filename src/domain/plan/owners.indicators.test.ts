/**
 * Who owns an indicator (plan/owners.ts): as its component by default, the plan's own owner per indicator, the
 * template's indicator rules where the plan names nobody, the 2025 successor of a department merged away. On real
 * shipped PAPI sub-dimensions (Quảng Ninh) and the PCI layout-fixture workbook (labels as VCCI prints them).
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { fixtureSheets } from '../../../tests/fixtures/indicatorWorkbook';
import { defaultCatalogue } from '../catalogue/catalogue';
import { readIndicatorWorkbook } from '../import/indicatorWorkbook';
import { sheetCell, type SourceTable } from '../import/sourceTable';
import { indicatorSetFromWorkbooks } from '../analysis/indicatorCatalogue';
import { indicatorSetSource, subComponentSource } from '../analysis/indicatorSources';
import { defaultDepartments, defaultTemplate, provinceDepartments } from './departments';
import { blankItem, withIndicatorPlan, type FollowUpItem } from './followup';
import { indicatorRef, ownedBy, ownersOf, type OwnersContext } from './owners';
import { planFromCsv, planToCsv } from './planCsv';
import { planFromJson, planToJson } from './planJson';

const table = loadShippedTable();
const departments = provinceDepartments(defaultDepartments);
const QN = '22'; // Quảng Ninh
const papi = subComponentSource(table, defaultCatalogue);
const def = (year: number, component: string, id: string) => papi.defs('PAPI', year, component).find((d) => d.id === id)!;
const ctx = (items: FollowUpItem[]): OwnersContext => ({ table, province: QN, items, departments, template: defaultTemplate });
const line = (lead: string | null, coOwners: string[] = []) => ({ lead, coOwners, target: null, deadline: null });

const civic2016 = indicatorRef(def(2016, 'participation', 'participation.civic_knowledge'), 2016);
const landCert2016 = indicatorRef(def(2016, 'admin_procedures', 'admin_procedures.land_use_rights_procedures'), 2016);

describe('an indicator is owned as its component by default', () => {
  it('PAPI 2016 Quảng Ninh civic knowledge, no plan: the template’s participation lead (Sở Nội vụ), suggested, as the component', () => {
    const component = ownersOf({ index: 'PAPI', year: 2016, component: 'participation' }, ctx([]));
    const owners = ownersOf(civic2016, ctx([]));
    expect(owners.lead).toEqual(component.lead);
    expect(owners.lead).toMatchObject({ department: 'so-noi-vu', basis: 'suggested' });
    expect(owners.coOwners.map((c) => c.department)).toEqual(component.coOwners.map((c) => c.department));
    expect(owners.ownLevel).toBe(false);
  });

  it('the plan names the component’s lead: its sub-dimensions follow it (plan), even one the template gives elsewhere', () => {
    const item = { ...blankItem(QN, 'PAPI', 2016, 'admin_procedures'), lead: 'so-tu-phap', coOwners: ['ubnd-cap-xa'] };
    const owners = ownersOf(landCert2016, ctx([item]));
    expect(owners.lead).toEqual({ department: 'so-tu-phap', basis: 'plan', evidence: null });
    expect(owners.coOwners.map((c) => c.department)).toEqual(['ubnd-cap-xa']);
    expect(owners.ownLevel).toBe(false);
  });
});

describe('the plan can name an owner per indicator', () => {
  it('an indicator line with a lead wins over the component’s lead in the same item; the other sub-dimensions keep the component’s', () => {
    const item = withIndicatorPlan({ ...blankItem(QN, 'PAPI', 2016, 'participation'), lead: 'so-noi-vu' }, 'participation.civic_knowledge', line('so-tu-phap', ['ubmttq']));
    const owners = ownersOf(civic2016, ctx([item]));
    expect(owners.lead).toEqual({ department: 'so-tu-phap', basis: 'plan', evidence: null });
    expect(owners.coOwners.map((c) => c.department)).toEqual(['ubmttq']);
    expect(owners.ownLevel).toBe(true);
    expect(owners.indicatorPlan).toEqual(line('so-tu-phap', ['ubmttq']));
    const elections = ownersOf(indicatorRef(def(2016, 'participation', 'participation.quality_of_elections'), 2016), ctx([item]));
    expect(elections.lead).toMatchObject({ department: 'so-noi-vu', basis: 'plan' });
  });

  it('an earlier edition’s indicator line still speaks for a later edition; a later plan naming the component’s lead takes over', () => {
    const y2016 = withIndicatorPlan(blankItem(QN, 'PAPI', 2016, 'participation'), 'participation.civic_knowledge', line('so-tu-phap'));
    const civic2018 = indicatorRef(def(2018, 'participation', 'participation.civic_knowledge'), 2018);
    expect(ownersOf(civic2018, ctx([y2016])).lead).toMatchObject({ department: 'so-tu-phap', basis: 'plan' });
    const y2017 = { ...blankItem(QN, 'PAPI', 2017, 'participation'), lead: 'ubmttq' };
    expect(ownersOf(civic2018, ctx([y2016, y2017])).lead).toMatchObject({ department: 'ubmttq', basis: 'plan' });
    // A later edition's line never speaks for an earlier one.
    const y2018 = withIndicatorPlan(blankItem(QN, 'PAPI', 2018, 'participation'), 'participation.civic_knowledge', line('thanh-tra'));
    expect(ownersOf(civic2016, ctx([y2018])).lead).toMatchObject({ department: 'so-noi-vu', basis: 'suggested' });
  });

  it('an indicator line with only a target keeps the component’s owner', () => {
    const item = withIndicatorPlan({ ...blankItem(QN, 'PAPI', 2016, 'participation'), lead: 'ubmttq' }, 'participation.civic_knowledge', { ...line(null), target: 1.1 });
    const owners = ownersOf(civic2016, ctx([item]));
    expect(owners.lead).toMatchObject({ department: 'ubmttq', basis: 'plan' });
    expect(owners.indicatorPlan?.target).toBe(1.1);
  });

  it('a department merged away in 2025: the plan gave PAPI 2024 civic knowledge to Sở KH&ĐT; Sở Tài chính owns it through its predecessor', () => {
    const civic2024 = indicatorRef(def(2024, 'participation', 'participation.civic_knowledge'), 2024);
    const item = withIndicatorPlan(blankItem(QN, 'PAPI', 2024, 'participation'), 'participation.civic_knowledge', line('so-khdt'));
    const owned = ownedBy('so-tai-chinh', [civic2024], ctx([item]));
    expect(owned).toHaveLength(1);
    expect(owned[0]).toMatchObject({ role: 'lead', basis: 'plan', via: 'so-khdt' });
    expect(ownedBy('so-noi-vu', [civic2024], ctx([item]))).toEqual([]);
  });
});

describe('the template’s indicator rules, where the plan names nobody (assignment-template.json indicatorRules)', () => {
  it('PAPI 2016 land-use certificate procedures: Sở TN&MT suggested ([U]) though the component’s suggestion is the PPC Office', () => {
    const owners = ownersOf(landCert2016, ctx([]));
    expect(ownersOf({ index: 'PAPI', year: 2016, component: 'admin_procedures' }, ctx([])).lead?.department).toBe('vp-ubnd');
    expect(owners.lead).toEqual({ department: 'so-tnmt', basis: 'suggested', evidence: 'U' });
    expect(owners.ownLevel).toBe(true);
  });

  it('after the 2025 merger the same suggestion is Sở Nông nghiệp và Môi trường (PAPI 2024, work done in 2025)', () => {
    const owners = ownersOf(indicatorRef(def(2024, 'admin_procedures', 'admin_procedures.land_use_rights_procedures'), 2024), ctx([]));
    expect(owners.workYear).toBe(2025);
    expect(owners.lead).toMatchObject({ department: 'so-nn-mt', basis: 'suggested' });
    expect(owners.suggestion?.leadBefore).toBe('so-tnmt');
  });

  it('PAPI public services: primary education to Sở GD&ĐT, law and order to Công an tỉnh, health stays with the component’s Sở Y tế', () => {
    const of = (id: string) => ownersOf(indicatorRef(def(2016, 'public_services', id), 2016), ctx([])).lead?.department;
    expect(of('public_services.public_primary_education')).toBe('so-gddt');
    expect(of('public_services.law_and_order')).toBe('cong-an');
    expect(of('public_services.public_health')).toBe('so-y-te');
  });

  describe('PCI base indicators of an imported workbook (layout fixture, labels as VCCI prints them)', () => {
    const sheets = (year: number): SourceTable[] =>
      fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
    const book = readIndicatorWorkbook(sheets(2016), 'PCI_2016.xlsx', 2016, defaultCatalogue);
    const source = indicatorSetSource(indicatorSetFromWorkbooks([book], {}).set, defaultCatalogue);
    const pci = (component: string, code: string) => indicatorRef(source.defs('PCI', 2016, component).find((d) => d.code === code)!, 2016);

    it('"Số ngày chờ đợi để được cấp Giấy CNQSDĐ" → Sở TN&MT ([S]); "Số cuộc thanh tra, kiểm tra" → Thanh tra tỉnh though time costs is suggested to Sở Nội vụ', () => {
      expect(ownersOf(pci('land_access', 'LURC_days'), ctx([])).lead).toEqual({ department: 'so-tnmt', basis: 'suggested', evidence: 'S' });
      expect(ownersOf({ index: 'PCI', year: 2016, component: 'time_costs' }, ctx([])).lead?.department).toBe('so-noi-vu');
      expect(ownersOf(pci('time_costs', 'tc_inspect'), ctx([])).lead).toEqual({ department: 'thanh-tra', basis: 'suggested', evidence: 'U' });
      expect(ownersOf(pci('time_costs', 'tc_hours'), ctx([])).lead?.department).toBe('so-noi-vu');
    });

    it('Thanh tra tỉnh leads the inspections indicator and co-owns the rest of time costs (as the component); the plan moving it to Sở KH&ĐT takes the lead away', () => {
      const refs = source.defs('PCI', 2016, 'time_costs').map((d) => indicatorRef(d, 2016));
      expect(ownedBy('thanh-tra', refs, ctx([])).map((o) => [o.owners.ref.indicator, o.role])).toEqual([
        ['time_costs.tc_inspect', 'lead'],
        ['time_costs.tc_hours', 'co-owner'],
      ]);
      const item = withIndicatorPlan(blankItem(QN, 'PCI', 2016, 'time_costs'), 'time_costs.tc_inspect', line('so-khdt'));
      expect(ownedBy('thanh-tra', refs, ctx([item])).map((o) => [o.owners.ref.indicator, o.role])).toEqual([['time_costs.tc_hours', 'co-owner']]);
      expect(ownedBy('so-khdt', refs, ctx([item])).map((o) => [o.owners.ref.indicator, o.basis])).toEqual([['time_costs.tc_inspect', 'plan']]);
    });
  });
});

describe('indicator lines and task targets travel in plan files', () => {
  const item: FollowUpItem = {
    ...withIndicatorPlan(withIndicatorPlan({ ...blankItem(QN, 'PCI', 2016, 'land_access'), lead: 'so-tnmt' }, 'land_access.LURC_days', { lead: 'so-xay-dung', coOwners: ['ubnd-cap-huyen'], target: 20, deadline: '2017-06-30' }), 'land_access.LURC', { lead: null, coOwners: [], target: 0.6, deadline: null }),
    tasks: [{ id: 't1', title: 'Rút ngắn thời gian cấp GCNQSDĐ', lead: null, coOwners: [], targetScore: null, targetRank: null, deadline: '2017-03-31', status: 'in_progress', progress: [], evidence: '', indicator: 'land_access.LURC_days' }],
  };
  const forProvince = () => departments;

  it('CSV: export → import gives back both lines (own lead and co-owners, target in the indicator’s unit, deadline) and the task’s indicator', () => {
    const csv = planToCsv({ items: [item], departments: {} }, defaultCatalogue, forProvince);
    expect(csv).toContain('land_access.LURC_days,so-xay-dung,Sở Xây dựng,ubnd-cap-huyen,20,2017-06-30');
    const back = planFromCsv(csv, 'plan.csv', defaultCatalogue, forProvince);
    expect(back.issues).toEqual([]);
    expect(back.plan!.items).toEqual([item]);
  });

  it('CSV typed in Excel: a bare code gets its sub-index, a department by name; an indicator of another sub-index is refused at its cell', () => {
    const csv = planToCsv({ items: [item], departments: {} }, defaultCatalogue, forProvince).replace('land_access.LURC_days,so-xay-dung,Sở Xây dựng', 'LURC_days,,Sở Xây dựng');
    expect(planFromCsv(csv, 'plan.csv', defaultCatalogue, forProvince).plan!.items[0].indicators['land_access.LURC_days'].lead).toBe('so-xay-dung');
    const wrong = planToCsv({ items: [item], departments: {} }, defaultCatalogue, forProvince).replace('land_access.LURC_days,so-xay-dung', 'time_costs.tc_inspect,so-xay-dung');
    const read = planFromCsv(wrong, 'plan.csv', defaultCatalogue, forProvince);
    expect(read.plan).toEqual({ items: [], departments: {} });
    expect(read.issues.map((p) => [p.code, p.line, p.column])).toEqual([['bad-indicator', 4, 30]]); // header, the task's row, LURC's row, then LURC_days'
  });

  it('JSON: export → import is the identity; a version 3 file (no indicator lines) reads with none', () => {
    const json = planToJson({ items: [item], departments: {} }, '2026-12-03');
    expect(JSON.parse(json).version).toBe(4);
    const back = planFromJson(json, 'plan.json', defaultCatalogue, forProvince);
    expect(back.issues).toEqual([]);
    expect(back.plan!.items).toEqual([item]);
    const v3 = JSON.stringify({ schema: 'chiso-followup-plan', version: 3, items: [{ ...blankItem(QN, 'PCI', 2016, 'land_access'), lead: 'so-tnmt', indicators: undefined, tasks: [{ id: 't1', title: 'Việc', lead: null, coOwners: [], targetScore: null, targetRank: null, deadline: null, status: 'not_started', progress: [], evidence: '' }] }] });
    const old = planFromJson(v3, 'old.json', defaultCatalogue, forProvince);
    expect(old.issues).toEqual([]);
    expect(old.plan!.items[0]).toMatchObject({ lead: 'so-tnmt', indicators: {}, tasks: [{ title: 'Việc', indicator: null }] });
  });
});
