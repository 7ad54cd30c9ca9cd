/**
 * Decides which indicators a department owns (its page) and what its request lists ("Việc cần làm": only its own weak
 * indicators, with their figures and the plan's targets, deadlines and tasks for them).
 *
 * Rules (one home for them):
 * - the edition: for each index with indicators (PCI base indicators imported from VCCI's workbooks, PAPI
 *   sub-dimensions), one of the editions in which the province has a figure on any indicator (`indicatorEditionChoices`)
 *   — the one the user chose, else the latest; a chosen edition without such figures is not taken (the latest is);
 * - who owns an indicator: plan/owners.ts (`indicatorRef`, `ownedBy`) — its own line in the plan, else its
 *   component's owners, else the template's suggestion — as lead or co-owner, directly or through a predecessor;
 * - the request lists only owned indicators that are weak by analysis/indicators.ts (`weak` non-empty), grouped by
 *   index and sub-index (catalogue order), furthest behind first within a sub-index; nothing another department owns;
 * - the plan's word for an indicator: its own line's target (in the indicator's unit) and deadline, else the item's
 *   deadline and component target (labelled as the sub-index's); the item's tasks that target the indicator.
 */
import { FOUR_INDICES, findIndex, mainComponents, type Catalogue } from '../catalogue/catalogue';
import type { Lang, Localised } from '../catalogue/types';
import { formatDecimal, formatSigned } from '../catalogue/numbers';
import { rankText } from '../analysis/rank';
import { indicatorStandings, indicatorValueText, weakIndicators, type IndicatorSource, type IndicatorStanding } from '../analysis/indicators';
import type { ScoreTable } from '../table/dataset';
import { departmentName, type AssignmentTemplate, type Department } from '../plan/departments';
import { STATUS_LABELS, type FollowUpItem, type IndicatorPlan, type PlanTask } from '../plan/followup';
import { indicatorRef, ownedBy, type Ownership } from '../plan/owners';
import { own } from '../catalogue/own';

export interface IndicatorEdition {
  index: string;
  year: number;
}

export interface OwnedIndicator {
  standing: IndicatorStanding;
  ownership: Ownership;
  /** This edition's line for the indicator in the plan. */
  line: IndicatorPlan | null;
  /** The plan's item for the indicator's component in this edition. */
  item: FollowUpItem | null;
  /** The item's tasks that target this indicator. */
  tasks: PlanTask[];
}

export interface IndicatorGroup {
  index: string;
  year: number;
  component: string;
  indicators: OwnedIndicator[];
}

export interface RequestInput {
  source: IndicatorSource;
  table: ScoreTable;
  catalogue: Catalogue;
  /** The national unit whose plan it is ("22"). */
  province: string;
  departmentId: string;
  items: readonly FollowUpItem[];
  departments: readonly Department[];
  template: AssignmentTemplate;
}

/** The editions of an index in which the province has a figure on any indicator, latest first. */
export interface IndicatorEditionChoice {
  index: string;
  years: number[];
}

/** Per index with indicators, every edition in which the province has a figure on any indicator, latest first. */
export function indicatorEditionChoices(source: IndicatorSource, table: ScoreTable, catalogue: Catalogue, province: string): IndicatorEditionChoice[] {
  const choices: IndicatorEditionChoice[] = [];
  for (const id of FOUR_INDICES) {
    const index = findIndex(catalogue, id);
    if (!index) continue;
    const candidates = [...new Set([...table.years(index.id), ...importedYears(source, index.id, catalogue)])].sort((a, b) => b - a);
    const years = candidates.filter((y) => mainComponents(index, y).some((c) => source.defs(index.id, y, c.id).some((d) => source.figures(index.id, y, d.id).some((f) => f.unit === province && f.value !== null))));
    if (years.length) choices.push({ index: index.id, years });
  }
  return choices;
}

/**
 * The edition per index: the chosen year where the province has indicator figures in it, else the latest (a year
 * chosen for an index without figures that year, or for an index not offered, is not taken).
 */
export function chosenEditions(choices: readonly IndicatorEditionChoice[], chosen: Readonly<Record<string, number>> = {}): IndicatorEdition[] {
  return choices.map(({ index, years }) => ({ index, year: years.includes(own(chosen, index) ?? NaN) ? own(chosen, index)! : years[0] }));
}

/** Per index with indicators, the latest edition in which the province has a figure on any indicator. */
export function indicatorEditions(source: IndicatorSource, table: ScoreTable, catalogue: Catalogue, province: string): IndicatorEdition[] {
  return chosenEditions(indicatorEditionChoices(source, table, catalogue, province));
}

/** Editions an indicator set holds for an index that the score table may lack (an imported PCI workbook). */
function importedYears(source: IndicatorSource, index: string, catalogue: Catalogue): number[] {
  const ix = findIndex(catalogue, index);
  if (!ix) return [];
  const years = new Set<number>();
  for (let y = ix.firstYear; y <= new Date().getFullYear(); y++) {
    for (const c of mainComponents(ix, y)) {
      const first = source.defs(index, y, c.id)[0];
      if (first && source.years(index, first.id).includes(y)) years.add(y);
    }
  }
  return [...years];
}

