/**
 * Province boundaries (public/geo/*.topo.json, built by scripts/build-map.ts; ODbL): fetched once,
 * turned into GeoJSON features keyed by catalogue unit id. 63 provinces before 2025, 34 units from 2025.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type BoundarySet = 'provinces63' | 'units34';

/** The reform that created the 34 units took effect on 1 July 2025; index editions from 2025 rank them. */
export const FIRST_YEAR_OF_34_UNITS = 2025;

export const boundarySetForYear = (year: number): BoundarySet => (year >= FIRST_YEAR_OF_34_UNITS ? 'units34' : 'provinces63');

const FILES: Record<BoundarySet, { file: string; object: string }> = {
  provinces63: { file: 'geo/vietnam-63.topo.json', object: 'provinces' },
  units34: { file: 'geo/vietnam-34.topo.json', object: 'units' },
};

export type UnitFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

export const boundaryKeys = {
  all: ['boundaries'] as const,
  set: (set: BoundarySet) => [...boundaryKeys.all, set] as const,
};

export async function fetchBoundaries(set: BoundarySet): Promise<UnitFeature[]> {
  const { file, object } = FILES[set];
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const topo = (await response.json()) as Topology;
  const collection = feature(topo, topo.objects[object] as GeometryCollection<{ name: string }>) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return collection.features.map((f) => ({ ...f, id: String(f.id) }));
}

export const boundariesQueryOptions = (set: BoundarySet) =>
  queryOptions({ queryKey: boundaryKeys.set(set), queryFn: () => fetchBoundaries(set), staleTime: Infinity, gcTime: Infinity });

export function useBoundaries(set: BoundarySet) {
  return useQuery(boundariesQueryOptions(set));
}
