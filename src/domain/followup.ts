/**
 * Follow-up of component indices: who owns which component, the target for the next edition,
 * and whether it was met once that edition's data is loaded.
 *
 * Rules (one home for them):
 * - one item per (province, index, year, component); the year is the edition the work starts from,
 *   the target applies to `targetYear` (by default the next edition, year + 1);
 * - items are listed weak components first, in the order of `assessComponents` (domain/weakness.ts);
 * - a target score is met when the next edition's value reaches it (≥ for higher-is-better
 *   components); margin = how far beyond the target (positive) or short of it (negative);
 * - a target rank is met when the next edition's rank is at or above it (rank ≤ target);
 *   the rank is the printed one, else computed; a rank computed among a subset of provinces is a
 *   lower bound on the national rank, so it can prove "not met" but never "met" (→ undecided);
 * - no next-edition value → "no data yet", never "not met";
 * - with both targets set, the item is met only when both are.
 * Plans are exported/imported as JSON (everything) and CSV (items); an import is validated with
 * located problems and shown as a diff before anything is applied.
 */
import { findIndex, getIndex, mainComponents, methodBreaksBetween, scaleFor, unitsForYear, type Catalogue } from './catalogue';
import { fillTemplate } from './text';
import { toCsv } from './csvExport';
import type { ScoreTable } from './dataset';
import {
  currentDepartment,
  customDepartment,
  departmentName,
  matchDepartment,
  predecessorsAndSelf,
  templateSuggestion,
  type AssignmentTemplate,
  type Department,
  type ProvinceDepartmentEdits,
  type TemplateSuggestion,
} from './departments';
import { readNumberCell } from './numbers';
import { checkText, readCsvGrid } from './parse';
import { displayRanks, rankTargetStatus, type RankBasis } from './rank';
import { foldText } from './text';
import type { ComponentDef, Localised, MethodBreak, Problem, Severity } from './types';
import { assessComponents, type ComponentAssessment, type WeaknessOptions } from './weakness';

