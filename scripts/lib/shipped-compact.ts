/**
 * The shipped score files (data/scores/*.csv, listed in data/scores/manifest.json) checked by the domain
 * parser and regrouped per index into the compact columnar form the browser fetches on demand
 * (src/domain/table/compactScores.ts). Run by the Vite plugin in scripts/vite-shipped-scores.ts at build and dev time,
 * so any file `npm run data` adds to the manifest flows into the app without another step.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { encodeCompactScores, type CompactScores } from '@/domain/table/compactScores';
import { parseScoresCsv } from '@/domain/import/parse';
import type { Problem, Score } from '@/domain/catalogue/types';
import { REPO_ROOT } from './shared-path';

export const SCORES_DIR = resolve(REPO_ROOT, 'data/scores');
export const MANIFEST_PATH = resolve(SCORES_DIR, 'manifest.json');

export function shippedFilePaths(): string[] {
  const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { files: { file: string }[] };
  return manifest.files.map((f) => resolve(SCORES_DIR, f.file));
}

/** index id → its figures from every shipped file, in the order of the manifest. */
export function compactShippedScores(): Map<string, CompactScores> {
  const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { files: { file: string; index: string }[] };
  const byIndex = new Map<string, { files: string[]; scores: Score[]; issues: Problem[] }>();
  for (const entry of manifest.files) {
    const text = readFileSync(resolve(SCORES_DIR, entry.file), 'utf8');
    const { rows, issues } = parseScoresCsv(text, entry.file, defaultCatalogue, { source: entry.file });
    // A file may hold several indices (the manifest names the main one): group by the figures' own index.
    const groups = new Map<string, Score[]>();
    for (const s of rows) {
      const list = groups.get(s.index);
      if (list) list.push(s);
      else groups.set(s.index, [s]);
    }
    if (!groups.size) groups.set(entry.index, []);
    let first = true;
    for (const [index, scores] of groups) {
      let group = byIndex.get(index);
      if (!group) byIndex.set(index, (group = { files: [], scores: [], issues: [] }));
      group.files.push(entry.file);
      for (const s of scores) group.scores.push(s);
      // A file's problems are reported once, with the index the manifest gives it.
      if (first && (index === entry.index || !groups.has(entry.index))) {
        group.issues.push(...issues);
        first = false;
      }
    }
  }
  const out = new Map<string, CompactScores>();
  for (const [index, g] of byIndex) out.set(index, encodeCompactScores(index, g.files, g.scores, g.issues));
  return out;
}
