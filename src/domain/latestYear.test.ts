import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './catalogue';
import { buildScoreTable } from './dataset';
import { parseScoresCsv } from './parse';
import { latestYearWithFigure } from './latestYear';
import manifest from '@data/scores/manifest.json';

const scores = (manifest as { files: { file: string }[] }).files.flatMap((f) => {
  const text = readFileSync(resolve(__dirname, '../../data/scores', f.file), 'utf8');
  return parseScoresCsv(text, f.file, defaultCatalogue, { source: f.file }).rows;
});
const table = buildScoreTable(scores, defaultCatalogue);

describe('latestYearWithFigure', () => {
  it('Quảng Ninh PAPI: 2024 (2023 has no record, 2024 does)', () => {
    expect(latestYearWithFigure(table, 'PAPI', '22')).toBe(2024);
  });
  it('Hải Phòng PCI: 2024, the 74.84 news figure (only 2 provinces that year)', () => {
    expect(latestYearWithFigure(table, 'PCI', '31')).toBe(2024);
  });
  it('Hải Phòng PAR INDEX 2021 counts: a printed rank 1 without a score is a figure', () => {
    expect(table.get('PAR', 2021, '31', 'total')?.value).toBeNull();
    expect(latestYearWithFigure(table, 'PAR', '31')).toBeGreaterThanOrEqual(2021);
  });
  it('a province with no SIPAS figure at all gets null, not an older year', () => {
    expect(latestYearWithFigure(table, 'SIPAS', '02')).toBeNull();
  });
  it('an index that is not loaded gives null', () => {
    expect(latestYearWithFigure(table, 'PGI', '22')).toBeNull();
  });
});