export const ITEM_STATUSES = ['not_started', 'in_progress', 'done', 'at_risk'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<ItemStatus, Localised> = {
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  at_risk: { vi: 'Có nguy cơ không đạt', en: 'At risk' },
};

export interface FollowUpItem {
  /** `${province}|${index}|${year}|${component}` */
  id: string;
  province: string;
  index: string;
  year: number;
  component: string;
  /** Lead department (chủ trì), id from the department catalogue or a province's own list. */
  lead: string | null;
  /** Co-owners (phối hợp). */
  coOwners: string[];
  targetScore: number | null;
  targetRank: number | null;
  /** The edition the target applies to. */
  targetYear: number;
  /** ISO date YYYY-MM-DD. */
  deadline: string | null;
  status: ItemStatus;
  notes: string;
  /** Lead and co-owners adopted from the template as they stand (shown with its evidence level), or set by the user. */
  origin: 'template' | 'user';
}

export const itemId = (province: string, index: string, year: number, component: string) => `${province}|${index}|${year}|${component}`;

export function blankItem(province: string, index: string, year: number, component: string): FollowUpItem {
  return {
    id: itemId(province, index, year, component),
    province,
    index,
    year,
    component,
    lead: null,
    coOwners: [],
    targetScore: null,
    targetRank: null,
    targetYear: year + 1,
    deadline: null,
    status: 'not_started',
    notes: '',
    origin: 'user',
  };
}

/** An item with nothing typed in it is not worth saving. */
export function isBlank(item: FollowUpItem): boolean {
  return item.lead === null && item.coOwners.length === 0 && item.targetScore === null && item.targetRank === null && item.deadline === null && item.status === 'not_started' && item.notes === '';
}

// ---- target checking ----------------------------------------------------------------------------

export type CheckStatus = 'met' | 'not_met' | 'no_data' | 'undecided' | 'no_target';

export const CHECK_LABELS: Record<CheckStatus, Localised> = {
  met: { vi: 'Đạt', en: 'Met' },
  not_met: { vi: 'Không đạt', en: 'Not met' },
  no_data: { vi: 'Chưa có số liệu', en: 'No data yet' },
  undecided: { vi: 'Chưa đủ số liệu để kết luận', en: 'Not enough data to decide' },
  no_target: { vi: 'Chưa đặt mục tiêu', en: 'No target set' },
};

export interface ScoreCheck {
  target: number;
  actual: number | null;
  /** Beyond the target (+) or short of it (−), in points; null without data. */
  margin: number | null;
  status: CheckStatus;
}

export interface RankCheck {
  target: number;
  actual: number | null;
  basis: RankBasis | null;
  /** Places better (+) or worse (−) than the target. */
  margin: number | null;
  status: CheckStatus;
}

export interface TargetCheck {
  targetYear: number;
  status: CheckStatus;
  score: ScoreCheck | null;
  rank: RankCheck | null;
  /** Method breaks between the base year and the target year: the comparison is not like-for-like. */
  methodBreaks: MethodBreak[];
}

function combine(parts: CheckStatus[]): CheckStatus {
  if (parts.length === 0) return 'no_target';
  if (parts.includes('not_met')) return 'not_met';
  if (parts.includes('no_data')) return 'no_data';
  if (parts.includes('undecided')) return 'undecided';
  return 'met';
}

/** Check an item's targets against the data of its target year. */
export function checkTarget(table: ScoreTable, catalogue: Catalogue, item: FollowUpItem): TargetCheck {
  const index = findIndex(catalogue, item.index);
  const component = index?.components.find((c) => c.id === item.component);
  const higherIsBetter = component?.higherIsBetter ?? true;
  const year = item.targetYear;
  const actual = table.get(item.index, year, item.province, item.component);
  const value = actual?.value ?? null;

  let score: ScoreCheck | null = null;
  if (item.targetScore !== null) {
    const margin = value === null ? null : round((value - item.targetScore) * (higherIsBetter ? 1 : -1));
    score = { target: item.targetScore, actual: value, margin, status: margin === null ? 'no_data' : margin >= 0 ? 'met' : 'not_met' };
  }

  let rank: RankCheck | null = null;
  if (item.targetRank !== null) {
    const slice = table.slice(item.index, year, item.component);
    const ranks = displayRanks(
      slice.map((s) => ({ unit: s.unit, value: s.value, officialRank: s.officialRank })),
      higherIsBetter,
      table.coverage(item.index, year, item.component).complete,
    );
    const r = ranks.get(item.province) ?? { rank: null, basis: null };
    const margin = r.rank === null ? null : item.targetRank - r.rank;
    rank = { target: item.targetRank, actual: r.rank, basis: r.basis, margin, status: rankTargetStatus(r.rank, r.basis, item.targetRank) };
  }

  const parts = [score?.status, rank?.status].filter((s): s is CheckStatus => s !== undefined);
  return { targetYear: year, status: combine(parts), score, rank, methodBreaks: index ? methodBreaksBetween(index, item.year, year) : [] };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

// ---- building the items for a province, index and year ------------------------------------------

export interface FollowUpRow {
  component: ComponentDef;
  assessment: ComponentAssessment | null;
  /** The saved item, or a blank one (not yet saved). */
  item: FollowUpItem;
  saved: boolean;
  /** The template's suggestion for this component, resolved to the departments valid in the target year. */
  suggestion: TemplateSuggestion | null;
  suggestedTargetScore: number | null;
  check: TargetCheck;
}

/**
 * A suggested target score: the median when below it (close the gap to the middle of the country),
 * otherwise the current value (hold the level). Rounded up to 2 decimals; null without a value.
 */
export function suggestTargetScore(assessment: ComponentAssessment | null): number | null {
  if (!assessment || assessment.value === null) return null;
  const goal = assessment.median !== null && assessment.median > assessment.value ? assessment.median : assessment.value;
  return Math.ceil(round(goal * 100)) / 100;
}

export interface FollowUpScope {
  province: string;
  index: string;
  year: number;
}

/** One row per main component of the edition, weak ones first, with saved work or template suggestions. */
export function buildFollowUpRows(
  table: ScoreTable,
  catalogue: Catalogue,
  scope: FollowUpScope,
  saved: Readonly<Record<string, FollowUpItem>>,
  departments: readonly Department[],
  template: AssignmentTemplate,
  options?: Partial<WeaknessOptions>,
): FollowUpRow[] {
  const index = getIndex(catalogue, scope.index);
  const components = mainComponents(index, scope.year);
  const assessments = assessComponents(table, catalogue, index.id, scope.year, scope.province, options);
  const order = [...assessments.map((a) => a.component), ...components.map((c) => c.id)];
  const ordered = components.slice().sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return ordered.map((component) => {
    const id = itemId(scope.province, index.id, scope.year, component.id);
    const item = saved[id] ?? blankItem(scope.province, index.id, scope.year, component.id);
    const assessment = assessments.find((a) => a.component === component.id) ?? null;
    return {
      component,
      assessment,
      item,
      saved: id in saved,
      suggestion: templateSuggestion(template, departments, index.id, component.id, item.targetYear),
      suggestedTargetScore: suggestTargetScore(assessment),
      check: checkTarget(table, catalogue, item),
    };
  });
}

/** Adopt the template's suggestion: lead and co-owners as suggested, everything else kept. */
export function adoptSuggestion(item: FollowUpItem, suggestion: TemplateSuggestion): FollowUpItem {
  return { ...item, lead: suggestion.lead, coOwners: [...suggestion.coOwners], origin: 'template' };
}

// ---- a department's record ----------------------------------------------------------------------

export interface RecordEntry {
  item: FollowUpItem;
  role: 'lead' | 'co-owner';
  /** Set when the item was assigned to a department this one has replaced (Sở KH&ĐT → Sở Tài chính). */
  via: string | null;
  check: TargetCheck;
}

export interface DepartmentRecord {
  department: string;
  entries: RecordEntry[];
  /** Items led, by target year: how many met, not met, still open. */
  byYear: { year: number; met: number; notMet: number; open: number }[];
}

/** Everything a department owns (or owned under a former name) across all indices and years. */
export function departmentRecord(
  table: ScoreTable,
  catalogue: Catalogue,
  items: readonly FollowUpItem[],
  departments: readonly Department[],
  departmentId: string,
): DepartmentRecord {
  const ids = predecessorsAndSelf(departments, departmentId);
  const indexOrder = catalogue.indices.map((i) => i.id);
  const entries: RecordEntry[] = [];
  for (const item of items) {
    const leadAs = item.lead !== null && ids.includes(item.lead) ? item.lead : null;
    const coAs = item.coOwners.find((c) => ids.includes(c)) ?? null;
    const as = leadAs ?? coAs;
    if (as === null) continue;
    entries.push({ item, role: leadAs ? 'lead' : 'co-owner', via: as === departmentId ? null : as, check: checkTarget(table, catalogue, item) });
  }
  entries.sort(
    (a, b) =>
      (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) ||
      b.item.year - a.item.year ||
      indexOrder.indexOf(a.item.index) - indexOrder.indexOf(b.item.index) ||
      a.item.component.localeCompare(b.item.component),
  );
  const years = new Map<number, { year: number; met: number; notMet: number; open: number }>();
  for (const e of entries) {
    if (e.role !== 'lead') continue;
    const y = years.get(e.check.targetYear) ?? { year: e.check.targetYear, met: 0, notMet: 0, open: 0 };
    if (e.check.status === 'met') y.met++;
    else if (e.check.status === 'not_met') y.notMet++;
    else y.open++;
    years.set(y.year, y);
  }
  return { department: departmentId, entries, byYear: [...years.values()].sort((a, b) => a.year - b.year) };
}

// ---- the plan: export, import, diff --------------------------------------------------------------

export const PLAN_SCHEMA = 'chiso-followup-plan';
export const PLAN_VERSION = 2;

export interface Plan {
  items: FollowUpItem[];
  /** Per-province department edits, by province id. */
  departments: Record<string, ProvinceDepartmentEdits>;
}

export function planToJson(plan: Plan, exportedAt: string): string {
  const items = [...plan.items].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ schema: PLAN_SCHEMA, version: PLAN_VERSION, exportedAt, items, departments: plan.departments }, null, 2) + '\n';
}

