/** Where an imported plan file says what: JSON.parse with the line and column of every value. */
export type Located = { value: unknown; positions: Map<string, { line: number; column: number }> } | { error: { line: number; column: number; message: string } };

/**
 * JSON.parse that also records where each value starts (path → line, column), so a problem in an
 * imported plan can say "line 14, column 17". Paths look like `items[2].lead`.
 */
export function parseJsonLocated(text: string): Located {
  const positions = new Map<string, { line: number; column: number }>();
  let i = 0;
  const where = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  class JsonError extends Error {}
  const fail = (message: string): never => {
    throw new JsonError(message);
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const value = (path: string): unknown => {
    ws();
    positions.set(path, where(i));
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') return i++, obj;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a "key"');
        const key = string();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        obj[key] = value(path ? `${path}.${key}` : key);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return i++, obj;
        else fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') return i++, arr;
      for (;;) {
        arr.push(value(`${path}[${arr.length}]`));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return i++, arr;
        else fail('expected "," or "]"');
      }
    }
    if (ch === '"') return string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!literal) fail(i >= text.length ? 'unexpected end of file' : `unexpected "${ch}"`);
    i += literal![0].length;
    return JSON.parse(literal![0]);
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('invalid string');
    }
  };
  try {
    const result = value('');
    ws();
    if (i < text.length) fail(`unexpected "${text[i]}" after the end`);
    return { value: result, positions };
  } catch (e) {
    if (e instanceof JsonError) return { error: { ...where(i), message: e.message } };
    throw e;
  }
}
