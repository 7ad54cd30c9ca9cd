import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { analyseInspected, inspectTables } from '@/data/importParsing';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pci2016, pciAnnexHtml, pciHtmlTable, printPdf, printPdfs, scannedAnnexHtml } from '../../../tests/fixtures/tables';
import { readTables } from './index';
import { readPdfTable } from './pdf';
import type { SourceTable } from '@/domain/import/sourceTable';

// The annex is printed by Chromium from an HTML table of the published PCI 2016 figures (two decimals,
// decimal commas, header repeated on page 2), as the Ministry's decisions print their annexes.
let annex: Uint8Array;
let table: SourceTable;
beforeAll(async () => {
  annex = await printPdf(pciAnnexHtml());
  table = await readPdfTable(annex);
}, 60_000);

describe('a two-page PDF annex: rows and columns rebuilt from text positions', () => {
  it('14 columns; the header row reads as printed; the title and source line are rows of one text', () => {
    expect(table.rows.find((r) => r.includes('STT'))).toEqual([
      'STT', 'Tỉnh/Thành phố', '1. Gia nhập thị trường', '2. Tiếp cận đất đai', '3. Tính minh bạch', '4. Chi phí thời gian', '5. Chi phí không chính thức',
      '6. Cạnh tranh bình đẳng', '7. Tính năng động', '8. Dịch vụ hỗ trợ doanh nghiệp', '9. Đào tạo lao động', '10. Thiết chế pháp lý', 'Điểm số PCI', 'Xếp hạng',
    ]);
  });
  it('all 63 provinces land with the published figures (decimal commas): Đà Nẵng 70,00 rank 1 … Cao Bằng 52,99 rank 63', () => {
    const { analysis, scores } = analyseInspected(inspectTables([table], 'phu-luc.pdf', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    expect(analysis.errorCount).toBe(0);
    expect(scores).toHaveLength(63 * 11);
    for (const row of pci2016()) {
      const got = scores.filter((s) => s.component === 'total' && s.officialRank === row.rank);
      expect(got.map((s) => s.value)).toEqual([Number(row.total.toFixed(2))]);
    }
    expect(scores.find((s) => s.unit === '04' && s.component === 'total')).toMatchObject({ value: 52.99, officialRank: 63 });
    expect(scores.find((s) => s.unit === '38' && s.component === 'transparency')?.value).toBe(6.43);
  }, 20_000);
  it('the header repeated at the top of page 2 and the source line are left out with notices naming page and line', () => {
    const { analysis } = analyseInspected(inspectTables([table], 'phu-luc.pdf', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    const notices = analysis.issues.filter((p) => p.code === 'repeated-header' || p.code === 'footnote-row').map((p) => `${p.code} ${p.place?.vi}`);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toBe('repeated-header trang 2, dòng 1');
    expect(notices[1]).toMatch(/^footnote-row trang 2, dòng \d+$/);
  });
  it('a problem names page, line and column: Đà Nẵng\'s composite is on page 1, column 13', () => {
    const row = table.rows.findIndex((r) => r.includes('Đà Nẵng'));
    expect(table.place(row, 12).en).toMatch(/^page 1, line \d+, column 13$/);
  });
});

describe('a scanned PDF (no text layer) gets a message saying exactly that', () => {
  it('pdf-no-text, an error that says to find the Excel/Word file or OCR and paste', async () => {
    const { tables, issues } = await readTables('pdf', await printPdf(scannedAnnexHtml()), 'scan.pdf');
    expect(tables).toEqual([]);
    expect(issues.map((p) => p.code)).toEqual(['pdf-no-text']);
    expect(issues[0].message.vi).toContain('không có lớp chữ');
  }, 60_000);
});

describe('rows found by their positions whatever the line spacing and font size', () => {
  // The annex typeset as a Word table (no padding above or below the text, text at the top of the cell) at
  // 8–14 pt and line heights 1.0–1.6: 16 PDFs printed by one Chromium.
  const SIZES = [8, 10, 12, 14];
  const HEIGHTS = [1.0, 1.15, 1.2, 1.6];
  const grid = SIZES.flatMap((fontPt) => HEIGHTS.map((lineHeight) => ({ fontPt, lineHeight })));
  let printed: Uint8Array[] = [];
  beforeAll(async () => {
    printed = await printPdfs(grid.map((g) => pciAnnexHtml(g)));
  }, 120_000);
  const composites = (t: SourceTable) => {
    const { analysis, scores } = analyseInspected(inspectTables([t], 'phu-luc.pdf', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    return { errors: analysis.issues.filter((p) => p.severity === 'error').map((p) => `${p.place?.en}: ${p.message.en}`), issues: analysis.issues, totals: scores.filter((s) => s.component === 'total').map((s) => `${s.unit} ${s.value} ${s.officialRank}`).sort() };
  };

  it.each(grid.map((g, i) => [g.fontPt, g.lineHeight, i]))('the annex as a Word table at %s pt, line height %s: the same 63 composites as at 8 pt (Đà Nẵng 70 rank 1 … Cao Bằng 52,99 rank 63)', async (_pt, _lh, i) => {
    const at8 = composites(table).totals;
    const got = composites(await readPdfTable(printed[i]));
    expect(got.errors).toEqual([]);
    expect(got.totals).toHaveLength(63);
    expect(got.totals).toEqual(at8);
    expect(got.totals).toContain('48 70 1');
  }, 30_000);

  it('14 pt at line height 1.0: the stacked accent of "Điểm" drawn below the last row of a page is a notice at its line, not part of "59,59"', async () => {
    const got = composites(await readPdfTable(printed[grid.findIndex((g) => g.fontPt === 14 && g.lineHeight === 1.0)]));
    expect(got.errors).toEqual([]);
    const strays = got.issues.filter((p) => p.code === 'footnote-row' && p.message.vi.includes('"ể"'));
    for (const p of strays) expect(p.place?.vi).toMatch(/^trang \d, dòng \d+$/);
  });

  it('LibreOffice Writer output (12 pt, line spacing 115%, names wrapped over three lines in equal columns): the same 63 composites', async () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../tests/fixtures/pdf/libreoffice-pci-2016-12pt-115.pdf', import.meta.url))));
    const got = composites(await readPdfTable(bytes));
    expect(got.errors).toEqual([]);
    expect(got.totals).toEqual(composites(table).totals);
  }, 30_000);
});

describe('turned pages and turned text are read or named', () => {
  const small = (style: string, extra = '') => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; margin: 0; }
    table { border-collapse: collapse; ${style} } th, td { border: 0.5pt solid #444; padding: 1pt 3pt; } td { text-align: right; } td.name { text-align: left; }
  </style></head><body>${extra}${pciHtmlTable({ rows: 12 })}</body></html>`;
  let turned: Uint8Array[] = [];
  beforeAll(async () => {
    turned = await printPdfs([
      // A landscape table set at a right angle on a portrait page (text running bottom to top).
      small('transform: rotate(-90deg) translate(-100%, 0); transform-origin: top left; width: 250mm;'),
      // The same, upside down.
      small('transform: rotate(180deg); width: 270mm;'),
      // A straight table under a diagonal "DỰ THẢO" watermark.
      small('width: 270mm;', '<div style="position:absolute; top:60mm; left:60mm; font-size:48pt; color:#ccc; transform: rotate(-30deg)">DỰ THẢO</div>'),
      // A whole table turned askew by 12°.
      small('transform: rotate(12deg); transform-origin: top left; margin-left: 20mm; width: 240mm;'),
    ], { portrait: true });
  }, 60_000);
  const first12 = pci2016().slice(0, 12).map((r) => Number(r.total.toFixed(2)));
  const read = async (bytes: Uint8Array) => {
    const t = await readPdfTable(bytes, 'xoay.pdf');
    const { analysis, scores } = analyseInspected(inspectTables([t], 'xoay.pdf', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    return { t, analysis, totals: scores.filter((s) => s.component === 'total').map((s) => s.value) };
  };

  it.each([['at 90°', 0], ['upside down', 1]])('a table turned %s: read upright, the 12 composites (70,00 … 61,17)', async (_how, i) => {
    const { analysis, totals } = await read(turned[i as number]);
    expect(analysis.errorCount).toBe(0);
    expect(totals).toEqual(first12);
  }, 30_000);

  it('a diagonal watermark: the table reads, the watermark is named with its page (a warning)', async () => {
    const { t, analysis, totals } = await read(turned[2]);
    expect(totals).toEqual(first12);
    expect(analysis.errorCount).toBe(0);
    expect(t.issues?.map((p) => [p.code, p.place?.vi])).toEqual([['pdf-slanted-text', 'trang 1']]);
    expect(t.issues?.[0].message.vi).toContain('DỰ THẢO');
  }, 30_000);

  it('a page turned askew by 12°: "Trang 1 in xoay nghiêng …, chưa đọc được", an error, nothing read as figures', async () => {
    const { t, totals } = await read(turned[3]);
    expect(totals).toEqual([]);
    expect(t.issues?.map((p) => [p.code, p.severity, p.place?.vi])).toEqual([['pdf-turned-page', 'error', 'trang 1']]);
    expect(t.issues?.[0].message.vi).toMatch(/^Trang 1 in xoay nghiêng so với khổ giấy, chưa đọc được/);
    expect(t.issues?.[0].message.en).toMatch(/^Page 1 is set askew/);
  }, 30_000);
});
