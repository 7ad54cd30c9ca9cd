/** npm run simulate: a what-if as JSON { composite, rank, rankBasis, tier, changes }; --target-rank gives the proposal. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const run = (...args: string[]) => spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/simulate.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('simulate CLI', () => {
  it('PCI 2016 Hà Giang --set land_access=+0.5 --json: composite 55.65, 58th nationally', () => {
    const result = run('--index', 'PCI', '--year', '2016', '--province', 'Hà Giang', '--set', 'land_access=+0.5', '--json');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.composite).toBeCloseTo(55.65, 2);
    expect(out).toMatchObject({ rank: 58, rankBasis: 'computed-national', changes: { land_access: 0.5 }, derived: 'what-if' });
    expect(out.tier).toMatchObject({ basis: 'observed-floor' });
  }, 30_000);

  it('text: a change too small for two decimals is printed with the digits that show it (PCI 2016 Tây Ninh, 0.0012 behind the 19th: +0.001 on labour training takes it to 19th), the sub-index by name', () => {
    const result = run('--index', 'PCI', '--year', '2016', '--province', 'Tây Ninh', '--set', 'labour_training=+0.001');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('PCI 2016 — Tây Ninh — what-if (derived, not published)');
    expect(result.stdout).toContain('composite 60.14 → 60.14 (+0.0020)   rank 19 (national)');
    expect(result.stdout).toContain('Labour training (labour_training): +0.0010');
    expect(result.stdout).not.toContain('+0.00\n');
  }, 30_000);

  it('--target-rank 50: the proposal (component → change) re-simulated is 50th or better', () => {
    const result = run('--index', 'PCI', '--year', '2016', '--province', 'Hà Giang', '--target-rank', '50', '--json');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.rank).toBeLessThanOrEqual(50);
    const sets = Object.entries(out.changes as Record<string, number>).flatMap(([c, d]) => ['--set', `${c}=+${d}`]);
    expect(sets.length).toBeGreaterThan(0);
    const again = JSON.parse(run('--index', 'PCI', '--year', '2016', '--province', 'Hà Giang', ...sets, '--json').stdout);
    expect(again.rank).toBeLessThanOrEqual(50);
  }, 30_000);

  it('PAR INDEX: not a known function of its components, exit 2; unknown component, exit 2', () => {
    const par = run('--index', 'PAR', '--year', '2022', '--province', 'Hà Nội', '--set', 'direction=+1');
    expect(par.status).toBe(2);
    expect(par.stderr).toContain('not a known function');
    const bad = run('--index', 'PCI', '--year', '2016', '--province', 'Hà Giang', '--set', 'nonsense=+1');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unknown component "nonsense"');
  }, 30_000);
});
