/**
 * Decides who owns a component of an index edition in a province (its lead department and co-owners), and what a
 * department owns. Used by the follow-up plan, the department page, the department record and the brief.
 *
 * Rules (one home for them):
 * - the province's follow-up plan decides: an item with a lead names the lead and co-owners (`basis: 'plan'`);
 *   without one for this edition, the latest earlier edition's item with a lead still speaks for the component (a
 *   2022 plan assigns the work read in 2024: `speaking.year` says which plan); a later edition's plan never does;
 * - where the plan names no lead, the assignment template's lead is a suggestion (`basis: 'suggested'`, with its
 *   evidence level), never shown as fact; co-owners typed in the plan stay, the template's are added as suggested;
 * - a suggestion is resolved in the year the work is done: the item's target year, or without an item the default
 *   target year (targetRules.ts `defaultTargetYear`); a department merged away by then (Sở KH&ĐT in 2025) is
 *   replaced by its successor (departments.ts `currentDepartment`);
 * - a department owns what it leads or co-owns itself, or through a predecessor it absorbed (`via`: Sở Tài chính
 *   owns what the plan gave Sở KH&ĐT); leading wins over co-owning;
 * - a component of a declared new structure that continues old ones (catalogue/editionStructure.ts `continues`, the
 *   user's choice on import: PCI 2025's "Cạnh tranh bình đẳng" continues `equal_competition`) is owned, while no plan
 *   names its own lead, by the owners the plan gave the old component(s) in the latest earlier edition (`speaking`
 *   is that item: its `component` and `year` say "per the 2024 plan for <old component>"); an ownership carried
 *   over, never a change in score;
 * - an indicator (a PCI base indicator, a PAPI sub-dimension: `ref.indicator`) is owned as its component by default
 *   (the plan's lead and co-owners, or the template's suggestion), and the plan can name its own owner: an item's
 *   indicator line with a lead (`FollowUpItem.indicators[id].lead`). The latest plan (edition ≤ the ref's) that names
 *   anyone for the indicator speaks: its indicator line, or its component lead; in one item the indicator line wins.
 *   Where the plan names nobody, the template's indicator rule for its printed label (land-use certificates →
 *   Sở TN&MT, inspections → Thanh tra tỉnh …, `indicatorRules` with their evidence) is the suggestion, else the
 *   component's; a department merged away is replaced by its successor as for components.
 */
import type { ScoreTable } from '../table/dataset';
import { findIndex, getUnit, type Catalogue } from '../catalogue/catalogue';
import { predecessorsAndSelf, templateSuggestion, type AssignmentTemplate, type Department, type Evidence, type TemplateSuggestion } from './departments';
import { indicatorSuggestion } from './departments';
import type { FollowUpItem, IndicatorPlan } from './followup';
import type { Localised } from '../catalogue/types';
import { own } from '../catalogue/own';
import { defaultTargetYear } from './targetRules';

/** A component of an index edition, or one of its indicators (build an indicator's with `indicatorRef`). */
export interface OwnerRef {
  index: string;
  year: number;
  component: string;
  /** The indicator's id (`land_access.LURC`, `participation.civic_knowledge`). */
  indicator?: string;
  /** The indicator's label as printed: the template's indicator rules match on it. */
  indicatorLabel?: Localised;
}

/** The ref of an indicator of an edition (every view, export and the CLI build it here, so all ask the same). */
export function indicatorRef(def: { index: string; component: string; id: string; label: Localised }, year: number): OwnerRef {
  return { index: def.index, year, component: def.component, indicator: def.id, indicatorLabel: def.label };
}

export interface OwnersContext {
  table: ScoreTable;
  /** The national unit whose plan it is ("42"). */
  province: string;
  /** The plan's items (any province: those of `province` are used). */
  items: readonly FollowUpItem[];
  /** The province's departments (catalogue + its edits), former ones included. */
  departments: readonly Department[];
  template: AssignmentTemplate;
  /** The catalogue with any declared structures (a new component's `continues`); without it none is carried. */
  catalogue?: Catalogue;
}

export type OwnerBasis = 'plan' | 'suggested';

