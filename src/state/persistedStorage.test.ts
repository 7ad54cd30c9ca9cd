// @vitest-environment happy-dom
/**
 * Both persisted stores (assignments, targets) on one storage layer that never discards (persistedStorage.ts).
 * Each test loads fresh store modules over whatever localStorage holds, as a page load does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FillableStorage, loadStores as load, storageReports } from '../../tests/fixtures/fillableStorage';
import { blankItem } from '@/domain/plan/followup';


const reports = storageReports;


let storage: FillableStorage;
const fillStorage = () => (storage.full = true);
const freeStorage = () => (storage.full = false);

beforeEach(() => {
  storage = new FillableStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('targets: the same never-discard layer as the plan', () => {
  it('corrupt saved targets are backed up under a named key and reported; the next edit does not touch the backup', async () => {
    localStorage.setItem('chiso-targets', '{"state":{"targets":{"22|PCI":{"kind":"top","n":3}}},"version":1');
    const { health, targets } = await load();
    expect(reports(health)).toEqual(['targets:corrupt']);
    const [report] = health.useStorageHealth.getState().reports;
    expect(report.backupKey).toMatch(/^chiso-targets\.backup\.corrupt\./);
    expect(localStorage.getItem(report.backupKey!)).toBe('{"state":{"targets":{"22|PCI":{"kind":"top","n":3}}},"version":1');
    targets.useTargets.getState().setTarget('22', 'PAR', { kind: 'tier', tier: 'A' });
    expect(localStorage.getItem(report.backupKey!)).toContain('"n":3');
  });

  it('a wrong-shaped target ("top" with n = "3") is a problem with its path, backed up, not loaded', async () => {
    localStorage.setItem('chiso-targets', JSON.stringify({ state: { targets: { '22|PCI': { kind: 'top', n: '3' } } }, version: 1 }));
    const { health, targets } = await load();
    expect(targets.useTargets.getState().targets).toEqual({});
    expect(health.useStorageHealth.getState().reports[0]).toMatchObject({ store: 'targets', kind: 'corrupt', detail: 'targets["22|PCI"] is not "top N" or "tier X"' });
  });

  it('targets saved by a newer version (2) are backed up as v2, never migrated down and written back as version 1 over the original', async () => {
    const newer = JSON.stringify({ state: { targets: { '22|PCI': { kind: 'top', n: 3 } }, note: 'v2' }, version: 2 });
    localStorage.setItem('chiso-targets', newer);
    const { health, targets } = await load();
    expect(reports(health)).toEqual(['targets:newer-version']);
    const backup = health.backupKeys('chiso-targets')[0];
    expect(backup).toMatch(/\.backup\.v2\./);
    expect(localStorage.getItem(backup)).toBe(newer);
    expect(targets.useTargets.getState().targets).toEqual({});
  });

  it('full storage: setting a target reports "storage full" in the UI list instead of throwing at the caller', async () => {
    const { health, targets } = await load();
    fillStorage();
    expect(() => targets.useTargets.getState().setTarget('22', 'PCI', { kind: 'top', n: 3 })).not.toThrow();
    expect(reports(health)).toEqual(['targets:storage-full']);
  });
});

describe('assignments: never overwrite what could not be backed up', () => {
  it('storage full while the saved plan is unreadable: the backup fails, the original is left untouched, and edits are refused with a message', async () => {
    const original = '{"state":{"items":{}},"version":3'; // truncated: not JSON
    localStorage.setItem('chiso-assignments', original);
    fillStorage();
    const { health, assignments } = await load();
    expect(health.useStorageHealth.getState().reports[0]).toMatchObject({ store: 'assignments', kind: 'corrupt', backupKey: null });
    assignments.useAssignments.getState().saveItem({ ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt' });
    expect(assignments.useAssignments.getState().items).toEqual({});
    expect(reports(health)).toEqual(['assignments:corrupt', 'assignments:edits-refused']);
    freeStorage();
    expect(localStorage.getItem('chiso-assignments')).toBe(original);
  });

  it('storage full while an older version waits for migration: the version-2 original is not overwritten by version 3', async () => {
    const item = { ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt' } as Record<string, unknown>;
    delete item.tasks;
    const v2 = JSON.stringify({ state: { items: { [item.id as string]: item }, departments: {} }, version: 2 });
    localStorage.setItem('chiso-assignments', v2);
    fillStorage();
    const { health, assignments } = await load();
    expect(assignments.useAssignments.getState().items[item.id as string].lead).toBe('so-khdt');
    assignments.useAssignments.getState().removeItem(item.id as string);
    freeStorage();
    expect(localStorage.getItem('chiso-assignments')).toBe(v2);
    expect(reports(health)).toEqual(['assignments:migrated', 'assignments:edits-refused']);
  });

  it('an item without coOwners is caught field by field (not loaded to crash the follow-up view and the CSV export later), backed up and reported with its path', async () => {
    const item = { ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt' } as Record<string, unknown>;
    delete item.coOwners;
    localStorage.setItem('chiso-assignments', JSON.stringify({ state: { items: { [item.id as string]: item }, departments: {} }, version: 3 }));
    const { health, assignments } = await load();
    expect(assignments.useAssignments.getState().items).toEqual({});
    expect(health.useStorageHealth.getState().reports[0]).toMatchObject({ store: 'assignments', kind: 'corrupt', detail: 'items["22|PCI|2016|entry_costs"].coOwners is not a list of texts' });
    expect(assignments.listBackups()).toHaveLength(1);
  });
});

describe('remembered column meanings (Import): the same never-discard layer', () => {
  const mapping = [
    { column: 0, header: 'Tỉnh, thành phố', role: 'province' as const },
    { column: 1, header: 'Gia nhập thị trường', role: 'component' as const, component: 'entry_costs' },
  ];

  it('remembers "Gia nhập thị trường" as entry costs across a reload', async () => {
    const first = await load();
    const mappings = await import('./importMappings');
    mappings.useImportMappings.getState().remember('PCI', mapping);
    expect(reports(first.health)).toEqual([]);
    await load();
    const again = await import('./importMappings');
    expect(again.useImportMappings.getState().remembered['PCI|gia nhap thi truong']).toEqual({ role: 'component', component: 'entry_costs' });
  });

  it('with storage full, remembering is reported and never throws: the import the user confirmed goes on', async () => {
    const { health } = await load();
    const mappings = await import('./importMappings');
    fillStorage();
    expect(() => mappings.useImportMappings.getState().remember('PCI', mapping)).not.toThrow();
    expect(reports(health)).toEqual(['import-mappings:storage-full']);
  });

  it('a corrupt saved copy (a role that is no role) is kept aside and reported, not dropped and overwritten', async () => {
    const bad = JSON.stringify({ state: { remembered: { 'PCI|x': { role: 'weight' } } }, version: 1 });
    localStorage.setItem('chiso-import-mappings', bad);
    const { health } = await load();
    const mappings = await import('./importMappings');
    expect(mappings.useImportMappings.getState().remembered).toEqual({});
    const [report] = health.useStorageHealth.getState().reports;
    expect(report).toMatchObject({ store: 'import-mappings', kind: 'corrupt', detail: 'remembered["PCI|x"].role is not a column role' });
    expect(localStorage.getItem(report.backupKey!)).toBe(bad);
    mappings.useImportMappings.getState().remember('PCI', mapping);
    expect(localStorage.getItem(report.backupKey!)).toBe(bad);
  });

  it('a copy saved by a newer version (2) is kept aside as v2, never read as version 1', async () => {
    const newer = JSON.stringify({ state: { remembered: {}, byProvince: {} }, version: 2 });
    localStorage.setItem('chiso-import-mappings', newer);
    const { health } = await load();
    await import('./importMappings');
    expect(reports(health)).toEqual(['import-mappings:newer-version']);
    expect(localStorage.getItem(health.backupKeys('chiso-import-mappings')[0])).toBe(newer);
  });
});
