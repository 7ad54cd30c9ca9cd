/**
 * Plan files that come from outside, generated (seeded): valid, truncated, wrong-shaped, with extra keys,
 * `__proto__`, huge strings, NUL and U+FFFD. The invariant (issue 22, point 6): no exception escapes, the
 * reader ends, and every entry (JSON item, CSV row) lands as data or as a problem located at its line.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from './departments';
import { blankItem, blankTask } from './followup';
import { planFromCsv, planToCsv } from './planCsv';
import { planFromJson, planToJson } from './planJson';
import { hasErrors, type PlanImport } from './planRead';
import { chance, pick, randomItem, randomPlan, seededRandom, type Random } from './planSynth';
import { readCsvGrid } from '../import/parse';
import { foldText } from '../catalogue/text';

const list = provinceDepartments(defaultDepartments);
const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => (edits ? provinceDepartments(defaultDepartments, edits) : list);
const fromJson = (text: string) => planFromJson(text, 'plan.json', defaultCatalogue, departmentsFor);
const fromCsv = (text: string) => planFromCsv(text, 'plan.csv', defaultCatalogue, () => list);
const at = (result: PlanImport) => result.issues.map((i) => `${i.line}:${i.code}`);

describe('NUL and U+FFFD in a plan note, anywhere (also after the first 8,192 characters)', () => {
  const longNote = 'Ghi chú dài. '.repeat(1000); // 13,000 characters
  const planWith = (text: string) => ({ items: [{ ...blankItem('22', 'PCI', 2016, 'entry_costs'), lead: 'so-khdt', tasks: [{ ...blankTask('t1'), title: 'Việc', progress: [{ date: '2016-05-01', text }] }] }], departments: {} });

  it('JSON: a NUL at character 13,001 of a progress note is an error at the note’s line, naming the character; the file is refused (nothing stored)', () => {
    const text = planToJson(planWith(longNote + '\u0000đuôi'), 'now');
    const result = fromJson(text);
    const line = text.split('\n').findIndex((l) => l.includes('"text": "Ghi chú')) + 1;
    expect(at(result)).toEqual([`${line}:nul-in-text`]);
    expect(result.issues[0].message.vi).toContain(`ký tự thứ ${longNote.length + 1}`);
    expect(result.issues[0].message.vi).toContain('Tệp không được nhập, không lưu gì');
    expect(result.issues[0].message.en).toContain('The file is not imported, nothing is saved');
    expect(hasErrors(result.issues)).toBe(true);
  });

  it('JSON: a U+FFFD in an item note after 8,192 characters, and one in a department name, are each located', () => {
    const plan = planWith('ok');
    plan.items[0].notes = longNote + '\uFFFD';
    const text = planToJson({ ...plan, departments: { '22': { added: [], hidden: [], renamed: { 'so-tu-phap': { vi: 'S\uFFFD Tư pháp', en: 'DoJ' } } } } }, 'now');
    const lines = text.split('\n');
    expect(at(fromJson(text))).toEqual([`${lines.findIndex((l) => l.includes('"notes": "Ghi chú')) + 1}:broken-in-text`, `${lines.findIndex((l) => l.includes('"vi": "S')) + 1}:broken-in-text`]);
  });

  it('CSV: a NUL or U+FFFD after the first 8,192 characters is an error at its line and column; the file is refused', () => {
    const csv = planToCsv(planWith(longNote + '\u0000x'), defaultCatalogue, () => list);
    const result = fromCsv(csv);
    expect(result.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([`2:${csv.split('\r\n')[1].indexOf('\u0000') + 1}:nul-in-csv`]);
    expect(result.issues[0].message.vi).toContain('Tệp không được nhập, không lưu gì');
    expect(result.plan).toBeNull();
    expect(at(fromCsv(planToCsv(planWith(longNote + '\uFFFDx'), defaultCatalogue, () => list)))).toEqual(['2:broken-in-csv']);
  });
});

describe('fields no plan reads are said, not passed over', () => {
  it('an extra key in an item, a task, a note and at the top is a located warning; the item still imports', () => {
    const text = [
      '{"version":3,"comment":"từ Excel","items":[',
      '{"province":"22","index":"PCI","year":2016,"component":"entry_costs","priority":"cao","tasks":[{"title":"Việc","owner":"An","progress":[{"date":"2016-01-02","text":"x","by":"Bình"}]}]}',
      ']}',
    ].join('\n');
    const result = fromJson(text);
    expect(result.issues.map((i) => `${i.line}:${i.code}:${i.message.en}`)).toEqual([
      '1:unknown-field:Field "comment" is not part of a plan file: ignored',
      '2:unknown-field:Field "priority" is not part of a plan file: ignored',
      '2:unknown-field:Field "owner" is not part of a plan file: ignored',
      '2:unknown-field:Field "by" is not part of a plan file: ignored',
    ]);
    expect(result.plan!.items).toHaveLength(1);
  });

  it('an extra CSV column is a warning at the header, its column named', () => {
    const csv = 'province,index,year,component,ưu tiên\n22,PCI,2016,entry_costs,cao\n';
    expect(fromCsv(csv).issues.map((i) => `${i.line}:${i.column}:${i.code}:${i.message.vi}`)).toEqual(['1:5:unknown-column:Cột "ưu tiên" không thuộc tệp kế hoạch: bỏ qua']);
  });
});

// ---- generated hostile files ------------------------------------------------------------------------

const WRONG_VALUES = ['{"a":1}', '[1,[2]]', 'true', '-1e309', '"Atlantis"', '""', 'null', '{"__proto__":{"polluted":1}}', `"${'x'.repeat(300_000)}"`, '"\\u0000"', '"\\uFFFD"'];
const FIELDS = ['province', 'index', 'year', 'component', 'lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes', 'origin', 'tasks'];

/** One item as one line of JSON, sometimes spoiled: a field of the wrong kind, an extra or `__proto__` key, a huge text. */
function itemLine(random: Random, taken: Set<string>): string {
  const item = randomItem(random, taken);
  taken.add(item.id);
  let line = JSON.stringify(item);
  if (chance(random, 0.3)) {
    const field = pick(random, FIELDS);
    line = line.replace(new RegExp(`"${field}":(\\[[^\\]]*\\]|"(?:[^"\\\\]|\\\\.)*"|[^,}\\]]+)`), `"${field}":${pick(random, WRONG_VALUES)}`);
  }
  if (chance(random, 0.15)) line = line.replace('{', pick(random, ['{"__proto__":{"polluted":true},', '{"constructor":{"prototype":1},', '{"extra":[1,2,3],', `{"huge":"${'đ'.repeat(100_000)}",`]));
  if (chance(random, 0.05)) line = pick(random, ['null', '42', '"item"', '[]', '{}']);
  return line;
}