export interface Owner {
  department: string;
  basis: OwnerBasis;
  /** The template's evidence level for a suggestion; null for the plan. */
  evidence: Evidence | null;
}

export interface Owners {
  ref: OwnerRef;
  lead: Owner | null;
  coOwners: Owner[];
  /** The plan's item for the component in this edition, when it has one. */
  item: FollowUpItem | null;
  /** The plan item whose lead is named: this edition's, or the latest earlier edition's (its `year` says which), or for a new component the continued old component's (its `component` says which); null for a suggestion. */
  speaking: FollowUpItem | null;
  /** The template's suggestion, resolved in `workYear`. */
  suggestion: TemplateSuggestion | null;
  /** The year the work is done, in which a suggestion's departments are read. */
  workYear: number;
  /** For an indicator: this edition's indicator line in the plan (target, deadline, its own owner), if any. */
  indicatorPlan: IndicatorPlan | null;
  /** For an indicator: the owner is its own (an indicator line of the plan, or the template's indicator rule), not its component's. */
  ownLevel: boolean;
}

/** The plan's item for a component of a province, if any. */
export function planItemFor(items: readonly FollowUpItem[], province: string, ref: OwnerRef): FollowUpItem | null {
  return items.find((i) => i.province === province && i.index === ref.index && i.year === ref.year && i.component === ref.component) ?? null;
}

/** The item that names the lead: this edition's when it has a lead, else the latest earlier edition's that has one. */
export function speakingItemFor(items: readonly FollowUpItem[], province: string, ref: OwnerRef): FollowUpItem | null {
  let best: FollowUpItem | null = null;
  for (const i of items) {
    if (i.province !== province || i.index !== ref.index || i.component !== ref.component || !i.lead || i.year > ref.year) continue;
    if (best === null || i.year > best.year) best = i;
  }
  return best;
}

/**
 * A new component that continues old ones (rules at the top): the latest earlier edition's plan item with a lead for
 * any of them — the province's own, else (a 2025 unit) that of the units it was formed from, in the catalogue's order
 * (Quảng Ninh n22 ← 22); on a tie in year, the first old component named. Null when the component continues none.
 */
export function continuedItemFor(items: readonly FollowUpItem[], province: string, ref: OwnerRef, catalogue: Catalogue | undefined): FollowUpItem | null {
  if (!catalogue) return null;
  const continues = findIndex(catalogue, ref.index)?.components.find((c) => c.id === ref.component)?.continues ?? [];
  if (continues.length === 0) return null;
  const units = [province, ...(getUnit(catalogue, province)?.formedFrom ?? [])];
  let best: FollowUpItem | null = null;
  for (const unit of units) {
    for (const old of continues) {
      const item = speakingItemFor(items, unit, { ...ref, year: ref.year - 1, component: old });
      if (item && (best === null || item.year > best.year)) best = item;
    }
    if (best) return best;
  }
  return best;
}

/** The year the work on an edition is done: the item's target year, else the default target year. */
export function workYearOf(ref: OwnerRef, item: FollowUpItem | null, ctx: Pick<OwnersContext, 'table' | 'province'>): number {
  return item?.targetYear ?? defaultTargetYear(ctx.table, ref.index, ctx.province, ref.year);
}

/** The item whose indicator line names a lead for `ref.indicator`: the latest edition up to the ref's. */
export function speakingIndicatorItemFor(items: readonly FollowUpItem[], province: string, ref: OwnerRef): FollowUpItem | null {
  let best: FollowUpItem | null = null;
  for (const i of items) {
    if (i.province !== province || i.index !== ref.index || i.component !== ref.component || i.year > ref.year || !ref.indicator) continue;
    if (!own(i.indicators, ref.indicator)?.lead) continue;
    if (best === null || i.year > best.year) best = i;
  }
  return best;
}

