import { describe, expect, it } from 'vitest';
import { applyRemembered, rememberKey } from './importMappings';
import type { ColumnMatch } from '@/domain/import/wide';

describe('remembered header meanings are offered first', () => {
  const suggested: ColumnMatch[] = [
    { column: 0, header: 'Tỉnh', role: 'province' },
    { column: 1, header: 'Điểm CCHC (%)', role: 'ignore' },
    { column: 2, header: 'Xếp hạng', role: 'rank' },
  ];
  it('a header the user mapped to PAR total last time ("Diem CCHC (%)", any case/diacritics) comes back as total; others stay', () => {
    const remembered = { [rememberKey('PAR', 'diem cchc (%)')]: { role: 'component' as const, component: 'total' } };
    const { mapping, from } = applyRemembered(suggested, 'PAR', remembered);
    expect(mapping[1]).toEqual({ column: 1, header: 'Điểm CCHC (%)', role: 'component', component: 'total' });
    expect(mapping[0]).toBe(suggested[0]);
    expect(from).toEqual([1]);
  });
  it('remembered per index: the same header under SIPAS is not changed', () => {
    const remembered = { [rememberKey('PAR', 'Điểm CCHC (%)')]: { role: 'component' as const, component: 'total' } };
    expect(applyRemembered(suggested, 'SIPAS', remembered).from).toEqual([]);
  });
  it('a column the user chose to ignore stays ignored, keeping the year its header names', () => {
    const withYear: ColumnMatch[] = [{ column: 3, header: 'Xếp hạng 2015', role: 'rank', year: 2015 }];
    const { mapping } = applyRemembered(withYear, 'PCI', { [rememberKey('PCI', 'Xếp hạng 2015')]: { role: 'ignore' } });
    expect(mapping[0]).toEqual({ column: 3, header: 'Xếp hạng 2015', role: 'ignore', year: 2015 });
  });
});
