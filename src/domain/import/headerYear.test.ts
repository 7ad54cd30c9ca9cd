import { describe, expect, it } from 'vitest';
import { latestYearNamed, withoutYears, yearAfterNam, yearInFileName, yearsInHeader } from './headerYear';

describe('the year a header, title or file name names', () => {
  it('a header names years as words of their own: "PCI 2016 – 2017" names two, "Điểm 70" none, "20215" is no year', () => {
    expect(yearsInHeader('PCI 2016 – 2017')).toEqual([2016, 2017]);
    expect(yearsInHeader('Điểm 70')).toEqual([]);
    expect(yearsInHeader('Mã 20215')).toEqual([]);
    expect(withoutYears('diem 2015')).toBe('diem');
  });
  it('a file name: "PCI_2021_bang-xep-hang.csv" → 2021; a folder path is not read', () => {
    expect(yearInFileName('PCI_2021_bang-xep-hang.csv')).toBe(2021);
    expect(yearInFileName('/data/2019/ddci.csv')).toBeNull();
  });
  it('a title "DDCI năm 2021"; the latest year named in a table\'s words is its edition', () => {
    expect(yearAfterNam('Kết quả DDCI năm 2021 (Thang điểm 100)')).toBe(2021);
    expect(latestYearNamed(['BẢNG XẾP HẠNG PCI 2016', 'Điểm 2015'])).toBe(2016);
  });
});
