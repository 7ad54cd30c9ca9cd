import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { parseScoresCsv } from './parse';
import { synthCsv, SYNTH_HEADER } from './synth';
import { seededRandom } from '../analysis/seeded';

describe('synthetic files: seeded, labelled, spoiled like real spreadsheets', () => {
  it('same seed, same file; another seed, another file', () => {
    expect(synthCsv(defaultCatalogue, { rows: 500, seed: 7 })).toBe(synthCsv(defaultCatalogue, { rows: 500, seed: 7 }));
    expect(synthCsv(defaultCatalogue, { rows: 500, seed: 8 })).not.toBe(synthCsv(defaultCatalogue, { rows: 500, seed: 7 }));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });
  it('5,000 rows with 3% spoiled cells: NA and .. load as missing (null, never 0), #VALUE! is a located error', () => {
    const text = synthCsv(defaultCatalogue, { rows: 5000, seed: 42, spoilRate: 0.03 });
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(SYNTH_HEADER);
    expect(lines).toHaveLength(5001);
    expect(lines.slice(1).every((l) => l.endsWith('synthetic (seed 42)'))).toBe(true);
    const r = parseScoresCsv(text, 'synthetic.csv', defaultCatalogue);
    const spoiledValue = lines.filter((l) => l.includes(',#VALUE!,')).length;
    const missing = lines.filter((l) => /,(NA|\.\.),/.test(l)).length;
    expect(spoiledValue).toBeGreaterThan(30);
    expect(r.issues.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(Array(spoiledValue).fill('not-a-number'));
    expect(r.issues.filter((p) => p.code === 'missing-value')).toHaveLength(missing);
    expect(r.rows).toHaveLength(5000 - spoiledValue);
    expect(r.rows.filter((x) => x.value === null)).toHaveLength(missing);
    expect(r.rows.some((x) => x.value === 0)).toBe(false);
  });
  it('keys stay unique (no duplicate rows) across synthetic years', () => {
    const r = parseScoresCsv(synthCsv(defaultCatalogue, { rows: 20000, seed: 3, spoilRate: 0 }), 's.csv', defaultCatalogue);
    expect(r.issues.filter((p) => p.code === 'duplicate-key')).toEqual([]);
    expect(r.rows).toHaveLength(20000);
  });
});
