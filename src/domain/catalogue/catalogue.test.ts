import { describe, expect, it } from 'vitest';
import { defaultCatalogue, expectedUnitCount, findComponent, getIndex, methodBreaksBetween, regionName, resolveUnit, weightFor } from './catalogue';

const resolve = (name: string, year = 2021) => resolveUnit(defaultCatalogue, name, year)?.id;

describe('resolveUnit: province names as the data prints them', () => {
  it.each([
    ['Quảng Ninh', '22'],
    ['Quang Ninh', '22'],
    ['22', '22'],
    ['TP.HCM', '79'],
    ['TP. Hồ Chí Minh', '79'],
    ['HCMC', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['BRVT', '77'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['TT-Huế', '46'],
    ['TT- Huế', '46'],
    ['TT-Hue', '46'],
    ['Thừa Thiên Huế', '46'],
    ['Đồng  Tháp', '87'],
    ['Tỉnh Hải Dương', '30'],
    ['Hanoi', '01'],
  ])('%s → %s', (name, id) => {
    expect(resolve(name)).toBe(id);
  });
  it('Hà Tây is a unit for PCI 2006–2008 only (merged into Hà Nội on 1 August 2008)', () => {
    expect(resolve('Hà Tây', 2007)).toBe('28');
    expect(resolve('Hà Tây', 2009)).toBeUndefined();
  });
  it('from 2025 names resolve to the 34 units: Huế → n46, Quảng Ninh → n22', () => {
    expect(resolve('Huế', 2025)).toBe('n46');
    expect(resolve('Quảng Ninh', 2025)).toBe('n22');
    expect(resolve('Hà Giang', 2025)).toBeUndefined();
  });
  it('expects 63 provinces, 64 with Hà Tây in 2006–2008, 34 units from 2025', () => {
    expect(expectedUnitCount(defaultCatalogue, 2021)).toBe(63);
    expect(expectedUnitCount(defaultCatalogue, 2007)).toBe(64);
    expect(expectedUnitCount(defaultCatalogue, 2025)).toBe(34);
  });
  it('every 2025 unit is formed from pre-2025 provinces, and every province has a successor', () => {
    const old = defaultCatalogue.units.filter((u) => u.set === 'provinces63');
    const formed = new Set(defaultCatalogue.units.flatMap((u) => u.formedFrom ?? []));
    expect(old.filter((u) => u.id !== '28').every((u) => formed.has(u.id))).toBe(true);
    expect(formed.size).toBe(63);
  });
});

describe('catalogue: components, weights and method breaks', () => {
  const pci = getIndex(defaultCatalogue, 'PCI');
  it('PCI weights belong to an edition: transparency 20% in 2013–2021, 5% from 2022', () => {
    const transparency = findComponent(pci, 'transparency')!;
    expect(weightFor(transparency, 2021)).toBe(0.2);
    expect(weightFor(transparency, 2022)).toBe(0.05);
    expect(weightFor(transparency, 2010)).toBeNull();
  });
  it('both weight sets sum to 100%', () => {
    const sum = (y: number) => pci.components.reduce((s, c) => s + (weightFor(c, y) ?? 0), 0);
    expect(sum(2016)).toBeCloseTo(1, 10);
    expect(sum(2023)).toBeCloseTo(1, 10);
  });
  it('components are found by Vietnamese or English name, with or without diacritics', () => {
    expect(findComponent(pci, 'Chi phí không chính thức')?.id).toBe('informal_charges');
    expect(findComponent(pci, 'chi phi khong chinh thuc')?.id).toBe('informal_charges');
    expect(findComponent(pci, 'Business support policy')?.id).toBe('business_support');
    expect(findComponent(getIndex(defaultCatalogue, 'PAR INDEX'), 'Cải cách thủ tục hành chính')?.id).toBe('admin_procedures');
  });
  it('a change from 2012 to 2013 crosses the PCI method break; PAPI 2017→2018 crosses the 6→8 dimensions break', () => {
    expect(methodBreaksBetween(pci, 2012, 2013).map((b) => b.year)).toEqual([2013]);
    expect(methodBreaksBetween(getIndex(defaultCatalogue, 'PAPI'), 2017, 2018).map((b) => b.year)).toEqual([2018]);
    expect(methodBreaksBetween(pci, 2014, 2016)).toEqual([]);
  });
});

describe('regionName', () => {
  it('gives English region names in English and keeps the Vietnamese name in Vietnamese', () => {
    expect(regionName(defaultCatalogue, 'Đồng bằng sông Hồng', 'en')).toBe('Red River Delta');
    expect(regionName(defaultCatalogue, 'Đồng bằng sông Hồng', 'vi')).toBe('Đồng bằng sông Hồng');
  });
  it('every region a unit belongs to has an English name', () => {
    const missing = defaultCatalogue.units.filter((u) => regionName(defaultCatalogue, u.region, 'en') === u.region).map((u) => u.region);
    expect(missing).toEqual([]);
  });
});
