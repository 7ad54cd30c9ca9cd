/** Plan files and lookups keyed by outside input (issue 22): reported at their place, never a TypeError. */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { defaultDepartments, matchDepartment, provinceDepartments } from './departments';
import { planFromJson } from './planJson';

const departmentsFor = (_p: string, edits?: Parameters<typeof provinceDepartments>[1]) => provinceDepartments(defaultDepartments, edits);

describe('hostile plan files', () => {
  it('a renaming with "abbr": null and no items: located problem, no TypeError in matchDepartment', () => {
    const text = '{"schema":"chiso-followup-plan","version":3,"items":[],"departments":{"22":{"renamed":{"so-tu-phap":{"vi":"Sở TP","en":"DoJ","abbr":null}}}}}';
    const result = planFromJson(text, 'plan.json', defaultCatalogue, departmentsFor);
    const problem = result.issues.find((p) => p.message.en.includes('abbr'));
    expect(problem).toBeDefined();
    expect(problem!.line).toBe(1);
    expect(Object.keys(result.plan?.departments ?? {})).not.toContain('22');
  });

  it('even if such a renaming were stored, the department list keeps its abbreviations and matching works', () => {
    const list = provinceDepartments(defaultDepartments, { added: [], hidden: [], renamed: { 'so-tu-phap': { vi: 'Sở TP', en: 'DoJ', abbr: null } as never } });
    expect(() => matchDepartment(list, 'Sở TP')).not.toThrow();
    expect(matchDepartment(list, 'Sở TP')?.id).toBe('so-tu-phap');
  });

  it('a province key "__proto__" or "constructor" reads as no edits', () => {
    for (const province of ['__proto__', 'constructor']) expect(() => departmentsFor(province, undefined)).not.toThrow();
  });
});

