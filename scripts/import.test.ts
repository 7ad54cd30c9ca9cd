import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from './validate';
import { pci2016 } from '../tests/fixtures/tables';

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
  it('a table with bad rows: the rows read are written, each row left out is listed with its place, exit 1', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-import-')), 'good-rows.csv');
    const r = run('--index', 'PCI', '--year', '2021', fixture('pci-2021-wide-errors.csv'), '--out', out, '--lang', 'vi');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pci-2021-wide-errors.csv: 5 dòng bị để lại (chưa nhập), sửa rồi nhập lại:');
    expect(r.stderr).toContain('  tests/fixtures/import/pci-2021-wide-errors.csv:5\n');
    // Quảng Ninh's row (line 2) is fine: its 11 figures are written.
    expect(validateFiles([out])).toMatchObject({ errors: 0, rows: 11 });
    expect(readFileSync(out, 'utf8')).toContain('PCI,2021,Quảng Ninh,total,73.02,1,');
    expect(r.stderr).toContain('tests/fixtures/import/pci-2021-wide-errors.csv:3:4: error: Điểm "#VALUE!" không phải là số');
    expect(r.stderr).toContain('pci-2021-wide-errors.csv:5:1: error: Không nhận ra tỉnh/thành "Tỉnh Hà Tây Mới" cho năm 2021');
  });
  it('without --index/--year: usage, exit 2', () => {
    expect(run(fixture('pci-2021-wide-vi.csv')).status).toBe(2);
  });
});

