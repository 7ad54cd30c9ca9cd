/**
 * Reproducers from the fuzzing runs over the CSV readers and the CSV export (issues 17 and 22), one test each:
 * what once crashed, hung, lost a row or pointed at the wrong line.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { defaultCatalogue, findComponent } from '../catalogue/catalogue';
import { csvCell, toCsv, unguardFormula } from './csvExport';
import { detectDelimiter } from './lines';
import { checkText, parseScoresCsv, readCsvGrid } from './parse';
import { parseWideCsv } from './wide';
import { withinBudget } from './readerBudget';

const pci = defaultCatalogue.indices.find((ix) => ix.id === 'PCI')!;
const wide = (text: string) => parseWideCsv(text, 'w.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
const at = (issues: { line: number; code: string }[]) => issues.map((p) => `${p.line}:${p.code}`);

describe('wide tables of any size are read in one pass', () => {
  it('a 200,000-row wide CSV (2 MB) gives its rows and problems, never "Maximum call stack size exceeded"', () => {
    const text = 'Tỉnh,PCI\n' + Array.from({ length: 200_000 }, (_, i) => `${i % 2 ? 'Hà Nội' : 'Hải Phòng'},${(i % 90) + 5}.5`).join('\n');
    const result = wide(text);
    expect(result.rows).toHaveLength(2);
    expect(result.issues.filter((p) => p.code === 'duplicate-unit-row')).toHaveLength(199_998);
  }, 60_000);

  it('100,000 blank header columns with nothing under them: Hà Nội 65 loads, no problem', () => {
    const result = wide(`Tỉnh,PCI${','.repeat(100_000)}\nHà Nội,65${','.repeat(100_000)}\n`);
    expect(result.rows.map((s) => s.value)).toEqual([65]);
    expect(result.issues).toEqual([]);
  }, 60_000);

  it('20,000 named columns: each unknown one is a warning at its column, the composite still loads', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Cột ${i}`);
    // Text under them: a column of figures matching nothing would hold the import instead (issue 17.4).
    const result = wide(`Tỉnh,PCI,${names.join(',')}\nHà Nội,65,${names.map(() => 'có').join(',')}\n`);
    expect(result.rows.map((s) => s.value)).toEqual([65]);
    expect(result.issues.filter((p) => p.code === 'unmatched-header')).toHaveLength(20_000);
  }, 60_000);

  it('100,000 named columns (once 63 s): each a warning at its column, the composite loads', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Cột ${i}`);
    const text = `Tỉnh,PCI,${names.join(',')}\nHà Nội,65,${names.map(() => 'có').join(',')}\n`;
    const result = withinBudget('wide CSV', 100_000, text.length, () => wide(text));
    expect(result.rows.map((s) => s.value)).toEqual([65]);
    expect(result.issues.filter((p) => p.code === 'unmatched-header')).toHaveLength(100_000);
  }, 60_000);

  it('findComponent reads names folded once per index: "Chi phí thời gian" and "time_costs" find the same component', () => {
    expect(findComponent(pci, 'CHI PHI THOI GIAN')?.id).toBe('time_costs');
    expect(findComponent(pci, 'time_costs')?.id).toBe('time_costs');
    expect(findComponent(pci, 'không có')).toBeUndefined();
  });
});

describe('a row is reported at its own line', () => {
  it('a note that opens a quote closed on a later line: Hải Phòng\'s swallowed row is an error at line 3, not lost unreported', () => {
    const text = 'index,year,province,component,score,rank,note\nPCI,2021,Hà Nội,total,65,,"ghi chú mở\nPCI,2021,Hải Phòng,total,66,,đóng"\nPCI,2021,Đà Nẵng,total,70,,ok\n';
    for (const result of [parseScoresCsv(text, 'l.csv', defaultCatalogue), { issues: readCsvGrid(checkText(text, 'l.csv').text, 'l.csv').issues }]) {
      expect(at(result.issues)).toEqual(['3:swallowed-row']);
      expect(result.issues[0].message.vi).toContain('dòng 2');
    }
    const wideText = 'Tỉnh,PCI,Ghi chú\nHà Nội,65,"mở\nHải Phòng,66,đóng"\nĐà Nẵng,70,ok\n';
    expect(at(wide(wideText).issues)).toEqual(['3:swallowed-row']);
  });

  it('a quoted note over two lines that holds no row is not reported', () => {
    const text = 'index,year,province,component,score,rank,note\nPCI,2021,Hà Nội,total,65,,"dòng một\ndòng hai"\n';
    expect(parseScoresCsv(text, 'l.csv', defaultCatalogue).issues).toEqual([]);
  });

  it('one row with a cell too many (a stray delimiter) is reported at that row, not as a header-less column blocking the file', () => {
    const header = ['Tỉnh', ...pci.components.filter((c) => !c.parent).slice(0, 13).map((c) => c.vi)];
    const rows = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].map((p) => [p, ...header.slice(1).map(() => '5')]);
    rows[2].push('');
    rows[2][rows[2].length - 2] += ',';
    const text = [header, ...rows].map((r) => r.join(',')).join('\n');
    const result = wide(text);
    expect(result.issues.filter((p) => p.code === 'blank-header-column')).toEqual([]);
    expect(at(result.issues.filter((p) => p.severity === 'error'))).toEqual(['4:field-count']);
  });

  it('two BOMs in front: the streamed reader still puts "Nowhere" at line 4 (after a two-line note)', () => {
    const text = '\uFEFF\uFEFFindex,year,province,component,score,note\nPCI,2021,Hà Nội,total,65,"a\nb"\nPCI,2021,Nowhere,total,66,\n';
    expect(at(parseScoresCsv(text, 'l.csv', defaultCatalogue).issues)).toEqual(['4:unknown-province']);
  });

  it('NUL and U+FFFD after the first 8,192 characters are reported at their line, never kept in a note', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `PCI,2021,Hà Nội,total,65,ghi chú ${i}`);
    const nul = [...rows];
    nul[300] += '\u0000';
    const broken = [...rows];
    broken[350] += '\uFFFD';
    const head = 'index,year,province,component,score,note\n';
    expect(at(parseScoresCsv(head + nul.join('\n'), 'l.csv', defaultCatalogue).issues)).toEqual(['302:nul-character']);
    expect(at(parseScoresCsv(head + broken.join('\n'), 'l.csv', defaultCatalogue).issues)).toEqual(['352:bad-encoding']);
  });
});

describe('the separator is found for small tables too', () => {
  for (const [name, sep] of [['";"', ';'], ['tab', '\t']] as const) {
    it(`a two-column table separated by ${name}, decimal commas, 5 rows and a trailing newline: 5 rows`, () => {
      const text = `Tỉnh${sep}PCI\nHà Nội${sep}65,1\nHải Phòng${sep}66,2\nĐà Nẵng${sep}70\nQuảng Ninh${sep}68\nCần Thơ${sep}62\n`;
      expect(detectDelimiter(text)).toBe(sep);
      const result = wide(text);
      expect(result.issues).toEqual([]);
      expect(result.rows.map((s) => s.value)).toEqual([65.1, 66.2, 70, 68, 62]);
    });
  }
  it('a comma file whose notes hold ";" stays comma-separated', () => {
    expect(detectDelimiter('index,year,province,component,score,note\nPCI,2021,Hà Nội,total,65,"a;b"\nPCI,2021,Huế,total,60,c;d;e\n')).toBe(',');
  });
});

describe('CSV exports open safely with either list separator', () => {
  it('"ghi chú;=1+1" is quoted in a comma CSV and its formula start neutralised', () => {
    expect(csvCell('ghi chú;=1+1')).toBe(`"ghi chú;'=1+1"`);
    expect(csvCell('ghi chú,=1+1', 'vi')).toBe(`"ghi chú,'=1+1"`);
    expect(csvCell('a; +SUM(A1)')).toBe(`"a; '+SUM(A1)"`);
  });
  it('opened with the other separator, no cell starts with = + - @', () => {
    const csv = toCsv(['note'], [['ghi chú;=1+1'], ['x,@cmd'], ['a;\n-2+3']], { bom: false });
    for (const sep of [',', ';']) {
      const cells = Papa.parse<string[]>(csv, { delimiter: sep }).data.flat();
      expect(cells.filter((c) => /^[=+\-@]/.test(c.replace(/^"/, '')))).toEqual([]);
    }
  });
  it('the app reads its own guard off again: the note comes back as typed', () => {
    for (const note of ['ghi chú;=1+1', 'x, @y', "'=z", '=1;=2']) {
      const written = Papa.parse<string[]>(toCsv(['n'], [[note]], { bom: false })).data[1][0];
      expect(unguardFormula(written)).toBe(note);
    }
  });
});
