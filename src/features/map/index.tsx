/**
 * Choropleth map of any index, component and year, or of the score change between two years.
 * The drawing sits in a ChartFrame (PNG/SVG/CSV export with the ODbL credit); the table below is the
 * accessible alternative and is always shown.
 */
import { useMemo } from 'react';
import { ComponentSelect } from '@/ui/ComponentSelect';
import { defaultCatalogue, findComponent, mainComponents, subComponents, TOTAL, indexLabel as catalogueIndexLabel } from '@/domain/catalogue/catalogue';
import type { ComponentDef } from '@/domain/catalogue/types';
import { useView } from '@/state/view';
import { ChartFrame } from '@/ui/ChartFrame';
import { DataTable, type Column } from '@/ui/DataTable';
import { commonStrings, formatChange, formatNumber, useLang, useStrings, formatRank, rankBasisText, rankCell } from '@/ui/i18n';
import { useSelection } from '@/ui/useSelection';
import { notRankedLabel } from '@/domain/catalogue/editions';
import { boundarySetForYear, useBoundaries } from './boundaries';
import { ChoroplethSvg } from './ChoroplethSvg';
import { buildMapData, type MapMode, type MapRow } from './mapData';
import { fill, mapStrings } from './strings';
import './map.css';
import { useCatalogue } from '@/data/catalogue';

const indexLabel = (id: string) => catalogueIndexLabel(defaultCatalogue, id);

