/**
 * Provincial departments (sở, ban, ngành) that own index components, read from
 * data/catalogue/departments.json, and the default component → department template from
 * data/catalogue/assignment-template.json (both built from ../shared/domain/departments.md).
 *
 * Rules (one home for them):
 * - a department exists from `validFrom` to `validTo` (inclusive; null = open); after `validTo`
 *   its work is carried by its `successor` (2025 mergers: Sở KH&ĐT → Sở Tài chính, Sở TN&MT and
 *   Sở NN&PTNT → Sở Nông nghiệp và Môi trường, Sở TT&TT → Sở KH&CN, Sở LĐ-TB&XH → Sở Nội vụ …);
 *   those renamings are general knowledge [U], not verified in stored sources;
 * - each province can rename, hide or add departments; the catalogue itself is never changed;
 * - the template is a suggestion with an evidence level ([C] confirmed, [S] supported, [U] inferred),
 *   never shown as fact; its `indicatorRules` suggest an owner for single indicators by their printed label
 *   (land-use certificates, the one-stop shop, inspections), with the same evidence levels and sources.
 */
import departmentsJson from '@data/catalogue/departments.json';
import templateJson from '@data/catalogue/assignment-template.json';
import { foldText } from '../catalogue/text';
import { readWrittenName, type NameReading, type SpellingBook } from '../catalogue/unitSpelling';
import type { Evidence, Localised } from '../catalogue/types';
import { own } from '../catalogue/own';

export type { Evidence };

export interface DepartmentChange extends Localised {
  year: number;
  kind: 'merged' | 'split' | 'abolished' | 'renamed';
  evidence: Evidence;
}

export interface Department {
  id: string;
  kind: string;
  vi: string;
  en: string;
  abbr: Localised;
  /** Other names as printed (e.g. "Cục Thuế" for "Cục Thuế tỉnh"). */
  aliases?: string[];
  validFrom: number | null;
  validTo: number | null;
  successor?: string;
  formedFrom?: string[];
  change?: DepartmentChange;
  split?: (Localised & { to: string; evidence: Evidence })[];
  note?: Localised;
  /** Added by a province in the app (not in the catalogue). */
  custom?: boolean;
}

export interface DepartmentCatalogue {
  departments: Department[];
  evidenceLevels: Record<Evidence, Localised>;
}

export const defaultDepartments: DepartmentCatalogue = {
  departments: (departmentsJson as unknown as { departments: Department[] }).departments,
  evidenceLevels: (departmentsJson as unknown as { evidenceLevels: Record<Evidence, Localised> }).evidenceLevels,
};

/** A province's own changes to the department list. */
export interface ProvinceDepartmentEdits {
  /** Departments the province added (ids start with "custom-"). */
  added: Department[];
  /** New names for catalogue departments, by id. */
  renamed: Record<string, Localised>;
  /** Catalogue departments the province does not use. */
  hidden: string[];
}

export const NO_EDITS: ProvinceDepartmentEdits = { added: [], renamed: {}, hidden: [] };

export function validInYear(department: Department, year: number): boolean {
  return (department.validFrom === null || year >= department.validFrom) && (department.validTo === null || year <= department.validTo);
}