describe('npm run import: a near miss is never taken silently', () => {
  // VCCI's PCI 2016 table (data/scores) with Đắk Lắk printed "Đắc Lắc" (a listed spelling) and Quảng Ninh "Quảng Nình" (a tone mark off).
  const rows = pci2016({ 'Đắk Lắk': 'Đắc Lắc', 'Quảng Ninh': 'Quảng Nình' });
  const dir = mkdtempSync(join(tmpdir(), 'chiso-import-'));
  const file = join(dir, 'pci-2016.csv');
  writeFileSync(file, ['Tỉnh/Thành phố,Điểm số PCI,Xếp hạng', ...rows.map((r) => `${r.printed},${r.total},${r.rank}`)].join('\n') + '\n');
  const qnLine = rows.findIndex((r) => r.province === 'Quảng Ninh') + 2;
  const dlLine = rows.findIndex((r) => r.province === 'Đắk Lắk') + 2;
  it('"Quảng Nình": an error at its line naming the guess, the row left out, exit 1; "Đắc Lắc" read as Đắk Lắk, said once (not a problem)', () => {
    const out = join(dir, 'out.csv');
    const r = run('--index', 'PCI', '--year', '2016', file, '--out', out, '--lang', 'vi');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`pci-2016.csv:${qnLine}:1: error: Có phải Quảng Ninh? "Quảng Nình" gần giống Quảng Ninh`);
    expect(r.stderr).toContain('để nhận các tên đoán gần đúng ở trên: --accept-guesses');
    expect(r.stderr.split('\n').filter((l) => l.includes('Đắc Lắc'))).toEqual([`  Tên viết khác đã hiểu: “Đắc Lắc” → Đắk Lắk (cách viết cũ) — ${file}: dòng ${dlLine}, cột 1`]);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('PCI,2016,Đắk Lắk,total,58.623993,28,');
    expect(csv).not.toContain('Quảng Ninh');
  });
  it('--accept-guesses: the row is imported (Quảng Ninh 65.595551, rank 2) with a warning at its line naming the guess, exit 0', () => {
    const out = join(dir, 'out-accepted.csv');
    const r = run('--index', 'PCI', '--year', '2016', file, '--out', out, '--accept-guesses');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`pci-2016.csv:${qnLine}:1: warning: "Quảng Nình" read as Quang Ninh (a near miss, guess accepted)`);
    expect(readFileSync(out, 'utf8')).toContain('PCI,2016,Quảng Ninh,total,65.595551,2,');
    expect(validateFiles([out])).toMatchObject({ errors: 0, rows: 63 });
    // In English too, and the exit code is the table's own: a spelling read is never a problem.
    expect(r.stderr).toContain(`  Names read from another spelling: “Đắc Lắc” → Dak Lak (older spelling) — ${file}: line ${dlLine}, column 1`);
  });
  it('--compare --json: the note in the JSON, once per name ({ written, unit, province, spelling, place, note })', () => {
    const r = run('--index', 'PCI', '--year', '2016', file, '--compare', '--json', '--accept-guesses', '--lang', 'vi');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { same: number; spellings: unknown[] };
    expect(json.same).toBe(63);
    // VCCI's workbook prints "BRVT" and "TT-Huế" (variants); "Đắc Lắc" is the older spelling put in.
    expect(json.spellings).toHaveLength(3);
    expect(json.spellings).toContainEqual({ written: 'Đắc Lắc', unit: '66', province: 'Đắk Lắk', spelling: 'older', place: `${file}: line ${dlLine}, column 1`, note: '“Đắc Lắc” → Đắk Lắk (cách viết cũ)' });
    expect(json.spellings).toContainEqual(expect.objectContaining({ written: 'TT-Huế', unit: '46', spelling: 'variant', note: '“TT-Huế” → Thừa Thiên Huế (cách viết khác)' }));
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
    // The other 62 provinces are written; the row left out is named by its place.
    expect(r.stderr).toContain(`1 row(s) left out (not imported); fix and import them again:\n  ${file}: PCI 2016!M12`);
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

describe('npm run import --compare: figures against the shipped data at the precision printed (issue 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-import-compare-'));
  it('PCI 2019 workbook at full precision over the pages\' two decimals: 331 the same (more digits), 0 different; one changed figure: exactly 1, with both values and sources', async () => {
    const { pci2019FullPrecisionWorkbook } = await import('../tests/fixtures/tables');
    const full = join(dir, 'PCI-2019-full.xlsx');
    const changed = join(dir, 'PCI-2019-changed.xlsx');
    writeFileSync(full, await pci2019FullPrecisionWorkbook());
    writeFileSync(changed, await pci2019FullPrecisionWorkbook({ change: { province: 'Quảng Ninh', component: 'land_access', by: 0.5 } }));
    const r = run('--index', 'PCI', '--year', '2019', full, '--compare', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 10, same: 331, sameWithMoreDigits: 331, different: [] });
    const c = run('--index', 'PCI', '--year', '2019', changed, '--compare', '--json');
    const out = JSON.parse(c.stdout);
    expect(out.same).toBe(330);
    expect(out.different).toEqual([{ province: 'Quảng Ninh', component: 'land_access', loaded: 7, incoming: 7.4965, loadedSource: 'pcivietnam.vn/en: PCI Subindices of 63 provinces/cities (PCI 2019)', incomingSource: `${changed}: PCI 2019!D6` }]);
    const vi = run('--index', 'PCI', '--year', '2019', changed, '--compare', '--lang', 'vi');
    expect(vi.stdout.split('\n')[0]).toBe('10 mới; 330 giống nhau — bảng mới có nhiều chữ số hơn, giữ bảng mới; 1 khác');
  }, 60_000);
  it('--with lays a long file over the shipped data first: the changed figure compared against it is the same', async () => {
    const { pci2019FullPrecisionWorkbook } = await import('../tests/fixtures/tables');
    const changed = join(dir, 'PCI-2019-changed-2.xlsx');
    writeFileSync(changed, await pci2019FullPrecisionWorkbook({ change: { province: 'Quảng Ninh', component: 'land_access', by: 0.5 } }));
    const mine = join(dir, 'mine.csv');
    writeFileSync(mine, 'index,year,province,component,score\nPCI,2019,Quảng Ninh,land_access,7.50\n');
    const r = run('--index', 'PCI', '--year', '2019', changed, '--compare', '--with', mine, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ same: 331, different: [] });
  }, 60_000);
});

describe('npm run import: no silent column loss (issue 17.4)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-import-columns-'));
  const table = join(dir, 'pci-2021-dvht.csv');
  // The PCI 2021 table from pcivietnam.vn with the business-support header worded as a province's report words it.
  writeFileSync(table, readFileSync(fixture('pci-2021-wide-vi.csv'), 'utf8').replace('Chính sách hỗ trợ doanh nghiệp', 'Dịch vụ hỗ trợ DN'));
  it('a column of figures matching no component: exit 1 naming the column and the flag, its weight said, nothing written', () => {
    const r = run('--index', 'PCI', '--year', '2021', table, '--lang', 'vi');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(':1:10: error: Cột "Dịch vụ hỗ trợ DN" có 12 số liệu nhưng chưa ghép với thành phần nào');
    expect(r.stderr).toContain('để bỏ qua cột này: --ignore-column "Dịch vụ hỗ trợ DN"');
    expect(r.stderr).toContain('warning: Dịch vụ hỗ trợ doanh nghiệp — trọng số 20% — chưa ghép cột nào');
    expect(r.stdout).toBe('');
  });
  it('--ignore-column names it (any case, no diacritics): exit 0, the other 120 figures written', () => {
    const out = join(dir, 'out.csv');
    const r = run('--index', 'PCI', '--year', '2021', table, '--ignore-column', 'dich vu ho tro DN', '--out', out);
    expect(r.status).toBe(0);
    expect(validateFiles([out])).toMatchObject({ errors: 0, rows: 120 });
  });
  it('--ignore-column naming no column: exit 2, the headers listed', () => {
    const r = run('--index', 'PCI', '--year', '2021', table, '--ignore-column', 'Không có');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"Không có": no column has this header');
  });
});