export const CSV_COLUMNS = [
  'province',
  'province_name',
  'index',
  'year',
  'component',
  'component_name',
  'lead',
  'lead_name',
  'co_owners',
  'co_owner_names',
  'target_score',
  'target_rank',
  'target_year',
  'deadline',
  'status',
  'notes',
  'origin',
] as const;

/** CSV of the items (Excel-safe via toCsv). Department ids separated by ";" in co_owners; names are for reading only. */
export function planToCsv(plan: Plan, catalogue: Catalogue, departmentsFor: (province: string) => readonly Department[]): string {
  const items = [...plan.items].sort((a, b) => a.id.localeCompare(b.id));
  const rows = items.map((item) => {
    const departments = departmentsFor(item.province);
    const index = findIndex(catalogue, item.index);
    return [
      item.province,
      catalogue.units.find((u) => u.id === item.province)?.vi ?? '',
      item.index,
      item.year,
      item.component,
      index?.components.find((c) => c.id === item.component)?.vi ?? '',
      item.lead ?? '',
      departmentName(departments, item.lead, 'vi'),
      item.coOwners.join(';'),
      item.coOwners.map((c) => departmentName(departments, c, 'vi')).join('; '),
      item.targetScore,
      item.targetRank,
      item.targetYear,
      item.deadline ?? '',
      item.status,
      item.notes,
      item.origin,
    ];
  });
  return toCsv([...CSV_COLUMNS], rows);
}

