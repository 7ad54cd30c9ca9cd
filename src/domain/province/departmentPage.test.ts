import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue } from '../catalogue/catalogue';
import { departmentPage } from './departmentPage';
import { defaultDepartments, defaultTemplate } from '../plan/departments';
import { blankItem } from '../plan/followup';
import { parseProvinceTableCsv } from './provinceIndex';
import { provinceLocalUnits } from './provinceUnits';

const csv = readFileSync(new URL('../../../tests/fixtures/province/ddci-ha-tinh-2021-corrected.csv', import.meta.url), 'utf8');
const ddci = parseProvinceTableCsv(csv, 'c.csv', { label: 'DDCI', province: '42', year: 2021 });
const base = {
  table: loadShippedTable(),
  catalogue: defaultCatalogue,
  province: '42',
  scope: '42',
  departments: defaultDepartments.departments,
  template: defaultTemplate,
  provinceIndices: [{ definition: ddci.definition, scores: ddci.rows, units: provinceLocalUnits('42') }],
};

describe("a department's page: what it owns beside how the province rated it", () => {
  it("Hà Tĩnh's Sở Kế hoạch và Đầu tư: its DDCI 2021 67.8, 8th of 10 departments; PCI entry costs, whose work (after Hà Tĩnh's latest PCI 2016, done in 2025) Sở Tài chính carries, is suggested to Sở Tài chính (template lead, evidence C) with the 2016 figure 8.45", () => {
    const page = departmentPage({ ...base, departmentId: 'so-khdt', items: [] });
    expect(page.owned.find((o) => o.index === 'PCI' && o.component === 'entry_costs')).toBeUndefined();
    expect(page.ratings).toHaveLength(1);
    expect(page.ratings[0].analysis.composite).toMatchObject({ value: 67.8, rank: 8, outOf: 10, basis: 'among-loaded' });
    const successor = departmentPage({ ...base, departmentId: 'so-tai-chinh', items: [] });
    const entry = successor.owned.find((o) => o.index === 'PCI' && o.component === 'entry_costs')!;
    expect(entry).toMatchObject({ year: 2016, role: 'lead', basis: 'suggested', evidence: 'C', value: 8.454098 });
  });

  it('a plan item names the department: its status, target and tasks are shown, and a 2025 Sở Tài chính owns what Sở KH&ĐT was assigned (via)', () => {
    const item = { ...blankItem('42', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt', targetScore: 8.6, status: 'in_progress' as const };
    const page = departmentPage({ ...base, departmentId: 'so-tai-chinh', items: [item] });
    expect(page.owned.find((o) => o.component === 'entry_costs')).toMatchObject({ basis: 'plan', via: 'so-khdt', status: 'in_progress', targetScore: 8.6, value: 8.454098 });
  });
});