function spoilFile(random: Random, text: string): string {
  if (chance(random, 0.1)) return text.slice(0, Math.floor(random() * text.length)); // truncated
  if (chance(random, 0.05)) {
    const i = Math.floor(random() * text.length);
    return text.slice(0, i) + pick(random, ['"', '{', ']', ',', '\u0000', '\\', '\n']) + text.slice(i + 1);
  }
  return text;
}

/** Every entry (line 2 … n+1) lands as an item or as a problem at its line; a file that cannot be read has a located error. */
function jsonLosses(text: string, result: PlanImport, entries: string[]): string[] {
  const lines = text.split('\n').length;
  if (!result.plan) return result.issues.some((i) => i.severity === 'error' && i.line >= 1 && i.line <= lines) ? [] : ['unreadable file without a located error'];
  const ids = new Set(result.plan.items.map((i) => i.id));
  const problemLines = new Set(result.issues.map((i) => i.line));
  const losses: string[] = [];
  entries.forEach((entry, k) => {
    let id: string | null = null;
    try {
      const v = JSON.parse(entry) as { province?: unknown; year?: unknown; component?: unknown };
      id = `${v.province}|PCI|${v.year}|${v.component}`;
    } catch {
      /* a spoiled entry: only a problem at its line lands it */
    }
    if (!(id && ids.has(id)) && !problemLines.has(k + 2)) losses.push(`entry on line ${k + 2}`);
  });
  return losses;
}

