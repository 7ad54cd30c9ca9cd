/**
 * import / validate / analyze with --province and --unit on Hà Tĩnh's DDCI 2021 table as printed
 * (https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan; fixtures: tests/fixtures/province/generate.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from './validate';
import { asProvincePrintsWorkbook } from '../tests/fixtures/province/generate';

const root = resolve(__dirname, '..');
const tsx = (script: string, ...args: string[]) => spawnSync(resolve(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
const fixture = (name: string) => `tests/fixtures/province/${name}`;
const HT = ['--index', 'DDCI', '--province', 'Hà Tĩnh', '--year', '2021'];

describe('npm run import -- --index DDCI … FILE: the table as a province prints it (title rows, STT, two-row header, section rows, footnote)', () => {
  // The figures written must be the clean CSV's, whatever the form (the source column names the file: dropped).
  const figures = (csv: string) => csv.trim().split(/\r?\n/).slice(1).map((l) => l.replace(/,[^,]*,$/, '')).sort();
  const clean = () => figures(tsx('import', ...HT, fixture('ddci-ha-tinh-2021-corrected.csv')).stdout);

  it('as .xlsx and .ods (merged cells): exit 0 and the 170 figures of the clean CSV', async () => {
    const expected = clean();
    expect(expected).toHaveLength(170);
    const dir = mkdtempSync(join(tmpdir(), 'chiso-ddci-'));
    for (const type of ['xlsx', 'ods'] as const) {
      const path = join(dir, `DDCI-Ha-Tinh-2021.${type}`);
      writeFileSync(path, await asProvincePrintsWorkbook(type));
      const r = tsx('import', ...HT, path);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('Section heading row left out: "II KHỐI SỞ, BAN, NGÀNH"');
      expect(figures(r.stdout)).toEqual(expected);
    }
  });

  it('a near-miss department ("Sở Tư phap") in the workbook: exit 1 naming the guess at its cell; with --accept-guesses the 170 figures of the clean CSV, a warning at the cell', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'chiso-ddci-')), 'DDCI-Ha-Tinh-2021-names.xlsx');
    writeFileSync(path, await asProvincePrintsWorkbook('xlsx', { names: { 'Sở Tư pháp': 'Sở Tư phap' } }));
    const asked = tsx('import', ...HT, path, '--lang', 'vi');
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain('DDCI 2021!B18: error: Có phải Sở Tư pháp? "Sở Tư phap" gần giống Sở Tư pháp');
    const taken = tsx('import', ...HT, path, '--accept-guesses');
    expect(taken.status, taken.stderr).toBe(0);
    expect(taken.stderr).toContain('DDCI 2021!B18: warning: "Sở Tư phap" read as Department of Justice (a near miss, guess accepted)');
    expect(figures(taken.stdout)).toEqual(clean());
  });

  it('as CSV laid out the same: the same figures', () => {
    const r = tsx('import', ...HT, fixture('ddci-ha-tinh-2021-as-province-prints.csv'));
    expect(r.status, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(clean());
  });

  it('the printed 50 in the workbook: an error at its cell (DDCI 2021!L24), exit 1', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'chiso-ddci-')), 'printed.xlsx');
    writeFileSync(path, await asProvincePrintsWorkbook('xlsx', { printed: true }));
    const r = tsx('import', ...HT, path);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('DDCI 2021!L24: error: Score 50 is outside the 0–10 scale of Dynamism and effectiveness');
  });
});

describe('npm run import -- --index DDCI --province "Hà Tĩnh" --year 2021 FILE', () => {
  it('as printed: the 50 is reported at line 16, column 11, exit 1, nothing written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-ddci-')), 'never.csv');
    const r = tsx('import', ...HT, fixture('ddci-ha-tinh-2021-as-printed.csv'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/province/ddci-ha-tinh-2021-as-printed.csv:16:11: error: Score 50 is outside the 0–10 scale of Dynamism and effectiveness');
    expect(r.stderr).toContain('column 11 "Tính năng động và hiệu lực" → dynamism (0–10)');
    expect(r.stderr).toContain('column 12 "DDCI năm 2021 (Thang điểm 100)" → composite (0–100)');
    expect(existsSync(out)).toBe(false);
  });

  it('corrected: 170 figures in long CSV with province + unit columns, "-" kept as not applicable, definition beside it; validate reads it back with 0 errors', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-ddci-')), 'ddci-2021.csv');
    const r = tsx('import', ...HT, fixture('ddci-ha-tinh-2021-corrected.csv'), '--out', out);
    expect(r.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFindex,year,province,unit,component,score,rank,tier,responses,source,note');
    expect(csv).toContain('DDCI,2021,Hà Tĩnh,Sở Tư pháp,land_access,-,,,,');
    expect(csv).toContain('DDCI,2021,Hà Tĩnh,Sở Tư pháp,total,68.2,,Khá,68,');
    expect(csv).toContain('DDCI,2021,Hà Tĩnh,Thị xã Hồng Lĩnh,land_access,8.36,');
    const bundle = JSON.parse(readFileSync(out.replace(/\.csv$/, '.definition.json'), 'utf8'));
    expect(bundle).toMatchObject({ schema: 'chiso-province-index', definition: { id: 'DDCI@42', composite: { max: 100 } } });
    expect(validateFiles([out], 'en', false, { index: 'DDCI', province: 'Hà Tĩnh', year: 2021 })).toMatchObject({ errors: 0, rows: 170, output: [] });
  });

  it('the user confirms scales: --scale 100 accepts the 50 (and the import says so, column by column)', () => {
    const r = tsx('import', ...HT, fixture('ddci-ha-tinh-2021-as-printed.csv'), '--scale', '100');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('→ dynamism (0–100)');
    expect(r.stdout).toContain('DDCI,2021,Hà Tĩnh,Sở Tài chính,dynamism,50,');
  });

  it('validate --province: the same 50 at the same place', () => {
    const checked = validateFiles([fixture('ddci-ha-tinh-2021-as-printed.csv')], 'en', false, { index: 'DDCI', province: 'Hà Tĩnh', year: 2021 });
    expect(checked.errors).toBe(1);
    expect(checked.output).toEqual(['tests/fixtures/province/ddci-ha-tinh-2021-as-printed.csv:16:11: error: Score 50 is outside the 0–10 scale of Dynamism and effectiveness']);
  });

  it('--unit keeps one unit: import writes Sở Tư pháp\'s 10 figures; validate counts them; a former unit is refused with its successor', () => {
    const r = tsx('import', ...HT, '--unit', 'Sở Tư pháp', fixture('ddci-ha-tinh-2021-corrected.csv'));
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(11);
    expect(validateFiles([fixture('ddci-ha-tinh-2021-corrected.csv')], 'en', false, { index: 'DDCI', province: 'Hà Tĩnh', year: 2021, unit: 'Sở Tư pháp' })).toMatchObject({ errors: 0, rows: 10 });
    const former = tsx('import', '--index', 'DDCI', '--province', 'Hà Tĩnh', '--year', '2025', '--unit', 'Sở Kế hoạch và Đầu tư', fixture('ddci-ha-tinh-2025-crosswalk.csv'));
    expect(former.status).toBe(2);
    expect(former.stderr).toContain('carried on by Sở Tài chính');
  });

  it('a 2025 table with communes and merged departments imports through the crosswalk', () => {
    const r = tsx('import', '--index', 'DDCI', '--province', 'Hà Tĩnh', '--year', '2025', fixture('ddci-ha-tinh-2025-crosswalk.csv'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('DDCI,2025,Hà Tĩnh,Sở Nông nghiệp và Môi trường,total,50,');
    expect(r.stdout).toContain('DDCI,2025,Hà Tĩnh,Phường Bắc Hồng Lĩnh,total,50,');
  });
});

describe('npm run analyze -- --index DDCI --province "Hà Tĩnh" --year 2021 --unit U --with FILE --json', () => {
  it('Sở Tư pháp: composite 68.2, rank 7 among the 10 departments loaded (marked *), never among the districts', () => {
    const r = tsx('analyze', ...HT, '--unit', 'Sở Tư pháp', '--with', fixture('ddci-ha-tinh-2021-corrected.csv'), '--json');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.unit).toMatchObject({ id: '42/so-tu-phap', kind: 'department', department: 'so-tu-phap' });
    expect(a.composite).toMatchObject({ value: 68.2, rank: 7, rankOutOf: 10, rankBasis: 'among-loaded', rankAmong: 'department', rankMark: '*', grade: 'Khá', responses: 68 });
    expect(a.composite.rankNote.en).toBe('rank among the 10 departments loaded, not a rank the province published');
    expect(a.components.find((c: { component: string }) => c.component === 'land_access')).toMatchObject({ notApplicable: true, value: null, rank: null });
    expect(a.contributions).toBeNull();
  });

  it('the table as printed (with the 50) is not analysed: exit 1 with the located error', () => {
    const r = tsx('analyze', ...HT, '--unit', 'Sở Tư pháp', '--with', fixture('ddci-ha-tinh-2021-as-printed.csv'), '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(':16:11: error:');
  });

  it('an unknown unit, or a district asked for in 2025, is a clear message with exit 2', () => {
    const r = tsx('analyze', '--index', 'DDCI', '--province', 'Hà Tĩnh', '--year', '2025', '--unit', 'Sở Kế hoạch và Đầu tư', '--with', fixture('ddci-ha-tinh-2025-crosswalk.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('carried on by Sở Tài chính');
  });
});
