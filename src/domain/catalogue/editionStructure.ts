/**
 * Decides what a new structure is: an edition whose components differ from its index's (PCI 2.0 from 2025: three
 * pillars — business environment, fair competition, growth drivers — on the 34 units, en.vcci.com.vn, October 2025).
 * Rules (one home for them):
 * - a table whose columns of figures do not all match the edition's components is not folded into them (a pillar
 *   named "Cạnh tranh bình đẳng" is not the old sub-index of that name): the import stops and names the columns,
 *   unless the user declares the edition's structure from the header (`--new-structure`, a choice in the app);
 * - declared from the header: every column of figures that is not the province, the rank, the group or the
 *   composite is a component of the new structure, named as printed, on the scale its figures fit (0–1, 0–10,
 *   0–100, 0–1000); the composite stays the composite (`total`);
 * - from the structure's year the index holds only the new components (the old ones end the year before), and
 *   the composite is not a known function of them (no weights published): no contribution, no what-if;
 * - it is recorded as a method break that touches every component (`structure: true`): no score or rank change
 *   is computed across it (changes.ts), rules that need history are withheld with that reason; ranks are among the
 *   edition's units (34 from 2025);
 * - the user may say which old components a new one continues (`continues`): kept as a note for the plan's
 *   owners, never used to compute a change.
 */
import { foldText } from './text';
import { methodBreaksBetween, type Catalogue } from './catalogue';
import type { ComponentDef, IndexDef, Localised, MethodBreak } from './types';

export interface StructureComponent {
  id: string;
  /** The header as printed (both languages: the header is what the publisher wrote). */
  vi: string;
  en: string;
  min: number;
  max: number;
  /** Old components this one continues, as the user said (plan owners); never used for a change. */
  continues?: string[];
}

/** An edition's structure as declared from a table's header. */
export interface EditionStructure {
  index: string;
  year: number;
  components: StructureComponent[];
  /** Where the header came from (file name, sheet). */
  source: string;
}

/** A header cell the import read, with what it was taken for. */
export interface StructureColumn {
  header: string;
  /** 'figures' = a column of numbers that is not the province, rank, group or composite. */
  kind: 'figures' | 'composite' | 'other';
  /** The largest figure in the column (to choose its scale). */
  largest?: number;
}

/** The printed scale a column's figures fit: the smallest of 0–1, 0–10, 0–100, 0–1000 holding its largest figure. */
export function scaleOfFigures(largest: number | undefined): { min: number; max: number } {
  for (const max of [1, 10, 100, 1000]) if (largest !== undefined && largest <= max) return { min: 0, max };
  return { min: 0, max: Math.max(1000, Math.ceil(largest ?? 0)) };
}

/** A component id from a printed header: "Động lực tăng trưởng" → "dong_luc_tang_truong". */
export function componentIdOf(header: string): string {
  return (
    foldText(header)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'component'
  );
}

/** The structure a header declares (rules at the top); ids made unique by a suffix when two headers fold alike. */
export function structureFromHeader(index: string, year: number, columns: readonly StructureColumn[], source: string): EditionStructure {
  const taken = new Set<string>(['total']);
  const components: StructureComponent[] = [];
  for (const c of columns) {
    if (c.kind !== 'figures') continue;
    const base = componentIdOf(c.header);
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
    taken.add(id);
    components.push({ id, vi: c.header.trim(), en: c.header.trim(), ...scaleOfFigures(c.largest) });
  }
  return { index, year, components, source };
}

/** The method break a structure records. */
export function structureBreak(structure: EditionStructure): MethodBreak & { structure: true } {
  const names = structure.components.map((c) => c.vi).join(', ');
  return {
    year: structure.year,
    structure: true,
    vi: `Cấu trúc mới từ ${structure.year} (khai báo khi nhập ${structure.source}): ${structure.components.length} thành phần — ${names}; không so sánh điểm, hạng qua mốc này`,
    en: `New structure from ${structure.year} (declared on import of ${structure.source}): ${structure.components.length} components — ${names}; no score or rank change across this break`,
  };
}

