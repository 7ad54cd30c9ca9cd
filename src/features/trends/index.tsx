/**
 * Trends: one component of one index over all years for the province, against the national median,
 * the best province, the region's median and up to 10 peers; method breaks marked on the axis, partial
 * years starred. Below, every main component's trend (classified by the domain) as a picker.
 */
import { useMemo, useState } from 'react';
import { ComponentSelect } from '@/ui/ComponentSelect';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { defaultCatalogue, findComponent, getUnit, mainComponents, TOTAL, unitsForYear, indexLabel as catalogueIndexLabel, regionName } from '@/domain/catalogue/catalogue';
import { componentTrends } from '@/domain/analysis/trends';
import { isStructureBreak } from '@/domain/catalogue/editionStructure';
import { useView } from '@/state/view';
import { ChartFrame } from '@/ui/ChartFrame';
import { commonStrings, formatNumber, useLang, useStrings } from '@/ui/i18n';
import { useSelection } from '@/ui/useSelection';
import { breakLabelLines, buildTrendData, MAX_PEERS, MEDIAN_MIN_COVERAGE, trendTable } from './trendData';
import { trendStrings } from './strings';
import { Sparkline } from '@/ui/Sparkline';
import './trends.css';
import { own } from '@/domain/catalogue/own';
import { useCatalogue } from '@/data/catalogue';

/** Ten peer colours dark enough to read as text on white, apart from the province's blue and the reference lines. */
const PEER_COLOURS = ['#7b3294', '#a6611a', '#01665e', '#c51b7d', '#4d4d4d', '#8c510a', '#d6604d', '#5e3c99', '#35978f', '#e08214'];
const indexLabel = (id: string) => catalogueIndexLabel(defaultCatalogue, id);

