/**
 * Where an imported plan file says what: JSON.parse for the value, plus ONE linear pass over the text that
 * checks the syntax and records where each value starts (path → line, column), so a problem in an imported
 * plan can say "line 14, column 17". Paths look like `items[2].lead`.
 *
 * Linear in the size of the file (the line and column are carried along the pass, never recounted), with no
 * recursion (an explicit stack), and with limits: a file over `maxChars` or nested deeper than `maxDepth`
 * is a located message, never a RangeError or a frozen page. The value comes from JSON.parse, which defines
 * every key as an own property: a `"__proto__"` key is an ordinary key and never sets a prototype.
 */
export type Position = { line: number; column: number };
export type Located = { value: unknown; positions: Positions } | { error: Position & { message: string } };

/** Where each value starts, by path. Offsets are kept during the pass; a line and column is worked out only when asked (binary search over the line starts, found once). */
export class Positions {
  private lineStarts: number[] | null = null;
  constructor(
    private readonly text: string,
    private readonly offsets: Map<string, number>,
  ) {}
  has(path: string): boolean {
    return this.offsets.has(path);
  }
  get(path: string): Position | undefined {
    const offset = this.offsets.get(path);
    return offset === undefined ? undefined : positionAt(this.text, offset, (this.lineStarts ??= lineStarts(this.text)));
  }
}

/** Offsets where each line starts: after LF, after CRLF, after a lone CR (as editors count them). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n?|\n/g;
  while (re.exec(text)) starts.push(re.lastIndex);
  return starts;
}

export function positionAt(text: string, offset: number, starts = lineStarts(text)): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

export const JSON_LIMITS = { maxChars: 50_000_000, maxDepth: 64 };

const HEX = /^[0-9a-fA-F]{4}$/;
const WS = /[ \t\n\r]*/y;
// JSON forbids raw control characters inside strings: the run of plain characters stops at one.
// eslint-disable-next-line no-control-regex
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonLocated(text: string, limits: Partial<typeof JSON_LIMITS> = {}): Located {
  const { maxChars, maxDepth } = { ...JSON_LIMITS, ...limits };
  if (text.length > maxChars) return { error: { line: 1, column: 1, message: `the file is larger than ${maxChars.toLocaleString('en')} characters` } };
  const offsets = new Map<string, number>();
  const n = text.length;
  let i = 0;
  const here = (): Position => positionAt(text, i);
  class JsonError extends Error {}
  const fail = (message: string): never => {
    throw new JsonError(message);
  };
  const describe = () => (i >= n ? 'unexpected end of file' : `unexpected "${text[i]}"`);
  const ws = () => {
    WS.lastIndex = i;
    WS.test(text);
    i = WS.lastIndex;
  };
  /** Skips a string at i (which is a quote); true when it has an escape. */
  const string = (): boolean => {
    let escaped = false;
    i++;
    for (;;) {
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
      if (i >= n) return fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) return fail('line break or control character inside a string');
      if (c === 92) {
        escaped = true;
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) return fail('invalid \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('invalid escape in a string');
      } else i++;
    }
    i++;
    return escaped;
  };
  const key = (parent: string): string => {
    ws();
    if (text[i] !== '"') fail('expected a "key"');
    const start = i;
    const name = string() ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
    ws();
    if (text[i] !== ':') fail('expected ":"');
    i++;
    return parent ? `${parent}.${name}` : name;
  };
  type Open = { close: '}' | ']'; path: string; count: number };
  const stack: Open[] = [];
  try {
    let path = '';
    for (;;) {
      // A value at `path`.
      ws();
      offsets.set(path, i);
      const ch = text[i];
      let scalar = true;
      if (ch === '{' || ch === '[') {
        if (stack.length >= maxDepth) fail(`nested more than ${maxDepth} levels deep`);
        i++;
        ws();
        const close = ch === '{' ? '}' : ']';
        if (text[i] === close) i++;
        else {
          stack.push({ close, path, count: 0 });
          path = ch === '{' ? key(path) : `${path}[0]`;
          scalar = false;
        }
      } else if (ch === '"') string();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) fail(describe());
        i = NUMBER.lastIndex;
      }
      if (!scalar) continue;
      // After a value: close containers, or go on to the next member.
      let next: string | null = null;
      while (next === null) {
        ws();
        const top = stack[stack.length - 1];
        if (!top) break;
        if (text[i] === ',') {
          i++;
          top.count++;
          next = top.close === ']' ? `${top.path}[${top.count}]` : key(top.path);
        } else if (text[i] === top.close) {
          i++;
          stack.pop();
        } else fail(`expected "," or "${top.close}"`);
      }
      if (next === null) break;
      path = next;
    }
    ws();
    if (i < n) fail(`unexpected "${text[i]}" after the end`);
  } catch (e) {
    if (e instanceof JsonError) return { error: { ...here(), message: e.message } };
    throw e;
  }
  try {
    return { value: JSON.parse(text), positions: new Positions(text, offsets) };
  } catch (e) {
    return { error: { line: 1, column: 1, message: (e as Error).message } };
  }
}
