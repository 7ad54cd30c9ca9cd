/**
 * A department's request ("Việc cần làm") as a .docx, by the same path as the quarterly report (`docx`, loaded by
 * dynamic import only on click; the national heading of docxHeading.ts; A4 landscape). What it lists is decided in
 * domain/province/departmentRequest.ts; this file only lays the prepared texts out.
 */
import type * as Docx from 'docx';
import { docxNationalHeading, placeAndDate } from './docxHeading';

/** The request, prepared for paper: every text already in the reader's language. */
export interface RequestDocument {
  lang: 'vi' | 'en';
  /** "UBND TỈNH QUẢNG NINH". */
  issuingBody: string;
  place: string;
  /** ISO date. */
  date: string;
  title: string;
  /** "Cơ quan: Thanh tra tỉnh — Quảng Ninh — PAPI 2024 — ngày 03/12/2026". */
  subtitle: string;
  headers: string[];
  groups: { heading: string; rows: string[][] }[];
  /** Shown when no indicator of the department is weak. */
  empty: string;
  notes: string[];
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function requestToDocx(doc: RequestDocument): Promise<Blob> {
  const d: typeof Docx = await import('docx');
  const cell = (text: string, header = false) =>
    new d.TableCell({
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      shading: header ? { type: d.ShadingType.CLEAR, fill: 'E8EEF7', color: 'auto' } : undefined,
      children: text.split('\n').map((line) => new d.Paragraph({ alignment: header ? d.AlignmentType.CENTER : d.AlignmentType.LEFT, children: [new d.TextRun({ text: line, bold: header, size: 20 })] })),
    });
  // Column widths in twips over the landscape A4 text width (16838 − 2 × 1134 = 14570): the label and tasks wide.
  const widths = [2600, 1100, 1100, 1100, 1700, 900, 1300, 1100, 1070, 2500];
  const table = (rows: string[][]) =>
    new d.Table({
      width: { size: 14570, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      rows: [new d.TableRow({ tableHeader: true, children: doc.headers.map((h) => cell(h, true)) }), ...rows.map((r) => new d.TableRow({ children: r.map((t) => cell(t)) }))],
    });
  const body: (Docx.Paragraph | Docx.Table)[] = [
    docxNationalHeading(d, doc.issuingBody, placeAndDate(doc.place, doc.date)),
    new d.Paragraph({ text: '' }),
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: doc.title, bold: true, color: '000000', size: 28 })] }),
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: doc.subtitle, italics: true })] }),
  ];
  if (doc.groups.length === 0) body.push(new d.Paragraph({ text: doc.empty }));
  for (const g of doc.groups) {
    body.push(new d.Paragraph({ spacing: { before: 200 }, children: [new d.TextRun({ text: g.heading, bold: true })] }), table(g.rows));
  }
  for (const note of doc.notes) body.push(new d.Paragraph({ spacing: { before: 120 }, children: [new d.TextRun({ text: note, italics: true, size: 20 })] }));
  const document = new d.Document({
    creator: 'Chỉ số',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838, orientation: d.PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: body }],
  });
  return new Blob([await d.Packer.toBlob(document)], { type: DOCX_MIME });
}
