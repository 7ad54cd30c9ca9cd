import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../tests/fixtures/province/generate';
import { TOTAL } from '../catalogue/catalogue';
import { bundleFromJson, parseProvinceTableCsv, printedScale, toBundle, toIndexDef } from './provinceIndex';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/province/${name}`, import.meta.url), 'utf8');
const FILE = 'ddci-ha-tinh-2021-as-printed.csv';
const read = (name: string, year = 2021) => parseProvinceTableCsv(fixture(name), name, { label: 'DDCI', province: '42', year });

describe('province-run index fixtures are generated, never hand-edited', () => {
  it.each(Object.keys(FIXTURES))('%s equals the generator output', (name) => {
    expect(fixture(name)).toBe(FIXTURES[name]());
  });
});

describe('Hà Tĩnh DDCI 2021 as printed (ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan)', () => {
  const result = read(FILE);

  it('the printed scales are read from the header: components "(Thang điểm 10)" from the merged group cell, composite "(Thang điểm 100)"', () => {
    expect(printedScale('Điểm chỉ số thành phần DDCI năm 2021 (Thang điểm 10)')).toBe(10);
    expect(result.definition.components).toHaveLength(9);
    expect(result.definition.components.every((c) => c.min === 0 && c.max === 10)).toBe(true);
    expect(result.definition.composite).toMatchObject({ min: 0, max: 100, header: 'DDCI năm 2021 (Thang điểm 100)' });
    expect(result.definition.components.map((c) => c.id)).toEqual([
      'transparency', 'time_costs', 'leadership', 'informal_charges', 'business_support', 'legal_institutions', 'equal_competition', 'land_access', 'dynamism',
    ]);
    expect(result.definition).toMatchObject({ id: 'DDCI@42', gradeColumn: 'Xếp loại', responsesColumn: 'Số phiếu trả lời', higherIsBetter: true });
    expect(result.definition.unitKinds.sort()).toEqual(['department', 'locality']);
  });

  it('the "50" on the 10-point "Tính năng động và hiệu lực" of Sở Tài chính is an error at line 16, column 11, and its row is left out', () => {
    const errors = result.issues.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, line: 16, column: 11, code: 'out-of-scale' });
    expect(errors[0].message.en).toBe('Score 50 is outside the 0–10 scale of Dynamism and effectiveness');
    expect(result.rows.some((s) => s.unit === '42/so-tai-chinh')).toBe(false);
  });

  it('corrected (50 → 5.0): every printed figure loads — 17 units × (9 components + composite) = 170 figures, no error, no missing-value warning', () => {
    const ok = read('ddci-ha-tinh-2021-corrected.csv');
    expect(ok.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ok.issues.filter((p) => p.code === 'missing-value')).toEqual([]);
    expect(ok.rows).toHaveLength(170);
    const get = (unit: string, component: string) => ok.rows.find((s) => s.unit === `42/${unit}` && s.component === component);
    expect(get('so-tu-phap', TOTAL)).toMatchObject({ value: 68.2, tier: 'Khá', responses: 68 });
    expect(get('huyen-cam-xuyen', TOTAL)).toMatchObject({ value: 13.77, tier: 'Rất thấp', responses: 88 });
    expect(get('tx-hong-linh', 'land_access')?.value).toBe(8.36);
    expect(get('so-khdt', 'transparency')?.value).toBe(6.48);
    expect(get('so-ldtbxh', 'informal_charges')?.value).toBe(9);
    expect(get('so-tai-chinh', 'dynamism')?.value).toBe(5);
  });

  it('"-" for a department\'s land access is not applicable: value null, flagged, never 0 and never a missing-value warning', () => {
    const ok = read('ddci-ha-tinh-2021-corrected.csv');
    const land = ok.rows.filter((s) => s.component === 'land_access');
    expect(land).toHaveLength(17);
    const departments = land.filter((s) => !s.unit.includes('huyen') && !s.unit.includes('tx-') && !s.unit.includes('tp-'));
    expect(departments).toHaveLength(10);
    expect(departments.every((s) => s.value === null && s.notApplicable === true)).toBe(true);
    expect(land.filter((s) => s.notApplicable)).toHaveLength(10);
  });

  it('the composite is not a known function of the components (Thị xã Hồng Lĩnh: 10 × mean = 88.98, printed 89.45): contributions are not derived', () => {
    const ok = read('ddci-ha-tinh-2021-corrected.csv');
    expect(ok.definition.compositeFunction).toEqual({ kind: 'unknown' });
  });

  it('the definition becomes a catalogue index scoped to Hà Tĩnh, and an exported bundle reads back', () => {
    const ok = read('ddci-ha-tinh-2021-corrected.csv');
    const ix = toIndexDef(ok.definition);
    expect(ix).toMatchObject({ id: 'DDCI@42', label: 'DDCI', scope: { province: '42' } });
    expect(ix.components.find((c) => c.id === TOTAL)?.scale[0]).toMatchObject({ min: 0, max: 100 });
    const back = bundleFromJson(JSON.stringify(toBundle(ok.definition, ok.addedUnits, ok.rows)));
    expect('bundle' in back && back.bundle.scores).toHaveLength(170);
    expect(bundleFromJson('{"schema":"chiso-province-index","version":99}')).toMatchObject({ error: expect.stringContaining('newer') });
  });
});

describe('DDCI 2025 (two-tier government): communes and merged departments through the crosswalk', () => {
  it('2025 units resolve: Sở Tài chính, Sở Nông nghiệp và Môi trường, wards and communes — no error', () => {
    const r = read('ddci-ha-tinh-2025-crosswalk.csv', 2025);
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    const units = [...new Set(r.rows.map((s) => s.unit))];
    expect(units).toContain('42/so-nn-mt');
    expect(units).toContain('42/phuong-bac-hong-linh');
    expect(units).toContain('42/xa-cam-binh');
  });

  it('a 2021 name in a 2025 table is reported with the unit that carries on (Sở Kế hoạch và đầu tư → Sở Tài chính), never moved silently', () => {
    const text = fixture('ddci-ha-tinh-2025-crosswalk.csv').replace('Sở Tư pháp', 'Sở Kế hoạch và đầu tư');
    const r = parseProvinceTableCsv(text, 'x.csv', { label: 'DDCI', province: '42', year: 2025 });
    const p = r.issues.find((i) => i.code === 'former-local-unit');
    expect(p).toMatchObject({ line: 6, column: 1 });
    expect(p?.message.vi).toContain('Sở Tài chính');
  });

  it('a district in a 2025 table is reported with the communes formed from it (Huyện Nghi Xuân → Phường Bắc Hồng Lĩnh, Phường Nam Hồng Lĩnh)', () => {
    const text = fixture('ddci-ha-tinh-2025-crosswalk.csv').replace('Xã Thạch Lạc', 'Huyện Nghi Xuân');
    const r = parseProvinceTableCsv(text, 'x.csv', { label: 'DDCI', province: '42', year: 2025 });
    expect(r.issues.find((i) => i.code === 'former-local-unit')?.message.en).toContain('Phường Bắc Hồng Lĩnh, Phường Nam Hồng Lĩnh');
  });

  it('a commune the catalogue does not list ("Xã Kỳ Hoa") is added with a warning; a name that announces no kind is an error', () => {
    const text = fixture('ddci-ha-tinh-2025-crosswalk.csv').replace('Xã Thạch Lạc', 'Xã Kỳ Hoa').replace('Sở Tư pháp', 'Ban ABC XYZ khác').replace('Phường Nam Hồng Lĩnh', 'Nam Hồng');
    const r = parseProvinceTableCsv(text, 'x.csv', { label: 'DDCI', province: '42', year: 2025 });
    expect(r.addedUnits.map((u) => u.vi)).toEqual(['Ban ABC XYZ khác', 'Xã Kỳ Hoa']);
    expect(r.issues.find((i) => i.code === 'unknown-local-unit')).toMatchObject({ line: 8, column: 1 });
  });
});
