/**
 * Every CLI reads its flags with scripts/lib/cli.mjs: --help lists every flag (exit 0); an unknown flag, a flag
 * without its value, a value out of range (a target rank beyond the edition's count, a base year without data)
 * and an --out folder that does not exist are one line on stderr and exit 2 — never a stack trace.
 * The reproducers of issue 17 (point 8) and issue 18 (point 6).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText } from './lib/cli.mjs';
import { SIMULATE_CLI } from './simulate';
import { ANALYZE_CLI } from './analyze';
import { IMPORT_CLI } from './import';
import { VALIDATE_CLI } from './validate';
import { SYNTH_CLI } from './synth';
import { BENCH_CLI } from './bench';
import { INDICATORS_CLI } from './build-indicators';

const root = resolve(__dirname, '..');
const tsx = (script: string, ...args: string[]) => spawnSync(resolve(root, 'node_modules/.bin/tsx'), [`scripts/${script}`, ...args], { cwd: root, encoding: 'utf8' });

/** Exit 2, one line on stderr, no stack frame, nothing on stdout. */
function expectOneLine(r: ReturnType<typeof tsx>, text: string) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(text);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

const HG = ['--index', 'PCI', '--year', '2016', '--province', 'Hà Giang'];

describe('CLI arguments: one line and exit 2 for a wrong call', () => {
  it('simulate --set with no value', () => {
    expectOneLine(tsx('simulate.ts', ...HG, '--set'), 'simulate: --set needs a value (e.g. --set land_access=+0.5)');
  });

  it('simulate --target-rank 999: beyond the 63 provinces PCI 2021 ranks', () => {
    expectOneLine(tsx('simulate.ts', '--index', 'PCI', '--year', '2021', '--province', 'Hậu Giang', '--target-rank', '999'), '--target-rank 999 is out of range: from 1 to 63 (PCI 2021 ranks 63 provinces)');
  });

  it('analyze --base 1999: no PCI data that year', () => {
    expectOneLine(tsx('analyze.ts', '--index', 'PCI', '--year', '2016', '--province', 'Hà Nội', '--base', '1999'), 'analyze: --base 1999: no PCI data for 1999 before 2016');
  });

  it('import --out /nonexistent/dir/x.csv: the folder is named, nothing read', () => {
    expectOneLine(tsx('import.ts', '--index', 'PCI', '--year', '2021', 'tests/fixtures/import/pci-2021-wide-vi.csv', '--out', '/nonexistent/dir/x.csv'), 'import: --out /nonexistent/dir/x.csv: the folder /nonexistent/dir does not exist');
  });

  it('import of a long score file (what import writes) says so and where it goes, instead of reading "year" as a column of figures', () => {
    expectOneLine(tsx('import.ts', '--index', 'PCI', '--year', '2021', 'tests/fixtures/malformed/duplicate.csv'), 'import: tests/fixtures/malformed/duplicate.csv is already a long score file (index, year, province, component, score): npm run validate -- tests/fixtures/malformed/duplicate.csv checks it');
  });

  it('unknown flags are rejected, not ignored (validate, analyze, import, synth, build-data)', () => {
    expectOneLine(tsx('validate.ts', 'tests/fixtures/import/pci-2021-wide-vi.csv', '--strict'), 'validate: unknown flag --strict');
    expectOneLine(tsx('analyze.ts', ...HG, '--baseyear', '2015'), 'analyze: unknown flag --baseyear');
    expectOneLine(tsx('import.ts', '--index', 'PCI', '--year', '2021', '--output', 'x.csv', 'f.csv'), 'import: unknown flag --output');
    expectOneLine(tsx('synth.ts', '--out', '/tmp/x.csv', '--row', '5'), 'synth: unknown flag --row');
    expectOneLine(tsx('build-data.ts', '--dry-run'), 'build-data: unknown flag --dry-run');
  });
});

describe('a file the CLI cannot read: said in words at the file, never the system\'s "ENOENT: no such file or directory, open …"', () => {
  it('import and validate of a file that does not exist, and of a folder; --with given a workbook says to import it first', () => {
    const missing = tsx('import.ts', '--index', 'PCI', '--year', '2021', '/nonexistent/PCI-2021.xlsx', '--lang', 'vi');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('/nonexistent/PCI-2021.xlsx:0:0: error: Không đọc được tệp: không có tệp này (kiểm tra tên và thư mục)');
    const checked = tsx('validate.ts', '/nonexistent/scores.csv', 'tests/fixtures');
    expect(checked.status).toBe(1);
    expect(checked.stdout + checked.stderr).toContain('/nonexistent/scores.csv:0:0: error: Cannot read file: no such file (check its name and folder)');
    expect(checked.stdout + checked.stderr).toContain('tests/fixtures:0:0: error: Cannot read file: this is a folder, not a file');
    expect(missing.stderr + checked.stdout + checked.stderr).not.toMatch(/ENOENT|EISDIR|open '/);
    const withPdf = tsx('import.ts', '--index', 'PCI', '--year', '2016', 'tests/fixtures/import/pci-2016-wide-vi-tiers.csv', '--compare', '--with', 'tests/fixtures/pdf/libreoffice-pci-2016-12pt-115.pdf');
    expect(withPdf.status).toBe(2);
    expect(withPdf.stderr).toContain('tests/fixtures/pdf/libreoffice-pci-2016-12pt-115.pdf: error: --with takes the long CSV that npm run import … --out FILE.csv writes; this is a PDF: import it first');
  }, 60_000);
});

describe('CLI --help lists every flag', () => {
  it('simulate --help: the usage and every flag on stdout, exit 0', () => {
    const r = tsx('simulate.ts', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(helpText(SIMULATE_CLI));
  });

  it.each([
    [SIMULATE_CLI, ['--index', '--year', '--province', '--set', '--target-rank', '--json']],
    [ANALYZE_CLI, ['--index', '--year', '--province', '--base', '--json', '--lang', '--with', '--indicators', '--indicator-workbook', '--unit', '--definition']],
    [INDICATORS_CLI, ['--check']],
    [IMPORT_CLI, ['--index', '--year', '--sheet', '--out', '--lang', '--compare', '--with', '--json', '--ignore-column', '--new-structure', '--continues', '--accept-guesses', '--province', '--scale', '--composite-scale', '--kinds', '--lower-is-better', '--definition', '--unit']],
    [VALIDATE_CLI, ['--lang', '--quiet', '--index', '--year', '--province', '--definition', '--unit', '--accept-guesses']],
    [SYNTH_CLI, ['--out', '--rows', '--seed', '--no-errors']],
    [BENCH_CLI, ['--rows', '--seed', '--runs', '--no-browser', '--browser-only', '--tables-only', '--plans-only']],
  ] as const)('$name --help', (spec, flags) => {
    const text = helpText(spec);
    expect(text).toMatch(/^usage: /);
    for (const flag of [...flags, '--help']) expect(text).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
    expect(Object.keys(spec.options).map((f) => `--${f}`).sort()).toEqual([...flags].sort());
  });
});
