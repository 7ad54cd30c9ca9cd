/**
 * Property tests (seeded, bounded): generated files with every line ending, valid and damaged lines mixed.
 * Invariant: every data line is loaded or reported at its own physical line. Plus round trips of the app's own
 * plan exports. A tiny seeded PRNG (mulberry32) keeps each run the same; a failing case prints its seed.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, mainComponents, unitsForYear } from '../catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from '../plan/departments';
import { blankItem, ITEM_STATUSES, type FollowUpItem, type Plan } from '../plan/followup';
import { parseJsonLocated } from './jsonLocated';
import { parseScoresCsv } from './parse';
import { planFromCsv, planToCsv } from '../plan/planCsv';
import { planFromJson, planToJson } from '../plan/planJson';
import { seededRandom } from '../analysis/seeded';
import type { Score } from '../catalogue/types';
import { parseWideCsv, toLongCsv } from './wide';

const CASES = 200;
const EOLS = ['\n', '\r\n', '\r'];
const pci = defaultCatalogue.indices.find((ix) => ix.id === 'PCI')!;
const provinces2021 = unitsForYear(defaultCatalogue, 2021);

/** Lines of a generated file: physical line number → whether it must load. */
function build(rng: () => number, header: string, body: (i: number, bad: boolean) => string, count: number) {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  let text = header;
  const lines: { line: number; bad: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const bad = rng() < 0.3;
    text += pick(EOLS) + body(i, bad);
    lines.push({ line: i + 2, bad });
  }
  if (rng() < 0.5) text += pick(EOLS);
  return { text, lines };
}

describe('property: every data line is loaded or reported at its own line', () => {
  it(`long reader: ${CASES} seeded files mixing LF, CRLF and CR, with damaged scores, provinces and years`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const rng = seededRandom(seed);
      const count = 1 + Math.floor(rng() * 20);
      const damage = ['x', '12abc', '1e999', '7..5'];
      const { text, lines } = build(rng, 'index,year,province,component,score,rank', (i, bad) => {
        const kind = Math.floor(rng() * 3);
        const province = bad && kind === 0 ? 'Nowhere' : provinces2021[i].vi;
        const year = bad && kind === 1 ? '20x1' : '2021';
        const score = bad && kind === 2 ? damage[Math.floor(rng() * damage.length)] : (40 + rng() * 40).toFixed(2);
        return `PCI,${year},${province},total,${score},`;
      }, count);
      const result = parseScoresCsv(text, 'p.csv', defaultCatalogue);
      const loaded = new Set(result.rows.map((s) => result.locate(s)?.line));
      const reported = new Set(result.issues.map((p) => p.line));
      const errors = new Set(result.issues.filter((p) => p.severity === 'error').map((p) => p.line));
      for (const { line, bad } of lines) {
        // A damaged line is reported at its line (an error, or a warning when it is read as a missing figure); a valid line loads.
        const ok = bad ? reported.has(line) : loaded.has(line) && !errors.has(line);
        if (!ok) throw new Error(`seed ${seed}: line ${line} (${bad ? 'damaged' : 'valid'}) — loaded ${[...loaded]}, reported ${[...reported]}\n${JSON.stringify(text)}`);
      }
      expect(result.rows.length).toBeGreaterThanOrEqual(lines.filter((l) => !l.bad).length);
    }
  });

  it(`wide reader: ${CASES} seeded PCI 2021 tables mixing line endings, with unknown provinces and bad figures`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const rng = seededRandom(1000 + seed);
      const count = 1 + Math.floor(rng() * 20);
      const { text, lines } = build(rng, 'Tỉnh,PCI', (i, bad) => {
        if (bad && rng() < 0.5) return `Nowhere ${i},${(40 + rng() * 40).toFixed(2)}`;
        return `${provinces2021[i].vi},${bad ? 'x' : (40 + rng() * 40).toFixed(2)}`;
      }, count);
      const result = parseWideCsv(text, 'w.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
      const loaded = new Set([...result.locations.values()].map((l) => l.line));
      const reported = new Set(result.issues.map((p) => p.line));
      const errors = new Set(result.issues.filter((p) => p.severity === 'error').map((p) => p.line));
      for (const { line, bad } of lines) {
        // A damaged line is reported at its line (an error, or a warning when it is read as a missing figure); a valid line loads.
        const ok = bad ? reported.has(line) : loaded.has(line) && !errors.has(line);
        if (!ok) throw new Error(`seed ${seed}: line ${line} (${bad ? 'damaged' : 'valid'}) — loaded ${[...loaded]}, reported ${[...reported]}\n${JSON.stringify(text)}`);
      }
      expect(result.rows.length).toBeGreaterThanOrEqual(lines.filter((l) => !l.bad).length);
    }
  });
});

const departmentsFor = (_p: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);

