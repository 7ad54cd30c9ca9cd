/** The follow-up data of the current selection: rows (domain/followup), the province's departments, store actions. */
import { useCallback, useMemo } from 'react';
import { defaultCatalogue, findIndex, mainComponents, type Catalogue } from '@/domain/catalogue/catalogue';
import { defaultDepartments, defaultTemplate, departmentsForYear, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { buildFollowUpRows, followUpIndicators, type FollowUpIndicator, type FollowUpItem, type FollowUpRow } from '@/domain/plan/followup';
import type { Department } from '@/domain/plan/departments';
import type { ScoreTable } from '@/domain/table/dataset';
import { useIndicatorSource } from '@/data/indicators';
import { useAssignments } from '@/state/assignments';
import { useView } from '@/state/view';
import { useSelection } from '@/ui/useSelection';
import { own } from '@/domain/catalogue/own';

export function useFollowUp() {
  const { selection } = useSelection();
  const province = useView((v) => v.province);
  const items = useAssignments((s) => s.items);
  const allEdits = useAssignments((s) => s.departments);
  const edits = own(allEdits, province) ?? NO_EDITS;
  const departments = useMemo(() => provinceDepartments(defaultDepartments, edits), [edits]);
  const year = selection?.year ?? null;
  const index = selection?.index.id ?? null;
  const rows: FollowUpRow[] = useMemo(() => {
    if (!selection || year === null || index === null) return [];
    return buildFollowUpRows(selection.table, selection.catalogue, { province, index, year }, items, departments, defaultTemplate);
  }, [selection, year, index, province, items, departments]);
  // Offer the departments of the target year (the edition the work aims at: from 2025 the merged departments).
  const targetYear = rows[0]?.item.targetYear ?? (year === null ? null : year + 1);
  const assignable = useMemo(() => (targetYear === null ? [] : departmentsForYear(defaultDepartments, edits, targetYear)), [edits, targetYear]);
  return { selection, province, year, index, rows, items, edits, departments, assignable, targetYear };
}

/** The owners of each component's indicators (PAPI sub-dimensions, imported PCI base indicators) in this edition's plan. */
export function useFollowUpIndicators(table: ScoreTable | null, province: string, index: string | null, year: number | null, items: Record<string, FollowUpItem>, departments: Department[], catalogue: Catalogue = defaultCatalogue): (component: string) => FollowUpIndicator[] {
  const source = useIndicatorSource(table);
  const byComponent = useMemo(() => {
    const map = new Map<string, FollowUpIndicator[]>();
    const ix = index === null ? undefined : findIndex(catalogue, index);
    if (!source || !table || !ix || year === null) return map;
    for (const c of mainComponents(ix, year)) map.set(c.id, followUpIndicators(table, { province, index: ix.id, year }, source.defs(ix.id, year, c.id), items, departments, defaultTemplate, catalogue));
    return map;
  }, [source, table, province, index, year, items, departments, catalogue]);
  return useCallback((component: string) => byComponent.get(component) ?? [], [byComponent]);
}
