/**
 * Names in a plan file go by the one rule of names (catalogue/unitSpelling.ts readWrittenName): the province as in an
 * imported table (catalogue.readUnitName), a department by departments.readDepartmentName. A near miss is said, never
 * taken silently: a province's is an error naming the guess (the item waits), a department's is taken as its guess
 * with a warning naming it (a plan file has no one to ask, and nothing typed is lost).
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, matchDepartment, readDepartmentName } from './departments';
import { validateItem, type RawItem } from './planRead';

const departments = defaultDepartments.departments;
const raw = (fields: RawItem['fields']): RawItem => ({ fields: { index: 'PCI', year: 2021, component: 'land_access', targetYear: 2022, ...fields }, at: () => ({ line: 2, column: 1 }) });
const ctx = () => ({ file: 'plan.json', catalogue: defaultCatalogue, departmentsFor: () => departments, added: {} });

describe("department names as typed (departments.readDepartmentName, the provinces' rule)", () => {
  it.each([['Sở Tư pháp', 'so-tu-phap'], ['SO TU PHAP', 'so-tu-phap'], ['STP', 'so-tu-phap'], ['Sở KH&ĐT', 'so-khdt'], ['Cục Thuế', 'cuc-thue'], ['so-tai-chinh', 'so-tai-chinh']])('"%s" is %s', (name, id) => {
    expect(readDepartmentName(departments, name)).toMatchObject({ kind: 'unit', unit: { id } });
    expect(matchDepartment(departments, name)?.id).toBe(id);
  });
  it.each([['Sở Tư phap', 'so-tu-phap'], ['Sở Tài chinh', 'so-tai-chinh']])('"%s" is a guess of %s, not a match', (name, id) => {
    expect(readDepartmentName(departments, name)).toMatchObject({ kind: 'guess', unit: { id } });
    expect(matchDepartment(departments, name)).toBeUndefined();
  });
});

describe('names in a plan item (planRead.validateItem)', () => {
  it('"Đắc Lắc" is Đắk Lắk (66); "Quảng Nình" is an error naming Quảng Ninh, the item not taken', () => {
    expect(validateItem(raw({ province: 'Đắc Lắc' }), ctx()).item?.province).toBe('66');
    const near = validateItem(raw({ province: 'Quảng Nình' }), ctx());
    expect(near.item).toBeNull();
    expect(near.issues.map((p) => [p.severity, p.message.vi])).toEqual([['error', 'Có phải Quảng Ninh? "Quảng Nình" gần giống Quảng Ninh nhưng không phải cách viết đã biết: sửa tên tỉnh trong tệp rồi nhập lại']]);
  });
  it('lead "Sở Tư phap": assigned to Sở Tư pháp with a warning naming it; no department "Sở Tư phap" is added', () => {
    const c = ctx();
    const r = validateItem(raw({ province: 'Quảng Ninh', lead: 'Sở Tư phap' }), c);
    expect(r.item?.lead).toBe('so-tu-phap');
    expect(r.issues.map((p) => [p.severity, p.message.vi])).toEqual([['warning', '"Sở Tư phap" gần giống Sở Tư pháp: giao cho Sở Tư pháp (sửa trong tệp nếu không phải)']]);
    expect(c.added).toEqual({});
  });
});
