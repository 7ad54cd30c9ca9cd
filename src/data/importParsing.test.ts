import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { parseScoresCsv } from '@/domain/import/parse';
import type { Score } from '@/domain/catalogue/types';
import { analyseText, buildRecord, inspectText, decodeScores, encodeScores, readRecord, readRecordInSlices, recordOverlay, recordToCsv, toStored } from './importParsing';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const shipped = parseScoresCsv(read('data/scores/pci-2017-2024-official-pages.csv'), 'pci.csv', defaultCatalogue).rows;
const wide = read('tests/fixtures/import/pci-2021-wide-vi.csv');

describe('the import pipeline the worker runs', () => {
  it('PCI 2021 wide table against the shipped PCI 2017–2024: 88 added, 44 unchanged, no conflict', () => {
    const r = analyseText(wide, 'pci-2021-wide-vi.csv', defaultCatalogue, { index: 'PCI', year: 2021 }, shipped);
    expect(r.inspection).toMatchObject({ shape: 'wide', dataRows: 12, guess: { index: 'PCI', year: 2021 } });
    expect(r.analysis).toMatchObject({ added: 88, unchanged: 44, replacedCount: 0, errorCount: 0, rows: 132, editions: [{ index: 'PCI', year: 2021 }] });
  });
  it('a wide table without index or year is an error, not a guess', () => {
    const r = analyseText(wide, 'bang.csv', defaultCatalogue, {}, shipped);
    expect(r.analysis.issues.map((p) => p.code)).toEqual(['unknown-index']);
  });
  it('a long file is checked from its text: TT-Huế 2021 total 69.42 conflicts with the loaded 69.24', () => {
    const text = 'index,year,province,component,score,rank\nPCI,2021,TT-Huế,total,69.42,8\nPCI,2021,Bắc Giang,total,64.74,31\n';
    const r = analyseText(text, 'long.csv', defaultCatalogue, {}, shipped);
    expect(r.analysis).toMatchObject({ shape: 'long', added: 1, replacedCount: 1 });
    expect(r.analysis.replaced.map((x) => [x.old.value, x.new.value])).toEqual([[69.24, 69.42]]);
    const kept = buildRecord(r, { all: 'keep', byKey: {} }, { id: 'a', date: '2026-11-23T00:00:00Z', fileName: 'long.csv' });
    expect(recordOverlay(kept).map((s) => s.unit)).toEqual(['24']);
    const taken = buildRecord(r, { all: 'keep', byKey: { 'PCI|2021|46|total': 'take' } }, { id: 'b', date: '2026-11-23T00:00:00Z', fileName: 'long.csv' });
    expect(recordOverlay(taken).map((s) => [s.unit, s.value])).toEqual([['46', 69.42], ['24', 64.74]]);
    expect(taken).toMatchObject({ index: 'PCI', year: 2021, rowCount: 2 });
  });
  it('the rows left out for their errors are kept with the saved import, with their place and message, and read back (issue 17.3)', () => {
    const errors = read('tests/fixtures/import/pci-2021-wide-errors.csv');
    const r = analyseText(errors, 'pci-2021-wide-errors.csv', defaultCatalogue, { index: 'PCI', year: 2021 }, shipped);
    const record = buildRecord(r, { all: 'keep', byKey: {} }, { id: 'e', date: '2026-12-03T00:00:00Z', fileName: 'pci-2021-wide-errors.csv', index: 'PCI', year: 2021 });
    expect(record.leftOut!.map((x) => x.where.vi)).toEqual(['3, cột 4', '4, cột 2', '5, cột 1', '6, cột 13', '7, cột 7'].map((at) => `pci-2021-wide-errors.csv: dòng ${at}`));
    expect(record.leftOut![0].message.vi).toBe('Điểm "#VALUE!" không phải là số');
    const back = readRecord(toStored(record));
    expect('record' in back && back.record.leftOut).toEqual(record.leftOut);
    expect(readRecord({ ...toStored(record), leftOut: [{ where: 'x' }] })).toEqual({ reason: 'rows left out damaged' });
    // A clean table keeps no such list.
    const clean = analyseText(wide, 'pci-2021-wide-vi.csv', defaultCatalogue, { index: 'PCI', year: 2021 }, shipped);
    expect(buildRecord(clean, { all: 'keep', byKey: {} }, { id: 'f', date: '2026-12-03T00:00:00Z', fileName: 'pci-2021-wide-vi.csv' }).leftOut).toBeUndefined();
  });

  it('a saved import exports as long CSV that reads back to the same figures', () => {
    const r = analyseText(wide, 'pci-2021-wide-vi.csv', defaultCatalogue, { index: 'PCI', year: 2021 }, shipped);
    const record = buildRecord(r, { all: 'keep', byKey: {} }, { id: 'c', date: '2026-11-23T00:00:00Z', fileName: 'pci-2021-wide-vi.csv', index: 'PCI', year: 2021 });
    const back = parseScoresCsv(recordToCsv(record, defaultCatalogue), 'export.csv', defaultCatalogue);
    expect(back.issues).toEqual([]);
    const strip = (s: Score) => [s.unit, s.component, s.value, s.officialRank];
    expect(back.rows.map(strip)).toEqual(record.scores.map(strip));
  });
  it('damaged storage is reported with a reason, never taken as empty', () => {
    expect(readRecord(null)).toEqual({ reason: 'not an object' });
    expect(readRecord({ version: 9, id: 'x' })).toEqual({ reason: 'unknown version 9' });
    expect(readRecord({ version: 1, id: 'x', fileName: 'f', date: 'd', scores: [{ index: 'PCI' }], skipped: [] })).toEqual({ reason: 'figure 1: unit is damaged' });
  });
});

