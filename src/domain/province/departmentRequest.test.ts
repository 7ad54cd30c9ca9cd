/**
 * A department's indicators and its request ("Việc cần làm"), on the real shipped PAPI sub-dimensions of Quảng Ninh
 * (PAPI 2024, the latest edition with sub-dimension figures) and the PCI layout-fixture workbook.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { fixtureSheets } from '../../../tests/fixtures/indicatorWorkbook';
import { defaultCatalogue } from '../catalogue/catalogue';
import { readIndicatorWorkbook } from '../import/indicatorWorkbook';
import { sheetCell, type SourceTable } from '../import/sourceTable';
import { indicatorSetFromWorkbooks } from '../analysis/indicatorCatalogue';
import { combinedIndicatorSource, indicatorSetSource, subComponentSource } from '../analysis/indicatorSources';
import { defaultDepartments, defaultTemplate, provinceDepartments } from '../plan/departments';
import { blankItem, blankTask, withIndicatorPlan, type FollowUpItem } from '../plan/followup';
import { chosenEditions, departmentRequest, indicatorEditionChoices, indicatorEditions, ownedIndicators, requestRows, type RequestInput } from './departmentRequest';

const table = loadShippedTable();
const departments = provinceDepartments(defaultDepartments);
const QN = '22';
const papi = subComponentSource(table, defaultCatalogue);
const input = (departmentId: string, items: FollowUpItem[] = [], source = papi): RequestInput => ({ source, table, catalogue: defaultCatalogue, province: QN, departmentId, items, departments, template: defaultTemplate });
const name = (u: string) => defaultCatalogue.units.find((x) => x.id === u)?.vi ?? u;
const ids = (groups: ReturnType<typeof departmentRequest>) => groups.flatMap((g) => g.indicators.map((o) => o.standing.def.id));

describe('a department’s indicators and request (PAPI 2024 Quảng Ninh, real figures)', () => {
  const editions = indicatorEditions(papi, table, defaultCatalogue, QN);

  it('the edition is PAPI 2024, the latest with sub-dimension figures for Quảng Ninh', () => {
    expect(editions).toEqual([{ index: 'PAPI', year: 2024 }]);
  });

  it('Thanh tra tỉnh’s request: its weak accountability sub-dimensions, furthest behind first, with real figures and ranks among the 61 loaded (*); nothing of another department', () => {
    const request = departmentRequest(input('thanh-tra'), editions);
    // Interactions with local authorities (1,97 against a median of 1,97 as printed) is not worse than the median.
    expect(ids(request)).toEqual(['accountability.responsiveness_to_citizen_appeals']);
    const rows = requestRows(request[0], 'vi', name, departments);
    expect(rows[0]).toMatchObject({ label: 'Giải đáp khiếu nại, tố cáo, khúc mắc của người dân', value: '0,42', rank: '57*/61', role: 'Chủ trì (gợi ý)' });
    // Weak ones only: every one of the request is weak, and every weak owned one is there.
    const owned = ownedIndicators(input('thanh-tra'), editions).flatMap((g) => g.indicators);
    expect(owned.filter((o) => o.standing.weak.length > 0).map((o) => o.standing.def.id).sort()).toEqual([...ids(request)].sort());
    expect(ids(request)).not.toContain('environment.water_quality');
  });

  it('the plan gives e-responsiveness to Thanh tra tỉnh: it enters Thanh tra’s request with the line’s target and deadline and the task that targets it, and leaves Sở KH&CN’s', () => {
    expect(ids(departmentRequest(input('so-khcn'), editions))).toEqual(['e_governance.e_responsiveness']);
    const item: FollowUpItem = {
      ...withIndicatorPlan(blankItem(QN, 'PAPI', 2024, 'e_governance'), 'e_governance.e_responsiveness', { lead: 'thanh-tra', coOwners: [], target: 0.6, deadline: '2025-12-31' }),
      tasks: [{ ...blankTask('t1'), title: 'Trả lời phản ánh trên cổng trong 5 ngày', lead: 'thanh-tra', deadline: '2025-09-30', indicator: 'e_governance.e_responsiveness' }, { ...blankTask('t2'), title: 'Việc của cả chỉ số' }],
    };
    const request = departmentRequest(input('thanh-tra', [item]), editions);
    expect(ids(request)).toContain('e_governance.e_responsiveness');
    const group = request.find((g) => g.component === 'e_governance')!;
    expect(requestRows(group, 'vi', name, departments)[0]).toMatchObject({ value: '0,42', rank: '34*/61', role: 'Chủ trì', target: '0,60', deadline: '31/12/2025', tasks: ['Trả lời phản ánh trên cổng trong 5 ngày — Thanh tra tỉnh, 30/09/2025 (Chưa bắt đầu)'] });
    expect(ids(departmentRequest(input('so-khcn', [item]), editions))).toEqual([]);
  });

  it('English rows: the same figures, vi-VN numbers only in Vietnamese', () => {
    const [row] = requestRows(departmentRequest(input('thanh-tra'), editions)[0], 'en', name, departments);
    expect(row).toMatchObject({ label: 'Responsiveness to citizen appeals', value: '0.42', role: 'Lead (suggested)' });
  });
});

