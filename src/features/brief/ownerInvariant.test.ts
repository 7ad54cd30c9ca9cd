/**
 * Invariant over all shipped data (issue 18): the brief, the department page and the follow-up name the same owner
 * for every component of the latest edition of each of the four indices, in every province — with a plan that
 * assigns some components in that edition, some only in an earlier edition (still speaking for them), one to a
 * department merged away in 2025 (Sở KH&ĐT), and leaves the rest to the template's suggestion.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue, FOUR_INDICES, findIndex, mainComponents } from '@/domain/catalogue/catalogue';
import { blankItem, buildFollowUpRows, followUpIndicators, itemId, withIndicatorPlan, type FollowUpItem } from '@/domain/plan/followup';
import { indicatorRef } from '@/domain/plan/owners';
import { ownedIndicators } from '@/domain/province/departmentRequest';
import { subComponentSource } from '@/domain/analysis/indicatorSources';
import { defaultDepartments, defaultTemplate, provinceDepartments } from '@/domain/plan/departments';
import { departmentPage } from '@/domain/province/departmentPage';
import { briefOwner } from './owner';

const table = loadShippedTable();
const catalogue = defaultCatalogue;
const departments = provinceDepartments(defaultDepartments);
const leads = ['so-noi-vu', 'so-tu-phap', 'so-khdt', 'so-tai-chinh', 'thanh-tra', 'so-tnmt', 'so-cong-thuong'].filter((id) => departments.some((d) => d.id === id));

function latestYear(index: string, province: string): number | null {
  const years = table.years(index).filter((y) => table.components(index, y).some((c) => table.get(index, y, province, c)?.value != null));
  return years.length ? years[years.length - 1] : null;
}

/** Every unit any of the four indices scored, in any edition. */
const provinces = [...new Set(FOUR_INDICES.flatMap((index) => table.years(index).flatMap((y) => table.slice(index, y, 'total').map((s) => s.unit))))].sort();

describe('one owner for every component: brief = department page = follow-up', () => {
  it('the plan names real departments, Sở KH&ĐT among them', () => {
    expect(leads).toContain('so-khdt');
    expect(leads.length).toBe(7);
    expect(provinces.length).toBeGreaterThanOrEqual(63);
  });

  for (const province of provinces) {
    it(`province ${province}`, () => {
      const items: FollowUpItem[] = [];
      const refs: { index: string; year: number; component: string }[] = [];
      for (const index of FOUR_INDICES) {
        const ix = findIndex(catalogue, index);
        const year = ix ? latestYear(ix.id, province) : null;
        if (!ix || year === null) continue;
        const earlier = table.years(ix.id).filter((y) => y < year).at(-1) ?? null;
        mainComponents(ix, year).forEach((c, i) => {
          refs.push({ index: ix.id, year, component: c.id });
          const lead = leads[(i + Number(province)) % leads.length];
          if (i % 3 === 0) items.push({ ...blankItem(province, ix.id, year, c.id), lead, coOwners: [] });
          if (i % 3 === 1 && earlier !== null) items.push({ ...blankItem(province, ix.id, earlier, c.id), lead, coOwners: [] });
        });
      }
      const saved = Object.fromEntries(items.map((i) => [i.id, i]));
      const pages = departments.map((d) => departmentPage({ table, catalogue, province, scope: province, departmentId: d.id, items, departments, template: defaultTemplate, provinceIndices: [] }));
      const disagree: string[] = [];
      const rowsByEdition = new Map<string, ReturnType<typeof buildFollowUpRows>>();
      for (const ref of refs) {
        const key = `${ref.index}|${ref.year}`;
        if (!rowsByEdition.has(key)) rowsByEdition.set(key, buildFollowUpRows(table, catalogue, { province, index: ref.index, year: ref.year }, saved, departments, defaultTemplate));
        const row = rowsByEdition.get(key)!.find((r) => r.component.id === ref.component)!;
        const followUp = row.item.lead ?? row.carried?.lead ?? row.suggestion?.lead ?? null;
        const brief = briefOwner(table, province, items, departments, ref, 'vi')?.department ?? null;
        const onPages = departments
          .filter((_, i) => pages[i].owned.some((o) => o.index === ref.index && o.year === ref.year && o.component === ref.component && o.role === 'lead' && o.via === null))
          .map((d) => d.id);
        if (brief !== followUp || onPages.length !== (brief === null ? 0 : 1) || (brief !== null && onPages[0] !== brief)) {
          disagree.push(`${ref.index} ${ref.year} ${ref.component} (${itemId(province, ref.index, ref.year, ref.component)}): brief ${brief}, follow-up ${followUp}, department pages ${onPages.join('+') || '—'}`);
        }
      }
      expect(disagree).toEqual([]);
      expect(refs.length).toBeGreaterThan(0);
    });
  }
});

