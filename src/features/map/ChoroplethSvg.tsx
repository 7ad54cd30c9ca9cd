/**
 * The choropleth drawing: provinces, legend and the ODbL credit, all inside one SVG so exports carry them.
 * By keyboard the provinces are one tab stop (roving tabindex): arrow keys move to the nearest province in
 * that direction, Home/End to the first/last by name, Enter or Space chooses it. Focus, hover and a tap show
 * the same line (name and figure) under the map.
 * Text stays readable however small the map is drawn: where the drawing is scaled down (a phone), the legend, the
 * archipelago names and the credit are scaled up to at least 12 px on screen and the legend moves under the map,
 * two columns wide — the export carries the layout the reader saw.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import type { UnitFeature } from './boundaries';
import { NO_DATA, type LegendClass } from './colour';

export const MAP_WIDTH = 520;
export const MAP_HEIGHT = 640;
const MARGIN = 8;
/** The smallest legend text on screen, in px. */
const MIN_TEXT_PX = 12;
const LEGEND_FONT = 12;
const LEGEND_ROW = 18;

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
  /** How to use the map by keyboard and touch (read with the map). */
  keyboardHint: string;
}

type Centre = { id: string; x: number; y: number };

/** The province reached from `from` by an arrow key: the nearest one in that direction, straying sideways costing double. */
export function nextProvince(centres: readonly Centre[], from: string, key: string): string | undefined {
  const a = centres.find((c) => c.id === from);
  if (!a) return centres[0]?.id;
  const dir = key === 'ArrowRight' ? [1, 0] : key === 'ArrowLeft' ? [-1, 0] : key === 'ArrowDown' ? [0, 1] : key === 'ArrowUp' ? [0, -1] : null;
  if (!dir) return undefined;
  let best: Centre | undefined;
  let bestCost = Infinity;
  for (const c of centres) {
    if (c.id === from) continue;
    const dx = c.x - a.x;
    const dy = c.y - a.y;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 0) continue;
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best?.id;
}

