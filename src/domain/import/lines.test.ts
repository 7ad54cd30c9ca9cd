/**
 * Every reader (streamed long files, grids of long and wide tables) puts a problem at the physical line an
 * editor shows, whatever mix of line endings the file has (lines.ts), and quotes at most a short excerpt.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { importWarnings } from './importChecks';
import { EXCERPT_CHARS, excerpt, LineCounter, normaliseLineEndings } from './lines';
import { checkText, gridToScores, parseScoresCsv, readCsvGrid } from './parse';
import { parseWideCsv, toLongCsv } from './wide';
import type { Problem } from '../catalogue/types';

const H = 'index,year,province,component,score,note';
const located = (issues: Problem[]) => issues.map((p) => `${p.line}:${p.column}:${p.code}`);
/** Both long-file readers: streamed (every file) and the whole grid (imports of small tables). */
const readers = {
  streamed: (text: string) => parseScoresCsv(text, 'f.csv', defaultCatalogue),
  grid: (text: string) => gridToScores(readCsvGrid(checkText(text, 'f.csv').text, 'f.csv'), 'f.csv', defaultCatalogue),
};

describe('one line-counting rule: LF, CRLF and a lone CR each end one line', () => {
  it('normalised to LF once; a CRLF is one line, never two', () => {
    expect(normaliseLineEndings('a\rb\nc\r\nd')).toBe('a\nb\nc\nd');
    const counter = new LineCounter();
    expect([['h'], ['x\ny'], [''], ['z']].map((cells) => counter.next(cells))).toEqual([1, 2, 4, 5]);
  });

  for (const [name, read] of Object.entries(readers)) {
    it(`${name}: CR, LF and CRLF rows in one file (pasted from several sources): Hà Nội 60, Hải Phòng 61, Đà Nẵng 62 all load; the bad score on line 4 is reported at line 4`, () => {
      const text = `${H}\rPCI,2021,Hà Nội,total,60,\nPCI,2021,Hải Phòng,total,61,\r\nPCI,2021,Quảng Ninh,total,abc,\nPCI,2021,Đà Nẵng,total,62,\r`;
      const r = read(text);
      expect(r.rows.map((s) => [s.unit, s.value])).toEqual([
        ['01', 60],
        ['31', 61],
        ['48', 62],
      ]);
      expect(located(r.issues)).toEqual(['4:5:not-a-number']);
    });

    it(`${name}: a file with CR line ends and a note spanning two lines: the bad score after it is on line 4`, () => {
      const r = read(`${H}\rPCI,2021,Hà Nội,total,60,"a\rb"\rPCI,2021,Hải Phòng,total,abc,\r`);
      expect(located(r.issues)).toEqual(['4:5:not-a-number']);
    });

    it(`${name}: a CSV syntax error after blank lines and a two-line note is at its own line (6)`, () => {
      const r = read(`${H}\n\nPCI,2021,Hà Nội,total,60,"a\nb"\n\nPCI,2021,Hải Phòng,total,61,"x"y\n`);
      expect([...new Set(r.issues.filter((p) => p.code === 'csv-syntax').map((p) => p.line))]).toEqual([6]);
    });
  }

  it('a malformed field over 1 MB (longer than a streamed slice) is reported once, at its line (2), by both readers', () => {
    const big = 'y'.repeat(1_100_000);
    const text = `${H}\nPCI,2021,Hà Nội,total,60,"${big}"${big}"${big}"\nPCI,2021,Hải Phòng,total,61,\n`;
    for (const read of Object.values(readers)) expect(located(read(text).issues)).toEqual(['2:0:csv-syntax']);
  });
});

describe('messages quote a short excerpt of a cell', () => {
  it(`a 1 MB score cell gives a message of under 200 characters naming the cell's length`, () => {
    const cell = `${'9'.repeat(1_000_000)}x`;
    const r = parseScoresCsv(`${H}\nPCI,2021,Hà Nội,total,${cell},\n`, 'f.csv', defaultCatalogue);
    expect(located(r.issues)).toEqual(['2:5:not-a-number']);
    expect(r.issues[0].message.en.length).toBeLessThan(200);
    expect(r.issues[0].message.en).toContain('(1,000,001 characters)');
    expect(excerpt('short')).toBe('short');
    expect(excerpt('z'.repeat(EXCERPT_CHARS + 1))).toBe(`${'z'.repeat(EXCERPT_CHARS)}… (${EXCERPT_CHARS + 1} characters)`);
  });
});

