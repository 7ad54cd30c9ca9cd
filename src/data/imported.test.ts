import 'fake-indexeddb/auto';
import { clear, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Score } from '@/domain/catalogue/types';
import { useImports } from './imported';
import { IMPORT_KEY_PREFIX, IMPORT_RECORD_VERSION, toStored, type ImportRecord } from './importParsing';

const score = (unit: string, value: number | null): Score => ({ index: 'PCI', year: 2021, unit, component: 'total', value, officialRank: null, source: 'import: t.csv' });
const record = (id: string, date: string, scores: Score[], skipped: string[] = []): ImportRecord => ({
  version: IMPORT_RECORD_VERSION, id, fileName: `${id}.csv`, date, index: 'PCI', year: 2021, editions: [{ index: 'PCI', year: 2021 }], rowCount: scores.length, scores, skipped,
});

/** The figures laid over PCI's shipped data. */
const pci = (state: { overlayByIndex: ReadonlyMap<string, Score[]> }) => state.overlayByIndex.get('PCI') ?? [];

describe('saved imports: IndexedDB mirrored in the store every view reads (stored as the worker writes them)', () => {
  // Each test starts from an empty database and an empty store: none depends on what another left behind.
  beforeEach(async () => {
    await clear();
    useImports.setState({ records: [], unreadable: [], storageError: null, overlayByIndex: new Map(), versionByIndex: new Map(), addedByIndex: new Map(), ready: false });
  });

  it('loads every record, later imports over earlier ones, skipped keys left out; damaged records reported and kept', async () => {
    await set(`${IMPORT_KEY_PREFIX}a`, toStored(record('a', '2026-11-01T00:00:00Z', [score('24', 64.74), score('46', 69.0)], ['PCI|2021|46|total'])));
    await set(`${IMPORT_KEY_PREFIX}b`, toStored(record('b', '2026-11-02T00:00:00Z', [score('24', 64.75)])));
    await set(`${IMPORT_KEY_PREFIX}broken`, { version: 1, id: 'broken' });
    await set(`${IMPORT_KEY_PREFIX}named`, { version: 1, id: 'named', fileName: 'PCI-2021.xlsx', date: '2026-11-03T00:00:00Z', skipped: [], scores: [{ index: 'PCI' }] });
    await set('someone-else', 42);
    await useImports.getState().load();
    const state = useImports.getState();
    expect(state.ready).toBe(true);
    expect(state.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(pci(state).map((s) => [s.unit, s.value])).toEqual([['24', 64.75]]);
    expect(state.unreadable).toEqual([
      { key: `${IMPORT_KEY_PREFIX}broken`, reason: 'missing id, file name or date', fileName: null, date: null },
      { key: `${IMPORT_KEY_PREFIX}named`, reason: 'figure 1: unit is damaged', fileName: 'PCI-2021.xlsx', date: '2026-11-03T00:00:00Z' },
    ]);
    expect(await get(`${IMPORT_KEY_PREFIX}broken`)).toEqual({ version: 1, id: 'broken' });
  });
  it('removing an import deletes only that record and recomputes the overlay', async () => {
    await set(`${IMPORT_KEY_PREFIX}a`, toStored(record('a', '2026-11-01T00:00:00Z', [score('24', 64.74)])));
    await set(`${IMPORT_KEY_PREFIX}b`, toStored(record('b', '2026-11-02T00:00:00Z', [score('24', 64.75)])));
    await useImports.getState().load();
    expect(pci(useImports.getState()).map((s) => [s.unit, s.value])).toEqual([['24', 64.75]]);
    await useImports.getState().remove('b');
    expect(pci(useImports.getState()).map((s) => [s.unit, s.value])).toEqual([['24', 64.74]]);
    expect(await get(`${IMPORT_KEY_PREFIX}b`)).toBeUndefined();
    expect(await get(`${IMPORT_KEY_PREFIX}a`)).toBeDefined();
  });

  it('records damaged field by field (source and tier codes, Infinity, year 0) are reported with the figure and field, kept in storage, and the others still load', async () => {
    const good = toStored(record('good', '2026-11-01T00:00:00Z', [score('24', 64.74)]));
    const damaged = (id: string, patch: (c: ReturnType<typeof toStored>['columns']) => void) => {
      const stored = toStored(record(id, '2026-11-02T00:00:00Z', [score('24', 64.75), score('46', 69.0)]));
      const columns = { ...stored.columns, source: stored.columns.source.slice(), tier: stored.columns.tier.slice(), value: stored.columns.value.slice(), year: stored.columns.year.slice() };
      patch(columns);
      return { ...stored, id, columns };
    };
    await set(`${IMPORT_KEY_PREFIX}good`, good);
    await set(`${IMPORT_KEY_PREFIX}source`, damaged('source', (c) => (c.source[1] = 999)));
    await set(`${IMPORT_KEY_PREFIX}tier`, damaged('tier', (c) => (c.tier[0] = 999)));
    await set(`${IMPORT_KEY_PREFIX}infinity`, damaged('infinity', (c) => (c.value[1] = Infinity)));
    await set(`${IMPORT_KEY_PREFIX}year0`, damaged('year0', (c) => (c.year[0] = 0)));
    await set(`${IMPORT_KEY_PREFIX}v1`, { ...record('v1', '2026-11-03T00:00:00Z', [{ ...score('24', 1), source: 7 as unknown as string }]), version: 1 });
    await useImports.getState().load();
    const state = useImports.getState();
    expect(state.records.map((r) => r.id)).toEqual(['good']);
    expect(pci(state).map((s) => [s.unit, s.value])).toEqual([['24', 64.74]]);
    expect(Object.fromEntries(state.unreadable.map((u) => [u.key.slice(IMPORT_KEY_PREFIX.length), u.reason]))).toEqual({
      source: 'figure 2: source code 999 is damaged',
      tier: 'figure 1: tier code 999 is damaged',
      infinity: 'figure 2: value Infinity is damaged',
      year0: 'figure 1: year 0 is damaged',
      v1: 'figure 1: source is damaged',
    });
    expect((await get(`${IMPORT_KEY_PREFIX}year0`)).columns.year[0]).toBe(0);
  });
});

describe('one version per index: importing one index leaves the other tables alone', () => {
  beforeEach(async () => {
    await clear();
    useImports.setState({ records: [], unreadable: [], storageError: null, overlayByIndex: new Map(), versionByIndex: new Map(), addedByIndex: new Map(), ready: false });
  });

  it('a PAPI 2022 import after a PCI 2021 import moves PAPI’s version only; removing it moves PAPI’s again', async () => {
    await set(`${IMPORT_KEY_PREFIX}a`, toStored(record('a', '2026-11-01T00:00:00Z', [score('24', 64.74)])));
    await useImports.getState().load();
    const pci = useImports.getState().versionByIndex.get('PCI');
    expect(pci).toBe(1);
    const papi: Score = { index: 'PAPI', year: 2022, unit: '40', component: 'total', value: 44.38, officialRank: null, source: 'import: p.csv' };
    await set(`${IMPORT_KEY_PREFIX}p`, toStored({ ...record('p', '2026-11-02T00:00:00Z', [papi]), index: 'PAPI', year: 2022, editions: [{ index: 'PAPI', year: 2022 }] }));
    await useImports.getState().load();
    expect(useImports.getState().versionByIndex.get('PCI')).toBe(pci);
    expect(useImports.getState().versionByIndex.get('PAPI')).toBe(1);
    await useImports.getState().remove('p');
    expect(useImports.getState().versionByIndex.get('PCI')).toBe(pci);
    expect(useImports.getState().versionByIndex.get('PAPI')).toBe(2);
    expect(useImports.getState().overlayByIndex.get('PAPI')).toBeUndefined();
  });

  it('a new import of one index overlays that index only: the other keeps its figures as the same array (a million saved figures are not overlaid again)', async () => {
    await set(`${IMPORT_KEY_PREFIX}a`, toStored(record('a', '2026-11-01T00:00:00Z', [score('24', 64.74), score('46', 69.0)])));
    await useImports.getState().load();
    const pciBefore = useImports.getState().overlayByIndex.get('PCI');
    const papi: Score = { index: 'PAPI', year: 2022, unit: '40', component: 'total', value: 44.38, officialRank: null, source: 'import: p.csv' };
    await set(`${IMPORT_KEY_PREFIX}p`, toStored({ ...record('p', '2026-11-02T00:00:00Z', [papi]), index: 'PAPI', year: 2022, editions: [{ index: 'PAPI', year: 2022 }] }));
    await useImports.getState().load();
    expect(useImports.getState().overlayByIndex.get('PCI')).toBe(pciBefore);
    expect(useImports.getState().overlayByIndex.get('PAPI')?.map((s) => s.value)).toEqual([44.38]);
    await set(`${IMPORT_KEY_PREFIX}q`, toStored(record('q', '2026-11-03T00:00:00Z', [score('46', 70.5)])));
    await useImports.getState().load();
    expect(pci(useImports.getState()).map((s) => [s.unit, s.value])).toEqual([['24', 64.74], ['46', 70.5]]);
  });

  it('a newer import on top is announced as added to the version below it (its table is the one below with it laid over); a removal or an older date is not', async () => {
    await set(`${IMPORT_KEY_PREFIX}a`, toStored(record('a', '2026-11-01T00:00:00Z', [score('24', 64.74), score('46', 69.0)])));
    await useImports.getState().load();
    expect(useImports.getState().addedByIndex.get('PCI')).toMatchObject({ from: 0, top: [score('24', 64.74), score('46', 69.0)] });
    await set(`${IMPORT_KEY_PREFIX}b`, toStored(record('b', '2026-11-02T00:00:00Z', [score('46', 70.5)])));
    await useImports.getState().load();
    expect(useImports.getState().versionByIndex.get('PCI')).toBe(2);
    expect(useImports.getState().addedByIndex.get('PCI')).toMatchObject({ from: 1, top: [score('46', 70.5)] });
    expect(pci(useImports.getState()).map((s) => [s.unit, s.value])).toEqual([['24', 64.74], ['46', 70.5]]);
    // Saved with an earlier date than one already there: it goes under it, so the table is built again.
    await set(`${IMPORT_KEY_PREFIX}c`, toStored(record('c', '2026-10-01T00:00:00Z', [score('24', 1)])));
    await useImports.getState().load();
    expect(useImports.getState().addedByIndex.get('PCI')).toBeUndefined();
    expect(pci(useImports.getState()).map((s) => [s.unit, s.value])).toEqual([['24', 64.74], ['46', 70.5]]);
    await useImports.getState().remove('b');
    expect(useImports.getState().addedByIndex.get('PCI')).toBeUndefined();
    expect(pci(useImports.getState()).map((s) => [s.unit, s.value])).toEqual([['24', 64.74], ['46', 69.0]]);
  });

  it('a record already read is not read again when another import is saved (records are written once)', async () => {
    await set(`${IMPORT_KEY_PREFIX}a`, toStored(record('a', '2026-11-01T00:00:00Z', [score('24', 64.74)])));
    await useImports.getState().load();
    const first = useImports.getState().records[0];
    await set(`${IMPORT_KEY_PREFIX}b`, toStored(record('b', '2026-11-02T00:00:00Z', [score('46', 69.0)])));
    await useImports.getState().load();
    expect(useImports.getState().records[0]).toBe(first);
    expect(useImports.getState().records.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
