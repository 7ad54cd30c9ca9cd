/**
 * Types of the domain, one per pipeline stage: raw CSV cells → validated `Score` → indexed `ScoreTable`.
 * Missing is `null`, never 0.
 */

export type Lang = 'vi' | 'en';
export type Localised = { vi: string; en: string };

export interface YearRange {
  from: number;
  /** Inclusive; `null` = still valid. */
  to: number | null;
}

export interface ScaleRange {
  from: number;
  to?: number | null;
  min: number;
  max: number;
}

export interface WeightRange {
  from: number;
  to: number | null;
  weight: number;
  source?: string;
}

export interface ComponentDef {
  id: string;
  vi: string;
  en: string;
  aliases?: string[];
  scale: ScaleRange[];
  /** [first year, last year or null]. */
  years: [number, number | null];
  higherIsBetter: boolean;
  weights?: WeightRange[];
  /** Set on sub-components (PAPI sub-dimensions): the id of the dimension they add up to. */
  parent?: string;
  note?: string;
  /** A component of a declared new structure: the old components it continues, as the user said (catalogue/editionStructure.ts); for the plan's owners, never for a change. */
  continues?: string[];
}

export interface TierLabel {
  id: string;
  vi: string;
  en: string;
  /** For `bands` tiers: lower bound of the band (inclusive). */
  min?: number;
}

export interface TierScheme {
  kind: 'published' | 'quartile' | 'bands' | 'none';
  labels?: TierLabel[];
  note?: string;
}

export interface MethodBreak {
  year: number;
  vi: string;
  en: string;
  /**
   * The components whose own scores are not comparable across this break (`total` = the composite).
   * Absent: every component. A weights-only revision breaks the composite, not the sub-index scores.
   */
  components?: string[];
  /** The edition's structure changed (catalogue/editionStructure.ts): no score or rank change is computed across it. */
  structure?: boolean;
}

export interface IndexDef {
  id: string;
  /** Short name as printed: "PAR INDEX" for id PAR. */
  label: string;
  vi: string;
  en: string;
  publisher: string;
  aliases: string[];
  unitKind: string;
  firstYear: number;
  fullCoverageUntil?: number;
  coverageNote?: Localised;
  tiers: TierScheme;
  methodBreaks: MethodBreak[];
  components: ComponentDef[];
  /** Set on an index a province runs on its own units (DDCI): which province, which kinds of unit it scores. */
  scope?: { province: string; unitKinds: string[]; notApplicable?: string[] };
}

export interface Unit {
  id: string;
  set: 'provinces63' | 'units34' | string;
  code: string;
  vi: string;
  en: string;
  slug: string;
  type: string;
  region: string;
  validFrom: number;
  validTo: number | null;
  /** provinces63 → the unit it became part of (id). */
  successor?: string;
  /** provinces63 → the day it became part of its successor (ISO date: Hà Tây 2008-08-01, the 63 provinces 2025-07-01). */
  mergedOn?: string;
  /** units34 → pre-2025 unit ids it was formed from. */
  formedFrom?: string[];
  aliases: string[];
  /** Of the aliases, the older spellings (data/catalogue/unit-spellings.json `older`: "Đắc Lắc"). */
  olderSpellings?: string[];
  note?: string;
}

/** One validated figure: (index, year, unit, component) → value. */
export interface Score {
  index: string;
  year: number;
  /** Unit id from the catalogue (see data/catalogue/units.json). */
  unit: string;
  component: string;
  value: number | null;
  /**
   * Decimals the figure was printed or stored with, kept only when the text showed more than the number does
   * ("6.60" → 2); otherwise read off the value (domain/import/precision.ts).
   */
  decimals?: number;
  /** The rank the publisher printed; `null` when not printed. Never a rank computed among a subset. */
  officialRank: number | null;
  /** Tier label as printed (e.g. "Rất tốt"), when printed. */
  tier?: string | null;
  /** Which file (or import) the figure came from. */
  source: string;
  note?: string;
  /**
   * The unit is not scored on this component ("-" in a DDCI table: a department has no land-access score).
   * `value` is then null, but this is not missing data: never 0, never counted as missing, never ranked.
   */
  notApplicable?: boolean;
  /** Number of survey responses behind the unit's figures, where printed (metadata, on the composite). */
  responses?: number;
}

/** Where in a file a problem sits: 1-based line and column (column 0 = whole line/file). */
export interface Location {
  file: string;
  line: number;
  column: number;
  /** The place in the source's own terms when it is not a text file: `PCI 2016!M12`, "page 2, line 5". */
  place?: Localised;
}

export type Severity = 'error' | 'warning';

export interface Problem extends Location {
  severity: Severity;
  code: string;
  message: Localised;
}

export interface ParseResult<T> {
  rows: T[];
  issues: Problem[];
}

/** A group an edition printed: a score range, a count of units, or both (PAPI 2022: q1 43.44–47.88). */
export interface EditionGroup {
  /** The index's tier label id (data/catalogue/indices.json `tiers.labels`). */
  tier: string;
  min?: number;
  max?: number;
  count?: number;
}

/** A unit the publisher left out of an edition's ranking: not missing data. `reason` null = no stated reason found. */
export interface NotRankedUnit {
  unit: string;
  reason: Localised | null;
  /** The page that states the reason (null when none was found). */
  source: string | null;
  note?: string;
}

/** What an edition published about itself beside its scores (data/catalogue/editions.json). */
export interface EditionDef {
  index: string;
  year: number;
  notRanked?: NotRankedUnit[];
  groups?: {
    /** printed-ranges: every group's score range; printed-counts: counts (and some ranges); printed-per-unit: a group printed beside each unit. */
    basis: 'printed-ranges' | 'printed-counts' | 'printed-per-unit';
    groups?: EditionGroup[];
    source: string;
    note?: string;
  };
  sample?: { value: number; approx: boolean; of: 'respondents' | 'firms'; source: string; quote: string };
  note?: string;
}

/** Evidence level of a department fact or template suggestion: [C] confirmed, [S] supported, [U] inferred. */
export type Evidence = 'C' | 'S' | 'U';

export type LocalUnitKind = 'department' | 'locality';
export type LocalityLevel = 'district' | 'commune';

/** A unit inside a province (a department or a locality) rated by a province-run index (province/provinceUnits.ts). */
export interface LocalUnit {
  /** `<province>/<localId>`. */
  id: string;
  province: string;
  /** For departments: the follow-up's department id. */
  localId: string;
  kind: LocalUnitKind;
  level?: LocalityLevel;
  vi: string;
  en: string;
  aliases: string[];
  validFrom: number | null;
  validTo: number | null;
  /** Local id of the unit that carries this one's work after `validTo` (departments). */
  successor?: string;
  /** Local ids of the units this one was formed from (2025 departments and communes). */
  formedFrom?: string[];
  evidence?: Evidence;
  /** Added from an imported table: not in the catalogue. */
  added?: boolean;
}