describe('a missing score beside a printed rank is said out loud', () => {
  for (const [name, read] of Object.entries(readers)) {
    it(`${name}: "NaN", "x" and "-" with ranks 5, 6, 1 load as missing with a warning each; a blank score with a rank (SIPAS 2024 style) stays silent`, () => {
      const r = read(`index,year,province,component,score,rank\nPCI,2021,Hà Nội,total,NaN,5\nPCI,2021,Hải Phòng,total,x,6\nPCI,2021,Quảng Ninh,total,-,1\nPCI,2021,Đà Nẵng,total,,2\n`);
      expect(r.rows.map((s) => [s.unit, s.value, s.officialRank])).toEqual([
        ['01', null, 5],
        ['31', null, 6],
        ['22', null, 1],
        ['48', null, 2],
      ]);
      expect(located(r.issues)).toEqual(['2:5:missing-value-ranked', '3:5:missing-value-ranked', '4:5:missing-value-ranked']);
      expect(r.issues[0].message.en).toBe('Score "NaN" recorded as missing (not 0); rank 5 kept');
    });
  }

  it('wide table: PCI "x" beside rank 3 is reported at its cell', () => {
    const r = parseWideCsv('Tỉnh,PCI,Xếp hạng\nQuảng Ninh,x,3\nĐà Nẵng,70.00,1\n', 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(located(r.issues)).toContain('2:2:missing-value-ranked');
  });
});

describe('a wide column of figures under a blank header is never dropped without a word', () => {
  it('"Tỉnh,PCI," then "Hà Nội,65,7.5": an error at the header line, column 3, naming 1 figure', () => {
    const r = parseWideCsv('Tỉnh,PCI,\nHà Nội,65,7.5\n', 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(located(r.issues.filter((p) => p.severity === 'error'))).toEqual(['1:3:blank-header-column']);
    expect(r.issues.find((p) => p.code === 'blank-header-column')!.message.en).toBe('Column 3 has 1 figures but no header: name it or choose its component');
  });

  it('a trailing delimiter (blank header, blank cells) is not a problem', () => {
    const r = parseWideCsv('Tỉnh,PCI,\nHà Nội,65,\n', 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.rows.map((s) => [s.unit, s.value])).toEqual([['01', 65]]);
  });
});

describe('no file:0:0 where a place exists', () => {
  it('long import, PCI 2016 with 2 of 63 provinces: the missing-provinces warning sits at the first row of the edition (line 2)', () => {
    const r = parseScoresCsv(`${H}\nPCI,2016,Quảng Ninh,total,65.60,\nPCI,2016,Đà Nẵng,total,70.00,\n`, 'f.csv', defaultCatalogue);
    const warnings = importWarnings(r.rows, defaultCatalogue, 'f.csv', r.locate);
    expect(located(warnings)).toEqual(['2:0:missing-provinces']);
  });

  it('long import, printed ranks against the score order: each inversion at its own score cell (Quảng Ninh line 2, Hà Nội line 4, column 5)', () => {
    const r = parseScoresCsv('index,year,province,component,score,rank\nPCI,2021,Quảng Ninh,total,70,2\nPCI,2021,Đà Nẵng,total,71,1\nPCI,2021,Hà Nội,total,60,1\n', 'f.csv', defaultCatalogue);
    const rankOrder = importWarnings(r.rows, defaultCatalogue, 'f.csv', r.locate).filter((p) => p.code === 'rank-order');
    expect(located(rankOrder).sort()).toEqual(['2:5:rank-order', '4:5:rank-order']);
  });

  it('a wide table given an unknown index or a year before the index existed: at the table (line 1), not 0', () => {
    expect(located(parseWideCsv('Tỉnh,PCI\nHà Nội,65\n', 't.csv', defaultCatalogue, { index: 'XYZ', year: 2016 }).issues)).toEqual(['1:0:unknown-index']);
    expect(located(parseWideCsv('Tỉnh,PCI\nHà Nội,65\n', 't.csv', defaultCatalogue, { index: 'PCI', year: 1999 }).issues)).toEqual(['1:0:year-before-index']);
  });
});

describe("the app's own CSV export reads back as it was", () => {
  it('notes starting with = + - @ lose the export\'s formula-guard apostrophe on import; "-5" and a user\'s own apostrophe stay', () => {
    const notes = ['=SUM(A1)', '+84 tăng', '-0,07 so với 2021', '@VCCI', "'quoted by the user", '-5'];
    const scores = notes.map((note, i) => ({ index: 'PCI', year: 2016, unit: ['01', '22', '31', '48', '79', '46'][i], component: 'total', value: 60 + i, officialRank: null, tier: null, source: 's', note }));
    const csv = toLongCsv(scores, defaultCatalogue);
    expect(csv).toContain("'=SUM(A1)");
    const back = parseScoresCsv(csv, 'export.csv', defaultCatalogue);
    expect(back.rows.map((s) => s.note)).toEqual(notes);
  });
});
