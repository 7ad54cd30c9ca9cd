/**
 * The release report (domain/report/releaseReport.ts) as a .docx: A4 portrait, Times New Roman 13, the national
 * heading (ui/report/docxHeading.ts, as offices print it), then the report's
 * blocks in order — tables with a bold header row, charts as PNG images. The PNG comes from the caller (`toPng`):
 * resvg in `npm run report`, a canvas in the browser; this file only lays out. `docx` is passed in (already imported)
 * so the browser can load it on click and the CLI statically.
 */
import type * as Docx from 'docx';
import type { ReleaseReport } from '@/domain/report/releaseReport';
import { docxNationalHeading } from './docxHeading';

export type SvgToPng = (svg: string, width: number, height: number) => Promise<Uint8Array>;

/** A4 in twips; 2 cm left (3 cm binding per Nghị định 30 is for the issued text; 2 cm keeps tables wide). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1134 };
/** Usable width in px at 96 dpi: (11906 − 1418 − 1134) twips / 15. */
const CONTENT_PX = Math.floor((A4.width - MARGIN.left - MARGIN.right) / 15);

export async function releaseReportDocx(d: typeof Docx, report: ReleaseReport, toPng: SvgToPng): Promise<Docx.Document> {
  const centred = (text: string, opts: { bold?: boolean; underline?: boolean; size?: number; italics?: boolean } = {}) =>
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      children: [new d.TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size ?? 26, underline: opts.underline ? {} : undefined })],
    });
  const heading = docxNationalHeading(d, report.org);
  const children: (Docx.Paragraph | Docx.Table)[] = [heading, new d.Paragraph({ text: '' }), centred(report.title, { bold: true, size: 28 }), centred(report.subtitle, { italics: true })];
  const cell = (text: string, bold: boolean, right: boolean) =>
    new d.TableCell({
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: bold ? { type: d.ShadingType.CLEAR, fill: 'E8EEF7', color: 'auto' } : undefined,
      children: [new d.Paragraph({ alignment: right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, children: [new d.TextRun({ text, bold, size: 22 })] })],
    });
  for (const b of report.blocks) {
    if (b.kind === 'heading') children.push(new d.Paragraph({ heading: b.level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new d.TextRun({ text: b.text, bold: true, size: 26, color: '000000' })] }));
    else if (b.kind === 'paragraph') children.push(new d.Paragraph({ spacing: { after: 120 }, children: [new d.TextRun({ text: b.text, bold: b.strong, size: 26 })] }));
    else if (b.kind === 'list') for (const item of b.items) children.push(new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun({ text: item, size: 24 })] }));
    else if (b.kind === 'table') {
      const header = b.header.filter((_, i) => b.header[i] !== '' || b.rows.some((r) => r[i]));
      children.push(
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: [
            new d.TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, b.numeric[i])) }),
            ...b.rows.map((r) => new d.TableRow({ cantSplit: true, children: r.slice(0, header.length).map((text, i) => cell(text, false, b.numeric[i])) })),
          ],
        }),
        new d.Paragraph({ text: '' }),
      );
    } else if (b.kind === 'chart') {
      const png = await toPng(b.svg, b.width * 2, b.height * 2);
      const scale = Math.min(1, CONTENT_PX / b.width);
      children.push(
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [
            new d.ImageRun({ type: 'png', data: png, transformation: { width: Math.round(b.width * scale), height: Math.round(b.height * scale) }, altText: { name: b.id, title: b.title, description: b.title } }),
          ],
        }),
      );
    }
  }
  return new d.Document({
    creator: 'Chỉ số',
    title: report.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{ properties: { page: { size: { width: A4.width, height: A4.height, orientation: d.PageOrientation.PORTRAIT }, margin: MARGIN } }, children }],
  });
}
