import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { boundarySetForYear } from './boundaries';

const read = (file: string, object: string) => {
  const topo = JSON.parse(readFileSync(resolve(__dirname, '../../../public/geo', file), 'utf8')) as Topology & { attribution: string };
  return { topo, features: (feature(topo, topo.objects[object] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features };
};

describe('province boundaries built by scripts/build-map.ts', () => {
  const p63 = read('vietnam-63.topo.json', 'provinces');
  const u34 = read('vietnam-34.topo.json', 'units');
  const area = new Map([...p63.features, ...u34.features].map((f) => [String(f.id), geoArea(f)]));

  it('63 provinces, one per catalogue province valid in 2024, credited to OpenStreetMap (ODbL)', () => {
    const expected = defaultCatalogue.units.filter((u) => u.set === 'provinces63' && u.validTo === 2024).map((u) => u.id).sort();
    expect(p63.features.map((f) => String(f.id)).sort()).toEqual(expected);
    expect(p63.topo.attribution).toContain('© OpenStreetMap contributors (ODbL)');
  });

  it('every shape is wound for d3-geo (smaller than a hemisphere): Quảng Ninh within 25 % of its 6,178 km² (simplified outline, small islands dropped)', () => {
    for (const a of area.values()) expect(a).toBeLessThan(2 * Math.PI);
    const km2 = area.get('22')! * 6371 ** 2;
    expect(km2).toBeGreaterThan(6178 * 0.75);
    expect(km2).toBeLessThan(6178 * 1.25);
  });

  it('34 units since 2025, each the union of its old provinces: Ninh Bình = Hà Nam + Nam Định + Ninh Bình by area', () => {
    const units = defaultCatalogue.units.filter((u) => u.set === 'units34');
    expect(u34.features.map((f) => String(f.id)).sort()).toEqual(units.map((u) => u.id).sort());
    for (const unit of units) {
      const sum = unit.formedFrom!.reduce((s, id) => s + area.get(id)!, 0);
      expect(Math.abs(area.get(unit.id)! - sum) / sum).toBeLessThan(0.001);
    }
    expect(units.find((u) => u.id === 'n37')!.formedFrom).toEqual(['35', '36', '37']);
  });

  it('editions from 2025 are drawn on the 34 units, earlier ones on the 63 provinces', () => {
    expect(boundarySetForYear(2024)).toBe('provinces63');
    expect(boundarySetForYear(2025)).toBe('units34');
  });
});