describe('npm run import … --new-structure: an edition whose components differ (PCI 2.0 on the 34 units)', () => {
  // The pillar figures are a test table (no PCI 2025 figures are published yet); the 2024 figures are the shipped ones.
  const table = fixture('pci-2025-new-structure.csv');
  const analyze = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/analyze.ts', ...args], { encoding: 'utf8' });
  it('without it: exit 1, the two unmatched pillars named, --new-structure offered, nothing folded or written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-import-')), 'pci-2025.csv');
    const r = run('--index', 'PCI', '--year', '2025', table, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Column "Môi trường kinh doanh" holds 34 figures but matches no component');
    expect(r.stderr).toContain('Column "Động lực tăng trưởng" holds 34 figures but matches no component');
    expect(r.stderr).toContain('--new-structure');
    expect(() => readFileSync(out)).toThrow();
  });
  it('with it: three components as printed (not equal_competition), a method break; analyze --with ranks among 34, no change across the break', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-import-')), 'pci-2025.csv');
    const r = run('--index', 'PCI', '--year', '2025', table, '--out', out, '--new-structure');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('column 4 "Cạnh tranh bình đẳng" → Cạnh tranh bình đẳng (canh_tranh_binh_dang)');
    expect(r.stderr).toContain('method break 2025');
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('PCI,2025,Quảng Ninh,canh_tranh_binh_dang,');
    expect(csv).not.toContain('equal_competition');
    const structure = JSON.parse(readFileSync(out.replace(/\.csv$/, '.structure.json'), 'utf8'));
    expect(structure.components.map((c: { id: string }) => c.id)).toEqual(['moi_truong_kinh_doanh', 'canh_tranh_binh_dang', 'dong_luc_tang_truong']);

    const edition = JSON.parse(analyze('--index', 'PCI', '--year', '2025', '--with', out, '--json').stdout);
    expect(edition.coverage).toMatchObject({ loaded: 34, expected: 34, complete: true });
    expect(edition.rows).toHaveLength(34);
    expect(edition.rows[0]).toMatchObject({ name: 'Đắk Lắk', value: 74.63, rank: 1, rankBasis: 'official', rankOutOf: 34 });

    const a = analyze('--index', 'PCI', '--year', '2025', '--province', 'Quảng Ninh', '--with', out, '--json');
    expect(a.status).toBe(0);
    const qn = JSON.parse(a.stdout);
    expect(qn.composite).toMatchObject({ rankOutOf: 34, baseYear: 2024, baseValue: 73.2, scoreChange: null, rankChange: null });
    expect(qn.composite.changeWithheld.en).toContain('Not compared across 2025');
    expect(qn.composite.methodBreaks.at(-1)).toMatchObject({ year: 2025, structure: true });
    expect(qn.keptScore).toBeNull();
    expect(qn.components.map((c: { component: string }) => c.component).sort()).toEqual(['canh_tranh_binh_dang', 'dong_luc_tang_truong', 'moi_truong_kinh_doanh']);
  });
  it('--continues records which old components a new one continues (structure file); a wrong name is exit 2', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-import-')), 'pci-2025.csv');
    const r = run('--index', 'PCI', '--year', '2025', table, '--out', out, '--new-structure', '--continues', 'Cạnh tranh bình đẳng=equal_competition');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Cạnh tranh bình đẳng (canh_tranh_binh_dang, 0–10; continues equal_competition)');
    const structure = JSON.parse(readFileSync(out.replace(/\.csv$/, '.structure.json'), 'utf8'));
    expect(structure.components[1].continues).toEqual(['equal_competition']);
    expect(run('--index', 'PCI', '--year', '2025', table, '--out', out, '--new-structure', '--continues', 'Cạnh tranh bình đẳng=nothing').status).toBe(2);
  });
});
