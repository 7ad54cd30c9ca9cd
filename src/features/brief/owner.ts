/**
 * The brief's "who leads" cell: plan/owners.ts `ownersOf`, in the province's own department names (no state here).
 * The plan made for any edition of the index speaks for the component (a 2022 plan still assigns the work read in
 * 2023): the latest edition's plan with a lead wins and is named when it is not this edition's, with its target;
 * without any, the template's suggestion, marked as such.
 */
import { defaultTemplate, departmentName, type Department } from '@/domain/plan/departments';
import type { FollowUpItem } from '@/domain/plan/followup';
import { ownersOf, type OwnerRef } from '@/domain/plan/owners';
import { targetText } from '@/domain/plan/planReport';
import type { Lang } from '@/domain/catalogue/types';
import type { ScoreTable } from '@/domain/table/dataset';

export interface BriefOwner {
  department: string;
  /** The department's name, with the plan's target and the plan's edition when it is not this one. */
  name: string;
  /** True when the template suggests it and no plan has named a lead. */
  suggested: boolean;
}

export function briefOwner(table: ScoreTable, province: string, items: readonly FollowUpItem[], departments: readonly Department[], ref: OwnerRef, lang: Lang): BriefOwner | null {
  const ctx = { table, province, items, departments, template: defaultTemplate };
  const planYears = [...new Set(items.filter((i) => i.province === province && i.index === ref.index && i.component === ref.component && i.lead !== null).map((i) => i.year))].sort((a, b) => b - a);
  for (const year of planYears) {
    const owners = ownersOf({ ...ref, year }, ctx);
    const lead = owners.lead;
    if (!lead || lead.basis !== 'plan') continue;
    const item = items.find((i) => i.province === province && i.index === ref.index && i.year === year && i.component === ref.component);
    const target = item ? targetText(item.targetScore, item.targetRank, ref.index, item.targetYear, lang) : '';
    const from = year !== ref.year ? (lang === 'vi' ? ` (kế hoạch ${year})` : ` (${year} plan)`) : '';
    const name = `${departmentName(departments, lead.department, lang)}${target ? ` — ${lang === 'vi' ? 'chỉ tiêu' : 'target'} ${target}` : ''}${from}`;
    return { department: lead.department, name, suggested: false };
  }
  const lead = ownersOf(ref, ctx).lead;
  return lead ? { department: lead.department, name: departmentName(departments, lead.department, lang), suggested: lead.basis === 'suggested' } : null;
}
