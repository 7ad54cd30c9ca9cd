/**
 * The plan as .xlsx and the quarterly report as .docx (libraries loaded only on click), and the quarterly
 * report's A4 print view. Rows come from domain/planReport.ts.
 */
import { useState } from 'react';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import type { ScoreTable } from '@/domain/table/dataset';
import type { Department } from '@/domain/plan/departments';
import type { FollowUpItem, FollowUpRow } from '@/domain/plan/followup';
import { planTableRows, quarterlyReport } from '@/domain/plan/planReport';
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

export function OfficeExports({ rows, items, table, index, year, unit, province, departments }: { rows: FollowUpRow[]; items: FollowUpItem[]; table: ScoreTable; index: IndexDef; year: number; unit: Unit | undefined; province: string; departments: Department[] }) {
  const lang = useLang();
  const s = PLAN_STRINGS[lang];
  const setExtra = useView((v) => v.setExtra);
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
              const table_ = planTableRows(planItems, defaultCatalogue, { lang: 'vi', departmentsFor, today: todayIso(), table });
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
              const report = quarterlyReport(provinceItems, defaultCatalogue, { lang: 'vi', departmentsFor, today: todayIso(), table });
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
  const report = quarterlyReport(
    items.filter((i) => i.province === province),
    defaultCatalogue,
    { lang: 'vi', departmentsFor: () => departments, today: todayIso(), table },
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
            <tr key={`${r.itemId}#${r.taskId}`} className={r.overdue ? 'overdue' : undefined} data-testid="report-row">
              <td className="num">{r.stt}</td>
              <td>{r.componentName}</td>
              <td>{r.task}</td>
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
      <p className="sheet-note">Số liệu đến ngày {report.today.split('-').reverse().join('/')}. Nhiệm vụ quá hạn được liệt kê trước. Thứ hạng có dấu * là thứ hạng trong số các tỉnh có số liệu, không phải thứ hạng cả nước.</p>
    </article>
  );
}
