/**
 * owners.ts: a component of a declared new structure that continues old ones is owned by the owners the plan gave
 * the old component in the latest earlier edition — never by a later plan, never shown as a change in score.
 * PCI 2.0 (three pillars on the 34 units from 2025, VCCI): no 2025 figures are published yet, so the pillar figures
 * are a made-up test table; the 2024 figures and Quảng Ninh's units (22 → n22) are the shipped ones.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue, unitsForYear } from '../catalogue/catalogue';
import { structureFromHeader, withContinues, withStructures } from '../catalogue/editionStructure';
import { buildScoreTable } from '../table/dataset';
import type { Score } from '../catalogue/types';
import { defaultDepartments, defaultTemplate, provinceDepartments } from './departments';
import { blankItem, buildFollowUpRows, type FollowUpItem } from './followup';
import { continuedItemFor, ownersOf } from './owners';

const departments = provinceDepartments(defaultDepartments);
const declared = structureFromHeader(
  'PCI',
  2025,
  ['Môi trường kinh doanh', 'Cạnh tranh bình đẳng', 'Động lực tăng trưởng'].map((header) => ({ header, kind: 'figures' as const, largest: 8 })),
  'pci-2025.csv',
);
const pci = defaultCatalogue.indices.find((i) => i.id === 'PCI')!;
const structure = withContinues(declared, pci, ['Cạnh tranh bình đẳng=equal_competition']).structure;
const catalogue = withStructures(defaultCatalogue, [structure]);
const units = unitsForYear(catalogue, 2025);
const made: Score[] = units.flatMap((u, i) => [
  { index: 'PCI', year: 2025, unit: u.id, component: 'total', value: 70 - i * 0.3, officialRank: i + 1, source: 'test' },
  ...structure.components.map((c, k) => ({ index: 'PCI', year: 2025, unit: u.id, component: c.id, value: 7 - ((i + k) % 7) * 0.2, officialRank: null, source: 'test' })),
]);
const table = buildScoreTable([...loadShippedTable().scores, ...made], catalogue);
const item = (patch: Partial<FollowUpItem> & Pick<FollowUpItem, 'province' | 'index' | 'year' | 'component'>): FollowUpItem => ({ ...blankItem(patch.province, patch.index, patch.year, patch.component), ...patch });

// Quảng Ninh's 2024 plan (unit 22) gives the old Cạnh tranh bình đẳng (equal_competition) to Sở Tư pháp with Thanh tra; 2022's gave Sở Nội vụ.
const plan = [
  item({ province: '22', index: 'PCI', year: 2022, component: 'equal_competition', lead: 'so-noi-vu' }),
  item({ province: '22', index: 'PCI', year: 2024, component: 'equal_competition', lead: 'so-tu-phap', coOwners: ['thanh-tra'] }),
  item({ province: '22', index: 'PCI', year: 2024, component: 'land_access', lead: 'so-tnmt' }),
];
const ref = { index: 'PCI', year: 2025, component: 'canh_tranh_binh_dang' };

describe('a new component continues the old one it was mapped to: owned as the latest earlier plan gave it', () => {
  it('Quảng Ninh PCI 2025 "Cạnh tranh bình đẳng" (unit n22, formed from 22): the 2024 plan for equal_competition speaks — Sở Tư pháp, with Thanh tra', () => {
    const owners = ownersOf(ref, { table, province: 'n22', items: plan, departments, template: defaultTemplate, catalogue });
    expect(owners.lead).toMatchObject({ department: 'so-tu-phap', basis: 'plan' });
    expect(owners.coOwners.map((c) => c.department)).toEqual(['thanh-tra']);
    expect(owners.speaking).toMatchObject({ year: 2024, component: 'equal_competition', province: '22' });
  });
  it('a pillar continuing nothing is not given an old component\'s owners (Môi trường kinh doanh: no plan speaks)', () => {
    const owners = ownersOf({ ...ref, component: 'moi_truong_kinh_doanh' }, { table, province: 'n22', items: plan, departments, template: defaultTemplate, catalogue });
    expect(owners.speaking).toBeNull();
    expect(owners.lead?.basis ?? 'suggested').toBe('suggested');
  });
  it('without the structure\'s catalogue nothing is carried; the 2025 plan\'s own lead for the new component wins over the old one', () => {
    expect(continuedItemFor(plan, 'n22', ref, undefined)).toBeNull();
    expect(continuedItemFor(plan, 'n22', ref, defaultCatalogue)).toBeNull();
    const own = item({ province: 'n22', index: 'PCI', year: 2025, component: 'canh_tranh_binh_dang', lead: 'so-cong-thuong' });
    const owners = ownersOf(ref, { table, province: 'n22', items: [...plan, own], departments, template: defaultTemplate, catalogue });
    expect(owners.lead?.department).toBe('so-cong-thuong');
    expect(owners.speaking?.year).toBe(2025);
  });
  it('a later plan never speaks for an earlier edition: a 2026 plan for equal_competition is not carried into 2025', () => {
    const later = [item({ province: 'n22', index: 'PCI', year: 2026, component: 'equal_competition', lead: 'so-noi-vu' })];
    expect(continuedItemFor(later, 'n22', ref, catalogue)).toBeNull();
  });
  it('the follow-up shows it as carried from the 2024 plan for the old component, with no change in score across the break', () => {
    const rows = buildFollowUpRows(table, catalogue, { province: 'n22', index: 'PCI', year: 2025 }, {}, departments, defaultTemplate);
    expect(rows.map((r) => r.component.id).sort()).toEqual(['canh_tranh_binh_dang', 'dong_luc_tang_truong', 'moi_truong_kinh_doanh']);
    const saved = Object.fromEntries(plan.map((p) => [p.id, p]));
    const withPlan = buildFollowUpRows(table, catalogue, { province: 'n22', index: 'PCI', year: 2025 }, saved, departments, defaultTemplate);
    const row = withPlan.find((r) => r.component.id === 'canh_tranh_binh_dang')!;
    expect(row.carried).toMatchObject({ year: 2024, component: 'equal_competition', lead: 'so-tu-phap' });
    expect(row.assessment?.change ?? null).toBeNull();
    expect(withPlan.find((r) => r.component.id === 'dong_luc_tang_truong')!.carried).toBeNull();
  });
});

describe('worded for the brief and the report (planReport.ts leadLabel)', () => {
  it('"Sở Tư pháp (theo kế hoạch 2024 cho Cạnh tranh bình đẳng)" — the old target (on the old scale) is not shown as the new one\'s', async () => {
    const { leadLabel } = await import('./planReport');
    const withTarget = plan.map((p) => (p.component === 'equal_competition' && p.year === 2024 ? { ...p, targetScore: 7.5 } : p));
    const owners = ownersOf(ref, { table, province: 'n22', items: withTarget, departments, template: defaultTemplate, catalogue });
    expect(leadLabel(owners, departments, 'vi', { outcome: { table, catalogue } })).toEqual({ department: 'so-tu-phap', name: 'Sở Tư pháp (theo kế hoạch 2024 cho Cạnh tranh bình đẳng)', suggested: false });
    expect(leadLabel(owners, departments, 'en', { outcome: { table, catalogue } })!.name).toBe('Department of Justice (per the 2024 plan for Policy bias / equal competition)');
  });
});

describe('rules that need history are withheld with the break as the reason (analysis/weakness.ts)', () => {
  it('Quảng Ninh PCI 2025 "Cạnh tranh bình đẳng": "falling in a row" withheld — "Không so sánh qua mốc 2025", not "fewer editions"', async () => {
    const { assessComponents } = await import('../analysis/weakness');
    const pillar = assessComponents(table, catalogue, 'PCI', 2025, 'n22').find((a) => a.component === 'canh_tranh_binh_dang')!;
    const declining = pillar.rulesWithheld.find((r) => r.rule === 'declining')!;
    expect(declining.reason.vi).toContain('Không so sánh qua mốc 2025: cấu trúc chỉ số thay đổi');
  });
});

describe('the department page and the release report name the same carried owner (one owner rule)', () => {
  it("Sở Tư pháp's page lists Quảng Ninh's PCI 2025 \"Cạnh tranh bình đẳng\" as led by plan; the report sets no score or rank against 2024 and names no internal id", async () => {
    const { departmentPage } = await import('../province/departmentPage');
    const withTarget = plan.map((p) => (p.component === 'equal_competition' && p.year === 2024 ? { ...p, targetScore: 7.5 } : p));
    const page = departmentPage({ table, catalogue, province: 'n22', scope: 'n22', departmentId: 'so-tu-phap', items: withTarget, departments, template: defaultTemplate, provinceIndices: [] });
    expect(page.owned.find((o) => o.index === 'PCI' && o.year === 2025 && o.component === 'canh_tranh_binh_dang')).toMatchObject({ role: 'lead', basis: 'plan' });
    const { releaseReport } = await import('../report/releaseReport');
    const { analyseProvince } = await import('../analysis/analysis');
    const report = releaseReport(analyseProvince(table, catalogue, 'PCI', 2025, 'n22'), table, catalogue, 'vi', { plan: { items: withTarget, departments }, departments, today: '2026-12-03' });
    const text = JSON.stringify(report);
    // Across the break the report sets neither score nor rank against 2024 (no "2 → 10"), and never says the 2024 score is missing.
    const headline = report.blocks.find((b) => b.kind === 'table' && b.id === 'headline') as { rows: string[][] };
    expect(headline.rows.find((r) => r[0].startsWith('Thay đổi so với 2024'))![1]).toContain('Không so sánh qua mốc 2025: cấu trúc chỉ số thay đổi');
    expect(text).not.toContain('Chưa có điểm 2024 của tỉnh');
    expect(text).not.toContain('equal_competition');
  });
});
