import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { fixtureSheets } from '../../../tests/fixtures/indicatorWorkbook';
import { defaultCatalogue } from '../catalogue/catalogue';
import { readIndicatorWorkbook } from '../import/indicatorWorkbook';
import { sheetCell, type SourceTable } from '../import/sourceTable';
import { indicatorSetFromWorkbooks } from '../analysis/indicatorCatalogue';
import { combinedIndicatorSource, indicatorSetSource, subComponentSource } from '../analysis/indicatorSources';
import type { IndicatorSource } from '../analysis/indicators';
import { defaultDepartments, defaultTemplate, provinceDepartments } from './departments';
import { blankItem, blankTask, withIndicatorPlan, type FollowUpItem } from './followup';
import { indicatorRef, ownersOf } from './owners';
import { PLAN_TABLE_HEADERS, planTableRows, quarterlyReport, taskLines, type PlanIndicators } from './planReport';

const table = loadShippedTable();
const departmentsFor = () => provinceDepartments(defaultDepartments);
const papi = subComponentSource(table, defaultCatalogue);
const indicatorsIn = (items: FollowUpItem[], source: IndicatorSource = papi): PlanIndicators => ({ source, owners: { table, items, template: defaultTemplate, catalogue: defaultCatalogue } });
const indicators = indicatorsIn([]);

// Quảng Ninh PCI 2015: targets for PCI 2016, whose figures are loaded.
const entry: FollowUpItem = {
  ...blankItem('22', 'PCI', 2015, 'entry_costs'),
  lead: 'so-khdt',
  coOwners: ['tt-pvhcc'],
  targetScore: 9.2,
  deadline: '2016-12-31',
  tasks: [
    { ...blankTask('t1'), title: 'Rút ngắn thời gian đăng ký doanh nghiệp', lead: 'so-khdt', coOwners: ['tt-pvhcc', 'so-tu-phap'], deadline: '2016-06-30', status: 'done', progress: [{ date: '2016-04-02', text: 'Đã áp dụng một cửa liên thông' }], evidence: 'https://example.gov.vn/qd-123' },
    { ...blankTask('t2'), title: 'Khảo sát doanh nghiệp mới thành lập', lead: 'ban-xtdt', deadline: '2016-09-30', status: 'in_progress' },
  ],
};
const time: FollowUpItem = { ...blankItem('22', 'PCI', 2015, 'time_costs'), lead: 'vp-ubnd', targetScore: 7.5, targetRank: 10, deadline: '2016-03-31', status: 'in_progress', notes: 'Giảm thanh tra chồng chéo' };

