/**
 * The trend chart's data, prepared without JSX: for one index and component, every year's value of the
 * province against the national median, the best province, the region's median and the chosen peers.
 *
 * The comparison lines are domain/weakness `comparisonStats`: a median or a "best province" over a handful
 * of loaded provinces says little about the country, so they are only drawn for years where at least
 * `MEDIAN_MIN_COVERAGE` of the units are loaded, or where a printed rank 1 names the best (the year is
 * still marked partial). The province's and the peers' own values are always drawn.
 */
import { getUnit, methodBreaksBetween, type Catalogue } from '@/domain/catalogue/catalogue';
import type { ScoreTable } from '@/domain/table/dataset';
import { comparisonStats, DEFAULT_WEAKNESS_OPTIONS } from '@/domain/analysis/weakness';
import type { IndexDef, Lang, MethodBreak } from '@/domain/catalogue/types';
import { own } from '@/domain/catalogue/own';

/** Share of the expected units that must be loaded before a national or regional median is drawn (the weakness rules' own). */
export const MEDIAN_MIN_COVERAGE = DEFAULT_WEAKNESS_OPTIONS.minCoverageForStats;
export const MAX_PEERS = 10;

export interface TrendPoint {
  year: number;
  partial: boolean;
  loaded: number;
  expected: number;
  province: number | null;
  nationalMedian: number | null;
  best: number | null;
  bestUnit: string | null;
  regionMedian: number | null;
  /** Peer unit id → value. */
  peers: Record<string, number | null>;
}

export interface TrendData {
  points: TrendPoint[];
  methodBreaks: MethodBreak[];
  region: string;
  peers: string[];
}

export function buildTrendData(table: ScoreTable, catalogue: Catalogue, index: IndexDef, component: string, province: string, peers: string[], regionChoice: string): TrendData {
  const region = regionChoice || getUnit(catalogue, province)?.region || '';
  const years = table.years(index.id).filter((y) => table.slice(index.id, y, component).length > 0);
  const chosenPeers = peers.filter((p) => p !== province).slice(0, MAX_PEERS);
  const points = years.map((year): TrendPoint => {
    const stats = comparisonStats(table, catalogue, index.id, year, component, region, MEDIAN_MIN_COVERAGE);
    const valueOf = (unit: string) => table.get(index.id, year, unit, component)?.value ?? null;
    return {
      year,
      partial: !stats.basedOn.complete,
      loaded: stats.basedOn.loaded,
      expected: stats.basedOn.expected,
      province: valueOf(province),
      nationalMedian: stats.median,
      best: stats.best,
      bestUnit: stats.bestUnit,
      regionMedian: stats.regionMedian,
      peers: Object.fromEntries(chosenPeers.map((p) => [p, valueOf(p)])),
    };
  });
  const first = years[0];
  const last = years[years.length - 1];
  const methodBreaks = first === undefined ? [] : methodBreaksBetween(index, first, last);
  return { points, methodBreaks, region, peers: chosenPeers };
}

/** CSV/table alternative: one row per year, named columns. */
export function trendTable(data: TrendData, catalogue: Catalogue, province: string, lang: Lang, labels: { year: string; coverage: string; median: string; best: string; bestName: string; region: string }) {
  const name = (id: string) => getUnit(catalogue, id)?.[lang] ?? id;
  const header = [labels.year, labels.coverage, name(province), labels.median, labels.best, labels.bestName, `${labels.region}: ${data.region}`, ...data.peers.map(name)];
  const rows = data.points.map((p) => [p.year, `${p.loaded}/${p.expected}`, p.province, p.nationalMedian, p.best, p.bestUnit ? name(p.bestUnit) : null, p.regionMedian, ...data.peers.map((id) => own(p.peers, id) ?? null)]);
  return { header, rows };
}

/**
 * The line of text each method-break label sits on (0 = just above the plot, 1 = the line above …), so no two labels
 * overlap however close the breaks are (PCI's breaks a year apart on a phone read "Đổi phương pháp 20Đổi phương pháp
 * 2013" on one line): labels are centred on their break, `labelWidths` wide (px), and a label takes the lowest line
 * where it clears the one before it with `gap` px to spare. `x` gives a break's position in px.
 */
export function breakLabelLines(breaks: readonly number[], x: (year: number) => number, labelWidths: readonly number[], gap = 6): number[] {
  const lineEnds: number[] = [];
  return breaks.map((year, i) => {
    const left = x(year) - labelWidths[i] / 2;
    let line = lineEnds.findIndex((end) => end + gap <= left);
    if (line < 0) line = lineEnds.length;
    lineEnds[line] = left + labelWidths[i];
    return line;
  });
}