// Problems of an imported plan: located, in Vietnamese and English.
const PLAN_MESSAGES = {
  'json-syntax': ['error', 'Lỗi cú pháp JSON: {detail}', 'JSON syntax error: {detail}'],
  'not-a-plan': ['error', 'Không phải tệp kế hoạch của Chỉ số (thiếu "items")', 'Not a Chỉ số plan file (no "items")'],
  'newer-version': ['error', 'Tệp được tạo bởi phiên bản mới hơn ({version}); hãy cập nhật ứng dụng', 'File made by a newer version ({version}); update the app'],
  'missing-field': ['error', 'Thiếu "{field}"', 'Missing "{field}"'],
  'unknown-province': ['error', 'Không rõ tỉnh/thành "{value}"', 'Unknown province "{value}"'],
  'unknown-index': ['error', 'Không rõ chỉ số "{value}"', 'Unknown index "{value}"'],
  'bad-year': ['error', 'Năm không hợp lệ "{value}"', 'Invalid year "{value}"'],
  'unknown-component': ['error', '{index} năm {year} không có chỉ số thành phần "{value}"', '{index} {year} has no component "{value}"'],
  'unknown-department': ['warning', 'Cơ quan "{value}" chưa có trong danh mục: sẽ thêm vào danh sách của tỉnh', 'Department "{value}" is not in the list: it will be added to the province\'s list'],
  'bad-score': ['error', 'Mục tiêu điểm "{value}" không hợp lệ (thang {min}–{max})', 'Target score "{value}" is invalid (scale {min}–{max})'],
  'bad-rank': ['error', 'Mục tiêu hạng "{value}" phải là số nguyên từ 1 đến {max}', 'Target rank "{value}" must be a whole number from 1 to {max}'],
  'bad-target-year': ['error', 'Năm mục tiêu "{value}" phải sau năm {year}', 'Target year "{value}" must be after {year}'],
  'bad-date': ['error', 'Thời hạn "{value}" không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)', 'Deadline "{value}" is not a date (YYYY-MM-DD or DD/MM/YYYY)'],
  'bad-status': ['error', 'Trạng thái "{value}" không hợp lệ ({allowed})', 'Invalid status "{value}" ({allowed})'],
  'duplicate-item': ['error', 'Trùng mục {value} (đã có ở dòng {firstLine})', 'Duplicate item {value} (already at line {firstLine})'],
  'bad-departments': ['error', '"departments" phải là đối tượng theo mã tỉnh', '"departments" must be an object keyed by province id'],
  'migrated-v1': ['warning', 'Tệp phiên bản 1: đã chuyển sang định dạng hiện tại', 'Version 1 file: converted to the current format'],
} satisfies Record<string, [Severity, string, string]>;

type PlanProblemCode = keyof typeof PLAN_MESSAGES;

function planProblem(code: PlanProblemCode, at: { file: string; line: number; column: number }, args: Record<string, string | number> = {}): Problem {
  const [severity, vi, en] = PLAN_MESSAGES[code];
  return { ...at, severity, code, message: { vi: fillTemplate(vi, args), en: fillTemplate(en, args) } };
}

export interface PlanImport {
  /** `null` when the file cannot be read at all. */
  plan: Plan | null;
  issues: Problem[];
}

/** True when any problem blocks the import: nothing is applied then. */
export const hasErrors = (issues: readonly Problem[]) => issues.some((i) => i.severity === 'error');

/** Raw fields of an item, with the location of each (for messages). */
interface RawItem {
  fields: Partial<Record<keyof FollowUpItem | 'coOwnersText', unknown>>;
  at: (field: string) => { line: number; column: number };
}

