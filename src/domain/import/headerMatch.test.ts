import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex, resolveUnit } from '../catalogue/catalogue';
import { readHeader } from './headerMatch';
import { yearsInHeader } from './headerYear';
import { matchWideColumns, parseWideCsv } from './wide';

const pci = getIndex(defaultCatalogue, 'PCI');
const par = getIndex(defaultCatalogue, 'PAR');
const meaning = (h: string, ix = pci) => {
  const m = readHeader(h, ix);
  return [m.role === 'component' ? m.component : m.role, m.year].filter((x) => x !== undefined).join(' ');
};

describe('readHeader: score words, with or without the index name and year, mean the composite', () => {
  it.each([
    ['Điểm số PCI', 'total'],
    ['Điểm số PCI 2025', 'total 2025'],
    ['Điểm PCI 2025', 'total 2025'],
    ['PCI score', 'total'],
    ['PCI 2019', 'total 2019'],
    ['Tổng điểm', 'total'],
    ['TONG DIEM', 'total'],
    ['Diem so PCI', 'total'],
    ['Chỉ số năng lực cạnh tranh cấp tỉnh 2016', 'total 2016'],
    ['Composite score', 'total'],
  ])('"%s" → %s', (h, expected) => expect(meaning(h)).toBe(expected));
});

describe('readHeader: rank and tier words', () => {
  it.each([
    ['Xếp hạng 2025', 'rank 2025'],
    ['Thứ hạng', 'rank'],
    ['Xếp hạng PCI', 'rank'],
    ['Rank', 'rank'],
    ['Ranking 2016', 'rank 2016'],
    ['Nhóm điều hành', 'tier'],
    ['Nhóm xếp hạng', 'tier'],
    ['Xếp loại', 'tier'],
    ['Tier', 'tier'],
  ])('"%s" → %s', (h, expected) => expect(meaning(h)).toBe(expected));
});

describe('readHeader: numbering prefixes and longer headers around a component name', () => {
  it.each([
    ['1. Gia nhập thị trường', 'entry_costs'],
    ['CSTP1. Chi phí gia nhập thị trường', 'entry_costs'],
    ['CSTP 3: Tính minh bạch', 'transparency'],
    ['Chỉ số thành phần 4 - Chi phí thời gian', 'time_costs'],
    ['Chỉ số thành phần — Tiếp cận đất đai', 'land_access'],
    ['Chi phi khong chinh thuc (diem)', 'informal_charges'],
    ['Labor Policy 2016', 'labour_training 2016'],
    ['Tính năng động', 'proactivity'],
    ['STT', 'numbering'],
    ['Tỉnh/Thành phố', 'province'],
    ['Địa phương', 'province'],
  ])('"%s" → %s', (h, expected) => expect(meaning(h)).toBe(expected));
  it('PAR INDEX: "Chỉ số CCHC 2024" is the composite, "3. Cải cách thủ tục hành chính" a component', () => {
    expect(meaning('Chỉ số CCHC 2024', par)).toBe('total 2024');
    expect(meaning('3. Cải cách thủ tục hành chính', par)).toBe('admin_procedures');
    expect(meaning('PAR INDEX 2023', par)).toBe('total 2023');
  });
  it('years named in a header: "PCI 2016 – 2017" names two, "Điểm 70" none', () => {
    expect(yearsInHeader('PCI 2016 – 2017')).toEqual([2016, 2017]);
    expect(yearsInHeader('Điểm 70')).toEqual([]);
  });
});

describe('matchWideColumns: two years side by side are two editions', () => {
  it('"Điểm PCI 2015 | Xếp hạng 2015 | Điểm PCI 2016 | Xếp hạng 2016" with year 2016: the 2015 columns keep their year', () => {
    const m = matchWideColumns(['Tỉnh', 'Điểm PCI 2015', 'Xếp hạng 2015', 'Điểm PCI 2016', 'Xếp hạng 2016'], pci, 2016, defaultCatalogue);
    expect(m.map((c) => [c.component ?? c.role, c.year ?? ''].join(' ').trim())).toEqual(['province', 'total 2015', 'rank 2015', 'total', 'rank']);
  });
  it('Đà Nẵng PCI 2015 68.34 (rank 1) and PCI 2016 70.00 (rank 1) both load from one table', () => {
    const csv = 'Tỉnh,Điểm PCI 2015,Xếp hạng 2015,Điểm PCI 2016,Xếp hạng 2016\nĐà Nẵng,68.34,1,70.00,1\n';
    const r = parseWideCsv(csv, 'two.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.rows.map((s) => `${s.year} ${s.value} ${s.officialRank}`)).toEqual(['2015 68.34 1', '2016 70 1']);
  });
});

describe('province names as printed: prefixes, any case, either tone-mark placement', () => {
  it.each([
    ['Thủ đô Hà Nội', 2016, '01'],
    ['THÀNH PHỐ HẢI PHÒNG', 2016, '31'],
    ['tỉnh thanh hoá', 2016, '38'],
    ['Thanh Hóa', 2016, '38'],
    ['Khánh Hoà', 2025, 'n56'],
    ['TP. Huế', 2025, 'n46'],
    ['Thủ đô Hà Nội', 2025, 'n01'],
    ['Tỉnh Quảng Ninh', 2025, 'n22'],
  ])('"%s" in %i → %s', (name, year, id) => expect(resolveUnit(defaultCatalogue, name, year)?.id).toBe(id));
  it('"Hoà" with the mark on a and "Hóa" with it on o, in NFC or NFD, fold alike', () => {
    expect(resolveUnit(defaultCatalogue, 'Thanh Hoá'.normalize('NFD'), 2016)?.id).toBe('38');
  });
});

describe('a name of the other period is an error that says why', () => {
  it('"Bình Dương" in a PCI 2025 table: merged into Hồ Chí Minh on 1 July 2025', () => {
    const r = parseWideCsv('Tỉnh,Điểm PCI\nBình Dương,70\n', 'b.csv', defaultCatalogue, { index: 'PCI', year: 2025 });
    const p = r.issues.find((x) => x.severity === 'error')!;
    expect(p.code).toBe('unit-ended');
    expect(p.message.vi).toContain('Hồ Chí Minh');
  });
});

describe('a 2025 unit name in a pre-2025 edition is an error that says why', () => {
  it('a name only the 34-unit set knows ("Đặc khu X", a synthetic alias on Hồ Chí Minh n79), in a PCI 2016 table', () => {
    const catalogue = { ...defaultCatalogue, units: defaultCatalogue.units.map((u) => (u.id === 'n79' ? { ...u, aliases: [...u.aliases, 'Đặc khu X'] } : u)) };
    const r = parseWideCsv('Tỉnh,Điểm PCI\nĐặc khu X,60\n', 'x.csv', catalogue, { index: 'PCI', year: 2016 });
    const p = r.issues.find((x) => x.severity === 'error')!;
    expect(p.code).toBe('unit-from-later-period');
    expect(p.message.en).toContain('the 34 units formed on 1 July 2025');
  });
});
