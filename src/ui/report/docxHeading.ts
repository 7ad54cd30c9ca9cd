/**
 * The national heading of every .docx the app writes (the release report, the quarterly progress report) laid out as
 * offices print it (Nghị định 30/2020/NĐ-CP): a borderless two-column table — the issuing body and the working group
 * on the left, the national name and the underlined motto on the right — and, when a place is given, the place and
 * date in italics under the motto. Wording: domain/report/nationalHeading.ts. `docx` is passed in (loaded on click).
 */
import type * as Docx from 'docx';
import { NATIONAL_MOTTO, NATIONAL_NAME, WORKING_GROUP } from '@/domain/report/nationalHeading';

export function docxNationalHeading(d: typeof Docx, org: string, placeAndDate?: string): Docx.Table {
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const centred = (text: string, opts: { bold?: boolean; underline?: boolean; size?: number; italics?: boolean } = {}) =>
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      children: [new d.TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size ?? 26, underline: opts.underline ? {} : undefined })],
    });
  const right = [centred(NATIONAL_NAME, { bold: true, size: 24 }), centred(NATIONAL_MOTTO, { bold: true, underline: true, size: 26 })];
  if (placeAndDate) right.push(new d.Paragraph({ text: '' }), centred(placeAndDate, { italics: true, size: 26 }));
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new d.TableRow({
        children: [
          new d.TableCell({ width: { size: 40, type: d.WidthType.PERCENTAGE }, borders: noBorders, children: [centred(org, { bold: true, size: 24 }), centred(WORKING_GROUP, { size: 24 })] }),
          new d.TableCell({ width: { size: 60, type: d.WidthType.PERCENTAGE }, borders: noBorders, children: right }),
        ],
      }),
    ],
  });
}

/** "Tây Ninh, ngày 2 tháng 12 năm 2026" from an ISO date. */
export function placeAndDate(place: string, isoDate: string): string {
  const [y, m, day] = isoDate.split('-').map(Number);
  return `${place}, ngày ${day} tháng ${m} năm ${y}`;
}
