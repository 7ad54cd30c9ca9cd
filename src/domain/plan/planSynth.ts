/**
 * Seeded generated plans for the property tests of plan files and merges (planRoundTrip.test.ts,
 * planMerge.test.ts): same seed → same plans. Texts are what people type into the app and into Excel —
 * commas, semicolons, quotes, line breaks, a leading `=`, Vietnamese, empty texts, notes without a date,
 * notes that look dated — in the canonical form the readers keep (task titles, evidence and note texts
 * trimmed; a note has a date or a text, a note with neither is nothing).
 */
import { defaultCatalogue, getIndex, mainComponents, scaleFor, unitsForYear } from '../catalogue/catalogue';
import { seededRandom } from '../analysis/seeded';
import { defaultDepartments } from './departments';
import { blankItem, ITEM_STATUSES, itemId, type FollowUpItem, type Plan, type PlanTask, type ProgressNote } from './followup';

export type Random = () => number;
export { seededRandom };

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
export const chance = (random: Random, p: number) => random() < p;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const PIECES = [
  'Đã khảo sát nhu cầu',
  'hoàn thành 3 lớp',
  'Sở Tư pháp',
  'ưu tiên KCN',
  ', ',
  '; ',
  '"ngoặc"',
  "'",
  '=SUM(A1)',
  '+84',
  '-',
  '@x',
  ':',
  ' ',
  '\n',
  '\n\n',
  '\n  thụt lề',
  '2026-10-01: ',
  '1/2/2026:',
  'Quý IV/2026',
  'ghi chú;=1+1',
  '\t',
  '—',
  '🙂',
  'x',
];

/** A text as typed: pieces from PIECES, sometimes empty; trimmed when `trim`. */
export function randomText(random: Random, trim: boolean, maxPieces = 6): string {
  if (chance(random, 0.12)) return '';
  let text = '';
  const n = int(random, 1, maxPieces);
  for (let i = 0; i < n; i++) text += pick(random, PIECES);
  return trim ? text.trim() : text;
}

const isoDate = (random: Random) => `${int(random, 2016, 2027)}-${String(int(random, 1, 12)).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`;

export function randomNote(random: Random): ProgressNote {
  for (;;) {
    const date = chance(random, 0.3) ? '' : isoDate(random);
    const text = randomText(random, true);
    if (date || text) return { date, text };
  }
}

const DEPARTMENT_IDS = defaultDepartments.departments.filter((d) => d.validTo === null).map((d) => d.id);

function owners(random: Random, except: string | null): string[] {
  const list = new Set<string>();
  const n = int(random, 0, 3);
  for (let i = 0; i < n; i++) list.add(pick(random, DEPARTMENT_IDS));
  if (except) list.delete(except);
  return [...list];
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function randomTask(random: Random, id: string, scale: { min: number; max: number }, maxRank: number): PlanTask {
  const lead = chance(random, 0.7) ? pick(random, DEPARTMENT_IDS) : null;
  return {
    id,
    title: randomText(random, true, 4),
    lead,
    coOwners: owners(random, null),
    targetScore: chance(random, 0.4) ? round2(scale.min + random() * (scale.max - scale.min)) : null,
    targetRank: chance(random, 0.3) ? int(random, 1, maxRank) : null,
    deadline: chance(random, 0.5) ? isoDate(random) : null,
    status: pick(random, ITEM_STATUSES),
    progress: Array.from({ length: int(random, 0, 4) }, () => randomNote(random)),
    evidence: chance(random, 0.3) ? randomText(random, true, 3) : '',
    indicator: null,
  };
}

const PCI = getIndex(defaultCatalogue, 'PCI');

export function randomItem(random: Random, taken: ReadonlySet<string>): FollowUpItem {
  for (;;) {
    const year = int(random, 2016, 2023);
    const province = pick(random, unitsForYear(defaultCatalogue, year)).id;
    const component = pick(random, mainComponents(PCI, year));
    const id = itemId(province, PCI.id, year, component.id);
    if (taken.has(id)) continue;
    const scale = scaleFor(component, year);
    const targetYear = year + int(random, 1, 2);
    const maxRank = unitsForYear(defaultCatalogue, targetYear).length;
    const lead = chance(random, 0.8) ? pick(random, DEPARTMENT_IDS) : null;
    const tasks: PlanTask[] = [];
    const n = chance(random, 0.2) ? 0 : int(random, 1, 3);
    for (let i = 0; i < n; i++) tasks.push(randomTask(random, `t${i + 1}${chance(random, 0.5) ? '-' + pick(random, ['an', 'binh', 'chi']) : ''}`, scale, maxRank));
    return {
      ...blankItem(province, PCI.id, year, component.id),
      lead,
      coOwners: owners(random, lead),
      targetScore: chance(random, 0.5) ? round2(scale.min + random() * (scale.max - scale.min)) : null,
      targetRank: chance(random, 0.3) ? int(random, 1, maxRank) : null,
      targetYear,
      deadline: chance(random, 0.5) ? isoDate(random) : null,
      status: pick(random, ITEM_STATUSES),
      notes: randomText(random, false),
      origin: chance(random, 0.3) ? 'template' : 'user',
      tasks: dedupeTaskIds(tasks).map((t) => (chance(random, 0.3) ? { ...t, indicator: pick(random, INDICATOR_CODES(component.id)) } : t)),
      indicators: randomIndicatorLines(random, component.id),
    };
  }
}

/** Indicator ids as a PCI workbook names them (`<sub-index>.<code>`), codes as VCCI prints them. */
const INDICATOR_CODES = (component: string) => ['LURC', 'LURC_days', 'tc_inspect', 'A1.2', 'x_new'].map((code) => `${component}.${code}`);

/** 0–2 indicator lines: an own lead or not, co-owners, a target in the indicator's unit (a share, days), a deadline. */
function randomIndicatorLines(random: Random, component: string): FollowUpItem['indicators'] {
  const lines: FollowUpItem['indicators'] = {};
  const n = chance(random, 0.4) ? 0 : int(random, 1, 2);
  for (let i = 0; i < n; i++) {
    const lead = chance(random, 0.7) ? pick(random, DEPARTMENT_IDS) : null;
    const line = { lead, coOwners: owners(random, lead), target: chance(random, 0.5) ? pick(random, [0.55, 0.8, 12.5, 3]) : null, deadline: chance(random, 0.4) ? isoDate(random) : null };
    if (line.lead || line.coOwners.length || line.target !== null || line.deadline) lines[pick(random, INDICATOR_CODES(component))] = line;
  }
  return lines;
}

function dedupeTaskIds(tasks: PlanTask[]): PlanTask[] {
  const seen = new Set<string>();
  return tasks.map((t) => {
    let id = t.id;
    while (seen.has(id)) id += 'x';
    seen.add(id);
    return { ...t, id };
  });
}

export function randomPlan(random: Random, maxItems = 3): Plan {
  const items: FollowUpItem[] = [];
  const ids = new Set<string>();
  const n = int(random, 1, maxItems);
  for (let i = 0; i < n; i++) {
    const item = randomItem(random, ids);
    ids.add(item.id);
    items.push(item);
  }
  return { items, departments: {} };
}
