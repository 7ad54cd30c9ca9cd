/**
 * The plan and the quarterly report in the offices' formats: the plan table as .xlsx (ExcelJS)
 * and the quarterly report as .docx (`docx`). Both libraries are loaded by dynamic import only when the
 * user exports, so the first screen does not carry them. The rows come from domain/planReport.ts; this file
 * only lays them out (A4: the .docx page is A4 landscape; the sheet is set to fit one page wide on A4).
 */
import { PLAN_TABLE_HEADERS, taskLines, type PlanTableRow, type QuarterlyReport } from '@/domain/plan/planReport';
import { STATUS_LABELS } from '@/domain/plan/followup';
import { docxNationalHeading, placeAndDate } from '@/ui/report/docxHeading';

export interface ExportMeta {
  /** "Kế hoạch nâng cao chỉ số PCI — Hà Giang". */
  title: string;
  provinceTitle: string;
  /** The province's name for the place and date under the national motto ("Tây Ninh, ngày …"). */
  place: string;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The plan table as an .xlsx workbook: a title row, the 8 office columns, one row per task — printed as offices
 * file it: bold shaded header with borders on every cell, long text wrapped (a task is never cut at the cell's
 * edge), the header row frozen on screen and repeated on every printed page (print titles), A4 landscape one page
 * wide, set column widths. Written with ExcelJS 4.4 (MIT), loaded only on click: SheetJS's community edition
 * cannot write cell styles.
 */
export async function planToXlsx(rows: readonly PlanTableRow[], meta: ExportMeta): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const header = PLAN_TABLE_HEADERS.vi;
  const book = new ExcelJS.Workbook();
  book.creator = 'Chỉ số';
  const sheet = book.addWorksheet('Kế hoạch', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }],
  });
  sheet.columns = [6, 30, 40, 24, 30, 12, 26, 44].map((width) => ({ width }));
  sheet.addRow([meta.title]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(1).alignment = { horizontal: 'center' };
  sheet.addRow([]);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow([r.stt, r.componentName, taskLines(r, 'vi').join('\n'), r.lead, r.coOwners, r.deadline, r.target, r.result]);
  const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
  for (let i = 3; i <= sheet.rowCount; i++) {
    const row = sheet.getRow(i);
    for (let c = 1; c <= header.length; c++) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: c === 1 ? 'center' : 'left' };
      if (i === 3) {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      }
    }
  }
  // Row heights set from the longest wrapped cell (about one character per width unit, 15 pt a line): spreadsheet
  // programs do not all grow a row for wrapped text on opening, and a cut task is a lost task on paper.
  const widths = sheet.columns.map((c) => c.width ?? 10);
  for (let i = 3; i <= sheet.rowCount; i++) {
    const row = sheet.getRow(i);
    let lines = 1;
    row.eachCell((cell, c) => {
      const text = String(cell.value ?? '');
      const perLine = Math.max(1, Math.floor(widths[c - 1] * 1.1));
      lines = Math.max(lines, text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
    });
    row.height = 15 * lines + 2;
  }
  const bytes = await book.xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_MIME });
}

/** The quarterly progress report as a .docx: A4 landscape, the national heading with place and date, summary, the task table (overdue first). */
export async function reportToDocx(report: QuarterlyReport, meta: ExportMeta): Promise<Blob> {
  const d = await import('docx');
  const cell = (text: string, bold = false) =>
    new d.TableCell({
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      shading: bold ? { type: d.ShadingType.CLEAR, fill: 'E8EEF7', color: 'auto' } : undefined,
      children: text.split('\n').map((line) => new d.Paragraph({ alignment: bold ? d.AlignmentType.CENTER : d.AlignmentType.LEFT, children: [new d.TextRun({ text: line, bold, size: 20 })] })),
    });
  const header = ['STT', 'Chỉ số thành phần', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Chỉ tiêu', 'Trạng thái', 'Kết quả'];
  // Column widths in twips over the landscape A4 text width (16838 − 2 × 1134): the number narrow, the task wide.
  const widths = [600, 1600, 2600, 1700, 1900, 1100, 1500, 1400, 2170];
  const table = new d.Table({
    width: { size: 14570, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    rows: [
      new d.TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...report.rows.map(
        (r) =>
          new d.TableRow({
            children: [String(r.stt), r.componentName, taskLines(r, 'vi').join('\n'), r.lead, r.coOwners, r.deadline, r.target, r.status ? `${STATUS_LABELS[r.status].vi}${r.overdue ? ' — QUÁ HẠN' : ''}` : '', r.result].map((t) => cell(t)),
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
          docxNationalHeading(d, meta.provinceTitle, placeAndDate(meta.place, report.today)),
          new d.Paragraph({ text: '' }),
          new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: `BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH ${report.title.toLocaleUpperCase('vi')}`, bold: true, color: '000000', size: 28 })] }),
          new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: meta.title, italics: true })] }),
          new d.Paragraph({ text: `Tổng số nhiệm vụ: ${c.total}; hoàn thành: ${c.done}; đang thực hiện: ${c.in_progress}; chưa bắt đầu: ${c.not_started}; có nguy cơ không đạt: ${c.at_risk}; quá hạn: ${c.overdue}.` }),
          new d.Paragraph({ text: report.note }),
          table,
        ],
      },
    ],
  });
  const blob = await d.Packer.toBlob(doc);
  return new Blob([blob], { type: DOCX_MIME });
}
