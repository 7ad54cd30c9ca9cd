/**
 * Seeded property test of every CLI's argument reader (issue 17.8): 10,000 generated argument lists per CLI —
 * known flags with and without values, values glued with "=", unknown and misspelt flags, short flags, "--",
 * repeated flags, empty and signed values, stray arguments, Unicode — read by the same parseCli each script
 * runs, plus the range readers (integerFlag, positiveFlag) with random text.
 *
 * Invariant, case by case: the reader returns a result that keeps to the CLI's declaration (only its flags,
 * a declared choice, no empty value, the number of positionals allowed), or throws a UsageError of one line
 * naming what is wrong — which runCli prints as one line with exit 2. Never any other exception.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/domain/analysis/seeded';
import { CaseFailed, withinBudget } from '../src/domain/import/readerBudget';
import { integerFlag, parseCli, positiveFlag, UsageError, type CliSpec } from './lib/cli.mjs';
import { SIMULATE_CLI } from './simulate';
import { ANALYZE_CLI } from './analyze';
import { IMPORT_CLI } from './import';
import { VALIDATE_CLI } from './validate';
import { SYNTH_CLI } from './synth';
import { BENCH_CLI } from './bench';
import { INDICATORS_CLI } from './build-indicators';
import { REPORT_CLI } from './report';

const CASES = 10_000;
const VALUES = ['PCI', '2016', '999', '-1', '0', '1e3', '', ' ', 'Hà Giang', 'land_access=+0.5', '=', '--', '-', 'x.csv', '/nonexistent/dir/x.csv', '\u0000', '"', 'vi', 'en', 'NaN', '63', '2.5', '¼'];
const STRAYS = ['--strict', '--output', '--baseyear', '-x', '-h?', '---', '--=', '--index=', '--ünïcode', 'file.csv', '-5'];

function argv(spec: CliSpec, seed: number): string[] {
  const rng = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const flags = Object.keys(spec.options);
  const out: string[] = [];
  const count = Math.floor(rng() * 8);
  for (let i = 0; i < count; i++) {
    const roll = rng();
    if (roll < 0.55) {
      const name = pick(flags);
      const o = spec.options[name];
      if (o.type === 'boolean') out.push(rng() < 0.9 ? `--${name}` : `--${name}=${pick(VALUES)}`);
      else if (rng() < 0.15) out.push(`--${name}`); // no value
      else if (rng() < 0.2) out.push(`--${name}=${o.choices && rng() < 0.5 ? pick(o.choices) : pick(VALUES)}`);
      else out.push(`--${name}`, o.choices && rng() < 0.5 ? pick(o.choices) : pick(VALUES));
    } else if (roll < 0.75) out.push(pick(STRAYS));
    else if (roll < 0.97) out.push(pick(VALUES));
    else out.push(rng() < 0.5 ? '--' : '--help');
  }
  return out;
}

/** A result that keeps to the declaration. */
function keepsToSpec(spec: CliSpec, parsed: { help: boolean; values: Record<string, unknown>; positionals: string[] }): string | null {
  if (parsed.help) return null;
  for (const [name, value] of Object.entries(parsed.values)) {
    const o = spec.options[name];
    if (!o) return `unknown flag --${name} accepted`;
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const v of list) {
      if (o.type === 'string' && (typeof v !== 'string' || v === '')) return `--${name} took ${JSON.stringify(v)}`;
      if (o.type === 'string' && o.choices && !o.choices.includes(v as string)) return `--${name} took "${v}", not a choice`;
      if (o.type === 'boolean' && typeof v !== 'boolean') return `--${name} took ${JSON.stringify(v)}`;
    }
  }
  const p = spec.positionals ?? { min: 0, max: 0 };
  if (parsed.positionals.length < p.min || parsed.positionals.length > p.max) return `${parsed.positionals.length} positionals accepted`;
  return null;
}

const CLIS: [string, CliSpec][] = [
  ['simulate', SIMULATE_CLI],
  ['analyze', ANALYZE_CLI],
  ['import', IMPORT_CLI],
  ['validate', VALIDATE_CLI],
  ['synth', SYNTH_CLI],
  ['bench', BENCH_CLI],
  ['build-indicators', INDICATORS_CLI],
  ['report', REPORT_CLI],
];

describe(`property: ${CASES.toLocaleString('en')} generated argument lists per CLI — a result that keeps to the flags declared, or one line (exit 2)`, () => {
  it.each(CLIS)('%s', (name, spec) => {
    let rejected = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const args = argv(spec, seed);
      withinBudget(name, seed, args.join(' ').length, () => {
        try {
          const parsed = parseCli(args, spec);
          const wrong = keepsToSpec(spec, parsed as never);
          if (wrong) throw new CaseFailed(name, seed, `${wrong}: ${JSON.stringify(args)}`);
        } catch (err) {
          if (err instanceof CaseFailed) throw err;
          if (!(err instanceof UsageError)) throw new CaseFailed(name, seed, `not a usage error: ${String(err)} ${JSON.stringify(args)}`);
          if (!err.message || err.message.includes('\n')) throw new CaseFailed(name, seed, `not one line: ${JSON.stringify(err.message)}`);
          rejected++;
        }
      });
    }
    // Both answers are exercised.
    expect(rejected).toBeGreaterThan(CASES * 0.3);
    expect(rejected).toBeLessThan(CASES * 0.95);
  });

  it('integerFlag and positiveFlag: a number in range or one line naming the flag', () => {
    const texts = ['5', '63', '64', '0', '-1', ' 7 ', '1e3', '9007199254740993', '', 'x', '2.5', '¼', '٣', '0x10', 'Infinity', 'NaN', '-0', '+5'];
    for (let seed = 1; seed <= CASES; seed++) {
      const rng = seededRandom(seed);
      const text = rng() < 0.7 ? texts[Math.floor(rng() * texts.length)] : String(Math.floor((rng() - 0.3) * 200));
      const [min, max] = [1, 1 + Math.floor(rng() * 100)];
      for (const read of [() => integerFlag('target-rank', text, min, max), () => positiveFlag('scale', text)]) {
        try {
          const n = read();
          if (!Number.isFinite(n)) throw new CaseFailed('range', seed, `${text} → ${n}`);
        } catch (err) {
          if (err instanceof CaseFailed) throw err;
          if (!(err instanceof UsageError) || err.message.includes('\n') || !/^--(target-rank|scale) /.test(err.message)) throw new CaseFailed('range', seed, `${text}: ${String(err)}`);
        }
      }
      const n = (() => { try { return integerFlag('target-rank', text, min, max); } catch { return null; } })();
      if (n !== null) expect(n >= min && n <= max && Number.isInteger(n)).toBe(true);
    }
  });
});
