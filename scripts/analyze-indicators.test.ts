/**
 * npm run analyze -- … --indicators: every indicator under each component. PAPI sub-dimensions on the real shipped
 * figures; PCI base indicators from a LAYOUT FIXTURE workbook (tests/fixtures/indicatorWorkbook.ts: real sub-index
 * scores, indicator values NOT published figures), because VCCI's workbooks could not be read here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures } from '../tests/fixtures/indicatorWorkbook';

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
      bestUnitName: 'Bac Giang',
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
});
