/**
 * One import flow for a province's own index: Hà Tĩnh's DDCI 2021 (tests/fixtures/province/generate.ts) laid out as
 * a province prints it — issuing body and motto, title, STT, two-row merged header, "I | KHỐI UBND CẤP HUYỆN" and
 * "II | KHỐI SỞ, BAN, NGÀNH" section rows, a footnote — reads to exactly the figures of its clean CSV, as CSV,
 * .xlsx and .ods, through the same inspection and analysis the worker and the CLI run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asProvincePrintsWorkbook } from '../../tests/fixtures/province/generate';
import { parseProvinceTableCsv } from '@/domain/province/provinceIndex';
import { formatProblem } from '@/domain/import/problems';
import { readTables } from './readers';
import { analyseProvince, inspectProvinceTables, inspectProvinceText, type ProvinceDestination } from './provinceImport';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/province/${name}`, import.meta.url), 'utf8');
const HA_TINH: ProvinceDestination = { kind: 'province', province: '42', label: 'DDCI' };
const clean = parseProvinceTableCsv(fixture('ddci-ha-tinh-2021-corrected.csv'), 'clean.csv', { label: 'DDCI', province: '42', year: 2021 });
const figures = (scores: readonly { unit: string; component: string; value: number | null; notApplicable?: boolean; tier?: string | null; responses?: number }[]) =>
  scores.map((s) => `${s.unit}|${s.component}|${s.notApplicable ? '-' : s.value}|${s.tier ?? ''}|${s.responses ?? ''}`).sort();

describe('a DDCI table as a province prints it', () => {
  it('the clean CSV: 170 figures, Sở Tư pháp 68.2 with land access not applicable', () => {
    expect(clean.rows).toHaveLength(170);
    expect(clean.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(clean.rows.find((s) => s.unit === '42/so-tu-phap' && s.component === 'total')?.value).toBe(68.2);
  });

  it('as CSV with title rows, STT, section rows and a footnote: the same 170 figures; the year read from the title', () => {
    const inspected = inspectProvinceText(fixture('ddci-ha-tinh-2021-as-province-prints.csv'), 'laid-out.csv', HA_TINH);
    expect(inspected.inspection.guess.year).toBe(2021);
    const { scores, analysis, province } = analyseProvince(inspected, HA_TINH, { year: 2021 }, []);
    expect(analysis.errorCount).toBe(0);
    expect(figures(scores)).toEqual(figures(clean.rows));
    expect(province.definition.components).toHaveLength(9);
    expect(province.columns.map((c) => c.role)).toEqual(['ignore', 'unit', 'responses', ...Array(9).fill('component'), 'composite', 'grade']);
    // Left out with a notice each, at their own lines: the two section rows and the footnote.
    expect(analysis.issues.filter((p) => p.code === 'section-row' || p.code === 'footnote-row').map((p) => `${p.line} ${p.code}`)).toEqual(['9 section-row', '17 section-row', '29 footnote-row']);
  });

  for (const bookType of ['xlsx', 'ods'] as const) {
    it(`as .${bookType} with merged cells: the same 170 figures`, async () => {
      const { tables, issues } = await readTables('spreadsheet', await asProvincePrintsWorkbook(bookType), `DDCI.${bookType}`);
      expect(issues).toEqual([]);
      const inspected = inspectProvinceTables(tables, `DDCI.${bookType}`, HA_TINH);
      expect(inspected.inspection.sheet).toBe('DDCI 2021');
      expect(inspected.inspection.guess.year).toBe(2021);
      const { scores, analysis } = analyseProvince(inspected, HA_TINH, { year: 2021 }, []);
      expect(analysis.errorCount).toBe(0);
      expect(figures(scores)).toEqual(figures(clean.rows));
    });
  }

  it('the printed "50" (Sở Tài chính, Tính năng động và hiệu lực) is an error at its cell, DDCI 2021!L24, and blocks', async () => {
    const { tables } = await readTables('spreadsheet', await asProvincePrintsWorkbook('xlsx', { printed: true }), 'DDCI.xlsx');
    const { analysis } = analyseProvince(inspectProvinceTables(tables, 'DDCI.xlsx', HA_TINH), HA_TINH, { year: 2021 }, []);
    expect(analysis.errorCount).toBe(1);
    expect(analysis.issues.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'))).toEqual(['DDCI.xlsx: DDCI 2021!L24: error: Score 50 is outside the 0–10 scale of Dynamism and effectiveness']);
  });

  it('against a saved 2021 edition: unchanged figures are counted as such, a changed one is a replacement', () => {
    const inspected = inspectProvinceText(fixture('ddci-ha-tinh-2021-as-province-prints.csv'), 'laid-out.csv', HA_TINH);
    const loaded = clean.rows.map((s) => (s.unit === '42/so-tu-phap' && s.component === 'total' ? { ...s, value: 60 } : s));
    const { analysis } = analyseProvince(inspected, HA_TINH, { year: 2021 }, loaded);
    expect(analysis.replacedCount).toBe(1);
    expect(analysis.unchanged).toBe(169);
  });
});
