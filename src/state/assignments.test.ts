// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { blankItem, blankTask } from '@/domain/plan/followup';

const KEY = 'chiso-assignments';

/** A fresh copy of the store module, hydrating from whatever localStorage holds now. */
async function loadStore() {
  vi.resetModules();
  return import('./assignments');
}

beforeEach(() => localStorage.clear());

const SAVED_V2 = readFileSync(resolve(__dirname, '../../tests/fixtures/storage/assignments-v2.json'), 'utf8');
const SAVED_V3 = readFileSync(resolve(__dirname, '../../tests/fixtures/storage/assignments-v3.json'), 'utf8');

describe('assignments store: persisted, versioned, never discarded', () => {
  it('a plan saved by version 2 (the text that version wrote) opens in the current version with every field kept, no tasks and no indicator lines yet; the old text is backed up', async () => {
    localStorage.setItem(KEY, SAVED_V2);
    const saved = JSON.parse(SAVED_V2);
    const s = await loadStore();
    const { items, departments } = s.useAssignments.getState();
    expect(Object.keys(items).sort()).toEqual(Object.keys(saved.state.items).sort());
    for (const [id, before] of Object.entries(saved.state.items)) expect(items[id]).toEqual({ ...(before as object), tasks: [], indicators: {} });
    expect(items['02|PCI|2016|labour_training']).toMatchObject({ lead: 'so-ldtbxh', coOwners: ['so-gddt', 'so-khdt'], targetScore: 5.54, targetRank: 50, notes: 'Mở 3 lớp đào tạo nghề cho doanh nghiệp; "ưu tiên" KCN' });
    expect(departments).toEqual(saved.state.departments);
    const [backup] = s.listBackups();
    expect(backup).toMatch(/^chiso-assignments\.backup\.v2\./);
    expect(localStorage.getItem(backup)).toBe(SAVED_V2);
    // Written back at the current version on the next change, with the tasks.
    s.useAssignments.getState().saveItem({ ...items['02|PCI|2016|land_access'], tasks: [{ ...blankTask('t1'), title: 'Rà soát quỹ đất sạch' }] });
    const stored = JSON.parse(localStorage.getItem(KEY)!);
    expect(stored.version).toBe(4);
    expect(stored.state.items['02|PCI|2016|land_access'].tasks[0].title).toBe('Rà soát quỹ đất sạch');
    expect(stored.state.items['22|PAPI|2022|e_governance']).toEqual({ ...saved.state.items['22|PAPI|2022|e_governance'], tasks: [], indicators: {} });
  });

  it('a plan saved by version 3 (the text that version wrote) opens in version 4 with every field kept, no indicator lines, no task targeting an indicator; the old text is backed up', async () => {
    localStorage.setItem(KEY, SAVED_V3);
    const saved = JSON.parse(SAVED_V3) as { state: { items: Record<string, { tasks: object[] }> } };
    const s = await loadStore();
    const { items } = s.useAssignments.getState();
    expect(Object.keys(items).sort()).toEqual(Object.keys(saved.state.items).sort());
    for (const [id, before] of Object.entries(saved.state.items)) expect(items[id]).toEqual({ ...before, tasks: before.tasks.map((t) => ({ ...t, indicator: null })), indicators: {} });
    expect(items['22|PAPI|2016|participation'].tasks[0]).toMatchObject({ title: 'Phổ biến pháp luật ở thôn, bản', lead: 'so-tu-phap', progress: [{ date: '2017-01-15', text: 'Đã in 5.000 tờ rơi' }] });
    const [backup] = s.listBackups();
    expect(backup).toMatch(/^chiso-assignments\.backup\.v3\./);
    expect(localStorage.getItem(backup)).toBe(SAVED_V3);
    // An indicator line typed now is written at version 4 and read back.
    const participation = items['22|PAPI|2016|participation'];
    s.useAssignments.getState().saveItem({ ...participation, indicators: { 'participation.civic_knowledge': { lead: 'so-tu-phap', coOwners: [], target: 1.2, deadline: '2017-06-30' } } });
    const stored = JSON.parse(localStorage.getItem(KEY)!);
    expect(stored.version).toBe(4);
    expect(stored.state.items['22|PAPI|2016|participation'].indicators['participation.civic_knowledge']).toEqual({ lead: 'so-tu-phap', coOwners: [], target: 1.2, deadline: '2017-06-30' });
  });

  it('every change is saved to localStorage at version 4 and read back after a reload', async () => {
    const a = await loadStore();
    const item = { ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt', targetScore: 9.3 };
    a.useAssignments.getState().saveItem(item);
    const stored = JSON.parse(localStorage.getItem(KEY)!);
    expect(stored.version).toBe(4);
    expect(stored.state.items['22|PCI|2016|entry_costs'].lead).toBe('so-khdt');
    expect(Object.keys(stored.state)).toEqual(['items', 'departments']);
    const b = await loadStore();
    expect(b.useAssignments.getState().items['22|PCI|2016|entry_costs']).toEqual(item);
  });

  it('an item with nothing typed in it is removed rather than stored', async () => {
    const a = await loadStore();
    a.useAssignments.getState().saveItem({ ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt' });
    a.useAssignments.getState().saveItem(blankItem('22', 'PCI', 2016, 'entry_costs'));
    expect(a.useAssignments.getState().items).toEqual({});
  });

  it('version 1 (free-text names) migrates to the current version; the old text is kept as a backup', async () => {
    const v1 = {
      state: {
        assignments: [
          { province: '22', index: 'PCI', year: 2016, component: 'entry_costs', lead: 'Sở KH&ĐT', coOwners: 'Sở Tư pháp', target: 9.3, status: 'doing' },
          { province: '22', index: 'PCI', year: 2016, component: 'land_access', lead: 'Ban Quản lý KKT', coOwners: '', target: 6.5, status: 'late', note: 'họp quý' },
        ],
      },
      version: 1,
    };
    localStorage.setItem(KEY, JSON.stringify(v1));
    const s = await loadStore();
    const { items, departments } = s.useAssignments.getState();
    expect(items['22|PCI|2016|entry_costs']).toMatchObject({ lead: 'so-khdt', coOwners: ['so-tu-phap'], targetScore: 9.3, status: 'in_progress', targetYear: 2017 });
    expect(items['22|PCI|2016|land_access']).toMatchObject({ lead: 'custom-ban-quan-ly-kkt', status: 'at_risk', notes: 'họp quý' });
    expect(departments['22'].added[0].vi).toBe('Ban Quản lý KKT');
    const [backup] = s.listBackups();
    expect(backup).toMatch(/^chiso-assignments\.backup\.v1\./);
    expect(JSON.parse(localStorage.getItem(backup)!)).toEqual(v1);
    expect(s.useAssignmentsHealth.getState().reports.map((r) => r.kind)).toEqual(['migrated']);
  });

  it('corrupted stored text is kept under a backup key and reported; the app starts empty and does not overwrite the backup', async () => {
    localStorage.setItem(KEY, '{"state": {"items": {"22|PCI|2016|entry_costs": {"lead": "so-kh');
    const s = await loadStore();
    expect(s.useAssignments.getState().items).toEqual({});
    const [report] = s.useAssignmentsHealth.getState().reports;
    expect(report.kind).toBe('corrupt');
    expect(localStorage.getItem(report.backupKey!)).toBe('{"state": {"items": {"22|PCI|2016|entry_costs": {"lead": "so-kh');
    s.useAssignments.getState().saveItem({ ...blankItem('22', 'PCI', 2016, 'transparency'), lead: 'vp-ubnd' });
    expect(localStorage.getItem(report.backupKey!)).toContain('so-kh');
  });

  it('valid JSON of the wrong shape counts as corrupt too; a newer version is backed up, not read', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { items: [1, 2] }, version: 2 }));
    let s = await loadStore();
    expect(s.useAssignmentsHealth.getState().reports[0].kind).toBe('corrupt');
    localStorage.clear();
    localStorage.setItem(KEY, JSON.stringify({ state: { items: {}, plans: [] }, version: 5 }));
    s = await loadStore();
    expect(s.useAssignmentsHealth.getState().reports[0]).toMatchObject({ kind: 'newer-version' });
    expect(s.listBackups()[0]).toMatch(/backup\.v5\./);
  });

  it('selectItemsFor gives the items of a province, index and year with the province’s department names', async () => {
    const s = await loadStore();
    const st = s.useAssignments.getState();
    st.setDepartmentEdits('22', { added: [], renamed: { 'ban-xtdt': { vi: 'Ban Xúc tiến và Hỗ trợ đầu tư', en: 'Investment Promotion Board' } }, hidden: [] });
    st.saveItem({ ...blankItem('22', 'PCI', 2016, 'business_support'), lead: 'ban-xtdt', coOwners: ['hiep-hoi-dn'] });
    st.saveItem({ ...blankItem('22', 'PCI', 2015, 'business_support'), lead: 'so-cong-thuong' });
    const items = s.selectItemsFor(s.useAssignments.getState(), '22', 'PCI', 2016);
    expect(items).toHaveLength(1);
    expect(items[0].leadName).toEqual({ vi: 'Ban Xúc tiến và Hỗ trợ đầu tư', en: 'Investment Promotion Board' });
    expect(items[0].coOwnerNames[0].vi).toBe('Hiệp hội Doanh nghiệp tỉnh');
  });
});
