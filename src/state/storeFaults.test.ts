// @vitest-environment happy-dom
/**
 * The plan and targets stores under faults (issue 22, point 6): storage full on write, corrupt state, a newer
 * version, a wrong shape. A failed write is tried once per change and reported once, never retried in a loop;
 * a corrupt, newer or wrong-shaped state is kept aside (backup) and reported, never loaded as is; over 2,000
 * generated damaged states the storage layer never throws, never loads a state that fails its shape check,
 * and never loses the original text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FillableStorage, loadStores as load, storageReports } from '../../tests/fixtures/fillableStorage';
import { blankItem, blankTask } from '@/domain/plan/followup';
import { storedPlanProblem } from '@/domain/plan/planShape';
import { chance, pick, randomPlan, seededRandom, type Random } from '@/domain/plan/planSynth';


let storage: FillableStorage;
beforeEach(() => {
  storage = new FillableStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const kinds = storageReports;

describe('storage full on write: tried once per change, reported once, never in a loop', () => {
  it('five target changes with storage full: five writes tried (one each), one report; room again: saved; full again: one more report', async () => {
    const { health, targets } = await load();
    storage.full = true;
    const before = storage.writes;
    for (const n of [3, 5, 10, 20, 30]) targets.useTargets.getState().setTarget('22', 'PCI', { kind: 'top', n });
    expect(storage.writes - before).toBe(5);
    expect(kinds(health)).toEqual(['targets:storage-full']);
    expect(targets.useTargets.getState().targets['22|PCI']).toEqual({ kind: 'top', n: 30 }); // kept on the page
    storage.full = false;
    targets.useTargets.getState().setTarget('22', 'PAPI', { kind: 'top', n: 10 });
    expect(JSON.parse(storage.getItem('chiso-targets')!).state.targets).toEqual({ '22|PCI': { kind: 'top', n: 30 }, '22|PAPI': { kind: 'top', n: 10 } });
    storage.full = true;
    targets.useTargets.getState().setTarget('22', 'PAR', { kind: 'top', n: 3 });
    expect(kinds(health)).toEqual(['targets:storage-full', 'targets:storage-full']);
  });

  it('the plan: three saves with storage full are three writes and one report; nothing thrown at the view', async () => {
    const { health, assignments } = await load();
    storage.full = true;
    const before = storage.writes;
    const item = { ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt', tasks: [{ ...blankTask('t1'), title: 'Việc', progress: [{ date: '2016-05-01', text: 'Đã họp' }] }] };
    for (const status of ['in_progress', 'done', 'at_risk'] as const) expect(() => assignments.useAssignments.getState().saveItem({ ...item, status })).not.toThrow();
    expect(storage.writes - before).toBe(3);
    expect(kinds(health)).toEqual(['assignments:storage-full']);
    expect(assignments.useAssignments.getState().items[item.id].status).toBe('at_risk');
  });
});

describe('a stored plan that is newer or wrong-shaped is kept aside, never loaded as is', () => {
  it('a plan saved by a newer version (5) is backed up as v5 and the store starts empty; the original is left in place', async () => {
    const newer = JSON.stringify({ state: { items: { x: { id: 'x', future: true } }, departments: {} }, version: 5 });
    storage.setItem('chiso-assignments', newer);
    const { health, assignments } = await load();
    expect(kinds(health)).toEqual(['assignments:newer-version']);
    expect(assignments.useAssignments.getState().items).toEqual({});
    expect(storage.getItem(assignments.listBackups()[0])).toBe(newer);
  });

  it('a task whose progress is not a list (a wrong shape deep inside) is caught with its path, backed up, not loaded', async () => {
    const item = { ...blankItem('22', 'PCI', 2016, 'entry_costs'), tasks: [{ ...blankTask('t1'), progress: 'Đã họp' }] };
    storage.setItem('chiso-assignments', JSON.stringify({ state: { items: { [item.id]: item }, departments: {} }, version: 3 }));
    const { health, assignments } = await load();
    expect(assignments.useAssignments.getState().items).toEqual({});
    expect(health.useStorageHealth.getState().reports[0]).toMatchObject({ kind: 'corrupt', detail: 'items["22|PCI|2016|entry_costs"].tasks[0].progress is not a list' });
    expect(assignments.listBackups()).toHaveLength(1);
  });
});

// ---- 2,000 generated damaged states ---------------------------------------------------------------------

const WRONG = [null, 42, 'x', [], {}, true, [1, [2]], { __proto__: null, polluted: 1 }, 'đ'.repeat(100_000)];

/** Replace one value somewhere inside with a value of another kind. */
function spoilValue(random: Random, value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 6 || chance(random, 0.25)) return pick(random, WRONG);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return pick(random, WRONG);
  const [key, inner] = pick(random, entries);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = spoilValue(random, inner, depth + 1);
  return copy;
}

