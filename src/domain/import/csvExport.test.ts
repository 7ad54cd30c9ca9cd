import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, toCsv } from './csvExport';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and keeps Vietnamese diacritics', () => {
    const csv = toCsv(['Tỉnh', 'Điểm'], [['Thừa Thiên Huế', 70.23]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const back = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(back[1]).toEqual(['Thừa Thiên Huế', '70.23']);
  });
  it('writes decimal commas with ; between cells in vi style: 91.03 → "91,03"', () => {
    expect(toCsv(['a', 'b'], [[91.03, 'x']], { decimal: 'vi', bom: false })).toBe('a;b\r\n91,03;x\r\n');
  });
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1 hidden')).toBe("'+1 hidden");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe('-3');
  });
  it('leaves missing values empty, never 0', () => {
    expect(csvCell(null)).toBe('');
  });
});
