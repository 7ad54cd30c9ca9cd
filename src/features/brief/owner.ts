/**
 * The brief's "who leads" cell: plan/owners.ts `ownersOf` (who), worded by plan/planReport.ts `leadLabel` (no state
 * here), with whether the plan's target was met once its edition is loaded.
 */
import { defaultTemplate, type Department } from '@/domain/plan/departments';
import type { FollowUpItem } from '@/domain/plan/followup';
import { ownersOf, type OwnerRef } from '@/domain/plan/owners';
import { leadLabel, type LeadLabel } from '@/domain/plan/planReport';
import { defaultCatalogue, type Catalogue } from '@/domain/catalogue/catalogue';
import type { Lang } from '@/domain/catalogue/types';
import type { ScoreTable } from '@/domain/table/dataset';

export type BriefOwner = LeadLabel;

export function briefOwner(table: ScoreTable, province: string, items: readonly FollowUpItem[], departments: readonly Department[], ref: OwnerRef, lang: Lang, catalogue: Catalogue = defaultCatalogue): BriefOwner | null {
  return leadLabel(ownersOf(ref, { table, province, items, departments, template: defaultTemplate, catalogue }), departments, lang, { outcome: { table, catalogue } });
}