/** Every indicator the department owns in the given editions, grouped by index and sub-index, in printed order. */
export function ownedIndicators(input: RequestInput, editions: readonly IndicatorEdition[]): IndicatorGroup[] {
  const ctx = { table: input.table, province: input.province, items: input.items, departments: input.departments, template: input.template, catalogue: input.catalogue };
  const groups: IndicatorGroup[] = [];
  for (const { index, year } of editions) {
    const ix = findIndex(input.catalogue, index);
    if (!ix) continue;
    for (const component of mainComponents(ix, year)) {
      const standings = indicatorStandings(input.source, ix.id, year, component.id, input.province);
      const owned = ownedBy(input.departmentId, standings.map((s) => indicatorRef(s.def, year)), ctx);
      const indicators = owned.map((ownership) => {
        const standing = standings.find((s) => s.def.id === ownership.owners.ref.indicator)!;
        const item = ownership.owners.item;
        return { standing, ownership, line: ownership.owners.indicatorPlan, item, tasks: (item?.tasks ?? []).filter((t) => t.indicator === standing.def.id) };
      });
      if (indicators.length) groups.push({ index: ix.id, year, component: component.id, indicators });
    }
  }
  return groups;
}

/** The request: only the department's weak indicators, furthest behind first within each sub-index. */
export function departmentRequest(input: RequestInput, editions: readonly IndicatorEdition[]): IndicatorGroup[] {
  return ownedIndicators(input, editions)
    .map((g) => ({ ...g, indicators: weakIndicators(g.indicators.map((o) => ({ ...o, weak: o.standing.weak, behind: o.standing.behind }))) }))
    .filter((g) => g.indicators.length > 0);
}

/** A change in the indicator's unit: a share as percentage points ("−7,2 điểm %"), others in their unit. */
export function indicatorChangeText(standing: Pick<IndicatorStanding, 'def' | 'change'>, lang: Lang): string {
  const { def, change } = standing;
  if (change === null) return '—';
  const percent = def.unit === 'share' || def.unit === 'percent';
  return `${formatSigned(def.unit === 'share' ? change * 100 : change, lang, percent ? 1 : 2)}${percent ? (lang === 'vi' ? ' điểm %' : ' pp') : ''}`;
}

/** One line of the request as printed (and written to the .docx): texts in one language. */
export interface RequestRow {
  id: string;
  label: string;
  role: string;
  value: string;
  median: string;
  best: string;
  /** "57/63"; a rank among the loaded provinces only carries its star ("12* of 40"). */
  rank: string;
  change: string;
  target: string;
  deadline: string;
  tasks: string[];
}

/** A date as offices print it: 31/12/2025 in Vietnamese, 2025-12-31 in English. */
const dateText = (iso: string, lang: Lang) => (lang === 'vi' ? iso.split('-').reverse().join('/') : iso);

const ROLE: Record<'lead' | 'co-owner', Localised> = { lead: { vi: 'Chủ trì', en: 'Lead' }, 'co-owner': { vi: 'Phối hợp', en: 'Co-owner' } };

export function requestRows(group: IndicatorGroup, lang: Lang, unitName: (unit: string) => string, departments: readonly Department[]): RequestRow[] {
  return group.indicators.map(({ standing: s, ownership, line, item, tasks }) => {
    const componentTarget = item && item.targetScore !== null ? `${lang === 'vi' ? 'chỉ số thành phần' : 'sub-index'} ${formatDecimal(item.targetScore, lang, 2)} (${item.targetYear})` : '';
    const target = line?.target != null ? indicatorValueText(s.def, line.target, lang) : componentTarget;
    return {
      id: s.def.id,
      label: s.def.label[lang],
      role: `${ROLE[ownership.role][lang]}${ownership.basis === 'suggested' ? (lang === 'vi' ? ' (gợi ý)' : ' (suggested)') : ''}`,
      value: indicatorValueText(s.def, s.value, lang),
      median: indicatorValueText(s.def, s.median, lang),
      best: s.best === null ? '—' : `${s.bestUnits.map(unitName).join(', ')}: ${indicatorValueText(s.def, s.best, lang)}`,
      rank: s.rank === null ? '—' : `${rankText(s.rank, s.rankBasis)}/${s.rankOutOf}`,
      change: s.change === null ? '—' : `${indicatorChangeText(s, lang)} (${lang === 'vi' ? 'so với' : 'since'} ${s.previousYear})`,
      target: target || '—',
      deadline: ((d) => (d ? dateText(d, lang) : '—'))(line?.deadline ?? item?.deadline ?? null),
      tasks: tasks.map((t) => `${t.title || '—'} — ${departmentName(departments, t.lead ?? item?.lead ?? null, lang) || '—'}${t.deadline ? `, ${dateText(t.deadline, lang)}` : ''} (${STATUS_LABELS[t.status][lang]})`),
    };
  });
}
