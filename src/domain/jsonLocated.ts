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
export type Located = { value: unknown; positions: Map<string, Position> } | { error: Position & { message: string } };

export const JSON_LIMITS = { maxChars: 50_000_000, maxDepth: 64 };

const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonLocated(text: string, limits: Partial<typeof JSON_LIMITS> = {}): Located {
  const { maxChars, maxDepth } = { ...JSON_LIMITS, ...limits };
  if (text.length > maxChars) return { error: { line: 1, column: 1, message: `the file is larger than ${maxChars.toLocaleString('en')} characters` } };
  const positions = new Map<string, Position>();
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  class JsonError extends Error {}
  const fail = (message: string): never => {
    throw new JsonError(message);
  };
  const describe = () => (i >= n ? 'unexpected end of file' : `unexpected "${text[i]}"`);
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        i++;
        line++;
        lineStart = i;
      } else if (c === 32 || c === 9 || c === 13) i++;
      else return;
    }
  };
  /** Skips a string at i (which is a quote); returns its raw text (with quotes). */
  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) return fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) return fail('line break or control character inside a string');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) return fail('invalid \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('invalid escape in a string');
      } else i++;
    }
    i++;
    return text.slice(start, i);
  };
  const key = (parent: string): string => {
    ws();
    if (text[i] !== '"') fail('expected a "key"');
    const name = JSON.parse(string()) as string;
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
      positions.set(path, here());
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
    return { value: JSON.parse(text), positions };
  } catch (e) {
    return { error: { line: 1, column: 1, message: (e as Error).message } };
  }
}
