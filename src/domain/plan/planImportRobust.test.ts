/** Plan import never crashes and never freezes: every reproducer of issue 9 (plans) is a located message. */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from './departments';
import { parseJsonLocated } from '../import/jsonLocated';
import { CSV_COLUMNS, planFromCsv } from './planCsv';
import { planFromJson } from './planJson';
import { hasErrors } from './planRead';

const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);
const fromJson = (text: string) => planFromJson(text, 'plan.json', defaultCatalogue, departmentsFor);
const item = (patch: Record<string, unknown> = {}) => ({ province: '22', index: 'PCI', year: 2016, component: 'entry_costs', lead: 'so-khdt', coOwners: [], targetScore: 9.3, status: 'in_progress', ...patch });

describe('located JSON reader', () => {
  it('100,000 nested brackets give a located "nested too deep" message at the bracket that goes past 64 levels ({ plus 63 [), not a RangeError', () => {
    const text = '{"items":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    const parsed = parseJsonLocated(text);
    expect(parsed).toEqual({ error: { line: 1, column: 9 + 64, message: 'nested more than 64 levels deep' } });
    const result = fromJson(text);
    expect(result.plan).toBeNull();
    expect(result.issues[0]).toMatchObject({ code: 'json-syntax', file: 'plan.json', line: 1, column: 73 });
  });

  it('a file over the size limit is a located message', () => {
    expect(parseJsonLocated('[1, 2, 3]', { maxChars: 5 })).toMatchObject({ error: { line: 1, column: 1 } });
  });

  it('counts lines across LF, CRLF and a lone CR, and locates values after a long line in one pass', () => {
    const parsed = parseJsonLocated('{"a": 1,\r\n "b": 2,\r "c": [true,\n  "x"]}');
    expect('positions' in parsed && [parsed.positions.get('b'), parsed.positions.get('c[1]')]).toEqual([
      { line: 2, column: 7 },
      { line: 4, column: 3 },
    ]);
  });

  it('syntax errors are located: a raw line break inside a string, a bad escape, a trailing comma', () => {
    expect(parseJsonLocated('{"a": "x\ny"}')).toMatchObject({ error: { line: 1, column: 9 } });
    expect(parseJsonLocated('["\\q"]')).toMatchObject({ error: { line: 1, column: 3 } });
    expect(parseJsonLocated('[1,\n]')).toMatchObject({ error: { line: 2, column: 1, message: 'unexpected "]"' } });
  });

  it('a "__proto__" key is an own key and never sets a prototype', () => {
    const parsed = parseJsonLocated('{"__proto__": {"polluted": true}, "a": 1}');
    if (!('value' in parsed)) throw new Error('expected a value');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
  });
});

describe('plan import checks every field before use', () => {
  it('a custom department without "abbr" is a located shape problem, not a TypeError later', () => {
    const text = JSON.stringify({ schema: 'chiso-followup-plan', version: 3, items: [item()], departments: { '22': { added: [{ id: 'custom-x', kind: 'custom', vi: 'X', en: 'X', validFrom: null, validTo: null }], renamed: {}, hidden: [] } } }, null, 2);
    const result = fromJson(text);
    const problem = result.issues.find((i) => i.code === 'bad-shape');
    expect(problem).toMatchObject({ severity: 'error', line: 19, column: 9 });
    expect(problem!.message.en).toContain('departments.22.added[0].abbr');
    expect(hasErrors(result.issues)).toBe(true);
  });

  it('a version 1 file with a null entry reports that entry at its line and reads the others', () => {
    const text = '{"version": 1, "assignments": [\n  null,\n  {"province": "22", "index": "PCI", "year": 2016, "component": "entry_costs", "lead": "Sở KH&ĐT", "coOwners": "", "target": 9.3, "status": "doing"}\n]}';
    const result = fromJson(text);
    expect(result.issues.find((i) => i.code === 'bad-shape')).toMatchObject({ line: 2, column: 3 });
    expect(result.issues.find((i) => i.code === 'bad-shape')!.message.en).toContain('assignments[0] is not an object');
  });

  it('"coOwners": 5 is a located message (items and version 1 files)', () => {
    const v3 = fromJson(JSON.stringify({ version: 3, items: [item({ coOwners: 5 })] }, null, 2));
    expect(v3.issues[0]).toMatchObject({ code: 'bad-shape', line: 10, column: 19 });
    expect(v3.issues[0].message.en).toContain('items[0].coOwners is not a text or a list of texts');
    const v1 = fromJson('{"version": 1, "assignments": [{"province": "22", "index": "PCI", "year": 2016, "component": "entry_costs", "lead": "x", "coOwners": 5, "target": null, "status": "todo"}]}');
    expect(v1.issues.find((i) => i.code === 'bad-shape')!.message.en).toContain('assignments[0].coOwners is not a text');
  });

  it('a "__proto__" province in departments stays a key of the edits and sets no prototype', () => {
    const text = JSON.stringify({ version: 3, items: [item()], departments: JSON.parse('{"__proto__": {"added": [], "renamed": {}, "hidden": ["so-gtvt"]}}') });
    expect(text).toContain('"__proto__"');
    const result = fromJson(text);
    expect(result.issues).toEqual([]);
    const departments = result.plan!.departments as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(departments, '__proto__')).toBe(true);
    expect((departments as { hidden?: unknown }).hidden).toBeUndefined();
    expect(({} as { hidden?: unknown }).hidden).toBeUndefined();
  });

  it('a header-only CSV plan says "no items" instead of importing an empty plan', () => {
    const result = planFromCsv(CSV_COLUMNS.join(',') + '\r\n', 'plan.csv', defaultCatalogue, (p) => departmentsFor(p));
    expect(result.plan).toBeNull();
    expect(result.issues).toMatchObject([{ code: 'no-items', severity: 'error', file: 'plan.csv', line: 1 }]);
  });
});