interface ItemContext {
  file: string;
  catalogue: Catalogue;
  departmentsFor: (province: string) => readonly Department[];
  /** Departments added during the import, per province (unknown names become province departments). */
  added: Record<string, Department[]>;
}

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function readDate(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  let y: number, m: number, d: number;
  const iso = DATE_ISO.exec(t);
  const vn = DATE_VN.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [y, m, d] = [Number(vn[3]), Number(vn[2]), Number(vn[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readStatus(value: unknown): ItemStatus | undefined {
  if (value === undefined || value === null || value === '') return 'not_started';
  const folded = foldText(String(value)).replace(/ /g, '_');
  return ITEM_STATUSES.find((s) => s === folded || foldText(STATUS_LABELS[s].vi).replace(/ /g, '_') === folded || foldText(STATUS_LABELS[s].en).replace(/ /g, '_') === folded);
}

const asText = (v: unknown) => (v === undefined || v === null ? '' : String(v)).trim();

function readOptionalNumber(v: unknown): number | null | undefined {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const cell = readNumberCell(String(v));
  return cell.kind === 'number' ? cell.value : cell.kind === 'missing' ? null : undefined;
}

/** Validate one raw item; returns the item (or null when an error blocks it) and its problems. */
function validateItem(raw: RawItem, ctx: ItemContext): { item: FollowUpItem | null; issues: Problem[] } {
  const issues: Problem[] = [];
  const f = raw.fields;
  const at = (field: string) => ({ file: ctx.file, ...raw.at(field) });
  const fail = (code: PlanProblemCode, field: string, args: Record<string, string | number> = {}) => issues.push(planProblem(code, at(field), args));

  for (const field of ['province', 'index', 'year', 'component'] as const) if (asText(f[field]) === '') fail('missing-field', field, { field });
  if (issues.length) return { item: null, issues };

  const year = Number(f.year);
  const index = findIndex(ctx.catalogue, asText(f.index));
  if (!index) fail('unknown-index', 'index', { value: asText(f.index) });
  if (!Number.isInteger(year) || (index && year < index.firstYear) || year > 2100) fail('bad-year', 'year', { value: asText(f.year) });
  if (issues.length || !index) return { item: null, issues };

  const provinceText = asText(f.province);
  const unit = ctx.catalogue.units.find((u) => u.id === provinceText) ?? ctx.catalogue.units.find((u) => foldText(u.vi) === foldText(provinceText) && year >= u.validFrom && (u.validTo === null || year <= u.validTo));
  if (!unit) fail('unknown-province', 'province', { value: provinceText });
  const componentText = asText(f.component);
  const component = mainComponents(index, year).find((c) => c.id === componentText || foldText(c.vi) === foldText(componentText));
  if (!component) fail('unknown-component', 'component', { value: componentText, index: index.id, year });
  if (!unit || !component) return { item: null, issues };

  const province = unit.id;
  const known = () => [...ctx.departmentsFor(province), ...(ctx.added[province] ?? [])];
  const department = (text: string, field: string): string => {
    const found = matchDepartment(known(), text);
    if (found) return found.id;
    fail('unknown-department', field, { value: text });
    const created = customDepartment({ vi: text, en: text });
    ctx.added[province] = [...(ctx.added[province] ?? []), created];
    return created.id;
  };
  const leadText = asText(f.lead);
  const lead = leadText ? department(leadText, 'lead') : null;
  const coOwnerTexts = Array.isArray(f.coOwners) ? f.coOwners.map(asText) : asText(f.coOwners).split(';').map((s) => s.trim());
  const coOwners = [...new Set(coOwnerTexts.filter(Boolean).map((t) => department(t, 'coOwners')))];

  const targetYearRaw = readOptionalNumber(f.targetYear);
  const targetYear = targetYearRaw ?? year + 1;
  if (targetYearRaw === undefined || !Number.isInteger(targetYear) || targetYear <= year) fail('bad-target-year', 'targetYear', { value: asText(f.targetYear), year });

  const scale = scaleFor(component, year);
  const targetScore = readOptionalNumber(f.targetScore);
  if (targetScore === undefined || (targetScore !== null && (targetScore < scale.min || targetScore > scale.max))) fail('bad-score', 'targetScore', { value: asText(f.targetScore), min: scale.min, max: scale.max });

  const maxRank = Math.max(unitsForYear(ctx.catalogue, targetYear).length, 1);
  const targetRank = readOptionalNumber(f.targetRank);
  if (targetRank === undefined || (targetRank !== null && (!Number.isInteger(targetRank) || targetRank < 1 || targetRank > maxRank))) fail('bad-rank', 'targetRank', { value: asText(f.targetRank), max: maxRank });

  const deadline = readDate(asText(f.deadline));
  if (deadline === undefined) fail('bad-date', 'deadline', { value: asText(f.deadline) });
  const status = readStatus(f.status);
  if (!status) fail('bad-status', 'status', { value: asText(f.status), allowed: ITEM_STATUSES.join(', ') });

  if (hasErrors(issues)) return { item: null, issues };
  return {
    item: {
      id: itemId(province, index.id, year, component.id),
      province,
      index: index.id,
      year,
      component: component.id,
      lead,
      coOwners: coOwners.filter((c) => c !== lead),
      targetScore: targetScore ?? null,
      targetRank: targetRank ?? null,
      targetYear,
      deadline: deadline ?? null,
      status: status!,
      notes: typeof f.notes === 'string' ? f.notes : asText(f.notes),
      origin: f.origin === 'template' ? 'template' : 'user',
    },
    issues,
  };
}

function collect(raws: RawItem[], ctx: ItemContext, line: (raw: RawItem) => number): { items: FollowUpItem[]; issues: Problem[] } {
  const items: FollowUpItem[] = [];
  const issues: Problem[] = [];
  const firstLine = new Map<string, number>();
  for (const raw of raws) {
    const result = validateItem(raw, ctx);
    issues.push(...result.issues);
    if (!result.item) continue;
    const seen = firstLine.get(result.item.id);
    if (seen !== undefined) {
      issues.push(planProblem('duplicate-item', { file: ctx.file, line: line(raw), column: 0 }, { value: result.item.id, firstLine: seen }));
      continue;
    }
    firstLine.set(result.item.id, line(raw));
    items.push(result.item);
  }
  return { items, issues };
}

function withAdded(departments: Record<string, ProvinceDepartmentEdits>, added: Record<string, Department[]>): Record<string, ProvinceDepartmentEdits> {
  const result = { ...departments };
  for (const [province, list] of Object.entries(added)) {
    const edits = result[province] ?? { added: [], renamed: {}, hidden: [] };
    const ids = new Set(edits.added.map((d) => d.id));
    result[province] = { ...edits, added: [...edits.added, ...list.filter((d) => !ids.has(d.id))] };
  }
  return result;
}

/** Read an exported plan (JSON, current or version 1). */
export function planFromJson(
  text: string,
  file: string,
  catalogue: Catalogue,
  departmentsFor: (province: string, edits?: ProvinceDepartmentEdits) => readonly Department[],
): PlanImport {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseJsonLocated(clean);
  if ('error' in parsed) return { plan: null, issues: [planProblem('json-syntax', { file, line: parsed.error.line, column: parsed.error.column }, { detail: parsed.error.message })] };
  const { value, positions } = parsed;
  const pos = (path: string) => positions.get(path) ?? positions.get(path.replace(/\.[^.[\]]+$/, '')) ?? { line: 1, column: 1 };
  const doc = value as { version?: unknown; items?: unknown; assignments?: unknown; departments?: unknown } | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { plan: null, issues: [planProblem('not-a-plan', { file, line: 1, column: 1 })] };
  if (typeof doc.version === 'number' && doc.version > PLAN_VERSION) return { plan: null, issues: [planProblem('newer-version', { file, ...pos('version') }, { version: doc.version })] };

  const issues: Problem[] = [];
  let rawItems: unknown[];
  let departments: Record<string, ProvinceDepartmentEdits> = {};
  let prefix: string;
  if (doc.version === 1 && Array.isArray(doc.assignments)) {
    issues.push(planProblem('migrated-v1', { file, ...pos('version') }));
    rawItems = (doc.assignments as AssignmentV1[]).map(v1ToRaw);
    prefix = 'assignments';
  } else if (Array.isArray(doc.items)) {
    rawItems = doc.items;
    prefix = 'items';
    if (doc.departments !== undefined) {
      if (typeof doc.departments !== 'object' || doc.departments === null || Array.isArray(doc.departments)) {
        issues.push(planProblem('bad-departments', { file, ...pos('departments') }));
      } else {
        departments = normaliseEdits(doc.departments as Record<string, unknown>);
      }
    }
  } else {
    return { plan: null, issues: [planProblem('not-a-plan', { file, line: 1, column: 1 })] };
  }
  const raws: RawItem[] = rawItems.map((entry, i) => ({
    fields: (entry && typeof entry === 'object' ? entry : {}) as RawItem['fields'],
    at: (field) => pos(field ? `${prefix}[${i}].${field}` : `${prefix}[${i}]`),
  }));
  const ctx: ItemContext = { file, catalogue, departmentsFor: (p) => departmentsFor(p, departments[p]), added: {} };
  const { items, issues: itemIssues } = collect(raws, ctx, (raw) => raw.at('').line);
  issues.push(...itemIssues);
  return { plan: { items, departments: withAdded(departments, ctx.added) }, issues };
}

function normaliseEdits(raw: Record<string, unknown>): Record<string, ProvinceDepartmentEdits> {
  const result: Record<string, ProvinceDepartmentEdits> = {};
  for (const [province, value] of Object.entries(raw)) {
    const v = (value ?? {}) as Partial<ProvinceDepartmentEdits>;
    result[province] = {
      added: Array.isArray(v.added) ? v.added.filter((d) => d && typeof d.id === 'string' && typeof d.vi === 'string') : [],
      renamed: v.renamed && typeof v.renamed === 'object' ? v.renamed : {},
      hidden: Array.isArray(v.hidden) ? v.hidden.filter((h) => typeof h === 'string') : [],
    };
  }
  return result;
}

const CSV_FIELD: Record<string, keyof FollowUpItem> = {
  province: 'province',
  index: 'index',
  year: 'year',
  component: 'component',
  lead: 'lead',
  co_owners: 'coOwners',
  target_score: 'targetScore',
  target_rank: 'targetRank',
  target_year: 'targetYear',
  deadline: 'deadline',
  status: 'status',
  notes: 'notes',
  origin: 'origin',
};

/** Undo toCsv's formula neutralising: a leading apostrophe before = + - @ is ours, not the user's. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Read a plan CSV (as exported, possibly edited in Excel). Items only; department edits travel in JSON. */
export function planFromCsv(text: string, file: string, catalogue: Catalogue, departmentsFor: (province: string) => readonly Department[]): PlanImport {
  const checked = checkText(text, file);
  if (checked.issues.length) return { plan: null, issues: checked.issues };
  const grid = readCsvGrid(checked.text, file);
  const [header = [], ...rows] = grid.rows;
  const columns = header.map((h) => h.trim().toLowerCase());
  const issues: Problem[] = [...grid.issues];
  for (const required of ['province', 'index', 'year', 'component']) {
    if (!columns.includes(required)) issues.push(planProblem('missing-field', { file, line: grid.lines[0] ?? 1, column: 0 }, { field: required }));
  }
  if (hasErrors(issues)) return { plan: null, issues };
  const raws: (RawItem & { line: number })[] = rows.map((cells, r) => {
    const line = grid.lines[r + 1];
    const fields: RawItem['fields'] = {};
    const columnOf: Record<string, number> = {};
    columns.forEach((name, c) => {
      const field = CSV_FIELD[name];
      if (!field) return;
      fields[field] = unneutralise(cells[c] ?? '');
      columnOf[field] = c + 1;
    });
    if (!fields.lead && columns.includes('lead_name')) fields.lead = unneutralise(cells[columns.indexOf('lead_name')] ?? '');
    return { fields, line, at: (field) => ({ line, column: columnOf[field] ?? 0 }) };
  });
  const ctx: ItemContext = { file, catalogue, departmentsFor, added: {} };
  const { items, issues: itemIssues } = collect(raws, ctx, (raw) => (raw as RawItem & { line: number }).line);
  issues.push(...itemIssues);
  return { plan: { items, departments: withAdded({}, ctx.added) }, issues };
}

// ---- version 1 (the first stored shape), kept for old stores and old files ------------------------

/** Version 1 stored free-text department names, a single score target and four statuses, without a target year. */
export interface AssignmentV1 {
  province: string;
  index: string;
  year: number;
  component: string;
  /** Department name as typed, e.g. "Sở KH&ĐT". */
  lead: string;
  /** Comma-separated names. */
  coOwners: string;
  target: number | null;
  status: 'todo' | 'doing' | 'done' | 'late';
  note?: string;
}

const V1_STATUS: Record<AssignmentV1['status'], ItemStatus> = { todo: 'not_started', doing: 'in_progress', done: 'done', late: 'at_risk' };

function v1ToRaw(a: AssignmentV1): RawItem['fields'] {
  return {
    province: a.province,
    index: a.index,
    year: a.year,
    component: a.component,
    lead: a.lead,
    coOwners: (a.coOwners ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    targetScore: a.target,
    status: V1_STATUS[a.status] ?? 'not_started',
    notes: a.note ?? '',
  };
}

/**
 * Version 1 → current: names become department ids (a name that matches none becomes a department of
 * that province, so nothing typed is lost), the score target is kept, the target year is the next edition.
 * Entries that cannot be placed are returned in `unplaced` for the caller to keep.
 */
export function migrateV1(
  assignments: readonly AssignmentV1[],
  catalogue: Catalogue,
  departmentsFor: (province: string) => readonly Department[],
): { plan: Plan; unplaced: AssignmentV1[] } {
  const ctx: ItemContext = { file: 'v1', catalogue, departmentsFor, added: {} };
  const items: FollowUpItem[] = [];
  const unplaced: AssignmentV1[] = [];
  for (const a of assignments) {
    const { item } = validateItem({ fields: v1ToRaw(a), at: () => ({ line: 0, column: 0 }) }, ctx);
    if (item) items.push(item);
    else unplaced.push(a);
  }
  return { plan: { items, departments: withAdded({}, ctx.added) }, unplaced };
}

// ---- diff --------------------------------------------------------------------------------------

const COMPARED: (keyof FollowUpItem)[] = ['lead', 'coOwners', 'targetScore', 'targetRank', 'targetYear', 'deadline', 'status', 'notes', 'origin'];

export function changedFields(a: FollowUpItem, b: FollowUpItem): (keyof FollowUpItem)[] {
  return COMPARED.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export interface PlanDiff {
  added: FollowUpItem[];
  changed: { before: FollowUpItem; after: FollowUpItem; fields: (keyof FollowUpItem)[] }[];
  /** In the current plan, not in the file. Only removed if the user says so. */
  removed: FollowUpItem[];
  unchanged: number;
  /** Provinces whose department list the file changes. */
  departmentProvinces: string[];
}

export function diffPlans(current: Plan, incoming: Plan): PlanDiff {
  const now = new Map(current.items.map((i) => [i.id, i]));
  const next = new Map(incoming.items.map((i) => [i.id, i]));
  const diff: PlanDiff = { added: [], changed: [], removed: [], unchanged: 0, departmentProvinces: [] };
  for (const item of incoming.items) {
    const before = now.get(item.id);
    if (!before) diff.added.push(item);
    else {
      const fields = changedFields(before, item);
      if (fields.length) diff.changed.push({ before, after: item, fields });
      else diff.unchanged++;
    }
  }
  for (const item of current.items) if (!next.has(item.id)) diff.removed.push(item);
  for (const [province, edits] of Object.entries(incoming.departments)) {
    const before = current.departments[province];
    if (JSON.stringify(before ?? null) !== JSON.stringify(mergeEdits(before, edits))) diff.departmentProvinces.push(province);
  }
  return diff;
}

function mergeEdits(current: ProvinceDepartmentEdits | undefined, incoming: ProvinceDepartmentEdits): ProvinceDepartmentEdits {
  if (!current) return incoming;
  const ids = new Set(current.added.map((d) => d.id));
  return {
    added: [...current.added, ...incoming.added.filter((d) => !ids.has(d.id))],
    renamed: { ...current.renamed, ...incoming.renamed },
    hidden: [...new Set([...current.hidden, ...incoming.hidden])],
  };
}

export interface DiffChoice {
  add: ReadonlySet<string>;
  change: ReadonlySet<string>;
  remove: ReadonlySet<string>;
}

/** The default choice: take what the file adds and changes, remove nothing. */
export function defaultChoice(diff: PlanDiff): DiffChoice {
  return { add: new Set(diff.added.map((i) => i.id)), change: new Set(diff.changed.map((c) => c.after.id)), remove: new Set() };
}

/** Apply the chosen parts of a diff. Department lists are merged (added departments never dropped). */
export function applyDiff(current: Plan, incoming: Plan, diff: PlanDiff, choice: DiffChoice): Plan {
  const items = new Map(current.items.map((i) => [i.id, i]));
  for (const item of diff.added) if (choice.add.has(item.id)) items.set(item.id, item);
  for (const { after } of diff.changed) if (choice.change.has(after.id)) items.set(after.id, after);
  for (const item of diff.removed) if (choice.remove.has(item.id)) items.delete(item.id);
  const departments = { ...current.departments };
  for (const [province, edits] of Object.entries(incoming.departments)) departments[province] = mergeEdits(departments[province], edits);
  return { items: [...items.values()], departments };
}

/** The department that carries an item's lead in its target year (after a 2025 merger, the successor). */
export function leadInTargetYear(item: FollowUpItem, departments: readonly Department[]): Department | undefined {
  return item.lead ? currentDepartment(departments, item.lead, item.targetYear) : undefined;
}

// ---- JSON with locations -------------------------------------------------------------------------

type Located = { value: unknown; positions: Map<string, { line: number; column: number }> } | { error: { line: number; column: number; message: string } };

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
