import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from './validate';

const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { encoding: 'utf8' });
const fixture = (name: string) => `tests/fixtures/import/${name}`;

describe('npm run import: wide table → long CSV that npm run validate accepts', () => {
  it('PCI 2021 Vietnamese table (Quang Ninh, TT-Huế, BRVT, TP.HCM, decimal commas) → 132 long rows, validate: 0 errors', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-import-')), 'pci-2021-long.csv');
    const r = run('--index', 'PCI', '--year', '2021', fixture('pci-2021-wide-vi.csv'), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('column 2 "Tỉnh/Thành phố" → province');
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('PCI,2021,Quảng Ninh,total,73.02,1,');
    expect(csv).toContain('PCI,2021,Thừa Thiên Huế,total,69.24,8,');
    const checked = validateFiles([out]);
    expect(checked).toMatchObject({ errors: 0, rows: 132 });
  });
  it('a table with errors: exit 1, FILE:LINE:COL messages, nothing written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-import-')), 'never.csv');
    const r = run('--index', 'PCI', '--year', '2021', fixture('pci-2021-wide-errors.csv'), '--out', out, '--lang', 'vi');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/import/pci-2021-wide-errors.csv:3:4: error: Điểm "#VALUE!" không phải là số');
    expect(r.stderr).toContain('pci-2021-wide-errors.csv:5:1: error: Không nhận ra tỉnh/thành "Tỉnh Hà Tây Mới" cho năm 2021');
    expect(existsSync(out)).toBe(false);
  });
  it('without --index/--year: usage, exit 2', () => {
    expect(run(fixture('pci-2021-wide-vi.csv')).status).toBe(2);
  });
});

describe('npm run validate recognises wide tables', () => {
  it('index and year from the file name (pci-2019-…): HCMC N/A → 10 missing-value warnings, no error', () => {
    const r = validateFiles([fixture('pci-2019-wide-en.csv')]);
    expect(r.errors).toBe(0);
    expect(r.rows).toBe(253);
    expect(r.output.filter((l) => l.includes('recorded as missing'))).toHaveLength(10);
  });
  it('--index/--year given: the errors table fails with 5 located errors', () => {
    const r = validateFiles([fixture('pci-2021-wide-errors.csv')], 'en', true, { index: 'PCI', year: 2021 });
    expect(r.errors).toBe(5);
    expect(r.output[0]).toBe('tests/fixtures/import/pci-2021-wide-errors.csv:3:4: error: Score "#VALUE!" is not a number');
  });
  it('long files are read as before: malformed/missing-column.csv still names the missing columns', () => {
    const r = validateFiles(['tests/fixtures/malformed/missing-column.csv']);
    expect(r.output.some((l) => l.includes('Missing required column'))).toBe(true);
  });
});

describe('npm run import reads workbooks and PDF annexes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-import-tables-'));
  it('PCI 2016 workbook (notes sheet, title, merged header, footnotes) → 693 long rows at full precision, validate: 0 errors', async () => {
    const { pciWorkbook } = await import('../tests/fixtures/tables');
    const file = join(dir, 'PCI-2016.xlsx');
    writeFileSync(file, await pciWorkbook());
    const out = join(dir, 'pci-2016-from-xlsx.csv');
    const r = run('--index', 'PCI', '--year', '2016', file, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('sheet "PCI 2016"');
    expect(r.stderr).toContain('PCI 2016!70:70: warning: Footnote/source row');
    expect(readFileSync(out, 'utf8')).toContain('PCI,2016,Đà Nẵng,total,70.001396,1,Rất tốt,');
    expect(validateFiles([out])).toMatchObject({ errors: 0, rows: 693 });
  }, 60_000);
  it('a bad cell: exit 1, the message names sheet and cell (PCI 2016!M12)', async () => {
    const { pciWorkbook } = await import('../tests/fixtures/tables');
    const file = join(dir, 'PCI-2016-bad.xlsx');
    writeFileSync(file, await pciWorkbook({ badCell: true }));
    const r = run('--index', 'PCI', '--year', '2016', file, '--out', join(dir, 'never.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}: PCI 2016!M12: error: Score "6x,1" is not a number`);
  }, 60_000);
  it('an unknown --sheet is an error listing the sheets', async () => {
    const { pciWorkbook } = await import('../tests/fixtures/tables');
    const file = join(dir, 'PCI-2016-sheet.xlsx');
    writeFileSync(file, await pciWorkbook());
    const r = run('--index', 'PCI', '--year', '2016', '--sheet', 'PCI 2017', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No sheet "PCI 2017" (sheets: Ghi chú, PCI 2016)');
  }, 60_000);
  it('a two-page PDF annex with decimal commas → 693 long rows (two decimals as printed), validate: 0 errors', async () => {
    const { pciAnnexHtml, printPdf } = await import('../tests/fixtures/tables');
    const file = join(dir, 'phu-luc.pdf');
    writeFileSync(file, await printPdf(pciAnnexHtml()));
    const out = join(dir, 'pci-2016-from-pdf.csv');
    const r = run('--index', 'PCI', '--year', '2016', file, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('page 2, line 1: warning: Repeated header row');
    expect(readFileSync(out, 'utf8')).toContain('PCI,2016,Cao Bằng,total,52.99,63,');
    expect(validateFiles([out])).toMatchObject({ errors: 0, rows: 693 });
  }, 60_000);
});