/** The index as it stands with the structure declared: old components end the year before, the new ones begin. */
export function indexWithStructure(index: IndexDef, structure: EditionStructure): IndexDef {
  const y = structure.year;
  const ended = index.components.flatMap((c): ComponentDef[] => {
    if (c.id === 'total') return [{ ...c, weights: c.weights?.filter((w) => w.from < y).map((w) => ({ ...w, to: w.to === null || w.to >= y ? y - 1 : w.to })) }];
    if (c.years[0] >= y) return [];
    const to = c.years[1] === null || c.years[1] >= y ? y - 1 : c.years[1];
    return [{ ...c, years: [c.years[0], to], weights: c.weights?.filter((w) => w.from < y).map((w) => ({ ...w, to: w.to === null || w.to >= y ? y - 1 : w.to })) }];
  });
  const added: ComponentDef[] = structure.components.map((c) => ({
    id: c.id,
    vi: c.vi,
    en: c.en,
    scale: [{ from: y, min: c.min, max: c.max }],
    years: [y, null],
    higherIsBetter: true,
    ...(c.continues?.length ? { continues: [...c.continues] } : {}),
    note: `Declared from the header of ${structure.source}${c.continues?.length ? `; continues ${c.continues.join(', ')} (the user's choice, for the plan's owners)` : ''}`,
  }));
  return { ...index, components: [...ended, ...added], methodBreaks: [...index.methodBreaks.filter((b) => b.year !== y || !b.structure), structureBreak(structure)] };
}

/** The catalogue with each structure applied to its index (later structures of the same index over earlier ones). */
export function withStructures(catalogue: Catalogue, structures: readonly EditionStructure[]): Catalogue {
  if (structures.length === 0) return catalogue;
  const sorted = [...structures].sort((a, b) => a.year - b.year);
  return {
    ...catalogue,
    indices: catalogue.indices.map((ix) => sorted.filter((s) => s.index === ix.id).reduce(indexWithStructure, ix)),
  };
}

/** A break that changed the edition's structure: no score or rank change is computed across it. */
export function isStructureBreak(b: MethodBreak): boolean {
  return b.structure === true;
}

/** The structure break a comparison from `baseYear` to `year` crosses, if any (changes.ts and the views ask this). */
export function structureBreakBetween(index: IndexDef, baseYear: number | null, year: number): MethodBreak | undefined {
  return baseYear === null ? undefined : methodBreaksBetween(index, baseYear, year).find(isStructureBreak);
}

/** The reason in short (a table cell, a second mention on one page): the full reason is this and the break's own words. */
export function structureBreakShort(b: Pick<MethodBreak, 'year'>): Localised {
  return {
    vi: `Không so sánh qua mốc ${b.year}: cấu trúc chỉ số thay đổi`,
    en: `Not compared across ${b.year}: the index's structure changed`,
  };
}

/** The label of an edition on a new structure (a card's heading, a badge): "Cấu trúc mới từ 2025". */
export function structureLabel(b: Pick<MethodBreak, 'year'>): Localised {
  return { vi: `Cấu trúc mới từ ${b.year}`, en: `New structure from ${b.year}` };
}

/**
 * The break as a comparison meets it (the rank table's box, the overview's card), after the short reason: what the
 * newer edition is (a new structure, ranked among `outOf` units), what the base edition was (the old structure, among
 * `baseOutOf`), that no score or rank change is computed between them, and why. Counts not known are left out.
 */
export function structureBreakAcross(b: Pick<MethodBreak, 'year'>, year: number, base: number, counts: { outOf?: number | null; baseOutOf?: number | null } = {}): Localised {
  const { outOf, baseOutOf } = counts;
  return {
    vi:
      `${year} có cấu trúc mới${outOf ? `, xếp hạng trên ${outOf} đơn vị` : ''}; ${base} theo cấu trúc cũ${baseOutOf ? `, trên ${baseOutOf} tỉnh` : ''}. ` +
      `Không tính thay đổi điểm hay hạng từ ${base} sang ${year}: từ ${b.year} các thành phần và điểm tổng hợp đo những điều khác trước, nên điểm và hạng hai năm không so được với nhau.`,
    en:
      `${year} has a new structure${outOf ? `, ranked among ${outOf} units` : ''}; ${base} is on the old structure${baseOutOf ? `, among ${baseOutOf} provinces` : ''}. ` +
      `No score or rank change is computed from ${base} to ${year}: from ${b.year} the components and the composite measure different things, so the two years' scores and ranks cannot be compared.`,
  };
}

