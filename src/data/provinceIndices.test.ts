/** The DDCI figures earlier versions kept in localStorage move into the import store without loss; what cannot be read is kept aside with its reason. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvinceTableCsv } from '@/domain/province/provinceIndex';
import { legacyRecords, provinceIndicesFrom } from './provinceIndices';
import { readRecord, toStored } from './importRecord';

const text = readFileSync(new URL('../../tests/fixtures/province/ddci-ha-tinh-2021-corrected.csv', import.meta.url), 'utf8');
const ddci = parseProvinceTableCsv(text, 'c.csv', { label: 'DDCI', province: '42', year: 2021 });
const legacy = (indices: unknown, version: unknown = 1) => JSON.stringify({ state: { indices }, version });
const stored = { 'DDCI@42': { definition: ddci.definition, addedUnits: ddci.addedUnits, scores: ddci.rows, editions: [{ year: 2021, file: 'c.csv', savedAt: '2026-01-01T00:00:00.000Z' }] } };

describe('moving the old localStorage state (version 1) into the import store', () => {
  it('Hà Tĩnh DDCI 2021: 170 figures, "-" still not applicable and responses kept, through the stored encoding; Sở Tư pháp 68.2', () => {
    const read = legacyRecords(legacy(stored));
    if (!('records' in read)) throw new Error(read.reason);
    expect(read.records).toHaveLength(1);
    const back = readRecord(toStored(read.records[0]));
    if (!('record' in back)) throw new Error(back.reason);
    const [index] = provinceIndicesFrom([back.record]);
    expect(index.definition.id).toBe('DDCI@42');
    expect(index.scores).toHaveLength(170);
    expect(index.scores.filter((s) => s.notApplicable)).toHaveLength(10);
    const total = index.scores.find((s) => s.unit === '42/so-tu-phap' && s.component === 'total');
    expect(total).toMatchObject({ value: 68.2, tier: 'Khá', responses: 68 });
    expect(index.editions.map((e) => [e.year, e.file])).toEqual([[2021, 'c.csv']]);
  });

  it('the same state gives the same record ids (moving again writes nothing twice)', () => {
    const a = legacyRecords(legacy(stored));
    const b = legacyRecords(legacy(stored));
    expect('records' in a && 'records' in b && a.records[0].id === b.records[0].id).toBe(true);
  });

  it('a version-0 state, a wrong-shaped one and a damaged definition are not loaded: each gives its reason', () => {
    expect(legacyRecords(legacy(stored, 0))).toEqual({ reason: 'store version 0 (this app reads version 1)' });
    expect(legacyRecords('{"state":{"indices":[1,2]},"version":1}')).toEqual({ reason: 'no indices' });
    expect(legacyRecords('not json')).toEqual({ reason: 'not JSON' });
    const broken = { 'DDCI@42': { ...stored['DDCI@42'], definition: { ...ddci.definition, components: null } } };
    expect(legacyRecords(legacy(broken))).toEqual({ reason: 'DDCI@42 2021: province index definition: components damaged' });
  });
});
