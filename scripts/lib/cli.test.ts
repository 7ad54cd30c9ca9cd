/** scripts/lib/cli.mjs: every CLI's flags read one way; a wrong call is one line (UsageError), --help lists every flag. */
import { describe, expect, it } from 'vitest';
import { helpText, integerFlag, parseCli, positiveFlag, UsageError } from './cli.mjs';

const SPEC = {
  name: 'demo',
  usage: 'demo --index PCI [--set C=V …] [--with FILE…] [--json] FILE',
  options: {
    index: { type: 'string', value: 'INDEX', help: 'index id', example: 'PCI' },
    set: { type: 'string', multiple: true, help: 'a change', example: 'land_access=+0.5' },
    with: { type: 'string', greedy: true, value: 'FILE', help: 'files laid over' },
    lang: { type: 'string', choices: ['vi', 'en'], help: 'language' },
    json: { type: 'boolean', help: 'JSON out' },
  },
  positionals: { name: 'FILE', min: 1, max: 1 },
} as const;

const reject = (argv: string[]) => {
  try {
    parseCli(argv, SPEC);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('parseCli: one reader for every CLI', () => {
  it('reads values, repeated flags, greedy --with A B and the positional', () => {
    const r = parseCli(['--index', 'PCI', '--set', 'a=+1', '--set', 'b=2', 'f.csv', '--with', 'x.csv', 'y.csv', '--json'], SPEC);
    expect(r.values).toMatchObject({ index: 'PCI', set: ['a=+1', 'b=2'], with: ['x.csv', 'y.csv'], json: true });
    expect(r.positionals).toEqual(['f.csv']);
  });

  it('a value starting with a sign after "=" stays a value (--set land_access=-0.5)', () => {
    expect(parseCli(['--set', 'land_access=-0.5', 'f'], SPEC).values.set).toEqual(['land_access=-0.5']);
  });

  it('rejects in one line: unknown flag, flag without value, value not a choice, flag twice, stray or missing argument', () => {
    expect(reject(['--frobnicate', 'f'])).toBe('unknown flag --frobnicate');
    expect(reject(['f', '--set'])).toBe('--set needs a value (e.g. --set land_access=+0.5)');
    expect(reject(['--index', '--json', 'f'])).toMatch(/^--index needs a value \(e\.g\. --index PCI\); a value starting with "-" is written --index=-…$/);
    expect(reject(['--index=', 'f'])).toBe('--index needs a value (e.g. --index PCI)');
    expect(reject(['--lang', 'fr', 'f'])).toBe('--lang "fr" is not one of vi, en');
    expect(reject(['--index', 'PCI', '--index', 'PAPI', 'f'])).toBe('--index is given twice');
    expect(reject(['--json=yes', 'f'])).toBe('--json takes no value');
    expect(reject(['f', 'g'])).toBe('unexpected argument "g" (at most 1 FILE)');
    expect(reject(['--index', 'PCI'])).toBe('missing FILE');
  });

  it('--help lists every flag with its value and help, and wins over any other problem', () => {
    expect(parseCli(['--frob', '--help'], SPEC).help).toBe(true);
    const text = helpText(SPEC);
    for (const flag of ['--index INDEX', '--set VALUE', '--with FILE…', '--lang vi|en', '--json', '--help']) expect(text).toContain(flag);
    expect(text).toContain('(repeatable)');
  });

  it('integerFlag and positiveFlag: the range is named in the message', () => {
    expect(integerFlag('target-rank', '50', 1, 63)).toBe(50);
    expect(() => integerFlag('target-rank', '999', 1, 63, 'PCI 2021 ranks 63 provinces')).toThrow('--target-rank 999 is out of range: from 1 to 63 (PCI 2021 ranks 63 provinces)');
    expect(() => integerFlag('rows', '1.5', 1)).toThrow('--rows "1.5" is not a whole number');
    expect(() => integerFlag('rows', '', 1)).toThrow(UsageError);
    expect(positiveFlag('scale', '10')).toBe(10);
    expect(() => positiveFlag('scale', '-1')).toThrow('--scale "-1" is not a positive number');
  });
});
