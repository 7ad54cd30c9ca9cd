import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
