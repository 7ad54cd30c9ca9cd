/**
 * Reading plan items that come from outside (a JSON or CSV file, an old stored shape): each raw field is
 * validated against the catalogue and the province's departments, and every problem is located
 * (file, line, column) in Vietnamese and English. An unknown department name is not an error: it becomes a
 * department of that province (a warning), so nothing typed is lost. A bad item is reported, never dropped silently.
 */
import { findIndex, mainComponents, readUnitName, scaleFor, unitsForYear, type Catalogue } from '../catalogue/catalogue';
import { customDepartment, readDepartmentName, type Department, type ProvinceDepartmentEdits } from './departments';
import { isBlankIndicatorPlan, ITEM_STATUSES, itemId, STATUS_LABELS, type FollowUpItem, type IndicatorPlan, type ItemStatus, type Plan, type PlanTask, type ProgressNote } from './followup';
import { readNumberCell } from '../catalogue/numbers';
import { fillTemplate, foldText } from '../catalogue/text';
import type { Problem, Severity } from '../catalogue/types';
import { own } from '../catalogue/own';
import { contentTaskId } from './taskIdentity';

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
  'province-guess': ['error', 'Có phải {guess}? "{value}" gần giống {guess} nhưng không phải cách viết đã biết: sửa tên tỉnh trong tệp rồi nhập lại', 'Did you mean {guess}? "{value}" is close to {guess} but not a known spelling: correct the province\'s name in the file and import it again'],
  'department-guess': ['warning', '"{value}" gần giống {guess}: giao cho {guess} (sửa trong tệp nếu không phải)', '"{value}" is close to {guess}: assigned to {guess} (correct it in the file if not)'],
  'unknown-department': ['warning', 'Cơ quan "{value}" chưa có trong danh mục: sẽ thêm vào danh sách của tỉnh', 'Department "{value}" is not in the list: it will be added to the province\'s list'],
  'bad-score': ['error', 'Mục tiêu điểm "{value}" không hợp lệ (thang {min}–{max})', 'Target score "{value}" is invalid (scale {min}–{max})'],
  'bad-rank': ['error', 'Mục tiêu hạng "{value}" phải là số nguyên từ 1 đến {max}', 'Target rank "{value}" must be a whole number from 1 to {max}'],
  'bad-target-year': ['error', 'Năm mục tiêu "{value}" phải sau năm {year}', 'Target year "{value}" must be after {year}'],
  'bad-date': ['error', 'Thời hạn "{value}" không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)', 'Deadline "{value}" is not a date (YYYY-MM-DD or DD/MM/YYYY)'],
  'bad-status': ['error', 'Trạng thái "{value}" không hợp lệ ({allowed})', 'Invalid status "{value}" ({allowed})'],
  'duplicate-item': ['error', 'Trùng mục {value} (đã có ở dòng {firstLine})', 'Duplicate item {value} (already at line {firstLine})'],
  'bad-departments': ['error', '"departments" phải là đối tượng theo mã tỉnh', '"departments" must be an object keyed by province id'],
  'bad-tasks': ['error', '"tasks" phải là danh sách nhiệm vụ', '"tasks" must be a list of tasks'],
  'duplicate-task': ['error', 'Trùng mã nhiệm vụ "{value}" trong cùng chỉ số thành phần', 'Duplicate task id "{value}" in the same component'],
  'bad-indicator': ['error', 'Chỉ tiêu "{value}" không thuộc chỉ số thành phần "{component}" (mã chỉ tiêu phải bắt đầu bằng "{component}.")', 'Indicator "{value}" is not under the component "{component}" (its id must start with "{component}.")'],
  'bad-indicator-target': ['error', 'Mục tiêu của chỉ tiêu "{value}" không phải là số', 'The indicator\'s target "{value}" is not a number'],
  'bad-shape': ['error', 'Giá trị không đúng kiểu: {detail}', 'Value of the wrong kind: {detail}'],
  'no-items': ['error', 'Tệp không có mục nào (chỉ có dòng tiêu đề)', 'The file has no items (only a header line)'],
  'migrated-v1': ['warning', 'Tệp phiên bản 1: đã chuyển sang định dạng hiện tại', 'Version 1 file: converted to the current format'],
  'nul-in-text': ['error', 'Giá trị có ký tự rỗng (NUL) ở ký tự thứ {offset}: đoạn này bị hỏng. Tệp không được nhập, không lưu gì; hãy sửa giá trị này rồi nhập lại', 'The value holds a NUL character at character {offset}: this stretch is damaged. The file is not imported, nothing is saved; fix this value and import again'],
  'broken-in-text': ['error', 'Giá trị có ký tự hỏng (U+FFFD, thường do lưu sai bảng mã) ở ký tự thứ {offset}. Tệp không được nhập, không lưu gì; hãy sửa giá trị này (hoặc xuất lại tệp dạng UTF-8) rồi nhập lại', 'The value holds a broken character (U+FFFD, usually a wrong encoding) at character {offset}. The file is not imported, nothing is saved; fix this value (or export the file again as UTF-8) and import again'],
  'nul-in-csv': ['error', 'Tệp có ký tự rỗng (NUL) ở đây: đoạn này bị hỏng. Tệp không được nhập, không lưu gì; hãy sửa ô này (hoặc lưu lại tệp dạng "CSV UTF-8") rồi nhập lại', 'The file holds a NUL character here: this stretch is damaged. The file is not imported, nothing is saved; fix this cell (or save the file again as "CSV UTF-8") and import again'],
  'broken-in-csv': ['error', 'Tệp có ký tự hỏng (U+FFFD, thường do lưu sai bảng mã) ở đây. Tệp không được nhập, không lưu gì; hãy lưu lại tệp dạng "CSV UTF-8" rồi nhập lại', 'The file holds a broken character (U+FFFD, usually a wrong encoding) here. The file is not imported, nothing is saved; save the file again as "CSV UTF-8" and import again'],
  'unknown-field': ['warning', 'Trường "{field}" không thuộc tệp kế hoạch: bỏ qua', 'Field "{field}" is not part of a plan file: ignored'],
  'unknown-column': ['warning', 'Cột "{field}" không thuộc tệp kế hoạch: bỏ qua', 'Column "{field}" is not part of a plan file: ignored'],
} satisfies Record<string, [Severity, string, string]>;