export default function Trends() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const t = useStrings(commonStrings);
  const s = useStrings(trendStrings);
  const provinceId = useView((v) => v.province);
  const chosenComponent = useView((v) => v.component);
  const peers = useView((v) => v.peers);
  const region = useView((v) => v.region);
  const setView = useView((v) => v.set);
  const { selection } = useSelection();
  const index = selection?.index;
  const component = (index && findComponent(index, chosenComponent)) || (index && findComponent(index, TOTAL));

  const data = useMemo(() => {
    if (!selection || !component) return null;
    return buildTrendData(selection.table, catalogue, selection.index, component.id, provinceId, peers, region);
  }, [selection, catalogue, component, provinceId, peers, region]);

  const trends = useMemo(() => (selection ? componentTrends(selection.table, catalogue, selection.index.id, provinceId) : []), [selection, catalogue, provinceId]);
  const [chartWidth, setChartWidth] = useState(800);

  if (!selection || !index || !component || !data) return null;
  const unitName = (id: string) => getUnit(catalogue, id)?.[lang] ?? id;
  const province = unitName(provinceId);
  const lastYear = data.points[data.points.length - 1]?.year ?? 2024;
  const candidates = unitsForYear(catalogue, lastYear)
    .filter((u) => u.id !== provinceId && !data.peers.includes(u.id))
    .sort((a, b) => a.vi.localeCompare(b.vi, 'vi'));
  const regions = [...new Set(catalogue.units.filter((u) => u.set === 'provinces63').map((u) => u.region))].sort((a, b) => a.localeCompare(b, 'vi'));
  const partialYears = new Set(data.points.filter((p) => p.partial).map((p) => p.year));
  // Across a new structure no line joins the two sides: a row with no figures half a year before the break cuts every
  // line there (the break's dashed line sits on it).
  const structureGaps = data.methodBreaks.filter((b) => isStructureBreak(b) && data.points.some((p) => p.year < b.year) && data.points.some((p) => p.year >= b.year));
  const chartData = [
    ...data.points.map((p) => ({ ...p, ...Object.fromEntries(data.peers.map((id) => [`peer_${id}`, own(p.peers, id) ?? null])) })),
    ...structureGaps.map((b) => ({ year: b.year - 0.5 })),
  ].sort((a, b) => a.year - b.year);
  const title = `${indexLabel(index.id)} — ${component[lang]}: ${province} ${data.points[0]?.year ?? ''}–${lastYear}`;
  const labels = { year: t.year, coverage: s.coverage, median: s.median, best: s.best, bestName: s.bestName, region: s.regionMedian };
  const table = trendTable(data, catalogue, provinceId, lang, labels);
  const years = data.points.map((p) => p.year);
  const share = String(Math.round(MEDIAN_MIN_COVERAGE * 100));
  const trendComponents = [findComponent(index, TOTAL)!, ...mainComponents(index)];
  // Method-break labels on as many lines as they need not to overlap (trendData.ts breakLabelLines).
  const BREAK_FONT = 11;
  const BREAK_LINE = 16;
  const margin = { top: 24, right: 36, bottom: 8, left: 8 };
  const plotLeft = margin.left + 52;
  const plotWidth = Math.max(1, chartWidth - plotLeft - margin.right);
  const span = Math.max(1, (years[years.length - 1] ?? 1) - (years[0] ?? 0));
  const breakTexts = data.methodBreaks.map((b) => `${isStructureBreak(b) ? s.newStructure : s.methodBreak} ${b.year}`);
  const breakLines = breakLabelLines(
    data.methodBreaks.map((b) => b.year - 0.5),
    (y) => plotLeft + ((y - (years[0] ?? 0)) / span) * plotWidth,
    breakTexts.map((text) => text.length * BREAK_FONT * 0.56),
  );
  margin.top += BREAK_LINE * Math.max(0, ...breakLines);

  return (
    <section aria-labelledby="trends-title">
      <h1 id="trends-title">
        {s.title}: {indexLabel(index.id)} — {province}
      </h1>
      <div className="trend-controls" role="group" aria-label={s.title}>
        <ComponentSelect components={trendComponents} value={component.id} testId="trend-component" />
        <label className="inline-control">
          {s.regionChoice}
          <select value={region} onChange={(e) => setView({ region: e.target.value })} data-testid="trend-region">
            <option value="">
              {s.ownRegion} ({regionName(catalogue, getUnit(catalogue, provinceId)?.region ?? '—', lang)})
            </option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionName(catalogue, r, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control">
          {s.addPeer}
          <select
            value=""
            disabled={data.peers.length >= MAX_PEERS}
            onChange={(e) => e.target.value && setView({ peers: [...data.peers, e.target.value].slice(0, MAX_PEERS) })}
            data-testid="trend-add-peer"
          >
            <option value="">{s.choosePeer}</option>
            {candidates.map((u) => (
              <option key={u.id} value={u.id}>
                {u[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.peers.length > 0 && (
        <ul className="peer-chips" aria-label={s.peers} data-testid="trend-peers">
          {data.peers.map((id, i) => (
            <li key={id} style={{ borderColor: PEER_COLOURS[i % PEER_COLOURS.length] }}>
              {unitName(id)}{' '}
              <button type="button" onClick={() => setView({ peers: data.peers.filter((p) => p !== id) })} aria-label={`${s.removePeer} ${unitName(id)}`}>
                ×
              </button>
            </li>
          ))}
          {data.peers.length >= MAX_PEERS && <li className="note">{s.maxPeers}</li>}
        </ul>
      )}
      <ChartFrame
        title={title}
        subtitle={
          <>
            {data.methodBreaks.length > 0 && <span>{s.breaksNote} </span>}
            {partialYears.size > 0 && <span>{s.partialNote.replace('{share}', share)}</span>}
          </>
        }
        source={`${index.publisher} (${indexLabel(index.id)})`}
        data={table}
        testId="trend-chart"
        exportName={`${index.id}-${component.id}-${provinceId}-trend`}
      >
        <ResponsiveContainer width="100%" height={380 + margin.top - 24} onResize={(width) => width > 0 && width !== chartWidth && setChartWidth(width)}>
          <LineChart data={chartData} margin={margin} accessibilityLayer={false}>
            <CartesianGrid stroke="#e4e8ee" />
            <XAxis
              dataKey="year"
              type="number"
              domain={[years[0] ?? 0, years[years.length - 1] ?? 1]}
              ticks={years}
              allowDecimals={false}
              tickFormatter={(y: number) => `${y}${partialYears.has(y) ? '*' : ''}`}
              fontSize={12}
            />
            <YAxis domain={['auto', 'auto']} fontSize={12} tickFormatter={(v: number) => formatNumber(v, lang, 1)} width={52} />
            <Tooltip formatter={(v) => formatNumber(typeof v === 'number' ? v : null, lang)} labelFormatter={(y) => `${y}${partialYears.has(Number(y)) ? '*' : ''}`} />
            <Legend formatter={(value) => <span className="legend-text">{value}</span>} />
            {data.methodBreaks.map((b, i) => (
              <ReferenceLine
                key={b.year}
                x={b.year - 0.5}
                stroke="#b3261e"
                strokeDasharray="4 3"
                label={{ value: breakTexts[i], position: 'top', offset: 5 + BREAK_LINE * breakLines[i], fontSize: BREAK_FONT, fill: '#b3261e', className: 'break-label' }}
              />
            ))}
            <Line name={s.median} dataKey="nationalMedian" stroke="#6b7785" strokeDasharray="6 3" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line name={s.best} dataKey="best" stroke="#12703a" strokeDasharray="2 3" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line name={`${s.regionMedian}: ${regionName(catalogue, data.region, lang)}`} dataKey="regionMedian" stroke="#d08c00" strokeDasharray="8 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
            {data.peers.map((id, i) => (
              <Line key={id} name={unitName(id)} dataKey={`peer_${id}`} stroke={PEER_COLOURS[i % PEER_COLOURS.length]} strokeWidth={1.2} dot={{ r: 2 }} isAnimationActive={false} />
            ))}
            <Line name={province} dataKey="province" stroke="#0b5cad" strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      {data.methodBreaks.length > 0 && (
        <ul className="note method-breaks" data-testid="trend-breaks">
          {data.methodBreaks.map((b) => (
            <li key={b.year}>
              {b.year}: {b[lang]}
            </li>
          ))}
        </ul>
      )}
      <h2>{s.components}</h2>
      <p className="note">{s.componentsHint}</p>
      <ul className="trend-grid" data-testid="trend-components">
        {trends
          .filter((tr) => trendComponents.some((c) => c.id === tr.component))
          .map((tr) => {
            const c = findComponent(index, tr.component);
            const last = [...tr.series].reverse().find((p) => p.value !== null);
            return (
              <li key={tr.component}>
                <button type="button" className="trend-card" aria-pressed={tr.component === component.id} onClick={() => setView({ component: tr.component })}>
                  <span className="trend-card-name">{c?.[lang] ?? tr.component}</span>
                  <Sparkline series={tr.series} />
                  <span className={`trend-label trend-${tr.trend}`}>{tr.label[lang]}</span>
                  <span className="trend-last">{last ? `${last.year}: ${formatNumber(last.value, lang)}` : s.noData}</span>
                </button>
              </li>
            );
          })}
      </ul>
    </section>
  );
}
