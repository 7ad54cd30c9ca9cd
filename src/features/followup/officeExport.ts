/**
 * The plan and the quarterly report in the offices' formats: the plan table as .xlsx (SheetJS, @e965/xlsx)
 * and the quarterly report as .docx (`docx`). Both libraries are loaded by dynamic import only when the
 * user exports, so the first screen does not carry them. The rows come from domain/planReport.ts; this file
 * only lays them out (A4: the .docx page is A4 landscape; the sheet is set to fit one page wide on A4).
 */
import { PLAN_TABLE_HEADERS, type PlanTableRow, type QuarterlyReport } from '@/domain/plan/planReport';
import { STATUS_LABELS } from '@/domain/plan/followup';

export interface ExportMeta {
  /** "Kế hoạch nâng cao chỉ số PCI — Hà Giang". */
  title: string;
  provinceTitle: string;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The plan table as an .xlsx workbook: a title row, the 8 office columns, one row per task. */
export async function planToXlsx(rows: readonly PlanTableRow[], meta: ExportMeta): Promise<Blob> {
  const XLSX = await import('@e965/xlsx');
  const header = PLAN_TABLE_HEADERS.vi;
  const aoa: (string | number)[][] = [[meta.title], [], header, ...rows.map((r) => [r.stt, r.componentName, r.task, r.lead, r.coOwners, r.deadline, r.target, r.result])];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!cols'] = [6, 30, 40, 24, 30, 12, 26, 44].map((wch) => ({ wch }));
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
  sheet['!margins'] = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Kế hoạch');
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  // SheetJS (community) writes no page setup: add A4 (paper size 9), landscape, one page wide, through its own zip (CFB).
  const zip = XLSX.CFB.read(new Uint8Array(bytes), { type: 'array' });
  const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml');
  if (entry?.content) {
    const xml = new TextDecoder()
      .decode(entry.content as Uint8Array)
      .replace(/(<pageMargins[^>]*\/>)/, '$1<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>')
      .replace(/<dimension /, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ');
    entry.content = new TextEncoder().encode(xml);
  }
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayBuffer | number[];
  return new Blob([out instanceof ArrayBuffer ? out : new Uint8Array(out)], { type: XLSX_MIME });
}

/** The quarterly progress report as a .docx: A4 landscape, heading, summary, the task table (overdue first). */
export async function reportToDocx(report: QuarterlyReport, meta: ExportMeta): Promise<Blob> {
  const d = await import('docx');
  const cell = (text: string, bold = false) =>
    new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text, bold, size: 20 })] })] });
  const header = ['STT', 'Chỉ số thành phần', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Chỉ tiêu', 'Trạng thái', 'Kết quả'];
  const table = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      new d.TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...report.rows.map(
        (r) =>
          new d.TableRow({
            children: [String(r.stt), r.componentName, r.task, r.lead, r.coOwners, r.deadline, r.target, `${STATUS_LABELS[r.status].vi}${r.overdue ? ' — QUÁ HẠN' : ''}`, r.result].map((t) => cell(t)),
          }),
      ),
    ],
  });
  const c = report.counts;
  const doc = new d.Document({
    creator: 'Chỉ số',
    title: `Báo cáo tiến độ ${report.title}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: d.PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: meta.provinceTitle, bold: true })] }),
          new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: `BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH ${report.title.toLocaleUpperCase('vi')}`, bold: true })] }),
          new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: meta.title, italics: true })] }),
          new d.Paragraph({ text: `Tổng số nhiệm vụ: ${c.total}; hoàn thành: ${c.done}; đang thực hiện: ${c.in_progress}; chưa bắt đầu: ${c.not_started}; có nguy cơ không đạt: ${c.at_risk}; quá hạn: ${c.overdue}.` }),
          new d.Paragraph({ text: `Số liệu đến ngày ${report.today.split('-').reverse().join('/')}. Nhiệm vụ quá hạn được liệt kê trước. Thứ hạng có dấu * là thứ hạng trong số các tỉnh có số liệu, không phải thứ hạng cả nước.` }),
          table,
        ],
      },
    ],
  });
  const blob = await d.Packer.toBlob(doc);
  return new Blob([blob], { type: DOCX_MIME });
}
