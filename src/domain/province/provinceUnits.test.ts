import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { customDepartment, defaultDepartments, provinceDepartments } from '../plan/departments';
import { kindOfName, predecessorsOf, provinceLocalUnits, provinceScope, resolveLocalUnit, successorsOf } from './provinceUnits';

const units = provinceLocalUnits('42');
const find = (localId: string) => units.find((u) => u.localId === localId)!;

describe('units inside a province', () => {
  it("the departments are the follow-up's departments with the same ids, scoped to the province (42/so-khdt = so-khdt of Hà Tĩnh)", () => {
    const departments = units.filter((u) => u.kind === 'department');
    for (const d of departments) expect(defaultDepartments.departments.some((x) => x.id === d.localId)).toBe(true);
    expect(find('so-khdt')).toMatchObject({ id: '42/so-khdt', province: '42', vi: 'Sở Kế hoạch và Đầu tư', validTo: 2024, successor: 'so-tai-chinh' });
    expect(find('cuc-thue')).toMatchObject({ kind: 'department', vi: 'Cục Thuế tỉnh' });
    expect(units.some((u) => u.localId === 'cac-so-nganh' || u.localId === 'ubnd-cap-huyen')).toBe(false);
  });

  it("a department the province added in the follow-up is a unit with the same id: 'Ban Quản lý Khu kinh tế' → 42/custom-ban-quan-ly-khu-kinh-te", () => {
    const added = customDepartment({ vi: 'Ban Quản lý Khu kinh tế', en: 'Economic Zone Authority' });
    const list = provinceLocalUnits('42', provinceDepartments(defaultDepartments, { added: [added], renamed: {}, hidden: [] }));
    expect(resolveLocalUnit(list, '42', 'Ban quản lý khu kinh tế', 2021)).toMatchObject({ kind: 'found', unit: { id: '42/custom-ban-quan-ly-khu-kinh-te', kind: 'department' } });
  });

  it('Hà Tĩnh keeps one scope across 2025 (n42 was formed from 42 alone), so its departments keep their ids', () => {
    expect(provinceScope(defaultCatalogue, 'n42')).toBe('42');
    expect(provinceScope(defaultCatalogue, '42')).toBe('42');
  });

  it('names as printed: "Sở Kế hoạch và đầu tư", "Sở Lao động, thương binh và xã hội", "TX Kỳ Anh", "TP. Hà Tĩnh"', () => {
    expect(resolveLocalUnit(units, '42', 'Sở Kế hoạch và đầu tư', 2021)).toMatchObject({ kind: 'found', unit: { id: '42/so-khdt' } });
    expect(resolveLocalUnit(units, '42', 'Sở Lao động, thương binh và xã hội', 2021)).toMatchObject({ kind: 'found', unit: { id: '42/so-ldtbxh' } });
    expect(resolveLocalUnit(units, '42', 'TX Kỳ Anh', 2021)).toMatchObject({ kind: 'found', unit: { id: '42/tx-ky-anh' } });
    expect(resolveLocalUnit(units, '42', 'TP. Hà Tĩnh', 2021)).toMatchObject({ kind: 'found', unit: { id: '42/tp-ha-tinh' } });
  });

  it('crosswalks: Sở KH&ĐT → Sở Tài chính (2025); Sở NN&MT ← Sở TN&MT + Sở NN&PTNT; Phường Bắc Hồng Lĩnh ← TX Hồng Lĩnh + huyện Nghi Xuân', () => {
    expect(successorsOf(units, find('so-khdt')).map((u) => u.localId)).toEqual(['so-tai-chinh']);
    expect(predecessorsOf(units, find('so-nn-mt')).map((u) => u.localId).sort()).toEqual(['so-nnptnt', 'so-tnmt']);
    expect(predecessorsOf(units, find('phuong-bac-hong-linh')).map((u) => u.localId).sort()).toEqual(['huyen-nghi-xuan', 'tx-hong-linh']);
    expect(successorsOf(units, find('tx-hong-linh')).map((u) => u.localId).sort()).toEqual(['phuong-bac-hong-linh', 'phuong-nam-hong-linh']);
  });

  it('two-tier government: a district named in 2025 is "former", a 2025 commune named in 2021 is "not yet"', () => {
    expect(resolveLocalUnit(units, '42', 'Huyện Cẩm Xuyên', 2025)).toMatchObject({ kind: 'former' });
    expect(resolveLocalUnit(units, '42', 'Xã Cẩm Bình', 2021)).toMatchObject({ kind: 'not-yet' });
  });

  it('a printed name announces its kind: Sở/Cục/Ban → department, Huyện/Thị xã/Thành phố → district, Xã/Phường → commune', () => {
    expect(kindOfName('Cục Hải quan Hà Tĩnh')).toEqual({ kind: 'department' });
    expect(kindOfName('Thị xã Kỳ Anh')).toEqual({ kind: 'locality', level: 'district' });
    expect(kindOfName('Phường Sông Trí')).toEqual({ kind: 'locality', level: 'commune' });
    expect(kindOfName('Hồng Lĩnh')).toBeNull();
  });
});
