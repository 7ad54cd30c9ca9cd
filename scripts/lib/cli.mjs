// The one argument reader of every CLI in scripts/ (node:util parseArgs underneath). Each CLI declares its flags
// once, with a line of help each; from that declaration come `--help` (every flag listed) and the rejections:
// an unknown flag, a flag without its value, a value not among its choices, a flag given twice, a stray
// argument — each one line on stderr and exit code 2, never a stack trace. A CLI's own range checks (a year
// without data, a target rank beyond the edition's count) throw `usageError(...)` and end the same way.
// Plain .mjs (typed in cli.d.mts) so that the node-run aids (screenshot.mjs) share it with the tsx-run CLIs.
import { parseArgs } from 'node:util';

/** A wrong call: one line, exit 2. */
export class UsageError extends Error {
  /** @param {string} message @param {boolean} [hint] */
  constructor(message, hint = false) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** @param {string} message */
export function usageError(message) {
  return new UsageError(message);
}

const optionName = (message) => /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? '';

/** The help text: usage, what the CLI does, then every flag with its value and meaning. */
export function helpText(spec) {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const value = o.type === 'string' ? ` ${o.value ?? (o.choices ? o.choices.join('|') : 'VALUE')}${o.greedy ? '…' : ''}` : '';
    const many = o.multiple && !o.greedy ? ' (repeatable)' : '';
    return [`  --${name}${value}`, `${o.help}${many}`];
  });
  rows.push(['  --help', 'print this help and exit']);
  const width = Math.min(40, Math.max(...rows.map(([flag]) => flag.length)) + 2);
  const lines = [`usage: ${spec.usage}`];
  if (spec.summary) lines.push('', spec.summary);
  lines.push('', 'flags:', ...rows.map(([flag, help]) => (flag.length < width ? flag.padEnd(width) + help : `${flag}\n${''.padEnd(width)}${help}`)));
  return lines.join('\n') + '\n';
}

/**
 * Read argv against the spec. Returns `{ help: true }` for --help, else `{ help: false, values, positionals }`.
 * Throws UsageError (one line) for anything the spec does not allow.
 */
export function parseCli(argv, spec) {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true, values: {}, positionals: [] };
  const options = {};
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type, multiple: Boolean(o.multiple || o.greedy), ...(o.short ? { short: o.short } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true, tokens: true });
  } catch (err) {
    const message = String(err?.message ?? err);
    const name = optionName(message);
    if (err?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown flag ${name || message.split('\n')[0]}`, true);
    if (err?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new UsageError(`${name} takes no value`, true);
      const spelled = spec.options[name.replace(/^-+/, '')];
      const example = spelled?.example ? ` (e.g. ${name} ${spelled.example})` : '';
      throw new UsageError(`${name} needs a value${example}${/ambiguous/.test(message) ? `; a value starting with "-" is written ${name}=-…` : ''}`, true);
    }
    throw new UsageError(message.split('\n')[0], true);
  }
  // Greedy flags (`--with A B C`) take the arguments that follow them up to the next flag.
  const values = { ...parsed.values };
  const positionals = [];
  const seen = new Map();
  let greedy = null;
  for (const token of parsed.tokens) {
    if (token.kind === 'option-terminator') {
      greedy = null;
      continue;
    }
    if (token.kind === 'option') {
      const o = spec.options[token.name];
      seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
      if (!o.multiple && !o.greedy && seen.get(token.name) > 1) throw new UsageError(`--${token.name} is given twice`, true);
      greedy = o.greedy && token.value !== undefined ? token.name : null;
      continue;
    }
    if (greedy) values[greedy] = [...(values[greedy] ?? []), token.value];
    else positionals.push(token.value);
  }
  for (const [name, o] of Object.entries(spec.options)) {
    if (values[name] === undefined && o.default !== undefined) values[name] = o.default;
    if (o.multiple || o.greedy) values[name] = values[name] ?? [];
    const list = Array.isArray(values[name]) ? values[name] : values[name] === undefined ? [] : [values[name]];
    for (const v of list) {
      if (o.type !== 'string') continue;
      if (v === '') throw new UsageError(`--${name} needs a value${o.example ? ` (e.g. --${name} ${o.example})` : ''}`, true);
      if (o.choices && !o.choices.includes(v)) throw new UsageError(`--${name} "${v}" is not one of ${o.choices.join(', ')}`, true);
    }
  }
  const p = spec.positionals ?? { name: '', min: 0, max: 0 };
  if (positionals.length > p.max) throw new UsageError(p.max === 0 ? `unexpected argument "${positionals[0]}"` : `unexpected argument "${positionals[p.max]}" (at most ${p.max} ${p.name})`, true);
  if (positionals.length < p.min) throw new UsageError(`missing ${p.name}`, true);
  return { help: false, values, positionals };
}

/** An integer flag within [min, max], or a UsageError naming the flag and the range. */
export function integerFlag(name, text, min = -Infinity, max = Infinity, why = '') {
  const n = Number(text);
  if (!/^-?\d+$/.test(String(text).trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} "${text}" is not a whole number`, true);
  if (n < min || n > max) {
    const range = max === Infinity ? `at least ${min}` : min === -Infinity ? `at most ${max}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} ${n} is out of range: ${range}${why ? ` (${why})` : ''}`);
  }
  return n;
}

/** A positive number flag (a scale), or a UsageError. */
export function positiveFlag(name, text) {
  const n = Number(text);
  if (String(text).trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} "${text}" is not a positive number`, true);
  return n;
}

function report(spec, err) {
  const hint = err.hint ? ` (${spec.helpCommand ?? `${spec.name} --help`} lists the flags)` : '';
  process.stderr.write(`${spec.name}: ${err.message.split('\n')[0]}${hint}\n`);
}

/** Parse for a script: --help prints the help and exits 0; a wrong call prints one line and exits 2. */
export function readCli(argv, spec) {
  try {
    const parsed = parseCli(argv, spec);
    if (parsed.help) {
      process.stdout.write(helpText(spec));
      process.exit(0);
    }
    return parsed;
  } catch (err) {
    if (err instanceof UsageError) {
      report(spec, err);
      process.exit(2);
    }
    throw err;
  }
}

/**
 * Run a CLI's main: its number is the exit code; a UsageError is one line and exit 2; any other error one line
 * and exit 1 (the stack only with CLI_DEBUG=1), so no call ever ends in a stack trace.
 */
export async function runCli(spec, main) {
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (err) {
    if (err instanceof UsageError) {
      report(spec, err);
      code = 2;
    } else {
      process.stderr.write(`${spec.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
      if (process.env.CLI_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
      code = 1;
    }
  }
  // Exit once what was written has been flushed (a long JSON on a pipe is never cut).
  process.stdout.write('', () => process.exit(code));
}