describe('generated hostile plan files: nothing escapes, everything lands', () => {
  it('JSON, 10,000 files (seed 2212): no exception, every item lands as data or a problem at its line', () => {
    const random = seededRandom(2212);
    let problems = 0;
    for (let n = 0; n < 10_000; n++) {
      const taken = new Set<string>();
      const entries = Array.from({ length: 1 + Math.floor(random() * 4) }, () => itemLine(random, taken));
      const departments = chance(random, 0.2) ? '{"__proto__":{"added":[],"renamed":{},"hidden":[]},"22":{"renamed":{"so-tu-phap":{"vi":"A","en":"B","abbr":null}}}}' : '{}';
      const clean = `{"schema":"chiso-followup-plan","version":3,"items":[\n${entries.join(',\n')}\n],"departments":${departments}}`;
      const text = spoilFile(random, clean);
      let result: PlanImport;
      try {
        result = fromJson(text);
      } catch (e) {
        expect({ case: n, thrown: String(e) }).toEqual({ case: n });
        return;
      }
      const losses = text === clean ? jsonLosses(text, result, entries) : result.plan || result.issues.length ? [] : ['spoiled file read without a word'];
      if (losses.length) expect({ case: n, losses, issues: at(result), text: text.slice(0, 2000) }).toEqual({ case: n, losses: [] });
      expect(Object.prototype).not.toHaveProperty('polluted');
      problems += result.issues.length;
    }
    expect(problems).toBeGreaterThan(500);
  }, 120_000);

  it('CSV, 10,000 files (seed 1802): no exception, every row lands as data or a problem at its line', () => {
    const random = seededRandom(1802);
    const GARBAGE = ['', 'Atlantis', '#REF!', '=1+1', '"', '2016-02-30', 'x'.repeat(100_000), '\uFFFD', 'NaN', '-', '1e999'];
    let problems = 0;
    for (let n = 0; n < 10_000; n++) {
      const plan = randomPlan(random, 3);
      const [header, ...rows] = planToCsv(plan, defaultCatalogue, () => list).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
      const spoiled = rows.map((row) => {
        if (!chance(random, 0.3)) return row;
        const cells = row.split(',');
        const c = Math.floor(random() * cells.length);
        cells[c] = pick(random, GARBAGE);
        if (chance(random, 0.2)) cells.push('thừa');
        if (chance(random, 0.1)) cells.splice(c, 1);
        return cells.join(',');
      });
      const text = spoilFile(random, [chance(random, 0.1) ? header + ',cột lạ' : header, ...spoiled].join('\r\n') + '\r\n');
      let result: PlanImport;
      try {
        result = fromCsv(text);
      } catch (e) {
        expect({ case: n, thrown: String(e) }).toEqual({ case: n });
        return;
      }
      const losses: string[] = [];
      if (!result.plan) {
        if (!result.issues.some((i) => i.severity === 'error')) losses.push('unreadable file without a located error');
      } else {
        const grid = readCsvGrid(text.replace(/\r\n/g, '\n'), 'plan.csv');
        // Keys compared as the reader compares them (foldText: case, diacritics and punctuation aside): a spoiled
        // "entry\\costs" is read as entry_costs, its row landed as data.
        const ids = new Set(result.plan.items.map((i) => foldText(i.id)));
        const problemLines = new Set(result.issues.map((i) => i.line));
        const columns = grid.rows[0].map((h) => h.trim().toLowerCase());
        // Task rows join their item's first row: a row of an item refused at another of its rows lands with that problem.
        const keyOf = (cells: string[]) => foldText(['province', 'index', 'year', 'component'].map((name) => cells[columns.indexOf(name)] ?? '').join('|'));
        const refusedKeys = new Set(grid.rows.slice(1).flatMap((cells, r) => (problemLines.has(grid.lines[r + 1]) ? [keyOf(cells)] : [])));
        grid.rows.slice(1).forEach((cells, r) => {
          if (cells.every((c) => c.trim() === '')) return;
          const id = keyOf(cells);
          if (!ids.has(id) && !problemLines.has(grid.lines[r + 1]) && !refusedKeys.has(id)) losses.push(`row on line ${grid.lines[r + 1]}: ${cells.join(',').slice(0, 200)}`);
        });
      }
      if (losses.length) expect({ case: n, losses, issues: at(result) }).toEqual({ case: n, losses: [] });
      problems += result.issues.length;
    }
    expect(problems).toBeGreaterThan(300);
  }, 120_000);
});
