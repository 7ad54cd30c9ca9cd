import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { buildFollowUpRows } from './followup';
import { defaultDepartments, defaultTemplate, provinceDepartments } from './departments';
import { defaultTargetYear, nextEditionYear, suggestTarget, targetRankProblem, targetScoreProblem } from './targetRules';
import { assessComponents } from '../analysis/weakness';

const table = loadShippedTable();
const assessment = (index: string, year: number, unit: string, component: string) => assessComponents(table, catalogue, index, year, unit).find((a) => a.component === component)!;

describe('targets are checked against the component scale and the number of units ranked', () => {
  it('a target of 12 on a 0–10 PCI sub-index is refused, naming the scale; 9,30 is accepted', () => {
    expect(targetScoreProblem(catalogue, 'PCI', 'entry_costs', 2025, 12)?.vi).toBe('Mục tiêu 12,00 nằm ngoài thang điểm 0,00–10,00 của chỉ số thành phần này');
    expect(targetScoreProblem(catalogue, 'PCI', 'entry_costs', 2025, 12)?.en).toBe("Target 12.00 is outside this component's 0.00–10.00 scale");
    expect(targetScoreProblem(catalogue, 'PCI', 'entry_costs', 2025, 9.3)).toBeNull();
    expect(targetScoreProblem(catalogue, 'PCI', 'total', 2025, 75)).toBeNull();
  });
  it('a target rank is 1–63 before 2025 and 1–34 from 2025', () => {
    expect(targetRankProblem(catalogue, 2024, 40)).toBeNull();
    expect(targetRankProblem(catalogue, 2025, 40)?.en).toBe('A target rank is a whole number from 1 to 34');
    expect(targetRankProblem(catalogue, 2025, 0)).not.toBeNull();
  });
});

describe('suggested targets follow a stated rule and are never the current score', () => {
  it('below the national median → the median: Quảng Ninh PCI 2016 equal competition 5.00 → 5.07 (median 5.061)', () => {
    const s = suggestTarget(table, catalogue, 'PCI', 2016, '22', assessment('PCI', 2016, '22', 'equal_competition'))!;
    expect(s).toMatchObject({ rule: 'national-median', value: 5.07 });
  });
  it('above the median, PAPI quartiles: Quảng Ninh PAPI 2016 accountability 4.93 → the best-performer threshold 5.23', () => {
    expect(suggestTarget(table, catalogue, 'PAPI', 2016, '22', assessment('PAPI', 2016, '22', 'accountability'))).toMatchObject({ rule: 'next-tier', value: 5.23 });
  });
  it('PCI (printed tiers, no cut-offs): Quảng Ninh PCI 2016 entry costs 9.28 improving → its recent pace carried one year', () => {
    const s = suggestTarget(table, catalogue, 'PCI', 2016, '22', assessment('PCI', 2016, '22', 'entry_costs'))!;
    expect(s.rule).toBe('trend');
    expect(s.value).toBeGreaterThan(9.283);
  });
  it('falling with no median (PCI 2021, 27 of 63): Hậu Giang transparency 4.53 → win back its 2020 level 5.31', () => {
    expect(suggestTarget(table, catalogue, 'PCI', 2021, '93', assessment('PCI', 2021, '93', 'transparency'))).toMatchObject({ rule: 'trend', value: 5.31 });
  });
  it('for every component of Quảng Ninh PCI 2016 and PAPI 2016 the suggestion is better than the score and on the scale', () => {
    for (const [index, year] of [['PCI', 2016], ['PAPI', 2016]] as const)
      for (const a of assessComponents(table, catalogue, index, year, '22')) {
        const s = suggestTarget(table, catalogue, index, year, '22', a);
        if (!s) continue;
        expect(s.value, `${index} ${a.component}`).toBeGreaterThan(a.value!);
        expect(targetScoreProblem(catalogue, index, a.component, year + 1, s.value)).toBeNull();
      }
  });
});

describe('the target year: the edition after the newest published one, with the departments of that year', () => {
  it('Hà Giang: PCI figures end in 2022 (64.39, 41st, nhandan.vn), PCI 2024 is published — its targets are for PCI 2025', () => {
    expect(nextEditionYear(table, 'PCI', 2022)).toBe(2025);
    expect(defaultTargetYear(table, 'PCI', '02', 2022)).toBe(2025);
    expect(defaultTargetYear(table, 'PCI', '02', 2016)).toBe(2017);
  });
  it('looking back at a past edition keeps the next one: Quảng Ninh PCI 2016 → 2017', () => {
    expect(defaultTargetYear(table, 'PCI', '22', 2016)).toBe(2017);
  });
  it('Hà Giang PCI 2022 follow-up: targets 2025, entry costs suggested to Sở Tài chính (Sở KH&ĐT merged in 2025)', () => {
    const rows = buildFollowUpRows(table, catalogue, { province: '02', index: 'PCI', year: 2022 }, {}, provinceDepartments(defaultDepartments), defaultTemplate);
    expect(rows.every((r) => r.item.targetYear === 2025)).toBe(true);
    expect(rows.find((r) => r.component.id === 'entry_costs')!.suggestion!.lead).toBe('so-tai-chinh');
    const before = buildFollowUpRows(table, catalogue, { province: '22', index: 'PCI', year: 2016 }, {}, provinceDepartments(defaultDepartments), defaultTemplate);
    expect(before.find((r) => r.component.id === 'entry_costs')!.suggestion!.lead).toBe('so-khdt');
  });
});
