import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { parseScoresCsv } from './parse';
import { readNumberCell } from '../catalogue/numbers';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/malformed/${name}`, import.meta.url)).toString('utf8');
const parse = (name: string) => parseScoresCsv(fixture(name), name, defaultCatalogue);
const located = (r: ReturnType<typeof parse>) => r.issues.map((p) => `${p.line}:${p.column}:${p.code}`);

describe('parseScoresCsv: what real spreadsheets produce', () => {
  it('a UTF-8 BOM is ignored: Quảng Ninh PCI 2021 composite 73.02, rank 1', () => {
    const r = parse('bom.csv');
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ index: 'PCI', year: 2021, unit: '22', component: 'total', value: 73.02, officialRank: 1 });
  });
  it('semicolon delimiter and decimal comma: "73,02" reads 73.02, TP.HCM resolves to Hồ Chí Minh (79)', () => {
    const r = parse('semicolon-decimal-comma.csv');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((s) => [s.unit, s.component, s.value])).toEqual([
      ['22', 'total', 73.02],
      ['79', 'entry_costs', 7.5],
    ]);
  });
});

describe('parseScoresCsv: every problem located by line and column, good rows still load', () => {
  it('unknown province: line 2, column 3 (province)', () => {
    const r = parse('unknown-province.csv');
    expect(located(r)).toEqual(['2:3:unknown-province']);
    expect(r.issues[0].message.vi).toContain('Atlantis');
    expect(r.issues[0].message.en).toContain('Atlantis');
  });
  it('scores outside the scale: PCI sub-index 12.5 > 10 and SIPAS 101 > 100 (column 5)', () => {
    expect(located(parse('wrong-scale.csv'))).toEqual(['2:5:out-of-scale', '3:5:out-of-scale']);
  });
  it('a duplicate key (same province spelled without diacritics) is reported at its line, naming the first', () => {
    const r = parse('duplicate.csv');
    expect(located(r)).toEqual(['3:1:duplicate-key']);
    expect(r.issues[0].message.en).toContain('line 2');
    expect(r.rows).toHaveLength(1);
  });
  it('a truncated line is reported; the good line before it loads', () => {
    const r = parse('truncated.csv');
    expect(located(r)).toEqual(['3:4:field-count']);
    expect(r.rows).toHaveLength(1);
  });
  it('an empty file is one located error, not a crash', () => {
    expect(located(parse('empty.csv'))).toEqual(['1:0:empty-file']);
  });
  it('a binary file is recognised as not CSV', () => {
    expect(located(parse('binary.csv'))).toEqual(['1:0:binary-file']);
  });
  it('#VALUE! is an error; N/A is kept as a missing value (null, never 0) with a warning', () => {
    const r = parse('not-a-number.csv');
    expect(located(r)).toEqual(['2:5:not-a-number', '3:5:missing-value']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].value).toBeNull();
  });
  it('a missing required column is named', () => {
    const r = parse('missing-column.csv');
    expect(r.issues.map((p) => p.message.en)).toEqual(['Missing required column "index"', 'Missing required column "component"']);
  });
  it('a quoted cell with a line break keeps later line numbers right', () => {
    const text = 'index,year,province,component,score,note\nPCI,2021,Quảng Ninh,total,73.02,"two\nlines"\nPCI,2021,Atlantis,total,60,\n';
    const r = parseScoresCsv(text, 'q.csv', defaultCatalogue);
    expect(r.issues.map((p) => `${p.line}:${p.column}`)).toEqual(['4:3']);
  });
  it('Vietnamese headers are accepted: Chỉ số, Năm, Tỉnh, Thành phần, Điểm, Thứ hạng', () => {
    const r = parseScoresCsv('Chỉ số;Năm;Tỉnh;Thành phần;Điểm;Thứ hạng\nPAPI;2023;TT-Huế;Tổng;46,04;1\n', 'vi.csv', defaultCatalogue);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ index: 'PAPI', unit: '46', component: 'total', value: 46.04, officialRank: 1 });
  });
});

describe('readNumberCell', () => {
  it.each([
    ['91,03', 91.03],
    ['91.03', 91.03],
    ['1.234,5', 1234.5],
    ['84,57%', 84.57],
    [' 7 ', 7],
  ])('%s reads %d', (text, value) => {
    expect(readNumberCell(text)).toEqual({ kind: 'number', value });
  });
  it.each(['', 'N/A', '..', '-', 'NA'])('"%s" is missing, never 0', (text) => {
    expect(readNumberCell(text)).toEqual({ kind: 'missing' });
  });
  it.each(['#VALUE!', 'abc', '7,5,3x'])('"%s" is invalid', (text) => {
    expect(readNumberCell(text).kind).toBe('invalid');
  });
});