export type PlanProblemCode = keyof typeof PLAN_MESSAGES;

export function planProblem(code: PlanProblemCode, at: { file: string; line: number; column: number }, args: Record<string, string | number> = {}): Problem {
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
export interface RawItem {
  fields: Partial<Record<keyof FollowUpItem | 'coOwnersText', unknown>>;
  /** `field` may be a task's: `tasks[0].lead`. */
  at: (field: string) => { line: number; column: number };
}

export interface ItemContext {
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
export function validateItem(raw: RawItem, ctx: ItemContext): { item: FollowUpItem | null; issues: Problem[] } {
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
  // The province by the one rule of names (catalogue.readUnitName): a listed spelling is taken; a near miss is named, not taken.
  const reading = readUnitName(ctx.catalogue, provinceText, year);
  const unit = ctx.catalogue.units.find((u) => u.id === provinceText) ?? (reading.kind === 'unit' ? reading.unit : undefined);
  if (!unit) {
    if (reading.kind === 'guess') fail('province-guess', 'province', { value: provinceText, guess: reading.unit.vi });
    else fail('unknown-province', 'province', { value: provinceText });
  }
  const componentText = asText(f.component);
  const component = mainComponents(index, year).find((c) => c.id === componentText || foldText(c.vi) === foldText(componentText));
  if (!component) fail('unknown-component', 'component', { value: componentText, index: index.id, year });
  if (!unit || !component) return { item: null, issues };

  const province = unit.id;
  const known = () => [...ctx.departmentsFor(province), ...(own(ctx.added, province) ?? [])];
  const department = (text: string, field: string): string => {
    const reading = readDepartmentName(known(), text);
    if (reading.kind === 'unit') return reading.unit.id;
    // A near miss ("Sở Tư phap") is taken as its guess and said so (a plan file has no one to ask; nothing typed is lost).
    if (reading.kind === 'guess') {
      fail('department-guess', field, { value: text, guess: reading.unit.vi });
      return reading.unit.id;
    }
    fail('unknown-department', field, { value: text });
    const created = customDepartment({ vi: text, en: text });
    ctx.added[province] = [...(own(ctx.added, province) ?? []), created];
    return created.id;
  };
  const leadText = asText(f.lead);
  const lead = leadText ? department(leadText, 'lead') : null;

  const coOwners = (() => {
    const texts = Array.isArray(f.coOwners) ? f.coOwners.map(asText) : asText(f.coOwners).split(';').map((x) => x.trim());
    return [...new Set(texts.filter(Boolean).map((t) => department(t, 'coOwners')))];
  })();

  const targetYearRaw = readOptionalNumber(f.targetYear);
  const targetYear = targetYearRaw ?? year + 1;
  if (targetYearRaw === undefined || !Number.isInteger(targetYear) || targetYear <= year) fail('bad-target-year', 'targetYear', { value: asText(f.targetYear), year });

  const scale = scaleFor(component, year);
  const maxRank = Math.max(unitsForYear(ctx.catalogue, targetYear).length, 1);
  const score = (field: string, v: unknown) => {
    const n = readOptionalNumber(v);
    if (n === undefined || (n !== null && (n < scale.min || n > scale.max))) fail('bad-score', field, { value: asText(v), min: scale.min, max: scale.max });
    return n ?? null;
  };
  const rank = (field: string, v: unknown) => {
    const n = readOptionalNumber(v);
    if (n === undefined || (n !== null && (!Number.isInteger(n) || n < 1 || n > maxRank))) fail('bad-rank', field, { value: asText(v), max: maxRank });
    return n ?? null;
  };
  const date = (field: string, v: unknown) => {
    const d = readDate(asText(v));
    if (d === undefined) fail('bad-date', field, { value: asText(v) });
    return d ?? null;
  };
  const statusOf = (field: string, v: unknown) => {
    const st = readStatus(v);
    if (!st) fail('bad-status', field, { value: asText(v), allowed: ITEM_STATUSES.join(', ') });
    return st ?? 'not_started';
  };
  const owners = (field: string, v: unknown) => {
    const texts = Array.isArray(v) ? v.map(asText) : asText(v).split(';').map((x) => x.trim());
    return [...new Set(texts.filter(Boolean).map((t) => department(t, field)))];
  };

  const targetScore = score('targetScore', f.targetScore);
  const targetRank = rank('targetRank', f.targetRank);
  const deadline = date('deadline', f.deadline);
  const status = statusOf('status', f.status);

  // An indicator of this component (version 4): its id `<component>.<code>`; a bare code typed in Excel gets the prefix.
  const indicatorId = (field: string, v: unknown): string | null => {
    const text = asText(v);
    if (!text) return null;
    if (text.startsWith(`${component.id}.`)) return text;
    if (!text.includes('.')) return `${component.id}.${text}`;
    fail('bad-indicator', field, { value: text, component: component.id });
    return null;
  };

  // Tasks (version 3): each validated like the item, located at `tasks[i].field`.
  const tasks: PlanTask[] = [];
  const rawTasks = f.tasks === undefined || f.tasks === null ? [] : f.tasks;
  if (!Array.isArray(rawTasks)) fail('bad-tasks', 'tasks');
  else {
    const ids = new Set<string>();
    rawTasks.forEach((entry, i) => {
      const t = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
      const field = (name: string) => `tasks[${i}].${name}`;
      const taskLead = asText(t.lead);
      const leadId = taskLead ? department(taskLead, field('lead')) : null;
      // A task without an id (typed in Excel) gets one from its content (taskIdentity.ts), never a plain `t1` that collides.
      let id = asText(t.id) || contentTaskId({ title: asText(t.title), lead: leadId }, ids);
      if (ids.has(id)) fail('duplicate-task', field('id'), { value: id });
      while (ids.has(id)) id = `${id}'`;
      ids.add(id);
      const progressRaw = Array.isArray(t.progress) ? t.progress : [];
      const progress: ProgressNote[] = progressRaw.flatMap((p: unknown, j: number) => {
        const note = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
        const d = date(`${field('progress')}[${j}].date`, note.date);
        const text = asText(note.text);
        return d === null && text === '' ? [] : [{ date: d ?? '', text }];
      });
      tasks.push({
        id,
        title: asText(t.title),
        lead: leadId,
        coOwners: owners(field('coOwners'), t.coOwners),
        targetScore: score(field('targetScore'), t.targetScore),
        targetRank: rank(field('targetRank'), t.targetRank),
        deadline: date(field('deadline'), t.deadline),
        status: statusOf(field('status'), t.status),
        progress,
        evidence: asText(t.evidence),
        indicator: indicatorId(field('indicator'), t.indicator),
      });
    });
  }

  // Indicator lines (version 4), by indicator id, located at `indicators.<id>.field`; a blank line is not kept.
  const lines: [string, IndicatorPlan][] = [];
  const rawIndicators = f.indicators && typeof f.indicators === 'object' && !Array.isArray(f.indicators) ? (f.indicators as Record<string, unknown>) : {};
  for (const [key, entry] of Object.entries(rawIndicators)) {
    const field = (name: string) => `indicators.${key}.${name}`;
    const id = indicatorId(`indicators.${key}`, key);
    const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const leadOf = asText(e.lead);
    const lineLead = leadOf ? department(leadOf, field('lead')) : null;
    const target = readOptionalNumber(e.target);
    if (target === undefined) fail('bad-indicator-target', field('target'), { value: asText(e.target) });
    const line: IndicatorPlan = { lead: lineLead, coOwners: owners(field('coOwners'), e.coOwners).filter((c) => c !== lineLead), target: target ?? null, deadline: date(field('deadline'), e.deadline) };
    if (id && !isBlankIndicatorPlan(line)) lines.push([id, line]);
  }
  // Object.fromEntries: a key "__proto__" from a file stays a key and never sets a prototype.
  const indicators: Record<string, IndicatorPlan> = Object.fromEntries(lines);

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
      targetScore,
      targetRank,
      targetYear,
      deadline,
      status,
      notes: typeof f.notes === 'string' ? f.notes : asText(f.notes),
      origin: f.origin === 'template' ? 'template' : 'user',
      tasks,
      indicators,
    },
    issues,
  };
}

export function collect(raws: RawItem[], ctx: ItemContext, line: (raw: RawItem) => number): { items: FollowUpItem[]; issues: Problem[] } {
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

export function withAdded(departments: Record<string, ProvinceDepartmentEdits>, added: Record<string, Department[]>): Record<string, ProvinceDepartmentEdits> {
  const result = { ...departments };
  for (const [province, list] of Object.entries(added)) {
    const edits = own(result, province) ?? { added: [], renamed: {}, hidden: [] };
    const ids = new Set(edits.added.map((d) => d.id));
    result[province] = { ...edits, added: [...edits.added, ...list.filter((d) => !ids.has(d.id))] };
  }
  return result;
}
