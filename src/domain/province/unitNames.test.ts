/**
 * Department and locality names as Hà Tĩnh's DDCI 2021 table prints them (tests/fixtures/province: the province's
 * published table, https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan), read by the provinces' rule and mechanics:
 * a spelling (any case, no diacritics, TX/TP. prefixes, the catalogue's aliases) is taken; a near miss is asked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEAVE_OUT } from '../import/unitNames';
import { parseProvinceTableCsv, withProvinceIndices } from './provinceIndex';
import { defaultCatalogue } from '../catalogue/catalogue';
import { parseScoresCsv } from '../import/parse';
import { provinceLocalUnits, resolveLocalUnit } from './provinceUnits';

const units = provinceLocalUnits('42');
const corrected = readFileSync(new URL('../../../tests/fixtures/province/ddci-ha-tinh-2021-corrected.csv', import.meta.url), 'utf8');
/** The corrected table with some names printed otherwise. */
const printed = (names: Record<string, string>) => corrected.replace(/^([^,\n]+|"[^"\n]+")(?=,)/gm, (cell) => {
  const name = cell.replace(/^"|"$/g, '');
  return names[name] ? `"${names[name]}"` : cell;
});
const lineOf = (text: string, name: string) => text.split('\n').findIndex((l) => l.includes(name)) + 1;
const options = { label: 'DDCI', province: '42', year: 2021 };
const composite = (rows: { unit: string; component: string; value: number | null }[], unit: string) => rows.find((s) => s.unit === unit && s.component === 'total')?.value;

describe('names of units inside a province: the provinces\' rule (unitSpelling.readWrittenName)', () => {
  it.each([
    ['Sở Tư pháp', 'so-tu-phap'], ['SỞ TƯ PHÁP', 'so-tu-phap'], ['So Tu phap', 'so-tu-phap'], ['STP', 'so-tu-phap'], ['Cục Thuế', 'cuc-thue'],
    ['TX Kỳ Anh', 'tx-ky-anh'], ['Thị xã Kỳ Anh', 'tx-ky-anh'], ['TP. Hà Tĩnh', 'tp-ha-tinh'], ['Sở Lao động, thương binh và xã hội', 'so-ldtbxh'],
  ])('"%s" in 2021 is %s, no question', (name, id) => {
    const res = resolveLocalUnit(units, '42', name, 2021);
    expect(res.kind).toBe('found');
    expect(res.kind === 'found' && res.unit.localId).toBe(id);
  });
  it.each([
    ['Sở Tư phap', 'so-tu-phap'], ['Sở Tài chinh', 'so-tai-chinh'], ['UBND huyện Cẩm Xuyên', 'huyen-cam-xuyen'], ['Sở Tư phá', 'so-tu-phap'],
  ])('"%s" in 2021 is a guess of %s (asked, never taken)', (name, id) => {
    const res = resolveLocalUnit(units, '42', name, 2021);
    expect(res.kind).toBe('guess');
    expect(res.kind === 'guess' && res.unit.localId).toBe(id);
  });
  it('"Sở Kế hoạch và Đầu tư" in 2025 ended (its successor named); "Phòng Xyz" is unknown; "Sở Du lịch" is a new department', () => {
    expect(resolveLocalUnit(units, '42', 'Sở Kế hoạch và Đầu tư', 2025).kind).toBe('former');
    expect(resolveLocalUnit(units, '42', 'Phòng Xyz', 2021).kind).toBe('unknown');
    expect(resolveLocalUnit(units, '42', 'Sở Du lịch', 2021).kind).toBe('new');
  });
});