export default function MapView() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const t = useStrings(commonStrings);
  const s = useStrings(mapStrings);
  const view = {
    base: useView((v) => v.base),
    component: useView((v) => v.component),
    mapMode: useView((v) => v.extra.mapMode),
    province: useView((v) => v.province),
    set: useView((v) => v.set),
    setExtra: useView((v) => v.setExtra),
  };
  const { selection } = useSelection();
  const mode: MapMode = view.mapMode === 'change' ? 'change' : 'value';
  const year = selection?.year ?? null;
  const boundaries = useBoundaries(boundarySetForYear(year ?? 2024));

  const components = useMemo(() => {
    if (!selection || year === null) return [] as ComponentDef[];
    const { index, table } = selection;
    const present = new Set(table.components(index.id, year));
    const list: ComponentDef[] = [];
    for (const c of [findComponent(index, TOTAL)!, ...mainComponents(index, year)]) {
      if (present.has(c.id)) list.push(c);
      for (const sub of subComponents(index, c.id, year)) if (present.has(sub.id)) list.push(sub);
    }
    return list;
  }, [selection, year]);
  const component = components.find((c) => c.id === view.component) ?? components[0];

  const data = useMemo(() => {
    if (!selection || year === null || !component) return null;
    return buildMapData(selection.table, catalogue, selection.index, year, component.id, component.higherIsBetter, mode, view.base, lang);
  }, [selection, catalogue, year, component, mode, view.base, lang]);

  if (!selection) return null;
  if (year === null || !component || !data) return <p>{s.noYear}</p>;
  const { index, years } = selection;
  const baseYears = years.filter((y) => y < year).reverse();
  const digits = mode === 'change' ? 2 : 2;
  const byUnit = new Map(data.rows.map((r) => [r.unit, r]));
  const componentLabel = component[lang];
  const title =
    mode === 'change' && data.baseYear !== null
      ? `${s.changeOf} ${indexLabel(index.id)} ${data.baseYear}–${year} — ${componentLabel}`
      : `${s.mapOf} ${indexLabel(index.id)} ${year} — ${componentLabel}`;
  const anyAmongLoaded = data.rows.some((r) => r.rankBasis === 'among-loaded');
  // The exported image carries what a * means whenever a rank among loaded provinces is in it.
  const source = `${index.publisher} (${indexLabel(index.id)}) · ${s.boundaries}${anyAmongLoaded ? ` · ${rankBasisText('among-loaded', lang, data.coverage.loaded, data.coverage.expected)}` : ''}`;
  const rankText = (r: MapRow) => (r.notRanked && r.rank === null ? notRankedLabel(lang) : r.rank === null ? '—' : formatRank(r.rank, r.rankBasis));
  const rankExport = (r: MapRow) => (r.notRanked && r.rank === null ? notRankedLabel(lang) : rankCell(r.rank, r.rankBasis));
  const basisExport = (r: MapRow) => r.notRanked ?? rankBasisText(r.rankBasis, lang, data.coverage.loaded, data.coverage.expected);
  const labelOf = (unit: string) => {
    const r = byUnit.get(unit);
    const name = r?.name ?? boundaries.data?.find((f) => f.id === unit)?.properties.name ?? unit;
    if (r?.notRanked && r.value === null) return `${name}: ${r.notRanked}`;
    if (!r || (r.value === null && r.rank === null)) return `${name}: ${s.noData}`;
    const main = mode === 'change' ? `${s.change} ${formatChange(r.scoreChange, lang)}${r.changeDerived && r.scoreChange !== null ? ` (${s.derivedChange})` : ''}` : `${formatNumber(r.value, lang)}`;
    return `${name}: ${main} · ${t.rank} ${rankText(r)}${r.rankBasis === 'among-loaded' ? ` (${rankBasisText('among-loaded', lang, data.coverage.loaded, data.coverage.expected)})` : ''}${r.tier ? ` · ${r.tier}` : ''}`;
  };
  const legend =
    data.scale?.classes.map((cls, i, all) => {
      const range = `${mode === 'change' ? formatChange(cls.from, lang, digits) : formatNumber(cls.from, lang, digits)} – ${mode === 'change' ? formatChange(cls.to, lang, digits) : formatNumber(cls.to, lang, digits)}`;
      const hint = mode === 'change' && (i === 0 || i === all.length - 1) ? ` (${i === 0 ? s.worse : s.better})` : '';
      return { cls, label: range + hint };
    }) ?? [];

  const chartRows = data.rows.map((r) =>
    mode === 'change'
      ? [r.unit, r.name, r.baseValue, r.value, r.scoreChange, rankExport(r), r.notRanked ?? rankBasisText(r.rankBasis, lang), r.rankChange]
      : [r.unit, r.name, r.value, rankExport(r), r.notRanked ?? rankBasisText(r.rankBasis, lang)],
  );
  const chartHeader =
    mode === 'change'
      ? ['id', t.province, `${t.score} ${data.baseYear ?? ''}`.trim(), `${t.score} ${year}`, s.change, `${t.rank} ${year}`, s.rankBasis, s.rankChange]
      : ['id', t.province, `${t.score} ${year}`, `${t.rank} ${year}`, s.rankBasis];

  const columns: Column<MapRow>[] = [
    { id: 'name', header: t.province, value: (r) => r.name },
    { id: 'region', header: t.region, value: (r) => r.region },
    { id: 'value', header: `${t.score} ${year}`, value: (r) => r.value, align: 'right', render: (r) => formatNumber(r.value, lang) },
    { id: 'rank', header: `${t.rank} ${year}`, value: (r) => r.rank, exportValue: rankExport, align: 'right', render: (r) => rankText(r) },
    { id: 'rankBasis', header: s.rankBasis, value: basisExport, exportOnly: true },
    ...(data.rows.some((r) => r.tier) ? ([{ id: 'tier', header: s.tier, value: (r) => r.tier ?? '' }] as Column<MapRow>[]) : []),
    ...(data.baseYear !== null
      ? ([
          { id: 'base', header: `${t.score} ${data.baseYear}`, value: (r) => r.baseValue, align: 'right', render: (r) => formatNumber(r.baseValue, lang) },
          {
            id: 'change',
            header: `${s.change} (${data.baseYear}–${year})`,
            value: (r) => r.scoreChange,
            exportValue: (r) => r.scoreChange,
            align: 'right',
            render: (r) => `${formatChange(r.scoreChange, lang)}${r.changeDerived && r.scoreChange !== null ? ` (${s.derivedChange})` : ''}`,
          },
          { id: 'changeDerived', header: s.derivedChange, value: (r) => (r.changeDerived ? s.derivedChange : ''), exportOnly: true },
          { id: 'rankChange', header: `${s.rankChange} (${data.baseYear}–${year})`, value: (r) => r.rankChange, align: 'right', render: (r) => formatChange(r.rankChange, lang, 0) },
        ] as Column<MapRow>[])
      : []),
  ];

  return (
    <section aria-labelledby="map-title" className="map-view">
      <h1 id="map-title">{title}</h1>
      <div className="map-controls" role="group" aria-label={s.title}>
        <label className="inline-control">
          {s.mode}
          <select value={mode} onChange={(e) => view.setExtra('mapMode', e.target.value === 'change' ? 'change' : '')} data-testid="map-mode">
            <option value="value">{s.modeValue}</option>
            <option value="change">{s.modeChange}</option>
          </select>
        </label>
        <ComponentSelect components={components} value={component.id} testId="map-component" />
        {mode === 'change' && (
          <label className="inline-control">
            {s.baseYear}
            <select value={data.baseYear ?? ''} onChange={(e) => view.set({ base: e.target.value ? Number(e.target.value) : null })} data-testid="map-base" disabled={!baseYears.length}>
              {!baseYears.length && <option value="">{s.noBase}</option>}
              {baseYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!data.coverage.complete && (
        <p className="note warn" data-testid="map-partial">
          {fill(s.partial, { loaded: data.coverage.loaded, expected: data.coverage.expected })}
        </p>
      )}
      {mode === 'change' && data.methodBreaks.length > 0 && (
        <p className="note warn" data-testid="map-break">
          {fill(s.methodBreak, { breaks: data.methodBreaks.map((b) => `${b.year}: ${b[lang]}`).join('; ') })}
        </p>
      )}
      <div className="map-layout">
      <div>
      <ChartFrame title={title} source={source} data={{ header: chartHeader, rows: chartRows }} testId="map-chart" subtitle={s.clickHint}>
        {boundaries.error ? (
          <p role="alert" className="error">
            {s.loadError}: {boundaries.error.message}
          </p>
        ) : !boundaries.data ? (
          <p aria-busy="true">{s.loading}</p>
        ) : (
          <ChoroplethSvg
            features={boundaries.data}
            colourOf={(unit) => data.scale?.colour(data.shown.get(unit) ?? null) ?? '#d9d9d9'}
            labelOf={labelOf}
            selected={view.province}
            onSelect={(unit) => view.set({ province: unit })}
            legendTitle={mode === 'change' ? s.change : componentLabel.length > 28 ? t.score : componentLabel}
            legend={legend}
            noDataLabel={s.noData}
            archipelagoLabels={{ paracel: s.paracel, spratly: s.spratly }}
            credit="© OpenStreetMap contributors (ODbL)"
            title={title}
            keyboardHint={s.keyboardHint}
          />
        )}
      </ChartFrame>
      <p className="note">
        {year < 2025 ? (year <= 2008 ? `${s.haTay} ` : '') : `${s.derived34} `}* {s.amongLoaded}
      </p>
      </div>
      <DataTable
        caption={`${s.tableCaption}: ${title}`}
        columns={columns}
        rows={data.rows}
        rowKey={(r) => r.unit}
        exportName={`${index.id}-${year}-${component.id}-map`}
        initialSort={{ column: mode === 'change' && data.baseYear !== null ? 'change' : 'value', descending: true }}
        highlight={(r) => r.unit === view.province}
        testId="map-table"
      />
      </div>
    </section>
  );
}
