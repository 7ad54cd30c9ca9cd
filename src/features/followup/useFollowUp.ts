/** The follow-up data of the current selection: rows (domain/followup), the province's departments, store actions. */
import { useMemo } from 'react';
import { defaultDepartments, defaultTemplate, departmentsForYear, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { buildFollowUpRows, type FollowUpRow } from '@/domain/plan/followup';
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
