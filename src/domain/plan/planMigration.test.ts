import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from './departments';
import { migrateV1 } from './planMigration';

const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);

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
