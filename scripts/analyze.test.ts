/** npm run analyze: everything for one province/index/year as JSON, with each flag's rule and numbers; exit 2 on unknown input. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const run = (...args: string[]) => spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('analyze CLI', () => {
  it('Hà Nội PCI 2016 --json: rank 14 (+10), land access first with its bottom-third and below-median flags', () => {
    const result = run('--index', 'PCI', '--year', '2016', '--province', 'Hà Nội', '--json');
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.composite).toMatchObject({ unit: '01', rank: 14, rankChange: 10, baseYear: 2015 });
    expect(analysis.weak[0]).toMatchObject({ component: 'land_access', cost: 0.824568 });
    expect(analysis.weak[0].flags.map((f: { rule: string; amount: number }) => [f.rule, f.amount])).toEqual([
      ['bottom-share', 21],
      ['below-median', 1.649135], // median 5.807803 − score 4.158668,
    ]);
    expect(analysis.rules).toMatchObject({ bottomShare: 1 / 3, consecutiveDeclines: 2, belowMedian: true });
    expect(analysis.rankMove.compositeChange).toBeCloseTo(1.740715, 6);
  }, 30_000);

  it('unknown province or index: a clear message and exit code 2', () => {
    const province = run('--index', 'PCI', '--year', '2016', '--province', 'Atlantis');
    expect(province.status).toBe(2);
    expect(province.stderr).toContain('Unknown province "Atlantis" for 2016');
    const index = run('--index', 'XYZ', '--year', '2016', '--province', 'Hà Nội');
    expect(index.status).toBe(2);
    expect(index.stderr).toContain('Unknown index "XYZ"');
  }, 30_000);

  it('without --json: a readable summary', () => {
    const result = run('--index', 'PAPI', '--year', '2016', '--province', 'Quảng Ninh', '--lang', 'en');
    expect(result.stdout).toContain('PAPI 2016 — Quang Ninh');
    expect(result.stdout).toContain('Why the rank moved (2015 → 2016): -2.43');
  }, 30_000);
});
