/**
 * npm run analyze -- … --indicators: every indicator under each component. PAPI sub-dimensions on the real shipped
 * figures; PCI base indicators from a LAYOUT FIXTURE workbook (tests/fixtures/indicatorWorkbook.ts: real sub-index
 * scores, indicator values NOT published figures), because VCCI's workbooks could not be read here; and the fixture's
 * one-province table (Quảng Ninh's 2017 profile, CSV, NOT published figures) through the same flag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_2017_CSV, PROFILE_2017_FILE, writeFixtures } from '../tests/fixtures/indicatorWorkbook';

const root = resolve(__dirname, '..');
const run = (...args: string[]) => spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'indicators-'));
beforeAll(() => writeFixtures(dir), 60_000);

describe('analyze --indicators', () => {
  it('PAPI 2016 Quảng Ninh --json: civic knowledge 0.910817, median 1.053492, best Bắc Giang 1.498273, 57th of 63, −0.176527 since 2015, weak', () => {
    const result = run('--index', 'PAPI', '--year', '2016', '--province', 'Quảng Ninh', '--indicators', '--json');
    expect(result.status).toBe(0);
    const a = JSON.parse(result.stdout);
    const civic = a.indicators.find((i: { id: string }) => i.id === 'participation.civic_knowledge');
    expect(civic).toMatchObject({
      component: 'participation',
      label: 'Civic knowledge',
      unit: 'points',
      direction: 'higher',
      value: 0.910817,
      median: 1.053492,
      best: 1.498273,
      bestUnit: '24',
      bestUnitName: 'Bắc Giang', // as the catalogue writes it, in either language (issue 18)
      rank: 57,
      rankOutOf: 63,
      previousYear: 2015,
      previousValue: 1.087344,
      change: -0.176527,
      weak: ['bottom-share', 'worse-than-median'],
      // plan/owners.ts with no plan: the template's participation lead, suggested
      ownerId: 'so-noi-vu',
      ownerBasis: 'suggested',
    });
    // An indicator rule of the template (land-use certificate procedures → Sở TN&MT), as in the app.
    expect(a.indicators.find((r: { id: string }) => r.id === 'admin_procedures.land_use_rights_procedures')).toMatchObject({ ownerId: 'so-tnmt', ownerBasis: 'suggested' });
    expect(Object.keys(civic)).toEqual(expect.arrayContaining(['component', 'id', 'label', 'unit', 'direction', 'value', 'median', 'best', 'bestUnit', 'bestUnitName', 'rank', 'rankOutOf', 'previousYear', 'previousValue', 'change', 'weak', 'owner']));
    expect(a.indicators).toHaveLength(22); // PAPI 2016: 4 + 3 + 3 + 4 + 4 + 4 sub-dimensions
  }, 60_000);

  it('text: weak indicators listed under each sub-index, furthest behind first', () => {
    const out = run('--index', 'PAPI', '--year', '2016', '--province', 'Quảng Ninh', '--indicators', '--lang', 'en').stdout;
    const block = out.slice(out.indexOf('Participation at local levels: 4/4 weak'));
    expect(block.split('\n').slice(1, 3).map((l) => l.trim().split('  ')[0])).toEqual(['! Voluntary contributions', '! Civic knowledge']);
  }, 60_000);

  it('PCI 2016 with an indicator workbook (layout fixture): indicators under land access with rank by direction; lower-is-better days', () => {
    const result = run('--index', 'PCI', '--year', '2016', '--province', 'Quảng Ninh', '--indicators', '--json', '--indicator-workbook', join(dir, 'pci-indicators-LAYOUT-FIXTURE-2015.xlsx'), join(dir, 'pci-indicators-LAYOUT-FIXTURE-2016.xlsx'));
    expect(result.status).toBe(0);
    const land = JSON.parse(result.stdout).indicators.filter((i: { component: string }) => i.component === 'land_access');
    expect(land.map((i: { id: string }) => i.id)).toEqual(['land_access.LURC', 'land_access.LURC_days', 'land_access.LURC_detered', 'land_access.land_new']);
    expect(land[0]).toMatchObject({ direction: 'higher', rank: 19, rankOutOf: 63, previousYear: 2015 });
    expect(land[1]).toMatchObject({ direction: 'lower', rank: 19, change: null });
    expect(land[3]).toMatchObject({ direction: null, rank: null });
    // Owners by plan/owners.ts (the app's rule): the inspections indicator to Thanh tra tỉnh by the template's indicator rule, its sub-index's other indicator to the sub-index's suggested lead.
    const owners = Object.fromEntries(JSON.parse(result.stdout).indicators.map((i: { id: string; ownerId: string }) => [i.id, i.ownerId]));
    expect(owners).toMatchObject({ 'land_access.LURC_days': 'so-tnmt', 'time_costs.tc_inspect': 'thanh-tra', 'time_costs.tc_hours': 'so-noi-vu' });
  }, 60_000);

  it('PCI without indicator figures: an empty list and, in text, where to get them', () => {
    const a = JSON.parse(run('--index', 'PCI', '--year', '2016', '--province', 'Quảng Ninh', '--indicators', '--json').stdout);
    expect(a.indicators).toEqual([]);
    expect(run('--index', 'PCI', '--year', '2016', '--province', 'Quảng Ninh', '--indicators').stdout).toContain('--indicator-workbook');
  }, 60_000);

  describe('a one-province indicator table (CSV) through --indicator-workbook, read by the app\'s import step', () => {
    const withProfile = (...files: string[]) => ['--index', 'PCI', '--year', '2017', '--province', 'Quảng Ninh', '--indicators', '--json', '--indicator-workbook', ...files];

    it('PCI 2017 Quảng Ninh: its value read (not the median beside it), 55,0% as 0.55, rank among loaded only (1*/1), change since the 2016 workbook; the unmatched row at line 5 listed with its label and value', () => {
      // The profile given before the workbook: workbooks are read first, as the app needs them first.
      const result = run(...withProfile(join(dir, PROFILE_2017_FILE), join(dir, 'pci-indicators-LAYOUT-FIXTURE-2016.xlsx')));
      expect(result.status).toBe(0);
      const a = JSON.parse(result.stdout);
      const land = a.indicators.filter((i: { component: string }) => i.component === 'land_access');
      expect(land.map((i: { id: string; value: number }) => [i.id, i.value])).toEqual([
        ['land_access.LURC', 0.55],
        ['land_access.LURC_days', 28.5],
      ]);
      // Quảng Ninh 2016 in the fixture: LURC 0.5066 (0.1 × 6.066298 − 0.1) → +0.0434.
      expect(land[0]).toMatchObject({ rank: 1, rankOutOf: 1, rankBasis: 'among-loaded', previousYear: 2016, change: 0.0434, median: null });
      expect(a.unmatchedIndicatorRows).toEqual([{ file: PROFILE_2017_FILE, place: 'line 5, column 1', label: '% DN gặp khó khăn về mặt bằng do giải phóng mặt bằng chậm', component: 'land_access', value: 12.5, printed: '12,5%' }]);
      expect(result.stderr).toContain(`${PROFILE_2017_FILE}: line 5, column 1: warning: Row "% DN gặp khó khăn`);
    }, 60_000);

    it('text: the unmatched row listed under "Not matched to any indicator" with its place', () => {
      const out = run(...withProfile(join(dir, 'pci-indicators-LAYOUT-FIXTURE-2016.xlsx'), join(dir, PROFILE_2017_FILE)).filter((x) => x !== '--json')).stdout;
      expect(out).toContain('Not matched to any indicator:\n  ? % DN gặp khó khăn về mặt bằng do giải phóng mặt bằng chậm: 12,5%  (ho-so-quang-ninh-pci-2017.csv: line 5, column 1)');
    }, 60_000);

    it('a value that is not a number: exit 1, the error at its line and column, in Vietnamese with --lang vi', () => {
      const bad = join(dir, 'ho-so-quang-ninh-pci-2017-bad.csv');
      writeFileSync(bad, PROFILE_2017_CSV.replace('"55,0%"', 'năm mươi'));
      const result = run(...withProfile(join(dir, 'pci-indicators-LAYOUT-FIXTURE-2016.xlsx'), bad), '--lang', 'vi');
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('ho-so-quang-ninh-pci-2017-bad.csv: dòng 4, cột 3: error: Giá trị "năm mươi" của chỉ tiêu "% DN có mặt bằng kinh doanh và có Giấy chứng nhận quyền sử dụng đất" không phải là số');
      expect(result.stderr).toContain('analyze: Tệp chỉ tiêu có lỗi không được dùng');
    }, 60_000);

    it('a table naming no province takes the one asked for; a file that cannot be read: exit 1 naming it; the flag without --indicators: usage error, exit 2', () => {
      const nameless = join(dir, 'profile-2017.csv');
      writeFileSync(nameless, PROFILE_2017_CSV.replace('Hồ sơ PCI 2017 — Quảng Ninh', 'Hồ sơ PCI 2017').replace(',Quảng Ninh,', ',Giá trị,'));
      const read = run(...withProfile(join(dir, 'pci-indicators-LAYOUT-FIXTURE-2016.xlsx'), nameless));
      expect(read.status).toBe(0);
      expect(JSON.parse(read.stdout).indicators.find((i: { id: string }) => i.id === 'land_access.LURC').value).toBe(0.55);
      const missing = run(...withProfile(join(dir, 'no-such-2017.csv')));
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('no-such-2017.csv:0:0: error: Cannot read file: ENOENT');
      const usage = run('--index', 'PCI', '--year', '2017', '--province', 'Quảng Ninh', '--indicator-workbook', join(dir, PROFILE_2017_FILE));
      expect(usage.status).toBe(2);
    }, 60_000);
  });
});