function damagedText(random: Random, state: unknown, current: number): string {
  const version = chance(random, 0.3) ? pick(random, [-1, 0, 1, 2, 3, 4, 99, '3', null, 1.5]) : current;
  const body = chance(random, 0.6) ? spoilValue(random, state) : state;
  let text = JSON.stringify({ state: body, version });
  if (chance(random, 0.15)) text = text.slice(0, Math.floor(random() * text.length));
  if (chance(random, 0.1)) text = text.replace('{', '{"__proto__":{"polluted":true},');
  if (chance(random, 0.05)) text = pick(random, ['', 'null', '[]', '"x"', '{"state":null,"version":3}', '\u0000\u0000']);
  return text;
}

describe('generated damaged stored states (seed 4004): never thrown, never loaded as is, never lost', () => {
  it('2,000 plan and targets states through the never-discard layer', async () => {
    const { health, targets } = await load();
    const { neverDiscardStorage, backupKeys, useStorageHealth } = health;
    const random = seededRandom(4004);
    let loaded = 0;
    let keptAside = 0;
    for (let n = 0; n < 2_000; n++) {
      const plan = n % 2 === 0;
      const key = plan ? 'chiso-assignments' : 'chiso-targets';
      const version = plan ? 3 : 1;
      const shapeProblem = plan ? storedPlanProblem : targets.storedTargetsProblem;
      const good = plan ? (() => {
        const p = randomPlan(random, 2);
        return { items: Object.fromEntries(p.items.map((i) => [i.id, i])), departments: {} };
      })() : { targets: { '22|PCI': { kind: 'top', n: 10 }, '01|PAPI': { kind: 'tier', tier: 'Cao nhất' } } };
      storage = new FillableStorage();
      vi.stubGlobal('localStorage', storage);
      useStorageHealth.setState({ reports: [] });
      const raw = damagedText(random, good, version);
      storage.items.set(key, raw);
      storage.full = chance(random, 0.2);
      const layer = neverDiscardStorage<unknown>({ store: plan ? 'assignments' : 'targets', key, version, shapeProblem });
      let value: unknown;
      try {
        value = layer.getItem(key);
      } catch (e) {
        expect({ case: n, thrown: String(e) }).toEqual({ case: n });
      }
      const problems: string[] = [];
      if (storage.getItem(key) !== raw) problems.push('the original was changed');
      const backups = backupKeys(key).map((k) => storage.getItem(k));
      const reports = useStorageHealth.getState().reports;
      if (value) {
        loaded++;
        const v = value as { state: unknown; version: number };
        if (!(Number.isInteger(v.version) && v.version >= 0 && v.version <= version)) problems.push(`loaded version ${v.version}`);
        else if (shapeProblem(v.state, v.version) !== null) problems.push(`loaded a wrong shape: ${shapeProblem(v.state, v.version)}`);
        if (v.version < version && !backups.includes(raw) && layer.writable()) problems.push('migrated without a backup');
      } else {
        keptAside++;
        if (!backups.includes(raw) && layer.writable()) problems.push('not loaded, yet neither backed up nor locked');
        if (reports.length === 0) problems.push('not loaded and not reported');
      }
      if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) problems.push('prototype polluted');
      if (problems.length) expect({ case: n, raw: raw.slice(0, 300), problems }).toEqual({ case: n, problems: [] });
    }
    expect(loaded).toBeGreaterThan(200);
    expect(keptAside).toBeGreaterThan(500);
  }, 120_000);
});
