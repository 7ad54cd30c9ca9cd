/** Which unmatched one-province rows apply to an edition and province (indicatorLayers.ts unmatchedRowsFor). */
import { describe, expect, it } from 'vitest';
import { unmatchedRowsFor } from './indicatorLayers';

const row = (label: string, value: number | null, line: number, component: string | null = 'land_access') => ({ label, code: '', value, component, place: `line ${line}` });

describe('unmatchedRowsFor', () => {
  const imports = [
    { fileName: 'ho-so-2017.csv', year: 2017, province: '22', unmatched: [row('% DN gặp khó khăn do giải phóng mặt bằng chậm', 12.5, 5), row('Ghi chú khác', null, 9, null)] },
    { fileName: 'ho-so-2016.csv', year: 2016, province: '22', unmatched: [row('Chỉ 2016', 1, 4)] },
    { fileName: 'ha-noi-2017.csv', year: 2017, province: '01', unmatched: [row('Hà Nội', 2, 4)] },
    { fileName: 'vcci-2017.xlsx', year: 2017, unmatched: [] },
    // The profile imported again, its row corrected: listed once, the later import's value and file.
    { fileName: 'ho-so-2017-sua.csv', year: 2017, province: '22', unmatched: [row('% DN gặp khó khăn do giải phóng mặt bằng chậm', 11.5, 5)] },
  ];

  it('only the edition and province asked for; the same label printed again is listed once, from the latest import', () => {
    const rows = unmatchedRowsFor(imports, 2017, '22');
    expect(rows.map((r) => [r.label, r.value, r.fileName, r.component])).toEqual([
      ['Ghi chú khác', null, 'ho-so-2017.csv', null],
      ['% DN gặp khó khăn do giải phóng mặt bằng chậm', 11.5, 'ho-so-2017-sua.csv', 'land_access'],
    ]);
    expect(unmatchedRowsFor(imports, 2015, '22')).toEqual([]);
  });
});
