import { describe, expect, it } from 'vitest';
import { fileKindOf, readTables } from './index';
import { formatProblem } from '@/domain/import/problems';
import { pciWorkbook } from '../../../tests/fixtures/tables';

describe('a damaged workbook is called that, with what to do — never a library message', () => {
  it('VCCI\'s PCI 2016 workbook cut at half its bytes: "Tệp bảng tính bị hỏng hoặc chưa lưu trọn … lưu lại, hoặc xuất … CSV", no "Unsupported ZIP file"', async () => {
    const whole = await pciWorkbook();
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    expect(fileKindOf('PCI-2016.xlsx', cut)).toBe('spreadsheet');
    const read = await readTables('spreadsheet', cut, 'PCI-2016.xlsx');
    expect(read.tables).toEqual([]);
    const [p] = read.issues;
    expect(p.message.vi).toBe('Tệp bảng tính bị hỏng hoặc chưa lưu trọn, nên không đọc được: hãy mở bằng Excel (hoặc LibreOffice) và lưu lại, hoặc xuất bảng ra CSV UTF-8 rồi nhập tệp đó');
    for (const lang of ['vi', 'en'] as const) expect(formatProblem(p, lang)).not.toMatch(/zip|unsupported|end of data|signature/i);
  });
});