export function ChoroplethSvg({ features, colourOf, labelOf, selected, onSelect, legendTitle, legend, noDataLabel, archipelagoLabels, credit, title, keyboardHint }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGPathElement>());
  const { paths, islands, centres, byName } = useMemo(() => {
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
    const centres = features.map((f) => {
      const [x, y] = path.centroid(f);
      return { id: String(f.id), x, y };
    });
    return {
      centres,
      byName: [...centres].map((c) => c.id),
      paths: features.map((f) => ({ id: f.id, d: path(f) ?? '' })),
      islands: ARCHIPELAGOS.map((a) => ({ id: a.id, points: a.points.map((p) => projection(p)!) })),
    };
  }, [features]);

  // How much the drawing is scaled down on screen decides how much its text is scaled up (1 at full size).
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [drawnWidth, setDrawnWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = svgRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setDrawnWidth(el.getBoundingClientRect().width || null));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const textScale = drawnWidth ? Math.max(1, MIN_TEXT_PX / (LEGEND_FONT * (drawnWidth / MAP_WIDTH))) : 1;
  const below = textScale > 1.05;
  const entries = [...legend.map(({ cls, label }) => ({ colour: cls.colour, label })), { colour: NO_DATA, label: noDataLabel }];
  const perColumn = below ? Math.ceil(entries.length / 2) : entries.length;
  // Under the map: the title's line, the rows, then the credit's line (legend units, scaled).
  const legendHeight = below ? Math.ceil(4 + (21 + perColumn * LEGEND_ROW) * textScale + 12 * textScale + 8) : 0;
  const height = MAP_HEIGHT + legendHeight;
  const legendX = below ? MARGIN : MAP_WIDTH - 190;
  const legendY = below ? MAP_HEIGHT + 4 + LEGEND_FONT * textScale : 16;
  const columnWidth = (MAP_WIDTH - 2 * MARGIN) / textScale / 2;
  // The one province in the tab order: the last one moved to, else the chosen one, else the first.
  const tabStop = active && paths.some((p) => p.id === active) ? active : paths.some((p) => p.id === selected) ? selected : paths[0]?.id;
  const moveTo = (id: string | undefined) => {
    if (!id) return;
    setActive(id);
    setShown(id);
    refs.current.get(id)?.focus();
  };
  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
      return;
    }
    const sorted = byName.slice().sort((a, b) => labelOf(a).localeCompare(labelOf(b), 'vi'));
    const next = e.key === 'Home' ? sorted[0] : e.key === 'End' ? sorted[sorted.length - 1] : nextProvince(centres, id, e.key);
    if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') e.preventDefault();
    moveTo(next);
  };
  const info = shown ?? selected;
  return (
    <>
    <svg
      data-export-root
      ref={svgRef}
      viewBox={`0 0 ${MAP_WIDTH} ${height}`}
      width="100%"
      role="group"
      aria-label={title}
      aria-describedby="choropleth-hint"
      className="choropleth"
      style={{ maxWidth: MAP_WIDTH, display: 'block' }}
      onMouseLeave={() => setShown(null)}
    >
      <rect width={MAP_WIDTH} height={height} fill="#ffffff" />
      <g>
        {paths.map((p) => (
          <path
            key={p.id}
            d={p.d}
            fill={colourOf(p.id)}
            stroke={p.id === selected ? '#111' : '#7d8a98'}
            strokeWidth={p.id === selected ? 2 : 0.4}
            data-unit={p.id}
            ref={(el) => {
              if (el) refs.current.set(p.id, el);
              else refs.current.delete(p.id);
            }}
            role="button"
            aria-label={labelOf(p.id)}
            aria-pressed={p.id === selected}
            tabIndex={p.id === tabStop ? 0 : -1}
            onClick={() => {
              setActive(p.id);
              setShown(p.id);
              onSelect(p.id);
            }}
            onKeyDown={(e) => onKey(e, p.id)}
            onFocus={() => setShown(p.id)}
            onMouseEnter={() => setShown(p.id)}
            style={{ cursor: 'pointer' }}
          >
            <title>{labelOf(p.id)}</title>
          </path>
        ))}
        {/* Draw the selected province's outline last so it is not hidden under its neighbours. */}
        {paths
          .filter((p) => p.id === selected)
          .map((p) => (
            <path key="selected" d={p.d} fill="none" stroke="#111" strokeWidth={2} pointerEvents="none" aria-hidden="true" />
          ))}
      </g>
      {islands.map((a) => {
        const x = a.points.reduce((sum, p) => sum + p[0], 0) / a.points.length;
        const y = Math.min(...a.points.map((p) => p[1]));
        return (
          <g key={a.id} fill="#6b7785" aria-hidden="true">
            {a.points.map(([px, py], i) => (
              <circle key={i} cx={px} cy={py} r={1.6} />
            ))}
            <text x={x} y={y - 9} fontSize={10 * textScale} textAnchor="middle" fill="#3d4652">
              {archipelagoLabels[a.id]}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${legendX} ${legendY}) scale(${textScale})`} fontSize={LEGEND_FONT} fill="#1c2330" aria-hidden="true" data-testid="map-legend">
        <text x={0} y={0} fontWeight={600}>
          {legendTitle}
        </text>
        {entries.map(({ colour, label }, i) => (
          <g key={colour} transform={`translate(${Math.floor(i / perColumn) * columnWidth} ${10 + (i % perColumn) * LEGEND_ROW})`}>
            <rect width={16} height={12} fill={colour} stroke="#8a96a3" strokeWidth={0.5} />
            <text x={22} y={10}>
              {label}
            </text>
          </g>
        ))}
      </g>
      <text x={MARGIN} y={height - 8} fontSize={10 * textScale} fill="#3d4652">
        {credit}
      </text>
    </svg>
    <p id="choropleth-hint" className="sr-only">
      {keyboardHint}
    </p>
    <p className="map-info" aria-live="polite" data-testid="map-info" data-export-ignore>
      {info ? labelOf(info) : ''}
    </p>
    </>
  );
}
