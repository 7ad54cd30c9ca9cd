/**
 * The indicators under one sub-index for a province and edition (permalink: ?tab=indicators&index=…&year=…&province=…
 * &component=…): PCI base indicators (indicator tables imported in the Import tab) and PAPI sub-dimensions drill down
 * the same way.
 * Everything is decided by src/domain/analysis/indicators.ts (standing, weak rules, distance to the best); this view
 * only draws it. Its code and any imported indicator figures load only when the view opens.
 */
import { useMemo, type CSSProperties } from 'react';
import { defaultCatalogue, findComponent, mainComponents, unitName } from '@/domain/catalogue/catalogue';
import { DEFAULT_INDICATOR_OPTIONS, indicatorStandings, indicatorValueText, INDICATOR_RULE_LABELS, weakIndicators, type IndicatorStanding } from '@/domain/analysis/indicators';
import { bottomShareStart } from '@/domain/analysis/weakness';
import { fillTemplate as fill } from '@/domain/catalogue/text';
import { useImportedIndicators, useIndicatorRecords, useIndicatorSource } from '@/data/indicators';
import { unmatchedRowsFor } from '@/domain/import/indicatorLayers';
import { UnmatchedIndicatorRows } from '@/ui/UnmatchedIndicatorRows';
import { useView } from '@/state/view';
import { DataTable, type Column } from '@/ui/DataTable';
import { formatChange, formatRank, useLang, useStrings } from '@/ui/i18n';
import { useSelection } from '@/ui/useSelection';
import { indicatorStrings } from './strings';
import { OwnerCell, useIndicatorOwners } from './OwnerCell';
import { departmentName, defaultDepartments, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { own } from '@/domain/catalogue/own';
import { useAssignments } from '@/state/assignments';
import './indicators.css';

/** Column names for the phone's card layout (indicators.css reads them as --label-<column>). */
function cardLabels(s: Record<'value' | 'median' | 'best' | 'rank' | 'change' | 'toBest' | 'owner', string>): CSSProperties {
  const quoted = (t: string) => JSON.stringify(t);
  return { '--label-value': quoted(s.value), '--label-median': quoted(s.median), '--label-best': quoted(s.best), '--label-rank': quoted(s.rank), '--label-change': quoted(s.change), '--label-toBest': quoted(s.toBest), '--label-owner': quoted(s.owner) } as CSSProperties;
}

export default function Indicators() {
  const lang = useLang();
  const s = useStrings(indicatorStrings);
  const province = useView((v) => v.province);
  const componentInView = useView((v) => v.component);
  const setView = useView((v) => v.set);
  const { selection } = useSelection();
  const source = useIndicatorSource(selection?.table ?? null);

  const components = useMemo(() => (selection && selection.year !== null ? mainComponents(selection.index, selection.year) : []), [selection]);
  const component = components.some((c) => c.id === componentInView) ? componentInView : (components[0]?.id ?? componentInView);

  const standings = useMemo(() => {
    if (!selection || selection.year === null || !source) return [];
    return indicatorStandings(source, selection.index.id, selection.year, component, province);
  }, [selection, source, component, province]);

  const defs = useMemo(() => standings.map((x) => x.def), [standings]);
  const owners = useIndicatorOwners(selection?.table ?? null, province, selection?.year ?? null, defs);
  const edits = useAssignments((st) => st.departments);

  if (!selection || selection.year === null) return null;
  const { index, year } = selection;
  const catalogueDepartments = provinceDepartments(defaultDepartments, own(edits, province) ?? NO_EDITS);
  const uname = (u: string) => unitName(defaultCatalogue, u, lang);
  const weak = weakIndicators(standings);
  const expected = standings[0]?.expected ?? 63;
  const componentLabel = findComponent(index, component)?.[lang] ?? component;

  const columns: Column<IndicatorStanding>[] = [
    {
      id: 'indicator',
      header: s.indicator,
      value: (r) => r.def.label[lang],
      sticky: true,
      render: (r) => (
        <span>
          {r.def.label[lang]}
          <span className="indicator-direction note"> ({r.def.directionUndecided ? s.directionUndecided : r.def.higherIsBetter ? s.higherBetter : s.lowerBetter})</span>
        </span>
      ),
    },
    { id: 'value', header: s.value, value: (r) => r.value, align: 'right', render: (r) => indicatorValueText(r.def, r.value, lang) },
    { id: 'median', header: s.median, value: (r) => r.median, align: 'right', render: (r) => indicatorValueText(r.def, r.median, lang) },
    {
      id: 'best',
      header: s.best,
      value: (r) => r.best,
      exportValue: (r) => (r.best === null ? '' : `${r.best} (${r.bestUnits.map(uname).join(', ')})`),
      render: (r) => (r.best === null ? '—' : `${r.bestUnits.map(uname).join(', ')}: ${indicatorValueText(r.def, r.best, lang)}`),
    },
    {
      id: 'rank',
      header: s.rank,
      value: (r) => r.rank,
      align: 'right',
      exportValue: (r) => (r.rank === null ? '' : `${formatRank(r.rank, r.rankBasis)}/${r.rankOutOf}`),
      render: (r) => (r.rank === null ? '—' : <span title={r.rankBasis === 'among-loaded' ? s.amongLoaded : undefined}>{`${formatRank(r.rank, r.rankBasis)}/${r.rankOutOf}`}</span>),
    },
    {
      id: 'change',
      header: s.change,
      value: (r) => r.change,
      align: 'right',
      render: (r) =>
        r.change === null ? (
          <span className="note">{s.noPrevious}</span>
        ) : (
          <span className={r.changeIsBetter === null ? '' : r.changeIsBetter ? 'up' : 'down'}>
            {formatChange(r.def.unit === 'share' ? r.change * 100 : r.change, lang, r.def.unit === 'share' || r.def.unit === 'percent' ? 1 : 2)}
            {r.def.unit === 'share' || r.def.unit === 'percent' ? (lang === 'vi' ? ' điểm %' : ' pp') : ''} <span className="note">({fill(s.since, { year: r.previousYear ?? '' })})</span>
          </span>
        ),
    },
    { id: 'toBest', header: s.toBest, value: (r) => r.distanceToBest?.text[lang] ?? '', render: (r) => r.distanceToBest?.text[lang] ?? '—' },
    {
      id: 'weak',
      header: s.weak,
      value: (r) => r.weak.map((w) => INDICATOR_RULE_LABELS[w.rule][lang]).join('; '),
      render: (r) => (r.weak.length ? <span className="badge weak-badge">{r.weak.map((w) => INDICATOR_RULE_LABELS[w.rule][lang]).join(' · ')}</span> : ''),
    },
    {
      id: 'owner',
      header: s.owner,
      value: (r) => departmentName(catalogueDepartments, owners.get(r.def.id)?.lead?.department ?? null, lang),
      exportValue: (r) => {
        const lead = owners.get(r.def.id)?.lead;
        return lead ? `${departmentName(catalogueDepartments, lead.department, lang)} (${lead.basis === 'plan' ? s.basisPlan : s.basisSuggested})` : '';
      },
      render: (r) => <OwnerCell def={r.def} owners={owners.get(r.def.id)} table={selection.table} province={province} year={year} label={r.def.label[lang]} />,
    },
  ];

  return (
    <section aria-labelledby="indicators-title" className="indicators" data-testid="indicators-view" style={cardLabels(s)}>
      <h1 id="indicators-title">
        {s.title}: {componentLabel} — {uname(province)}, {index.label} {year}
      </h1>
      <div className="indicators-controls">
        <label>
          {s.component}{' '}
          <select value={component} onChange={(e) => setView({ component: e.target.value })} data-testid="indicators-component">
            {components.map((c) => (
              <option key={c.id} value={c.id}>
                {c[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link-button" onClick={() => setView({ tab: 'profile' })}>
          {s.backToProfile}
        </button>
      </div>
      <p className="note">{s.intro}</p>
      {standings.length === 0 ? (
        <p data-testid="indicators-none">
          {fill(s.noIndicators, { year })} {index.id === 'PCI' ? s.noIndicatorsPci : ''}
        </p>
      ) : (
        <>
          <section className="card weak" aria-labelledby="indicators-weak-title" data-testid="indicators-weak">
            <h2 id="indicators-weak-title">{s.weakTitle}</h2>
            <p className="note">{fill(s.weakRules, { share: Math.round(DEFAULT_INDICATOR_OPTIONS.bottomShare * 100), start: bottomShareStart(expected, DEFAULT_INDICATOR_OPTIONS.bottomShare) })}</p>
            {weak.length === 0 ? (
              <p>{s.noWeak}</p>
            ) : (
              <ol className="weak-list">
                {weak.map((w) => (
                  <li key={w.def.id} data-testid="indicator-weak-item">
                    <strong>{w.def.label[lang]}</strong>: {indicatorValueText(w.def, w.value, lang)} · {s.rank} {w.rank === null ? '—' : `${formatRank(w.rank, w.rankBasis)}/${w.rankOutOf}`} · {s.median}{' '}
                    {indicatorValueText(w.def, w.median, lang)}
                    {w.distanceToBest && (
                      <>
                        {' '}
                        · {s.toBest}: {w.distanceToBest.text[lang]}
                      </>
                    )}{' '}
                    <span className="badge weak-badge">{w.weak.map((f) => INDICATOR_RULE_LABELS[f.rule][lang]).join(' · ')}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          {standings[0] && standings[0].loaded < standings[0].expected && <p className="note">{fill(s.basedOn, { n: standings[0].loaded, total: standings[0].expected })}</p>}
          <DataTable
            caption={`${index.id} ${year} — ${componentLabel} — ${uname(province)}`}
            columns={columns}
            rows={standings}
            rowKey={(r) => r.def.id}
            exportName={`${index.id}-${year}-${province}-${component}-indicators`}
            testId="indicators-table"
            initialSort={{ column: 'printed', descending: false }}
          />
        </>
      )}
      {index.id === 'PCI' && <UnmatchedRows year={year} province={province} component={component} componentLabel={componentLabel} />}
      {index.id === 'PCI' && <IndicatorImportLink year={year} />}
    </section>
  );
}

/**
 * Rows of this province's indicator tables (this edition) that matched no indicator (indicatorLayers.ts
 * unmatchedRowsFor): under this sub-index when the table's heading put them there, else in a short "not matched" list.
 */
function UnmatchedRows({ year, province, component, componentLabel }: { year: number; province: string; component: string; componentLabel: string }) {
  const s = useStrings(indicatorStrings);
  const { records } = useIndicatorRecords();
  const rows = useMemo(() => unmatchedRowsFor(records, year, province), [records, year, province]);
  const here = rows.filter((r) => r.component === component);
  const unknown = rows.filter((r) => !r.component);
  if (!here.length && !unknown.length) return null;
  return (
    <section className="card indicator-unmatched" aria-labelledby="indicator-unmatched-title" data-testid="indicator-unmatched">
      <h2 id="indicator-unmatched-title">{s.unmatchedTitle}</h2>
      <p className="note">{s.unmatchedHelp}</p>
      {here.length > 0 && (
        <>
          <h3>{componentLabel}</h3>
          <UnmatchedIndicatorRows rows={here} />
        </>
      )}
      {unknown.length > 0 && (
        <>
          <h3>{s.unmatchedOther}</h3>
          <UnmatchedIndicatorRows rows={unknown} />
        </>
      )}
    </section>
  );
}

/** PCI indicator figures come through the Import tab (destination "indicator tables"), with index and year filled in. */
function IndicatorImportLink({ year }: { year: number }) {
  const s = useStrings(indicatorStrings);
  const { books } = useImportedIndicators();
  const set = useView((v) => v.set);
  const extra = useView((v) => v.extra);
  return (
    <section className="card indicator-import" aria-labelledby="indicator-import-title">
      <h2 id="indicator-import-title">{s.importTitle}</h2>
      <p className="note">{s.importHelp}</p>
      {books.length > 0 && (
        <p data-testid="indicator-books">
          {s.imported}: {books.map((b) => `PCI ${b.year}`).join(', ')}
        </p>
      )}
      <button type="button" data-testid="indicator-import-link" onClick={() => set({ tab: 'import', extra: { ...extra, dest: 'indicators', importIndex: 'PCI', importYear: String(year) } })}>
        {fill(s.importChoose, { year })}
      </button>
    </section>
  );
}