/**
 * The same for indicators (issue 20.4): every PAPI sub-dimension of each province's latest PAPI edition, with a plan
 * that names an owner of its own for some indicators (Sở KH&ĐT, merged away in 2025, among them), the component's
 * lead for others, and leaves the rest to the template (its indicator rules included): the brief's owner, the
 * follow-up's and the one department page (its list of owned indicators, domain/province/departmentRequest.ts) that
 * shows the indicator as led directly agree.
 */
describe('one owner for every indicator: brief = department page = follow-up', () => {
  const papi = subComponentSource(table, catalogue);
  // Every third province PAPI scored (the brief, the pages and the follow-up compute standings for each: kept short).
  for (const province of provinces.filter((p) => latestYear('PAPI', p) !== null).filter((_, i) => i % 3 === 0)) {
    it(`province ${province}`, () => {
      const ix = findIndex(catalogue, 'PAPI')!;
      const year = latestYear('PAPI', province)!;
      const items: FollowUpItem[] = [];
      const defs = mainComponents(ix, year).flatMap((c, i) => {
        const list = papi.defs('PAPI', year, c.id);
        let item: FollowUpItem = { ...blankItem(province, 'PAPI', year, c.id), lead: i % 3 === 0 ? leads[i % leads.length] : null };
        list.forEach((d, k) => {
          if ((k + i) % 2 === 0) item = withIndicatorPlan(item, d.id, { lead: leads[(k + Number(province)) % leads.length], coOwners: [], target: null, deadline: null });
        });
        items.push(item);
        return list;
      });
      const saved = Object.fromEntries(items.map((i) => [i.id, i]));
      const input = (departmentId: string) => ({ source: papi, table, catalogue, province, departmentId, items, departments, template: defaultTemplate });
      const pages = departments.map((d) => ownedIndicators(input(d.id), [{ index: 'PAPI', year }]).flatMap((g) => g.indicators));
      const disagree: string[] = [];
      for (const def of defs) {
        const followUp = followUpIndicators(table, { province, index: 'PAPI', year }, [def], saved, departments, defaultTemplate, catalogue)[0].owners.lead?.department ?? null;
        const brief = briefOwner(table, province, items, departments, indicatorRef(def, year), 'vi')?.department ?? null;
        const onPages = departments.filter((_, i) => pages[i].some((o) => o.standing.def.id === def.id && o.ownership.role === 'lead' && o.ownership.via === null)).map((d) => d.id);
        if (brief !== followUp || onPages.length !== (brief === null ? 0 : 1) || (brief !== null && onPages[0] !== brief)) disagree.push(`${def.id}: brief ${brief}, follow-up ${followUp}, department pages ${onPages.join('+') || '—'}`);
      }
      expect(disagree).toEqual([]);
      expect(defs.length).toBeGreaterThan(15);
      // The plan's own owners did reach the indicators (the test can fail): Sở Tài chính leads what the plan gave Sở KH&ĐT, through it.
      const khdt = defs.filter((d) => items.some((i) => i.indicators[d.id]?.lead === 'so-khdt'));
      if (khdt.length) expect(pages[departments.findIndex((d) => d.id === 'so-tai-chinh')].some((o) => o.ownership.via === 'so-khdt')).toBe(true);
    }, 60_000);
  }
});