describe("Hà Tĩnh's DDCI 2021 table with near-miss names (provinceIndex.readProvinceTable + import/unitNames.ts)", () => {
  const text = printed({ 'Sở Tư pháp': 'Sở Tư phap', 'Sở Tài chính': 'Sở Tài chinh', 'Huyện Cẩm Xuyên': 'UBND huyện Cẩm Xuyên' });

  it('each near miss is an error at its cell naming the guess; its row waits; the other 14 units are read', () => {
    const r = parseProvinceTableCsv(text, 'ddci.csv', options);
    const guesses = r.issues.filter((p) => p.code === 'local-unit-guess');
    expect(guesses.map((p) => `${p.line}:${p.column}`)).toEqual([`${lineOf(text, 'UBND huyện')}:1`, `${lineOf(text, 'Sở Tư phap')}:1`, `${lineOf(text, 'Sở Tài chinh')}:1`]);
    expect(guesses[1].message.vi).toBe('Có phải Sở Tư pháp? "Sở Tư phap" gần giống Sở Tư pháp nhưng không phải cách viết đã biết, nên dòng này chưa được nhập: xác nhận hoặc chọn đơn vị khác');
    expect(r.issues.filter((p) => p.severity === 'error')).toHaveLength(3);
    expect(composite(r.rows, '42/so-tu-phap')).toBeUndefined();
    expect(new Set(r.rows.map((s) => s.unit)).size).toBe(14);
    expect(r.unresolved.map((u) => [u.written, u.kind, u.unit, u.set])).toEqual([
      ['UBND huyện Cẩm Xuyên', 'guess', '42/huyen-cam-xuyen', 'local:42'],
      ['Sở Tư phap', 'guess', '42/so-tu-phap', 'local:42'],
      ['Sở Tài chinh', 'guess', '42/so-tai-chinh', 'local:42'],
    ]);
  });

  it("confirmed (picks), the rows import with the province's figures — Sở Tư pháp 68,2, Sở Tài chính 68,85, Huyện Cẩm Xuyên 13,77 — each with a warning saying it was chosen; one left out is listed", () => {
    const picks = { 'local:42|Sở Tư phap': '42/so-tu-phap', 'local:42|Sở Tài chinh': '42/so-tai-chinh', 'local:42|UBND huyện Cẩm Xuyên': LEAVE_OUT };
    const r = parseProvinceTableCsv(text, 'ddci.csv', { ...options, unitNames: { picks } });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(composite(r.rows, '42/so-tu-phap')).toBe(68.2);
    expect(composite(r.rows, '42/so-tai-chinh')).toBe(68.85);
    expect(composite(r.rows, '42/huyen-cam-xuyen')).toBeUndefined();
    expect(r.issues.filter((p) => p.code === 'unit-picked').map((p) => p.message.vi)).toEqual(['"Sở Tư phap" được nhập là Sở Tư pháp theo lựa chọn của người dùng', '"Sở Tài chinh" được nhập là Sở Tài chính theo lựa chọn của người dùng']);
    expect(r.issues.find((p) => p.code === 'unit-left-out')).toMatchObject({ line: lineOf(text, 'UBND huyện'), column: 1, severity: 'warning' });
    expect(r.unresolved).toMatchObject([{ written: 'UBND huyện Cẩm Xuyên', leftOut: true }]);
  });

  it("a pick made for Hà Tĩnh's units is not another province's; a pick of a unit not formed yet (Sở Nông nghiệp và Môi trường, 2025) is not applied to 2021", () => {
    const r = parseProvinceTableCsv(text, 'ddci.csv', { ...options, unitNames: { picks: { 'local:22|Sở Tư phap': '42/so-tu-phap', 'local:42|Sở Tài chinh': '42/so-nn-mt' } } });
    expect(r.issues.filter((p) => p.code === 'local-unit-guess')).toHaveLength(3);
  });

  it('CLI --accept-guesses: the guesses are taken, each a warning at its line', () => {
    const r = parseProvinceTableCsv(text, 'ddci.csv', { ...options, unitNames: { acceptGuesses: true } });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(composite(r.rows, '42/huyen-cam-xuyen')).toBe(13.77);
    expect(r.issues.filter((p) => p.code === 'unit-guess-accepted')).toHaveLength(3);
  });
});

describe("a long score file with a unit column (DDCI rows): the same rule and mechanics (parse.ts → provinceUnits.readLocalUnitCell)", () => {
  const table = parseProvinceTableCsv(corrected, 'ddci.csv', options);
  const catalogue = withProvinceIndices(defaultCatalogue, [table.definition], table.addedUnits);
  const text = 'index,year,province,unit,component,score\nDDCI,2021,Hà Tĩnh,Sở Tư phap,total,68.2\nDDCI,2021,Hà Tĩnh,Sở Tài chính,total,68.85\n';
  it('"Sở Tư phap" waits naming Sở Tư pháp (listed once to resolve, under local:42); Sở Tài chính is read', () => {
    const r = parseScoresCsv(text, 'ddci-long.csv', catalogue);
    expect(r.issues.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.column}:${p.code}`)).toEqual(['2:4:local-unit-guess']);
    expect(r.rows.map((s) => [s.unit, s.value])).toEqual([['42/so-tai-chinh', 68.85]]);
    expect(r.unresolved).toMatchObject([{ written: 'Sở Tư phap', kind: 'guess', unit: '42/so-tu-phap', set: 'local:42', rows: 1 }]);
  });
  it('picked, the row is read (68,2) with a warning saying so', () => {
    const r = parseScoresCsv(text, 'ddci-long.csv', catalogue, { unitNames: { picks: { 'local:42|Sở Tư phap': '42/so-tu-phap' } } });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.rows.find((s) => s.unit === '42/so-tu-phap')?.value).toBe(68.2);
    expect(r.issues.map((p) => p.code)).toContain('unit-picked');
  });
});
