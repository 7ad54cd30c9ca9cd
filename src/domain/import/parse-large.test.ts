/** The streamed parser (used for every file) must say exactly what the whole-grid rules say. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { gridToScores, parseScoresCsv, PARSE_CHUNK_CHARS, readCsvGrid } from './parse';
import { synthCsv } from './synth';

// Rows and problems (the `locate` lookups are functions, compared by what they find in the tests of lines).
const found = ({ rows, issues }: { rows: unknown[]; issues: unknown[] }) => ({ rows, issues });
const whole = (text: string, file: string) => found(gridToScores(readCsvGrid(text.replace(/^\uFEFF/, ''), file), file, defaultCatalogue));

describe('parseScoresCsv streams in slices and matches the whole-grid reading', () => {
  it('every shipped file: same 38,215 figures and problems', () => {
    let figures = 0;
    for (const name of readdirSync(new URL('../../../data/scores/', import.meta.url)).filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(new URL(`../../../data/scores/${name}`, import.meta.url), 'utf8');
      const streamed = parseScoresCsv(text, name, defaultCatalogue);
      expect(found(streamed)).toEqual(whole(text, name));
      figures += streamed.rows.length;
    }
    expect(figures).toBe(38215);
  });
  it('the malformed fixtures: same problems at the same lines and columns', () => {
    for (const name of readdirSync(new URL('../../../tests/fixtures/malformed/', import.meta.url))) {
      const text = readFileSync(new URL(`../../../tests/fixtures/malformed/${name}`, import.meta.url), 'utf8');
      if (text.includes('\u0000') || text.trim() === '' || text.includes('\uFFFD')) continue;
      expect(found(parseScoresCsv(text, name, defaultCatalogue))).toEqual(whole(text, name));
    }
  });
  it('several slices, a quoted line break in the second: the error after it is still at its true line', () => {
    const body = synthCsv(defaultCatalogue, { rows: 40_000, seed: 5, spoilRate: 0 }).trim().split('\n');
    let length = 0;
    const firstSlice = body.findIndex((l) => (length += l.length + 1) > PARSE_CHUNK_CHARS * 1.2);
    body[firstSlice] = body[firstSlice].replace(/,synthetic \(seed 5\)$/, ',"synthetic\nwith a line break"');
    body.push('PCI,2025,Hà Nội,total,#VALUE!,,x');
    const text = body.join('\n') + '\n';
    expect(text.length).toBeGreaterThan(PARSE_CHUNK_CHARS * 2);
    const streamed = parseScoresCsv(text, 's.csv', defaultCatalogue);
    expect(found(streamed)).toEqual(whole(text, 's.csv'));
    // header + 40,000 rows + the line inside the quoted cell, then the spoiled row.
    expect(streamed.issues.filter((p) => p.code === 'not-a-number').map((p) => p.line)).toEqual([1 + 40_000 + 1 + 1]);
  });
});