function randomPlan(rng: () => number): Plan {
  const items: FollowUpItem[] = [];
  const count = 1 + Math.floor(rng() * 8);
  const components = mainComponents(pci, 2021);
  for (let i = 0; i < count; i++) {
    const c = components[i % components.length];
    items.push({
      ...blankItem(provinces2021[Math.floor(rng() * 60) + (i % 3)].id, 'PCI', 2021, c.id),
      lead: rng() < 0.7 ? 'so-khdt' : null,
      coOwners: rng() < 0.5 ? ['so-tu-phap'] : [],
      targetScore: rng() < 0.5 ? Math.round(rng() * 1000) / 100 : null,
      status: ITEM_STATUSES[Math.floor(rng() * ITEM_STATUSES.length)],
      notes: rng() < 0.3 ? '=SUM(A1) "trích"\nhai dòng, có dấu phẩy' : '',
    });
  }
  const unique = new Map(items.map((it) => [it.id, it]));
  return { items: [...unique.values()].sort((a, b) => a.id.localeCompare(b.id)), departments: {} };
}

describe('property: the app’s own plan exports read back equal', () => {
  it(`${CASES / 2} seeded plans: JSON export → import and CSV export → import give the same items`, () => {
    for (let seed = 1; seed <= CASES / 2; seed++) {
      const plan = randomPlan(seededRandom(5000 + seed));
      const json = planFromJson(planToJson(plan, '2026-01-01T00:00:00Z'), 'p.json', defaultCatalogue, departmentsFor);
      expect(json.issues, `seed ${seed}`).toEqual([]);
      expect([...json.plan!.items].sort((a, b) => a.id.localeCompare(b.id)), `seed ${seed}`).toEqual(plan.items);
      const csv = planFromCsv(planToCsv(plan, defaultCatalogue, (p) => departmentsFor(p)), 'p.csv', defaultCatalogue, (p) => departmentsFor(p));
      expect(csv.issues, `seed ${seed}`).toEqual([]);
      expect([...csv.plan!.items].sort((a, b) => a.id.localeCompare(b.id)), `seed ${seed}`).toEqual(plan.items);
    }
  });

  it(`${CASES / 2} seeded damaged plan files: the damaged item is reported at its own line, never a crash`, () => {
    const damage: [string, unknown][] = [['coOwners', 5], ['year', 'hai nghìn'], ['status', { x: 1 }], ['targetScore', 'abc'], ['province', 'Nowhere']];
    for (let seed = 1; seed <= CASES / 2; seed++) {
      const rng = seededRandom(9000 + seed);
      const plan = randomPlan(rng);
      const doc = JSON.parse(planToJson(plan, '2026-01-01T00:00:00Z')) as { items: Record<string, unknown>[] };
      const target = Math.floor(rng() * doc.items.length);
      const [field, value] = damage[Math.floor(rng() * damage.length)];
      doc.items[target][field] = value;
      const text = JSON.stringify(doc, null, 2);
      const located = parseJsonLocated(text);
      const lineOf = 'positions' in located ? located.positions.get(`items[${target}].${field}`)!.line : 0;
      const result = planFromJson(text, 'p.json', defaultCatalogue, departmentsFor);
      expect(lineOf, `seed ${seed}`).toBeGreaterThan(0);
      expect(result.issues.filter((p) => p.severity === 'error').map((p) => p.line), `seed ${seed} ${field}`).toContain(lineOf);
    }
  });
});

describe('property: the app’s own long CSV export of figures reads back equal', () => {
  it(`${CASES / 2} seeded sets of PCI 2021 figures (missing figures, printed ranks, notes starting with = + - @): toLongCsv → parseScoresCsv`, () => {
    const starts = ['', '=', '+', '-', '@', 'Ghi chú, "trích" '];
    for (let seed = 1; seed <= CASES / 2; seed++) {
      const rng = seededRandom(20000 + seed);
      const count = 1 + Math.floor(rng() * 30);
      const scores: Score[] = provinces2021.slice(0, count).map((u, i) => {
        const s: Score = { index: 'PCI', year: 2021, unit: u.id, component: 'total', value: rng() < 0.1 ? null : Math.round((40 + rng() * 40) * 100) / 100, officialRank: rng() < 0.5 ? i + 1 : null, tier: null, source: 'import: p.csv' };
        if (rng() < 0.3) s.note = `${starts[Math.floor(rng() * starts.length)]}ghi chú ${i}`;
        return s;
      });
      const back = parseScoresCsv(toLongCsv(scores, defaultCatalogue, { bom: rng() < 0.5 }), 'import: p.csv', defaultCatalogue);
      expect(back.issues.filter((p) => p.severity === 'error'), `seed ${seed}`).toEqual([]);
      const key = (s: Score) => [s.unit, s.value, s.officialRank, s.note ?? ''].join('|');
      expect(back.rows.map(key).sort(), `seed ${seed}`).toEqual(scores.map(key).sort());
    }
  });
});
