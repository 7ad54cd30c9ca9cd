/** The choropleth drawing: provinces, legend and the ODbL credit, all inside one SVG so exports carry them. */
import { useMemo } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import type { UnitFeature } from './boundaries';
import { NO_DATA, type LegendClass } from './colour';

export const MAP_WIDTH = 520;
export const MAP_HEIGHT = 640;
const MARGIN = 8;

/** Approximate centres of the archipelagos the boundary source lacks, labelled so they are not silently absent. */
const ARCHIPELAGOS: { id: 'paracel' | 'spratly'; points: [number, number][] }[] = [
  { id: 'paracel', points: [[111.6, 16.5], [112.3, 16.8], [111.2, 15.8]] },
  { id: 'spratly', points: [[114.3, 10.4], [115.6, 9.6], [113.9, 8.7], [112.9, 9.9]] },
];

interface Props {
  features: UnitFeature[];
  colourOf(unit: string): string;
  labelOf(unit: string): string;
  selected: string;
  onSelect(unit: string): void;
  legendTitle: string;
  legend: { cls: LegendClass; label: string }[];
  noDataLabel: string;
  archipelagoLabels: Record<'paracel' | 'spratly', string>;
  credit: string;
  title: string;
}

export function ChoroplethSvg({ features, colourOf, labelOf, selected, onSelect, legendTitle, legend, noDataLabel, archipelagoLabels, credit, title }: Props) {
  const { paths, islands } = useMemo(() => {
    const islandsGeo: Feature<MultiPoint>[] = ARCHIPELAGOS.map((a) => ({ type: 'Feature', properties: { id: a.id }, geometry: { type: 'MultiPoint', coordinates: a.points } }));
    const extent: FeatureCollection = { type: 'FeatureCollection', features: [...features, ...islandsGeo] };
    const projection = geoMercator().fitExtent(
      [
        [MARGIN, MARGIN],
        [MAP_WIDTH - MARGIN, MAP_HEIGHT - 24],
      ],
      extent,
    );
    const path = geoPath(projection);
    return {
      paths: features.map((f) => ({ id: f.id, d: path(f) ?? '' })),
      islands: ARCHIPELAGOS.map((a) => ({ id: a.id, points: a.points.map((p) => projection(p)!) })),
    };
  }, [features]);

  const legendX = MAP_WIDTH - 190;
  return (
    <svg data-export-root viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} width="100%" role="img" aria-label={title} className="choropleth" style={{ maxWidth: MAP_WIDTH, display: 'block' }}>
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#ffffff" />
      <g>
        {paths.map((p) => (
          <path
            key={p.id}
            d={p.d}
            fill={colourOf(p.id)}
            stroke={p.id === selected ? '#111' : '#7d8a98'}
            strokeWidth={p.id === selected ? 2 : 0.4}
            data-unit={p.id}
            onClick={() => onSelect(p.id)}
            style={{ cursor: 'pointer' }}
          >
            <title>{labelOf(p.id)}</title>
          </path>
        ))}
        {/* Draw the selected province's outline last so it is not hidden under its neighbours. */}
        {paths
          .filter((p) => p.id === selected)
          .map((p) => (
            <path key="selected" d={p.d} fill="none" stroke="#111" strokeWidth={2} pointerEvents="none" />
          ))}
      </g>
      {islands.map((a) => {
        const x = a.points.reduce((sum, p) => sum + p[0], 0) / a.points.length;
        const y = Math.min(...a.points.map((p) => p[1]));
        return (
          <g key={a.id} fill="#6b7785">
            {a.points.map(([px, py], i) => (
              <circle key={i} cx={px} cy={py} r={1.6} />
            ))}
            <text x={x} y={y - 9} fontSize={10} textAnchor="middle" fill="#3d4652">
              {archipelagoLabels[a.id]}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${legendX} 16)`} fontSize={11} fill="#1c2330">
        <text x={0} y={0} fontWeight={600}>
          {legendTitle}
        </text>
        {legend.map(({ cls, label }, i) => (
          <g key={cls.colour} transform={`translate(0 ${10 + i * 17})`}>
            <rect width={16} height={12} fill={cls.colour} stroke="#8a96a3" strokeWidth={0.5} />
            <text x={22} y={10}>
              {label}
            </text>
          </g>
        ))}
        <g transform={`translate(0 ${10 + legend.length * 17})`}>
          <rect width={16} height={12} fill={NO_DATA} stroke="#8a96a3" strokeWidth={0.5} />
          <text x={22} y={10}>
            {noDataLabel}
          </text>
        </g>
      </g>
      <text x={MARGIN} y={MAP_HEIGHT - 8} fontSize={10} fill="#3d4652">
        {credit}
      </text>
    </svg>
  );
}
