/**
 * Assignments & follow-up: who owns each component (lead + co-owners), the target for the next
 * edition, deadline, status and notes; the template as a suggestion; the loop closed with the next
 * edition's data; a department view; plan export/import; the printable A4 sheet (Vietnamese).
 */
import { useMemo } from 'react';
import { adoptSuggestion } from '@/domain/plan/followup';
import { useAssignments } from '@/state/assignments';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { DepartmentsEditor } from './DepartmentsEditor';
import { DepartmentView } from './DepartmentView';
import { ItemsTable } from './ItemsTable';
import { OfficeExports, QuarterlyReportSheet } from './OfficeExports';
import { PLAN_STRINGS } from './planStrings';
import { PlanTransfer } from './PlanTransfer';
import { PrintSheet } from './PrintSheet';
import { TasksPanel } from './TasksPanel';
import { STRINGS } from './strings';
import { useFollowUp, useFollowUpIndicators } from './useFollowUp';
import './followup.css';

export default function FollowUp() {
  const lang = useLang();
  const s = STRINGS[lang];
  const setExtra = useView((v) => v.setExtra);
  const preview = useView((v) => v.extra.print === '1');
  const reportPreview = useView((v) => v.extra.print === 'report');
  const saveItem = useAssignments((st) => st.saveItem);
  const { selection, province, year, rows, items, edits, departments, assignable, targetYear } = useFollowUp();
  const indicatorsOf = useFollowUpIndicators(selection?.table ?? null, province, selection?.index.id ?? null, year, items, departments, selection?.catalogue);
  // One array per plan: the quarterly report's view loads the plan's indicators again whenever it changes.
  const itemList = useMemo(() => Object.values(items), [items]);
  if (!selection) return null;
  if (year === null) return <p>{s.noYear}</p>;
  const { index, unit, table } = selection;
  const indexName = index.label;
  const sheet = <PrintSheet rows={rows} index={index} year={year} unit={unit} departments={departments} preview={preview} indicatorsOf={indicatorsOf} />;

  if (reportPreview) {
    const p = PLAN_STRINGS[lang];
    return (
      <>
        <div className="table-tools no-print">
          <button type="button" onClick={() => setExtra('print', '')}>
            {p.back}
          </button>
          <button type="button" onClick={() => window.print()} data-testid="print-report">
            {p.print}
          </button>
        </div>
        <QuarterlyReportSheet items={itemList} table={table} unit={unit} province={province} departments={departments} title={`Kế hoạch nâng cao các chỉ số — ${unit?.vi ?? province}`} />
      </>
    );
  }

  if (preview) {
    return (
      <>
        <div className="table-tools no-print">
          <button type="button" onClick={() => setExtra('print', '')}>
            {s.back}
          </button>
          <button type="button" onClick={() => window.print()} data-testid="print">
            {s.print}
          </button>
        </div>
        {sheet}
      </>
    );
  }

  const unassigned = rows.filter((r) => !r.item.lead && r.suggestion);
  return (
    <>
      <section aria-labelledby="followup-title" className="no-print followup">
        <h1 id="followup-title">
          {s.title}: {indexName} {year} — {unit?.[lang] ?? province}
        </h1>
        <p className="note">{s.lede}</p>
        <div className="table-tools">
          <button type="button" disabled={unassigned.length === 0} onClick={() => unassigned.forEach((r) => saveItem(adoptSuggestion(r.item, r.suggestion!)))} data-testid="adopt-all">
            {s.adoptAll} ({unassigned.length})
          </button>
          <button type="button" onClick={() => window.print()} data-testid="print">
            {s.print}
          </button>
          <button type="button" onClick={() => setExtra('print', '1')} data-testid="print-preview">
            {s.printPreview}
          </button>
        </div>
        <ItemsTable rows={rows} assignable={assignable} departments={departments} />
        <TasksPanel rows={rows} assignable={assignable} departments={departments} indicatorsOf={indicatorsOf} />
        <OfficeExports rows={rows} items={itemList} table={table} index={index} year={year} unit={unit} province={province} departments={departments} />
        <p className="note template-note" data-testid="template-note">
          {s.templateNote}
        </p>
        <DepartmentView table={table} items={itemList} departments={departments} province={province} />
        <PlanTransfer />
        <DepartmentsEditor province={province} provinceName={unit?.[lang] ?? province} edits={edits} departments={departments} year={targetYear ?? year + 1} />
      </section>
      {sheet}
    </>
  );
}