describe('the plan table as offices file it', () => {
  it('one row per task with its own agencies; a component without tasks is one row; Vietnamese headers', () => {
    const rows = planTableRows([entry, time], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2016-10-15', indicators });
    expect(PLAN_TABLE_HEADERS.vi).toEqual(['STT', 'Chỉ số thành phần', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Chỉ tiêu', 'Kết quả']);
    expect(rows.map((r) => [r.stt, r.task, r.deadline])).toEqual([
      [1, 'Rút ngắn thời gian đăng ký doanh nghiệp', '30/06/2016'],
      [2, 'Khảo sát doanh nghiệp mới thành lập', '30/09/2016'],
      [3, 'Giảm thanh tra chồng chéo', '31/03/2016'],
    ]);
    expect(rows[0]).toMatchObject({ componentName: 'PCI — Gia nhập thị trường', target: '≥ 9,20 điểm (PCI 2016)' });
    expect(rows[0].coOwners.split('; ')).toHaveLength(2);
    expect(rows[0].result).toContain('02/04/2016: Đã áp dụng một cửa liên thông');
    expect(rows[2].target).toBe('≥ 7,50 điểm; hạng ≤ 10 (PCI 2016)');
  });
});

describe('the quarterly progress report', () => {
  it('Quý IV/2016: overdue tasks first (deadline passed, not done), then by deadline; due targets say what PCI 2016 showed', () => {
    const report = quarterlyReport([entry, time], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2016-10-15', table, indicators });
    expect(report.title).toBe('Quý IV/2016');
    expect(report.rows.map((r) => [r.task, r.overdue])).toEqual([
      ['Giảm thanh tra chồng chéo', true],
      ['Khảo sát doanh nghiệp mới thành lập', true],
      ['Rút ngắn thời gian đăng ký doanh nghiệp', false],
    ]);
    expect(report.counts).toMatchObject({ total: 3, overdue: 2, done: 1, in_progress: 2 });
    // Quảng Ninh PCI 2016: entry costs 9.28 ≥ 9.20 (met); time costs 6.86 < 7.50 and 25th (not met).
    expect(report.rows[2].result).toContain('PCI 2016: Đạt — 9,28 điểm');
    expect(report.rows[0].result).toContain('PCI 2016: Không đạt — 6,86 điểm; hạng 25');
  });
});

// Quảng Ninh PAPI 2024 (real shipped sub-dimensions): e-governance led by Sở KH&CN, e-responsiveness given to Thanh tra
// tỉnh with a target of 0.60 points by 31/12/2025, internet access with a target only, and a task for e-responsiveness.
const RESPONSIVENESS = 'Phúc đáp của chính quyền qua cổng thông tin điện tử';
const eGov: FollowUpItem = {
  ...withIndicatorPlan(
    withIndicatorPlan({ ...blankItem('22', 'PAPI', 2024, 'e_governance'), lead: 'so-khcn', coOwners: ['vp-ubnd'], deadline: '2025-10-31' }, 'e_governance.e_responsiveness', { lead: 'thanh-tra', coOwners: ['so-noi-vu'], target: 0.6, deadline: '2025-12-31' }),
    'e_governance.internet_access',
    { lead: null, coOwners: [], target: 0.455, deadline: null },
  ),
  tasks: [
    { ...blankTask('t1'), title: 'Trả lời phản ánh trên cổng trong 5 ngày', lead: 'thanh-tra', deadline: '2025-09-30', status: 'in_progress', indicator: 'e_governance.e_responsiveness' },
    { ...blankTask('t2'), title: 'Nâng cấp cổng dịch vụ công', lead: 'so-khcn', deadline: '2025-06-30' },
  ],
};

describe('the plan names its indicators (PAPI 2024 Quảng Ninh, real sub-dimensions)', () => {
  const rows = planTableRows([eGov], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2025-08-01', indicators: indicatorsIn([eGov]) });

  it('a task that targets an indicator names it, as the indicator view labels it; the other task names none', () => {
    expect(rows[0]).toMatchObject({ kind: 'task', indicator: 'e_governance.e_responsiveness', indicatorLabel: RESPONSIVENESS });
    expect(taskLines(rows[0], 'vi')).toEqual(['Trả lời phản ánh trên cổng trong 5 ngày', `Chỉ tiêu: ${RESPONSIVENESS}`]);
    expect(rows[1]).toMatchObject({ kind: 'task', indicator: null, indicatorLabel: '' });
    expect(taskLines(rows[1], 'vi')).toEqual(['Nâng cấp cổng dịch vụ công']);
  });

  it('each indicator line is a row under its component’s tasks, in printed order: its own owner, target in its unit with the target edition, deadline', () => {
    expect(rows.map((r) => [r.stt, r.kind, r.indicator])).toEqual([
      [1, 'task', 'e_governance.e_responsiveness'],
      [2, 'task', null],
      // Printed order: internet access comes before e-responsiveness under e-governance.
      [3, 'indicator', 'e_governance.internet_access'],
      [4, 'indicator', 'e_governance.e_responsiveness'],
    ]);
    expect(rows[3]).toMatchObject({ componentName: 'PAPI — Quản trị điện tử', task: '', lead: 'Thanh tra tỉnh', coOwners: 'Sở Nội vụ', target: '0,60 (PAPI 2025)', deadline: '31/12/2025', status: null, overdue: false });
    expect(taskLines(rows[3], 'vi')).toEqual([`Chỉ tiêu: ${RESPONSIVENESS}`]);
    // A line without its own owner is owned as its component (owners.ts), and keeps the component's deadline.
    expect(rows[2]).toMatchObject({ lead: 'Sở Khoa học và Công nghệ', coOwners: 'Văn phòng UBND tỉnh', target: '0,46 (PAPI 2025)', deadline: '31/10/2025' });
  });

  it('the owner printed is owners.ts’s for every line (never decided here)', () => {
    const ctx = { table, province: '22', items: [eGov], departments: departmentsFor(), template: defaultTemplate, catalogue: defaultCatalogue };
    for (const r of rows.filter((x) => x.kind === 'indicator')) {
      const def = papi.defs('PAPI', 2024, 'e_governance').find((d) => d.id === r.indicator)!;
      const owners = ownersOf(indicatorRef(def, 2024), ctx);
      expect(r.lead).toBe(departmentsFor().find((d) => d.id === owners.lead!.department)!.vi);
    }
  });

  it('the quarterly report lists the tasks (overdue first) and counts them; the indicator lines follow, not counted', () => {
    const report = quarterlyReport([eGov], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2025-10-15', table, indicators: indicatorsIn([eGov]) });
    expect(report.rows.map((r) => [r.stt, r.kind, r.overdue])).toEqual([
      [1, 'task', true],
      [2, 'task', true],
      [3, 'indicator', false],
      [4, 'indicator', false],
    ]);
    expect(report.rows[1].indicatorLabel).toBe(RESPONSIVENESS);
    expect(report.counts).toMatchObject({ total: 2, overdue: 2, in_progress: 1, not_started: 1 });
    expect(report.note).toContain('các chỉ tiêu cơ sở của kế hoạch');
  });

  it('with the table, a line’s result says what its target edition showed (PAPI 2020 Quảng Ninh e-responsiveness 0,42, real)', () => {
    const plan2019: FollowUpItem = { ...eGov, id: '22|PAPI|2019|e_governance', year: 2019, targetYear: 2020, tasks: [] };
    const lines = planTableRows([plan2019], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2020-12-01', table, indicators: indicatorsIn([plan2019]) }).filter((r) => r.kind === 'indicator');
    // Internet access: 0,46 targeted; e-responsiveness: 0,60 targeted, 0,42 reached.
    expect(lines.find((r) => r.indicator === 'e_governance.e_responsiveness')!.result).toBe('PAPI 2020: Không đạt — 0,42');
    expect(lines.find((r) => r.indicator === 'e_governance.internet_access')!.result).toMatch(/^PAPI 2020: (Đạt|Không đạt) — \d,\d\d$/);
    // PAPI 2025 is not out: no data, never "not met".
    expect(planTableRows([eGov], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2025-08-01', table, indicators: indicatorsIn([eGov]) }).find((r) => r.kind === 'indicator')!.result).toBe('PAPI 2025: Chưa có số liệu');
  });

  it('in English: the indicator’s English label, numbers as en-GB', () => {
    const en = planTableRows([eGov], defaultCatalogue, { lang: 'en', departmentsFor, today: '2025-08-01', indicators: indicatorsIn([eGov]) });
    expect(taskLines(en[3], 'en')).toEqual(['Indicator: E-responsiveness']);
    expect(en[3].target).toBe('0.60 (PAPI 2025)');
  });
});

describe('PCI base indicators in the plan (layout fixture: indicator figures NOT published)', () => {
  const sheets = (year: number): SourceTable[] =>
    fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
  const books = [2015, 2016].map((y) => readIndicatorWorkbook(sheets(y), `PCI_${y}.xlsx`, y, defaultCatalogue));
  const source = combinedIndicatorSource([indicatorSetSource(indicatorSetFromWorkbooks(books, {}).set, defaultCatalogue), papi]);
  const land: FollowUpItem = {
    ...withIndicatorPlan(
      withIndicatorPlan(blankItem('22', 'PCI', 2016, 'land_access'), 'land_access.LURC', { lead: null, coOwners: [], target: 0.55, deadline: '2017-06-30' }),
      'land_access.LURC_days',
      { lead: null, coOwners: [], target: 20, deadline: null },
    ),
  };

  it('a share target prints as a percentage, days as days (as the indicator view prints them); with no plan lead the template’s indicator rule is the owner, marked as a suggestion', () => {
    const rows = planTableRows([land], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2017-01-01', indicators: indicatorsIn([land], source) });
    const lines = rows.filter((r) => r.kind === 'indicator');
    expect(lines.map((r) => [r.indicatorLabel, r.target])).toEqual([
      ['% DN có mặt bằng kinh doanh và có Giấy chứng nhận quyền sử dụng đất', '55 % (PCI 2017)'],
      ['Số ngày chờ đợi để được cấp Giấy CNQSDĐ (trung vị)', '20 ngày (PCI 2017)'],
    ]);
    expect(lines[0].lead).toMatch(/ \(gợi ý\)$/);
    expect(lines[0].lead).toContain('Sở Tài nguyên và Môi trường');
  });

  it('without the workbook loaded, a line is named by its printed code, never its id path', () => {
    const rows = planTableRows([land], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2017-01-01', indicators: indicatorsIn([land]) });
    expect(rows.filter((r) => r.kind === 'indicator').map((r) => r.indicatorLabel)).toEqual(['LURC', 'LURC_days']);
  });
});
