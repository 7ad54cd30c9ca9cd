/**
 * Which department leads on a weak component: plan/owners.ts `ownersOf` (the plan's lead, else the template's
 * suggestion, marked), in the province's own department names — the same owner the department page and the
 * follow-up name.
 */
import { useMemo } from 'react';
import { departmentsOf, useAssignments } from '@/state/assignments';
import { briefOwner, type BriefOwner } from './owner';
import { useCatalogue } from '@/data/catalogue';
import { getUnit } from '@/domain/catalogue/catalogue';
import { indicatorRef } from '@/domain/plan/owners';
import type { IndicatorDef } from '@/domain/analysis/indicators';
import type { ScoreTable } from '@/domain/table/dataset';
import type { Lang } from '@/domain/catalogue/types';
import type { BriefIndex } from './briefData';

export interface Departments {
  lookup(index: string, year: number, component: string): BriefOwner | null;
  /** An indicator's owner (owners.ts: its own line in the plan, its component's owners, or the template's suggestion). */
  lookupIndicator(def: IndicatorDef, year: number): BriefOwner | null;
  /** 'missing' when the follow-up plan has nothing for the province's latest editions. */
  note: 'missing' | null;
}

export function useDepartments(table: ScoreTable | undefined, province: string, entries: BriefIndex[], lang: Lang): Departments {
  const items = useAssignments((s) => s.items);
  const edits = useAssignments((s) => s.departments);
  const catalogue = useCatalogue();
  return useMemo(() => {
    const departments = departmentsOf({ items, departments: edits }, province);
    const plan = Object.values(items);
    // A plan of any edition of the index speaks for its components (owner.ts).
    // (A 2025 unit's plan may still be that of the units it was formed from: owners.ts reads those for a continued component.)
    const planners = new Set([province, ...(getUnit(catalogue, province)?.formedFrom ?? [])]);
    const planned = entries.some((e) => e.year !== null && plan.some((i) => planners.has(i.province) && i.index === e.index.id && i.lead !== null));
    return {
      lookup: (index, year, component) => {
        return table ? briefOwner(table, province, plan, departments, { index, year, component }, lang, catalogue) : null;
      },
      lookupIndicator: (def, year) => (table ? briefOwner(table, province, plan, departments, indicatorRef(def, year), lang) : null),
      note: planned ? null : 'missing',
    };
  }, [table, catalogue, items, edits, entries, province, lang]);
}
