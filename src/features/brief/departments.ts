/**
 * Which department leads on a weak component: the follow-up plan's saved items
 * (`selectItemsFor` in src/state/assignments.ts), in the province's own department names.
 */
import { useMemo } from 'react';
import { selectItemsFor, useAssignments } from '@/state/assignments';
import type { Lang } from '@/domain/catalogue/types';
import type { BriefIndex } from './briefData';
import { targetText } from '@/domain/plan/planReport';

export interface Departments {
  lookup(index: string, year: number, component: string): string | null;
  /** 'missing' when the follow-up plan has nothing for the province's latest editions. */
  note: 'missing' | null;
}

export function useDepartments(province: string, entries: BriefIndex[], lang: Lang): Departments {
  const items = useAssignments((s) => s.items);
  const departments = useAssignments((s) => s.departments);
  return useMemo(() => {
    const byKey = new Map<string, { year: number; text: string }>();
    const state = { items, departments };
    for (const e of entries) {
      if (e.year === null) continue;
      // The plan made for any edition of this index speaks for the component (a 2021 plan still assigns the work read
      // in 2024); the latest edition's item wins, and its own edition and target are named when it is not this one.
      const years = [...new Set(Object.values(items).filter((i) => i.province === province && i.index === e.index.id).map((i) => i.year))];
      for (const year of years) {
        for (const item of selectItemsFor(state, province, e.index.id, year)) {
          if (!item.leadName) continue;
          const key = `${e.index.id}|${item.component}`;
          const had = byKey.get(key);
          if (had && had.year >= year) continue;
          const target = targetText(item.targetScore, item.targetRank, e.index.id, item.targetYear, lang);
          const from = year !== e.year ? (lang === 'vi' ? ` (kế hoạch ${year})` : ` (${year} plan)`) : '';
          byKey.set(key, { year, text: `${item.leadName[lang]}${target ? ` — ${lang === 'vi' ? 'chỉ tiêu' : 'target'} ${target}` : ''}${from}` });
        }
      }
    }
    return {
      lookup: (index, _year, component) => byKey.get(`${index}|${component}`)?.text ?? null,
      note: byKey.size === 0 ? 'missing' : null,
    };
  }, [items, departments, entries, province, lang]);
}
