import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { formatProblem } from '@/domain/import/problems';
import { analyseInspected, inspectTables } from '@/data/importParsing';
import { pci2016, pciWorkbook } from '../../../tests/fixtures/tables';
import { readSpreadsheet } from './spreadsheet';
import type { SourceTable } from '@/domain/import/sourceTable';

let tables: SourceTable[];
beforeAll(async () => {
  tables = (await readSpreadsheet(await pciWorkbook())).tables;
}, 30_000);

describe('a workbook laid out as VCCI publishes PCI 2016: notes sheet, title rows, merged two-row header, footnotes', () => {
  it('the table sheet "PCI 2016" is chosen over the notes sheet "Ghi chú" (0 province rows)', () => {
    const { inspection } = inspectTables(tables, 'bang-xep-hang.xlsx', defaultCatalogue);
    expect(inspection.sheets).toEqual([{ name: 'Ghi chú', provinces: 0 }, { name: 'PCI 2016', provinces: 63 }]);
    expect(inspection.sheet).toBe('PCI 2016');
  });
  it('the edition comes from the sheet and title ("…(PCI) NĂM 2016") when the file name has none', () => {
    expect(inspectTables(tables, 'bang-xep-hang.xlsx', defaultCatalogue).inspection.guess).toEqual({ index: 'PCI', year: 2016 });
  });
  it('the header is found under the title rows; "Chỉ số thành phần" merged over ten columns reads per column', () => {
    const { inspection } = inspectTables(tables, 'b.xlsx', defaultCatalogue);
    expect(inspection.header[2]).toBe('Chỉ số thành phần — 1. Gia nhập thị trường');
    expect(inspection.mapping?.map((m) => m.component ?? m.role)).toEqual([
      'ignore', 'province', 'entry_costs', 'land_access', 'transparency', 'time_costs', 'informal_charges', 'equal_competition',
      'proactivity', 'business_support', 'labour_training', 'legal_institutions', 'total', 'rank', 'tier',
    ]);
  });
  it('63 provinces × 11 figures at full cell precision: Đà Nẵng 70.001396 (shown 70.00), rank 1, Rất tốt; "Thủ đô Hà Nội" → Hà Nội 60.740993', () => {
    const inspected = inspectTables(tables, 'b.xlsx', defaultCatalogue);
    const { analysis, scores } = analyseInspected(inspected, defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    expect(analysis.errorCount).toBe(0);
    expect(scores).toHaveLength(63 * 11);
    expect(scores.find((s) => s.unit === '48' && s.component === 'total')).toMatchObject({ value: 70.001396, officialRank: 1, tier: 'Rất tốt' });
    expect(scores.find((s) => s.unit === '01' && s.component === 'total')?.value).toBe(60.740993);
    const published = pci2016();
    expect(scores.filter((s) => s.component === 'total').map((s) => s.value).sort()).toEqual(published.map((r) => r.total).sort());
  });
  it('footnote rows ("Nguồn: …", "Ghi chú: …") and the STT column are left out with a notice, located by sheet and row', () => {
    const { analysis } = analyseInspected(inspectTables(tables, 'b.xlsx', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    const notices = analysis.issues.filter((p) => ['footnote-row', 'numbering-column'].includes(p.code)).map((p) => `${p.place?.en} ${p.code}`);
    expect(notices).toEqual(['PCI 2016!70:70 footnote-row', 'PCI 2016!71:71 footnote-row', 'PCI 2016!A5 numbering-column']);
    expect(analysis.issues.every((p) => p.severity === 'warning')).toBe(true);
  });
});

describe('a bad cell is named by sheet and cell', () => {
  it('"6x,1" as Thái Nguyên\'s composite: PCI 2016!M12, the import is refused', async () => {
    const bad = (await readSpreadsheet(await pciWorkbook({ badCell: true }))).tables;
    const { analysis } = analyseInspected(inspectTables(bad, 'loi.xlsx', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    const errors = analysis.issues.filter((p) => p.severity === 'error');
    expect(errors.map((p) => formatProblem(p, 'vi'))).toEqual(['loi.xlsx: PCI 2016!M12: error: Điểm "6x,1" không phải là số']);
  });
});

describe('the same table as .ods and .xls reads alike', () => {
  it.each(['ods', 'biff8'] as const)('%s: 693 figures, Quảng Ninh 65.595551 (rank 2)', async (bookType) => {
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(await pciWorkbook(), { type: 'array' });
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
    const { scores } = analyseInspected(inspectTables((await readSpreadsheet(bytes)).tables, `b.${bookType}`, defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    expect(scores).toHaveLength(693);
    const qn = scores.find((s) => s.unit === '22' && s.component === 'total');
    expect(qn?.officialRank).toBe(2);
    expect(qn?.value).toBeCloseTo(pci2016().find((r) => r.province === 'Quảng Ninh')!.total, 9);
  }, 20_000);
});

describe('several sheets holding province tables', () => {
  it('both are listed; the named one is read; an unknown name is an error listing the sheets', async () => {
    const two = [...tables, { ...tables[1], name: 'PCI 2016 (bản 2)' }];
    const { inspection } = inspectTables(two, 'b.xlsx', defaultCatalogue, 'PCI 2016 (bản 2)');
    expect(inspection.sheet).toBe('PCI 2016 (bản 2)');
    expect(inspection.sheets?.filter((s) => s.provinces > 0)).toHaveLength(2);
    const missing = inspectTables(two, 'b.xlsx', defaultCatalogue, 'PCI 2017');
    expect(missing.inspection.issues[0].message.en).toBe('No sheet "PCI 2017" (sheets: Ghi chú, PCI 2016, PCI 2016 (bản 2))');
  });
});