describe('the request for an edition the user chooses (PAPI Quảng Ninh, real figures)', () => {
  const choices = indicatorEditionChoices(papi, table, defaultCatalogue, QN);

  it('the editions offered are those with sub-dimension figures for Quảng Ninh, latest first: not PAPI 2023 (Quảng Ninh not ranked that year), nor 2021', () => {
    expect(choices).toEqual([{ index: 'PAPI', years: [2024, 2022, 2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012, 2011] }]);
  });

  it('by default the latest; a chosen edition is taken; one without figures (2023) or of an index not offered falls back to the latest', () => {
    expect(chosenEditions(choices)).toEqual([{ index: 'PAPI', year: 2024 }]);
    expect(chosenEditions(choices, { PAPI: 2020 })).toEqual([{ index: 'PAPI', year: 2020 }]);
    expect(chosenEditions(choices, { PAPI: 2023 })).toEqual([{ index: 'PAPI', year: 2024 }]);
    expect(chosenEditions(choices, { PCI: 2016 })).toEqual([{ index: 'PAPI', year: 2024 }]);
  });

  it('Thanh tra tỉnh’s request for PAPI 2020: that edition’s weak accountability sub-dimensions, national ranks among 63, change since 2019', () => {
    const request = departmentRequest(input('thanh-tra'), chosenEditions(choices, { PAPI: 2020 }));
    expect(request.map((g) => [g.index, g.year, g.component])).toEqual([['PAPI', 2020, 'accountability']]);
    expect(requestRows(request[0], 'vi', name, departments).map((r) => [r.label, r.value, r.median, r.rank, r.change])).toEqual([
      ['Hiệu quả tương tác với các cấp chính quyền', '1,93', '2,00', '48/63', '+0,06 (so với 2019)'],
      ['Giải đáp khiếu nại, tố cáo, khúc mắc của người dân', '0,90', '0,96', '42/63', '−0,11 (so với 2019)'],
    ]);
  });
});

describe('PCI base indicators of an imported workbook join the request (layout fixture: figures NOT published)', () => {
  const sheets = (year: number): SourceTable[] =>
    fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
  const books = [2015, 2016].map((y) => readIndicatorWorkbook(sheets(y), `PCI_${y}.xlsx`, y, defaultCatalogue));
  const source = combinedIndicatorSource([indicatorSetSource(indicatorSetFromWorkbooks(books, {}).set, defaultCatalogue), papi]);

  it('PCI 2016 (imported) beside PAPI 2024; Thanh tra tỉnh owns the inspections indicator by the template’s rule, Sở TN&MT the land-use certificate ones', () => {
    const editions = indicatorEditions(source, table, defaultCatalogue, QN);
    expect(editions).toEqual([
      { index: 'PCI', year: 2016 },
      { index: 'PAPI', year: 2024 },
    ]);
    const thanhTra = ownedIndicators(input('thanh-tra', [], source), editions).filter((g) => g.index === 'PCI');
    expect(thanhTra.flatMap((g) => g.indicators.map((o) => [o.standing.def.id, o.ownership.role]))).toEqual([
      ['time_costs.tc_inspect', 'lead'],
      ['time_costs.tc_hours', 'co-owner'],
    ]);
    const land = ownedIndicators(input('so-tnmt', [], source), editions).find((g) => g.component === 'land_access')!;
    expect(land.indicators.map((o) => o.standing.def.code)).toEqual(['LURC', 'LURC_days', 'LURC_detered', 'land_new']);
  });
});
