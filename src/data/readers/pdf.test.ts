import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { analyseInspected, inspectTables } from '@/data/importParsing';
import { pci2016, pciAnnexHtml, printPdf, scannedAnnexHtml } from '../../../tests/fixtures/tables';
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

describe('rows found by what the lines hold, whatever the line spacing', () => {
  it.each([
    [12, 1.15],
    [10, 1.6],
    [8, 1.0],
  ])('the annex typeset as a Word table at %s pt, line height %s: the same 63 composites as at 8 pt', async (fontPt, lineHeight) => {
    const typeset = await readPdfTable(await printPdf(pciAnnexHtml({ fontPt, lineHeight })));
    const { analysis, scores } = analyseInspected(inspectTables([typeset], 'phu-luc.pdf', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    expect(analysis.errorCount).toBe(0);
    const composites = (list: typeof scores) => list.filter((s) => s.component === 'total').map((s) => `${s.unit} ${s.value} ${s.officialRank}`).sort();
    const at8 = analyseInspected(inspectTables([table], 'phu-luc.pdf', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []).scores;
    expect(composites(scores)).toHaveLength(63);
    expect(composites(scores)).toEqual(composites(at8));
  }, 60_000);
});