/** Why a change is withheld across a structure break (views and CLI say this, not "no data"). */
export function structureBreakReason(b: MethodBreak): Localised {
  const short = structureBreakShort(b);
  return { vi: `${short.vi} (${b.vi})`, en: `${short.en} (${b.en})` };
}

/** Whether a value has the shape of a declared structure (a file, a saved import): the reason when not, never a library message. */
export function structureProblem(value: unknown): string | null {
  const s = value as Partial<EditionStructure> | null;
  if (!s || typeof s !== 'object') return 'not an object';
  if (typeof s.index !== 'string' || !Number.isInteger(s.year)) return 'index or year missing';
  if (!Array.isArray(s.components) || s.components.length === 0) return 'no components';
  const bad = s.components.findIndex(
    (c) => typeof c?.id !== 'string' || typeof c.vi !== 'string' || typeof c.en !== 'string' || !Number.isFinite(c.min) || !Number.isFinite(c.max) || (c.continues !== undefined && (!Array.isArray(c.continues) || c.continues.some((x) => typeof x !== 'string'))),
  );
  return bad === -1 ? null : `component ${bad + 1}: id, vi, en, min, max or continues damaged`;
}

/** Reads a structure file (`OUT.structure.json`); problems in plain words, never a library message. */
export function readStructure(text: string, file: string): { structure: EditionStructure | null; problem: Localised | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { structure: null, problem: { vi: `${file}: không phải JSON hợp lệ`, en: `${file}: not valid JSON` } };
  }
  if (structureProblem(raw)) return { structure: null, problem: { vi: `${file}: thiếu index, year hoặc components (id, vi, en, min, max)`, en: `${file}: index, year or components (id, vi, en, min, max) missing` } };
  const s = raw as EditionStructure;
  return { structure: { index: s.index, year: s.year, components: s.components, source: typeof s.source === 'string' ? s.source : file }, problem: null };
}

/**
 * The user's choice of which old components a new one continues ("Cạnh tranh bình đẳng=equal_competition"): the new
 * component by its id or header (any case, with or without diacritics), the old ones by id or name in `index`.
 * Recorded on the structure for the plan's owners; never used to compute a change. Problems in plain words.
 */
export function withContinues(structure: EditionStructure, index: IndexDef, choices: readonly string[]): { structure: EditionStructure; problems: Localised[] } {
  const problems: Localised[] = [];
  const components = structure.components.map((c) => ({ ...c }));
  for (const choice of choices) {
    const [left, right] = choice.split('=');
    const target = components.find((c) => c.id === left?.trim() || foldText(c.vi) === foldText(left ?? ''));
    if (!target || !right) {
      problems.push({ vi: `--continues "${choice}": viết THÀNH_PHẦN_MỚI=thành_phần_cũ (thành phần mới: ${components.map((c) => c.vi).join(', ')})`, en: `--continues "${choice}": write NEW_COMPONENT=old_component (new components: ${components.map((c) => c.vi).join(', ')})` });
      continue;
    }
    for (const name of right.split(',').map((x) => x.trim()).filter(Boolean)) {
      const old = index.components.find((c) => c.id !== 'total' && (c.id === name || foldText(c.vi) === foldText(name) || foldText(c.en) === foldText(name)) && c.years[0] < structure.year);
      if (!old) problems.push({ vi: `--continues: "${name}" không phải thành phần cũ của ${index.label}`, en: `--continues: "${name}" is not an earlier ${index.label} component` });
      else target.continues = [...new Set([...(target.continues ?? []), old.id])];
    }
  }
  return { structure: { ...structure, components }, problems };
}
