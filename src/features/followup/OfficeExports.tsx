/**
 * The plan as .xlsx and the quarterly report as .docx (libraries loaded only on click), and the quarterly
 * report's A4 print view. Rows come from domain/planReport.ts; the indicators the plan names are awaited first
 * (imported PCI workbooks are read from storage, another index's sub-dimensions from its table), so a task or an
 * indicator line is printed with its label as printed, never an id.
 */
import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { combineTables, type ScoreTable } from '@/domain/table/dataset';
import { defaultTemplate, type Department } from '@/domain/plan/departments';
import type { FollowUpItem, FollowUpRow } from '@/domain/plan/followup';
import { planTableRows, quarterlyReport, taskLines, type PlanIndicators } from '@/domain/plan/planReport';
import { loadIndicatorSource } from '@/data/indicators';
import { loadScoreTable } from '@/data/scores';
import type { IndexDef, Unit } from '@/domain/catalogue/types';
import { useView } from '@/state/view';
import { downloadBlob, fileSlug } from '@/ui/download';
import { useLang } from '@/ui/i18n';
import { PLAN_STRINGS } from './planStrings';
import { SheetHeader } from '@/ui/SheetHeader';
import { issuingBody } from '@/domain/report/nationalHeading';

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** "UBND TỈNH …": domain/report/nationalHeading.ts. */
export function provinceTitle(unit: Unit | undefined): string {
  return issuingBody(unit);
}

/**
 * The indicators the plan names (labels, units) and the context their owners are decided in, once loaded: the
 * table of every index whose plan names an indicator (the view's own table for the rest), the saved PCI workbooks.
 */
export async function loadPlanIndicators(client: QueryClient, table: ScoreTable, items: readonly FollowUpItem[]): Promise<PlanIndicators> {
  const named = new Set(items.filter((i) => Object.keys(i.indicators ?? {}).length > 0 || i.tasks.some((t) => t.indicator)).map((i) => i.index));
  const missing = [...named].filter((index) => !table.indices().includes(index));
  const full = missing.length ? combineTables([table, await loadScoreTable(client, missing)], defaultCatalogue) : table;
  const source = await loadIndicatorSource(full);
  return { source, owners: { table: full, items, template: defaultTemplate, catalogue: defaultCatalogue } };
}

export function OfficeExports({ rows, items, table, index, year, unit, province, departments }: { rows: FollowUpRow[]; items: FollowUpItem[]; table: ScoreTable; index: IndexDef; year: number; unit: Unit | undefined; province: string; departments: Department[] }) {
  const lang = useLang();
  const s = PLAN_STRINGS[lang];
  const setExtra = useView((v) => v.setExtra);
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const departmentsFor = () => departments;
  const meta = { title: `Kế hoạch nâng cao chỉ số ${index.label} ${year + 1} — ${unit?.vi ?? province}`, provinceTitle: provinceTitle(unit), place: unit?.vi ?? province };
  const run = async (make: () => Promise<void>) => {
    setBusy(true);
    try {
      await make();
    } finally {
      setBusy(false);
    }
  };
  const planItems = rows.filter((r) => r.saved).map((r) => r.item);
  const provinceItems = items.filter((i) => i.province === province);
  return (
    <section aria-labelledby="exports-title" className="card followup-section">
      <h2 id="exports-title">{s.exports}</h2>
      <div className="table-tools">
        <button
          type="button"
          disabled={busy}
          data-testid="export-xlsx"
          onClick={() =>
            run(async () => {
              const { planToXlsx } = await import('./officeExport');
              const indicators = await loadPlanIndicators(client, table, items);
              const table_ = planTableRows(planItems, defaultCatalogue, { lang: 'vi', departmentsFor, today: todayIso(), table, indicators });
              downloadBlob(`ke-hoach-${fileSlug(index.label, year + 1, unit?.vi ?? province)}.xlsx`, await planToXlsx(table_, meta));
            })
          }
        >
          {s.exportXlsx}
        </button>
        <button
          type="button"
          disabled={busy}
          data-testid="export-docx"
          onClick={() =>
            run(async () => {
              const { reportToDocx } = await import('./officeExport');
              const indicators = await loadPlanIndicators(client, table, items);
              const report = quarterlyReport(provinceItems, defaultCatalogue, { lang: 'vi', departmentsFor, today: todayIso(), table, indicators });
              downloadBlob(`bao-cao-quy-${fileSlug(report.title, unit?.vi ?? province)}.docx`, await reportToDocx(report, meta));
            })
          }
        >
          {s.exportDocx}
        </button>
        <button type="button" onClick={() => setExtra('print', 'report')} data-testid="report-preview">
          {s.reportPreview}
        </button>
        {busy && <span role="status">{s.exporting}</span>}
      </div>
    </section>
  );
}

/** The quarterly report on A4 (Vietnamese): every task, overdue first, what the target edition showed. */
export function QuarterlyReportSheet({ items, table, unit, province, departments, title }: { items: FollowUpItem[]; table: ScoreTable; unit: Unit | undefined; province: string; departments: Department[]; title: string }) {
  const client = useQueryClient();
  const [indicators, setIndicators] = useState<PlanIndicators | null>(null);
  useEffect(() => {
    let live = true;
    void loadPlanIndicators(client, table, items).then((value) => live && setIndicators(value));
    return () => {
      live = false;
    };
  }, [client, table, items]);
  // Printed once the indicators the plan names are loaded: a line is never printed by its id.
  if (!indicators) return <p aria-busy="true" data-testid="report-loading">…</p>;
  const report = quarterlyReport(
    items.filter((i) => i.province === province),
    defaultCatalogue,
    { lang: 'vi', departmentsFor: () => departments, today: todayIso(), table, indicators },
  );
  const c = report.counts;
  return (
    <article className="print-sheet preview report-sheet" lang="vi" data-testid="report-sheet" aria-label="Báo cáo tiến độ quý (bản in)">
      <SheetHeader org={provinceTitle(unit)} />
      <h1 className="sheet-title">BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH {report.title.toLocaleUpperCase('vi')}</h1>
      <p className="sheet-lede">{title}</p>
      <p data-testid="report-counts">
        Tổng số nhiệm vụ: {c.total}; hoàn thành: {c.done}; đang thực hiện: {c.in_progress}; chưa bắt đầu: {c.not_started}; có nguy cơ không đạt: {c.at_risk}; <strong>quá hạn: {c.overdue}</strong>.
      </p>
      <table className="sheet-table report-table">
        <thead>
          <tr>
            <th>STT</th>
            <th>Chỉ số thành phần</th>
            <th>Nhiệm vụ</th>
            <th>Cơ quan chủ trì</th>
            <th>Cơ quan phối hợp</th>
            <th>Thời hạn</th>
            <th>Chỉ tiêu</th>
            <th>Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={`${r.itemId}#${r.taskId}#${r.kind === 'indicator' ? r.indicator : ''}`} className={r.overdue ? 'overdue' : r.kind === 'indicator' ? 'sheet-indicator' : undefined} data-testid="report-row" data-kind={r.kind} data-indicator={r.indicator ?? undefined}>
              <td className="num">{r.stt}</td>
              <td>{r.componentName}</td>
              <td>
                {taskLines(r, 'vi').map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
              <td>{r.lead}</td>
              <td>{r.coOwners}</td>
              <td className="num">
                {r.deadline}
                {r.overdue && <div className="sheet-note">QUÁ HẠN</div>}
              </td>
              <td>{r.target}</td>
              <td>{r.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sheet-note" data-testid="report-note">{report.note}</p>
    </article>
  );
}
