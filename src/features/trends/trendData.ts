/**
 * The trend chart's data, prepared without JSX: for one index and component, every year's value of the
 * province against the national median, the best province, the region's median and the chosen peers.
 *
 * A median or a "best province" over a handful of loaded provinces says little about the country, so
 * they are only drawn for years where at least `MEDIAN_MIN_COVERAGE` of the units are loaded (the
 * year is still marked partial). The province's and the peers' own values are always drawn.
 */
import { getUnit, type Catalogue } from '@/domain/catalogue';
import { rankTable } from '@/domain/changes';
import type { ScoreTable } from '@/domain/dataset';
import { median } from '@/domain/stats';
import type { IndexDef, Lang, MethodBreak } from '@/domain/types';

/** Share of the expected units that must be loaded before a national or regional median is drawn. */
export const MEDIAN_MIN_COVERAGE = 0.9;
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
    const { rows, coverage } = rankTable(table, catalogue, index.id, year, component);
    const enough = coverage.expected > 0 && coverage.loaded / coverage.expected >= MEDIAN_MIN_COVERAGE;
    const withValue = rows.filter((r): r is typeof r & { value: number } => r.value !== null);
    const ranked = withValue.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
    const officialFirst = ranked[0]?.rank === 1 && ranked[0].rankBasis === 'official';
    const bestRow = enough || officialFirst ? ranked[0] : undefined;
    const regional = withValue.filter((r) => getUnit(catalogue, r.unit)?.region === region).map((r) => r.value);
    const valueOf = (unit: string) => table.get(index.id, year, unit, component)?.value ?? null;
    return {
      year,
      partial: !coverage.complete,
      loaded: coverage.loaded,
      expected: coverage.expected,
      province: valueOf(province),
      nationalMedian: enough ? median(withValue.map((r) => r.value)) : null,
      best: bestRow?.value ?? null,
      bestUnit: bestRow?.unit ?? null,
      regionMedian: enough && region ? median(regional) : null,
      peers: Object.fromEntries(chosenPeers.map((p) => [p, valueOf(p)])),
    };
  });
  const first = years[0];
  const last = years[years.length - 1];
  const methodBreaks = first === undefined ? [] : index.methodBreaks.filter((b) => b.year > first && b.year <= last);
  return { points, methodBreaks, region, peers: chosenPeers };
}

/** CSV/table alternative: one row per year, named columns. */
export function trendTable(data: TrendData, catalogue: Catalogue, province: string, lang: Lang, labels: { year: string; coverage: string; median: string; best: string; bestName: string; region: string }) {
  const name = (id: string) => getUnit(catalogue, id)?.[lang] ?? id;
  const header = [labels.year, labels.coverage, name(province), labels.median, labels.best, labels.bestName, `${labels.region}: ${data.region}`, ...data.peers.map(name)];
  const rows = data.points.map((p) => [p.year, `${p.loaded}/${p.expected}`, p.province, p.nationalMedian, p.best, p.bestUnit ? name(p.bestUnit) : null, p.regionMedian, ...data.peers.map((id) => p.peers[id] ?? null)]);
  return { header, rows };
}
