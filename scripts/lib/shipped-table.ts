/**
 * The shipped score files read from disk (Node only): for the CLIs and for unit tests that assert on real data.
 * The browser reads the same files through src/data/shipped.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import manifest from '@data/scores/manifest.json';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { buildScoreTable, type ScoreTable } from '@/domain/table/dataset';
import { parseScoresCsv } from '@/domain/import/parse';
import { REPO_ROOT } from './shared-path';

let cached: ScoreTable | null = null;

export function loadShippedTable(): ScoreTable {
  if (cached) return cached;
  const scores = (manifest as { files: { file: string }[] }).files.flatMap((f) => {
    const text = readFileSync(resolve(REPO_ROOT, 'data/scores', f.file), 'utf8');
    const result = parseScoresCsv(text, f.file, defaultCatalogue, { source: f.file });
    if (result.issues.some((i) => i.severity === 'error')) throw new Error(`${f.file} has errors`);
    return result.rows;
  });
  cached = buildScoreTable(scores, defaultCatalogue);
  return cached;
}