/** Catalogue + a province's edits: every department the province knows (including former ones). */
export function provinceDepartments(catalogue: DepartmentCatalogue, edits: ProvinceDepartmentEdits = NO_EDITS): Department[] {
  const renamed = catalogue.departments.map((d) => {
    const names = own(edits.renamed, d.id);
    return names ? withNames(d, names) : d;
  });
  return [...renamed, ...edits.added.filter((d) => d && typeof d.id === 'string').map((d) => ({ ...withNames(d, d), custom: true }))];
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isLocalised = (v: unknown): v is Localised => !!v && typeof v === 'object' && isText((v as Localised).vi) && isText((v as Localised).en);

/**
 * A department with the names an edit gives, taking only names that are text: a saved plan whose rename carries
 * `"abbr": null` (or no English name) keeps the catalogue's, so no view meets a department without a name.
 */
function withNames(d: Department, names: Partial<Department> | Localised | null | undefined): Department {
  const n = (names ?? {}) as Partial<Department>;
  const vi = isText(n.vi) ? n.vi : isText(d.vi) ? d.vi : d.id;
  const en = isText(n.en) ? n.en : isText(d.en) ? d.en : vi;
  const abbr = isLocalised(n.abbr) ? n.abbr : isLocalised(d.abbr) ? d.abbr : { vi, en };
  return { ...d, vi, en, abbr };
}

/** The departments a province can assign work to in `year`: valid that year and not hidden. */
export function departmentsForYear(catalogue: DepartmentCatalogue, edits: ProvinceDepartmentEdits, year: number): Department[] {
  return provinceDepartments(catalogue, edits).filter((d) => validInYear(d, year) && !edits.hidden.includes(d.id));
}

export function findDepartment(departments: readonly Department[], id: string): Department | undefined {
  return departments.find((d) => d.id === id);
}

/**
 * The department that carries `id`'s work in `year`: itself while valid, else its successor
 * (followed through several renamings). `undefined` for an unknown id.
 */
export function currentDepartment(departments: readonly Department[], id: string, year: number): Department | undefined {
  let department = findDepartment(departments, id);
  const seen = new Set<string>();
  while (department && department.validTo !== null && year > department.validTo && department.successor && !seen.has(department.id)) {
    seen.add(department.id);
    department = findDepartment(departments, department.successor) ?? department;
  }
  return department;
}

/** Every department whose work `id` carries: itself and all its predecessors (Sở Tài chính ← Sở KH&ĐT). */
export function predecessorsAndSelf(departments: readonly Department[], id: string): string[] {
  const result = [id];
  for (let i = 0; i < result.length; i++) {
    for (const d of departments) if (d.successor === result[i] && !result.includes(d.id)) result.push(d.id);
  }
  return result;
}

/** A department's spellings: its names, abbreviations and aliases as printed (a rename's names may be missing: skipped). */
const departmentSpellings = (d: Department): string[] => [d.vi, d.en, d.abbr?.vi, d.abbr?.en, ...(d.aliases ?? [])].filter((n): n is string => typeof n === 'string' && n.trim() !== '');

const departmentBooks = new WeakMap<readonly Department[], SpellingBook<Department>>();

function departmentBook(departments: readonly Department[]): SpellingBook<Department> {
  let book = departmentBooks.get(departments);
  if (!book) {
    const byFolded = new Map<string, Department[]>();
    for (const d of departments) {
      for (const key of new Set(departmentSpellings(d).map(foldText))) byFolded.set(key, [...(byFolded.get(key) ?? []), d]);
    }
    book = { byFolded, fold: foldText, spellingsOf: departmentSpellings };
    departmentBooks.set(departments, book);
  }
  return book;
}

/**
 * A department's name as typed, by the one rule of names (catalogue/unitSpelling.ts readWrittenName, the provinces'
 * too): its id, or a name, abbreviation or alias as written (any case, no diacritics at all or the right ones) → that
 * department; a near miss ("Sở Tư phap", a letter off) → a guess naming it, for the caller to say; else unknown.
 */
export function readDepartmentName(departments: readonly Department[], written: string): NameReading<Department> {
  const text = written.trim();
  if (!text) return { kind: 'unknown' };
  const exact = findDepartment(departments, text);
  if (exact) return { kind: 'unit', unit: exact };
  return readWrittenName(departmentBook(departments), text, () => true);
}

/** Find a department by id, full name or abbreviation as written (readDepartmentName; a near miss is not a match). */
export function matchDepartment(departments: readonly Department[], written: string): Department | undefined {
  const reading = readDepartmentName(departments, written);
  return reading.kind === 'unit' ? reading.unit : undefined;
}

export function departmentName(departments: readonly Department[], id: string | null, lang: 'vi' | 'en'): string {
  if (!id) return '';
  const department = findDepartment(departments, id);
  return department ? department[lang] : id;
}

/** A new province-specific department; its id is derived from the name so the same name gives the same id. */
export function customDepartment(name: Localised): Department {
  const slug = foldText(name.vi).replace(/ /g, '-') || 'unnamed';
  return { id: `custom-${slug}`, kind: 'custom', vi: name.vi, en: name.en || name.vi, abbr: { vi: name.vi, en: name.en || name.vi }, validFrom: null, validTo: null, custom: true };
}

// ---- template ---------------------------------------------------------------

export interface TemplateSource extends Localised {
  url: string;
}

export interface TemplateEntry {
  lead: string;
  alternatives?: string[];
  coOwners?: string[];
  evidence: Evidence;
  sources: string[];
  note?: Localised;
}

export interface AssignmentTemplate {
  sources: Record<string, TemplateSource>;
  indices: Record<string, { focal: TemplateEntry; components: Record<string, TemplateEntry> }>;
  /** Single indicators whose work sits with another department than their component's (land-use certificates, inspections …). */
  indicatorRules?: IndicatorRule[];
}

/**
 * A template suggestion for single indicators: every indicator of `index` (under `component` when given) whose
 * printed label (Vietnamese or English, diacritics and case ignored) contains one of `match`.
 */
export interface IndicatorRule extends TemplateEntry {
  index: string;
  component?: string;
  match: string[];
}

export const defaultTemplate = templateJson as unknown as AssignmentTemplate;

/** A template suggestion resolved for a year: department ids replaced by the ones valid that year. */
export interface TemplateSuggestion {
  lead: string;
  alternatives: string[];
  coOwners: string[];
  evidence: Evidence;
  sources: TemplateSource[];
  note: Localised | null;
  /** The lead as written in the template, when a later department now carries its work. */
  leadBefore: string | null;
}

export function templateSuggestion(
  template: AssignmentTemplate,
  departments: readonly Department[],
  index: string,
  component: string,
  year: number,
): TemplateSuggestion | null {
  const entry = own(own(template.indices, index)?.components, component);
  return entry ? resolveEntry(template, departments, entry, year) : null;
}

function resolveEntry(template: AssignmentTemplate, departments: readonly Department[], entry: TemplateEntry, year: number): TemplateSuggestion {
  const resolve = (id: string) => currentDepartment(departments, id, year)?.id ?? id;
  const unique = (ids: string[]) => [...new Set(ids)];
  const lead = resolve(entry.lead);
  return {
    lead,
    alternatives: unique((entry.alternatives ?? []).map(resolve)).filter((id) => id !== lead),
    coOwners: unique((entry.coOwners ?? []).map(resolve)).filter((id) => id !== lead),
    evidence: entry.evidence,
    sources: entry.sources.map((s) => template.sources[s]).filter(Boolean),
    note: entry.note ?? null,
    leadBefore: lead !== entry.lead ? entry.lead : null,
  };
}

/** The template's suggestion for one indicator (its printed label), resolved for a year; null when no rule matches. */
export function indicatorSuggestion(
  template: AssignmentTemplate,
  departments: readonly Department[],
  index: string,
  component: string,
  label: Localised,
  year: number,
): TemplateSuggestion | null {
  const text = foldText(`${label.vi} ${label.en}`);
  const rule = (template.indicatorRules ?? []).find((r) => r.index === index && (r.component === undefined || r.component === component) && r.match.some((m) => text.includes(foldText(m))));
  if (!rule) return null;
  return resolveEntry(template, departments, rule, year);
}