describe('stored records (version 2: figures as columns)', () => {
  const r = analyseText(wide, 'pci-2021-wide-vi.csv', defaultCatalogue, { index: 'PCI', year: 2021 }, shipped);
  const record = buildRecord(r, { all: 'keep', byKey: {} }, { id: 'c', date: '2026-11-23T00:00:00Z', fileName: 'pci-2021-wide-vi.csv', index: 'PCI', year: 2021 });
  it('a record stored as columns reads back equal: 132 figures of PCI 2021, Quảng Ninh 73.02 rank 1', () => {
    const stored = toStored(record);
    expect(stored.columns.count).toBe(132);
    const back = readRecord(stored);
    expect('record' in back && back.record).toEqual(record);
    const qn = 'record' in back ? back.record.scores.find((s) => s.unit === '22' && s.component === 'total') : undefined;
    expect(qn).toMatchObject({ value: 73.02, officialRank: 1 });
  });
  it('reading in slices gives the same record as reading at once', async () => {
    const slices: number[] = [];
    const back = await readRecordInSlices(toStored(record), async () => void slices.push(1), 50);
    expect('record' in back && back.record).toEqual(record);
    expect(slices.length).toBe(3);
  });
  it('a missing value stays missing (null, never 0) through storage', () => {
    const scores: Score[] = [{ index: 'PAPI', year: 2023, unit: '22', component: 'total', value: null, officialRank: null, tier: null, source: 's' }];
    const col = encodeScores(scores);
    const out: Score[] = [];
    decodeScores(col, 0, 1, out);
    expect(out).toEqual(scores);
  });
  it('a figure of any year the import accepts reads back (a million-row file runs to PCI 2201: it was saved, then refused on reading)', () => {
    const text = 'index,year,province,component,score\nPCI,2201,Hà Nội,total,60.5\nPCI,2025,Hà Nội,total,61.25\n';
    const read = analyseText(text, 'far.csv', defaultCatalogue, { index: 'PCI', year: 2025 }, shipped);
    expect(read.analysis.errorCount).toBe(0);
    const far = buildRecord(read, { all: 'take', byKey: {} }, { id: 'far', date: '2026-12-03T00:00:00Z', fileName: 'far.csv' });
    const back = readRecord(toStored(far));
    expect('record' in back && back.record.scores.map((x) => [x.year, x.value])).toEqual([[2201, 60.5], [2025, 61.25]]);
  });
  it('a version-1 record (score objects) is still read', () => {
    const v1 = { ...record, version: 1 };
    const back = readRecord(v1);
    expect('record' in back && back.record.scores).toEqual(record.scores);
  });
  it('damaged columns are reported, never taken as empty', () => {
    const stored = toStored(record);
    expect(readRecord({ ...stored, columns: { ...stored.columns, year: new Uint16Array(3) } })).toEqual({ reason: 'columns of unequal length' });
    const unit = stored.columns.unit.slice();
    unit[4] = 0;
    expect(readRecord({ ...stored, columns: { ...stored.columns, unit } })).toEqual({ reason: 'figure 5: unit code 0 is damaged' });
  });
});

describe('a paste with no table', () => {
  it('a pasted letter ("Kính gửi các đồng chí…") is no table: said so, no form to fill', () => {
    const letter = 'Kính gửi các đồng chí,\nSở Kế hoạch và Đầu tư trân trọng gửi kết quả PCI năm 2023 để các đơn vị nghiên cứu.\nTrân trọng.\n';
    const { inspection } = inspectText(letter, 'bảng dán.csv', defaultCatalogue);
    expect(inspection.shape).toBeNull();
    expect(inspection.issues.map((p) => p.code)).toEqual(['no-table']);
    expect(inspection.issues[0].message.vi).toMatch(/^Không tìm thấy bảng theo tỉnh\/thành nào/);
  });
});