/** Who owns a component (or indicator) of an edition in the province (rules at the top). */
export function ownersOf(ref: OwnerRef, ctx: OwnersContext): Owners {
  if (ref.indicator === undefined) return componentOwners(ref, ctx);
  const component = componentOwners({ index: ref.index, year: ref.year, component: ref.component }, ctx);
  const indicatorPlan = (component.item && own(component.item.indicators, ref.indicator)) || null;
  const base: Owners = { ...component, ref, indicatorPlan, ownLevel: false };
  const line = speakingIndicatorItemFor(ctx.items, ctx.province, ref);
  if (line && (!component.speaking || line.year >= component.speaking.year)) {
    const named = own(line.indicators, ref.indicator)!;
    const plan = (department: string): Owner => ({ department, basis: 'plan', evidence: null });
    return { ...base, lead: plan(named.lead!), coOwners: named.coOwners.map(plan), speaking: line, ownLevel: true };
  }
  if (component.speaking || !ref.indicatorLabel) return base;
  const suggestion = indicatorSuggestion(ctx.template, ctx.departments, ref.index, ref.component, ref.indicatorLabel, component.workYear);
  if (!suggestion) return base;
  const suggested = (department: string): Owner => ({ department, basis: 'suggested', evidence: suggestion.evidence });
  return { ...base, lead: suggested(suggestion.lead), coOwners: suggestion.coOwners.map(suggested), suggestion, ownLevel: true };
}

function componentOwners(ref: OwnerRef, ctx: OwnersContext): Owners {
  const item = planItemFor(ctx.items, ctx.province, ref);
  const workYear = workYearOf(ref, item, ctx);
  const suggestion = templateSuggestion(ctx.template, ctx.departments, ref.index, ref.component, workYear);
  const plan = (department: string): Owner => ({ department, basis: 'plan', evidence: null });
  const suggested = (department: string): Owner => ({ department, basis: 'suggested', evidence: suggestion?.evidence ?? null });
  const speaking = item?.lead ? item : (speakingItemFor(ctx.items, ctx.province, ref) ?? continuedItemFor(ctx.items, ctx.province, ref, ctx.catalogue));
  if (speaking?.lead) return { ref, lead: plan(speaking.lead), coOwners: speaking.coOwners.map(plan), item, speaking, suggestion, workYear, indicatorPlan: null, ownLevel: false };
  const lead = suggestion ? suggested(suggestion.lead) : null;
  const typed = item?.coOwners ?? [];
  const coOwners = [...typed.map(plan), ...(suggestion?.coOwners ?? []).filter((c) => !typed.includes(c) && c !== lead?.department).map(suggested)];
  return { ref, lead, coOwners, item, speaking: null, suggestion, workYear, indicatorPlan: null, ownLevel: false };
}

export type OwnerRole = 'lead' | 'co-owner';

/**
 * A department's role among a lead and co-owners (department ids): itself or a predecessor it absorbed; `via` is
 * the predecessor named, null when the department itself is. `null` when it has no role.
 */
export function roleIn(departmentId: string, lead: string | null, coOwners: readonly string[], departments: readonly Department[]): { role: OwnerRole; via: string | null } | null {
  const ids = predecessorsAndSelf(departments, departmentId);
  const as = lead !== null && ids.includes(lead) ? lead : null;
  if (as !== null) return { role: 'lead', via: as === departmentId ? null : as };
  const co = coOwners.find((c) => ids.includes(c)) ?? null;
  return co === null ? null : { role: 'co-owner', via: co === departmentId ? null : co };
}

export interface Ownership {
  owners: Owners;
  role: OwnerRole;
  basis: OwnerBasis;
  via: string | null;
}

/** A department's role in a component's owners (through `roleIn`), with the basis of that role. */
export function ownershipOf(departmentId: string, owners: Owners, departments: readonly Department[]): Ownership | null {
  const all = [...(owners.lead ? [owners.lead] : []), ...owners.coOwners];
  const role = roleIn(departmentId, owners.lead?.department ?? null, owners.coOwners.map((c) => c.department), departments);
  if (!role) return null;
  const named = all.find((o) => o.department === (role.via ?? departmentId))!;
  return { owners, role: role.role, basis: named.basis, via: role.via };
}

/** What a department owns among `refs` (each through `ownersOf`). */
export function ownedBy(departmentId: string, refs: readonly OwnerRef[], ctx: OwnersContext): Ownership[] {
  return refs.flatMap((ref) => {
    const own = ownershipOf(departmentId, ownersOf(ref, ctx), ctx.departments);
    return own ? [own] : [];
  });
}
