/**
 * Which department leads on a weak component: the follow-up plan's saved items
 * (`selectItemsFor` in src/state/assignments.ts), in the province's own department names.
 */
import { useMemo } from 'react';
import { selectItemsFor, useAssignments } from '@/state/assignments';
import type { Lang } from '@/domain/catalogue/types';
import type { BriefIndex } from './briefData';

export interface Departments {
  lookup(index: string, year: number, component: string): string | null;
  /** 'missing' when the follow-up plan has nothing for the province's latest editions. */
  note: 'missing' | null;
}

export function useDepartments(province: string, entries: BriefIndex[], lang: Lang): Departments {
  const items = useAssignments((s) => s.items);
  const departments = useAssignments((s) => s.departments);
  return useMemo(() => {
    const byKey = new Map<string, string>();
    for (const e of entries) {
      if (e.year === null) continue;
      for (const item of selectItemsFor({ items, departments }, province, e.index.id, e.year)) {
        if (item.leadName) byKey.set(`${e.index.id}|${e.year}|${item.component}`, item.leadName[lang]);
      }
    }
    return {
      lookup: (index, year, component) => byKey.get(`${index}|${year}|${component}`) ?? null,
      note: byKey.size === 0 ? 'missing' : null,
    };
  }, [items, departments, entries, province, lang]);
}
