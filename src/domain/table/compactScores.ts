/**
 * The shipped figures of one index in a columnar form that the browser reads with one `JSON.parse`:
 * the CSV files are validated once when the app is built (same parser, same problems), and the page
 * only turns columns back into `Score`s — no per-cell text checks on every visit.
 *
 * Rules of the form:
 *  - one entry per figure in each column (`year`, `unit`, `component`, `value`, `rank`, `tier`, `source`, `note`);
 *  - repeated texts (unit ids, component ids, tiers, sources, notes) are stored once in a dictionary and
 *    referenced by position; `-1` means "absent" (no tier printed, no note);
 *  - a missing score stays `null`, never 0; a rank is only ever the published rank;
 *  - decode(encode(scores)) gives back the same scores, field for field (a tier not printed reads as `null`).
 */
import type { Problem, Score } from '../catalogue/types';

export const COMPACT_FORMAT = 'chiso-compact-scores/1';

export interface CompactScores {
  format: typeof COMPACT_FORMAT;
  index: string;
  /** Files the figures were read from (data/scores/…). */
  files: string[];
  units: string[];
  components: string[];
  texts: string[];
  year: number[];
  unit: number[];
  component: number[];
  value: (number | null)[];
  rank: (number | null)[];
  /** Text position of the printed tier; -1 = none printed (null). */
  tier: number[];
  source: number[];
  note: number[];
  /** [position, decimals] of the figures printed with more decimals than their number shows ("6.60"); see precision.ts. */
  decimals?: [number, number][];
  /** Problems found when the files were checked at build time (reported like a runtime parse). */
  issues: Problem[];
}

class Dictionary {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();
  ref(text: string): number {
    let i = this.at.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.at.set(text, i);
    }
    return i;
  }
}

export function encodeCompactScores(index: string, files: string[], scores: readonly Score[], issues: Problem[] = []): CompactScores {
  const units = new Dictionary();
  const components = new Dictionary();
  const texts = new Dictionary();
  const out: CompactScores = { format: COMPACT_FORMAT, index, files, units: units.list, components: components.list, texts: texts.list, year: [], unit: [], component: [], value: [], rank: [], tier: [], source: [], note: [], issues };
  for (const s of scores) {
    if (s.index !== index) throw new Error(`encodeCompactScores(${index}): figure of ${s.index}`);
    out.year.push(s.year);
    out.unit.push(units.ref(s.unit));
    out.component.push(components.ref(s.component));
    out.value.push(s.value);
    out.rank.push(s.officialRank);
    out.tier.push(s.tier == null ? -1 : texts.ref(s.tier));
    out.source.push(texts.ref(s.source));
    out.note.push(s.note === undefined ? -1 : texts.ref(s.note));
    if (s.decimals !== undefined) (out.decimals ??= []).push([out.year.length - 1, s.decimals]);
  }
  return out;
}

/** Thrown when a fetched file is not in this form (a stale cache, a wrong URL serving HTML). */
export function isCompactScores(value: unknown): value is CompactScores {
  return !!value && typeof value === 'object' && (value as CompactScores).format === COMPACT_FORMAT && Array.isArray((value as CompactScores).year);
}

export function decodeCompactScores(c: CompactScores): Score[] {
  const n = c.year.length;
  const scores: Score[] = new Array(n);
  const { index, units, components, texts } = c;
  for (let i = 0; i < n; i++) {
    const tier = c.tier[i];
    const score: Score = {
      index,
      year: c.year[i],
      unit: units[c.unit[i]],
      component: components[c.component[i]],
      value: c.value[i],
      officialRank: c.rank[i],
      tier: tier >= 0 ? texts[tier] : null,
      source: texts[c.source[i]],
    };
    const note = c.note[i];
    if (note >= 0) score.note = texts[note];
    scores[i] = score;
  }
  for (const [at, decimals] of c.decimals ?? []) if (scores[at]) scores[at].decimals = decimals;
  return scores;
}
