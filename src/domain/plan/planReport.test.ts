import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments } from './departments';
import { blankItem, blankTask, type FollowUpItem } from './followup';
import { PLAN_TABLE_HEADERS, planTableRows, quarterlyReport } from './planReport';

const table = loadShippedTable();
const departmentsFor = () => provinceDepartments(defaultDepartments);

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
    const rows = planTableRows([entry, time], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2016-10-15' });
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
    const report = quarterlyReport([entry, time], defaultCatalogue, { lang: 'vi', departmentsFor, today: '2016-10-15', table });
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
