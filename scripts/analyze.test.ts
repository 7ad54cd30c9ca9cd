/** npm run analyze: everything for one province/index/year as JSON, with each flag's rule and numbers; exit 2 on unknown input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  it('PCI 2016 Tây Ninh: score up 0.48 yet 16 → 20; the summary and --json say it would stand 23rd with its 2015 score', () => {
    const text = run('--index', 'PCI', '--year', '2016', '--province', 'Tây Ninh', '--lang', 'vi');
    expect(text.stdout).toContain('Điểm tăng 0,48 nhưng các tỉnh khác tăng nhanh hơn: giữ điểm 2015 (59,66) thì đứng thứ 23/63');
    expect(text.stdout).toContain('−4 bậc');
    const a = JSON.parse(run('--index', 'PCI', '--year', '2016', '--province', 'Tây Ninh', '--json').stdout);
    expect(a.keptScore).toMatchObject({ baseYear: 2015, rankWithBaseScore: 23, exact: true, ownMove: 3, othersMove: -7, rankChange: -4 });
    // How sure the rank is: 16–22 under the method, the drop from 16 is not within noise, 0.0012 behind the 19th is.
    expect(a.composite.rankRange).toMatchObject({ low: 16, high: 22, method: { kind: 'method-sensitivity' } });
    expect(a.composite.withinNoise).toBe(false);
    expect(a.gapWithinNoise).toBe(true);
    expect(text.stdout).toContain('khoảng hạng 16–22 (khi trọng số đổi ±20% và theo độ chính xác in; độ nhạy của phương pháp, không phải sai số chọn mẫu)');
    expect(text.stdout).toContain('trong phạm vi nhiễu');
  }, 30_000);
  it('PCI 2015 Tây Ninh (19th → 16th): the move lies inside both rank ranges — "within noise"; PAPI 2022 Quảng Ninh: against 2021 "not ranked", never "— points"; PAR 2019 Tây Ninh: group B computed, said so', () => {
    const noise = run('--index', 'PCI', '--year', '2015', '--province', 'Tây Ninh');
    expect(noise.stdout).toContain('rank range 13–19 (with weights moved ±20% and the printed precision; sensitivity of the method, not sampling error) — within noise: the move lies inside both editions’ rank ranges');
    expect(JSON.parse(run('--index', 'PCI', '--year', '2015', '--province', 'Tây Ninh', '--json').stdout).composite).toMatchObject({ rank: 16, rankChange: 3, withinNoise: true });
    const papi = run('--index', 'PAPI', '--year', '2022', '--province', 'Quảng Ninh');
    expect(papi.stdout).toContain('  vs 2021: not ranked in PAPI 2021: no stated reason found\n');
    expect(papi.stdout).toContain('falling in a row: not ranked in PAPI 2021 (not missing data)');
    expect(run('--index', 'PAR', '--year', '2019', '--province', 'Tây Ninh').stdout).toContain("Group B (80–<90%) (computed with the index's rule)");
  }, 60_000);

  it('the rank table (no --province): each row carries its rank range (PAPI 2023 Thái Nguyên 2nd: 2–4); the published sample size with its page', () => {
    const e = JSON.parse(run('--index', 'PAPI', '--year', '2023', '--json').stdout);
    expect(e.rows.find((r: { name: string }) => r.name === 'Thái Nguyên')).toMatchObject({ rank: 2, rankRange: { low: 2, high: 4 } });
    expect(e.sample).toMatchObject({ value: 19536 });
    expect(run('--index', 'PAPI', '--year', '2023').stdout).toContain('Second column: rank range (with weights moved ±20% and the printed precision; sensitivity of the method, not sampling error)');
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
    expect(result.stdout).toContain('PAPI 2016 — Quảng Ninh');
    expect(result.stdout).toContain('Why the rank moved (2015 → 2016): -2.43');
  }, 30_000);

  it('PCI 2021 Hậu Giang (38th) --json: the gap is measured to the nearest loaded province above and says it is not exact unless that is the 37th', () => {
    const a = JSON.parse(run('--index', 'PCI', '--year', '2021', '--province', 'Hậu Giang', '--json').stdout);
    const gap = a.rankMove.gapToNextRank;
    expect(gap).toHaveProperty('gap');
    expect(gap.targetRank === 37 || gap.exact === false).toBe(true);
    if (gap.targetRank !== 37) expect(gap).toMatchObject({ exact: false, nextRank: 37 });
    expect(a.weakAssessment).toBe('partial');
  }, 30_000);

  it('PCI 2016 Quảng Ninh (2nd): an exact gap of 4.41 to the 1st; weakAssessment complete in 2016, not in 2022', () => {
    const a = JSON.parse(run('--index', 'PCI', '--year', '2016', '--province', 'Quảng Ninh', '--json').stdout);
    expect(a.rankMove.gapToNextRank).toMatchObject({ targetRank: 1, exact: true });
    expect(a.rankMove.gapToNextRank.gap).toBeCloseTo(4.41, 2);
    expect(a.weakAssessment).toBe('complete');
    const b = JSON.parse(run('--index', 'PCI', '--year', '2022', '--province', 'Quảng Ninh', '--json').stdout);
    expect(b.weakAssessment).not.toBe('complete');
    expect(b.weakAssessmentDetail.rulesWithheld.map((w: { rule: string }) => w.rule).sort()).toEqual(['below-median', 'bottom-share', 'declining']);
  }, 30_000);

  it('text: a rank among loaded provinces keeps its mark — Bắc Ninh PCI 2019 entry costs "26*", never "#26", with the explanation', () => {
    const out = run('--index', 'PCI', '--year', '2019', '--province', 'Bắc Ninh').stdout;
    expect(out).toMatch(/Entry costs\s+6\.88\s+rank 26\*/);
    expect(out).not.toContain('#26');
    expect(out).toContain('* Rank among the 30 of 63 loaded provinces, not a national rank.');
  }, 30_000);

  it('text: a printed rank that contradicts a complete year is a data conflict with both sources (PCI 2015 Quảng Ninh land access, if still shipped as 44)', () => {
    const out = run('--index', 'PCI', '--year', '2015', '--province', 'Quảng Ninh').stdout;
    expect(out).toMatch(/Land access and security of tenure\s+6\.26\s+rank 20 /);
    if (out.includes('Printed rank 44')) expect(out).toContain('Data conflict (Land access and security of tenure): Printed rank 44 contradicts the score order');
  }, 30_000);

  it('--with FILE: the user\'s file is laid over the shipped data (PCI 2022 Nghệ An 66.60, 23rd, printed by baonghean.vn)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-with-'));
    const file = join(dir, 'nghe-an.csv');
    writeFileSync(
      file,
      'index,year,province,component,score,rank,source\nPCI,2022,Nghệ An,total,66.60,23,https://baonghean.vn/provincial-competitiveness-index-pci-for-2022-released-and-nghe-ans-ranking-increases-by-7-places-post267904.html\n',
    );
    const a = JSON.parse(run('--index', 'PCI', '--year', '2022', '--province', 'Nghệ An', '--json', '--with', file).stdout);
    expect(a.composite).toMatchObject({ unit: '40', value: 66.6, rank: 23, rankBasis: 'official' });
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'index,year,province,component,score\nPCI,2022,Nghệ An,total,abc\n');
    const failed = run('--index', 'PCI', '--year', '2022', '--province', 'Nghệ An', '--with', bad);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain(`${bad}:2:5: error: Score "abc" is not a number`);
  }, 30_000);

  it('shipped news figures: PCI 2022 Nghệ An reads 66.60, 23rd (printed); PAR INDEX 2024 Hải Phòng 96.17, 1st', () => {
    const na = JSON.parse(run('--index', 'PCI', '--year', '2022', '--province', 'Nghệ An', '--json').stdout);
    expect(na.composite).toMatchObject({ unit: '40', value: 66.6, rank: 23, rankBasis: 'official' });
    const hp = JSON.parse(run('--index', 'PAR', '--year', '2024', '--province', 'Hải Phòng', '--json').stdout);
    expect(hp.composite).toMatchObject({ unit: '31', value: 96.17, rank: 1, rankBasis: 'official' });
    expect(hp.rankMove.gapToTop).toBe(0);
  }, 30_000);
});
