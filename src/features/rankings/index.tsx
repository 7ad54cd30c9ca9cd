/**
 * Rank table: every province's score, rank, tier and change against a base year, for the chosen index,
 * year and component. Rules live in domain/changes.ts (rankTable); this view only draws them.
 */
import { TIER_COMPUTED, tierText } from '@/domain/analysis/tiers';
import { useMemo } from 'react';
import { ComponentSelect } from '@/ui/ComponentSelect';
import { findComponent, getUnit, mainComponents, TOTAL, unitsForYear, regionName } from '@/domain/catalogue/catalogue';
import { rankTable, yearsWithComponent, type RankRow } from '@/domain/analysis/changes';
import { notRankedLabel, notRankedText } from '@/domain/catalogue/editions';
import { isStructureBreak, structureBreakAcross, structureBreakShort } from '@/domain/catalogue/editionStructure';
import { useView } from '@/state/view';
import { DataTable, type Column } from '@/ui/DataTable';
import { commonStrings, formatChange, formatNumber, useLang, useStrings, formatRank, rankBasisText, rankCell } from '@/ui/i18n';
import { useSelection } from '@/ui/useSelection';
import { fill, rankingStrings } from './strings';
import './rankings.css';
import { useCatalogue } from '@/data/catalogue';

interface Row extends RankRow {
  name: string;
  region: string;
}

export default function Rankings() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const t = useStrings(commonStrings);
  const s = useStrings(rankingStrings);
  const view = {
    component: useView((v) => v.component),
    base: useView((v) => v.base),
    region: useView((v) => v.region),
    province: useView((v) => v.province),
    set: useView((v) => v.set),
  };
  const { selection } = useSelection();

  const data = useMemo(() => {
    if (!selection || selection.year === null) return null;
    const { table, index, year } = selection;
    const component = findComponent(index, view.component) ?? findComponent(index, TOTAL)!;
    const baseYears = yearsWithComponent(table, index.id, component.id).filter((y) => y < year);
    const baseYear = view.base !== null && baseYears.includes(view.base) ? view.base : undefined;
    const result = rankTable(table, catalogue, index.id, year, component.id, { baseYear, region: view.region });
    const rows: Row[] = result.rows.map((r) => {
      const unit = getUnit(catalogue, r.unit);
      return { ...r, name: unit ? unit[lang] : r.unit, region: unit ? regionName(catalogue, unit.region, lang) : '' };
    });
    const regions = [...new Set(unitsForYear(catalogue, year).map((u) => u.region))].sort((a, b) => a.localeCompare(b, 'vi'));
    return { rows, result, component, baseYears, index, year, regions };
  }, [selection, catalogue, view.component, view.base, view.region, lang]);

  if (!selection) return null;
  if (!data) return <p>{s.noYear}</p>;
  const { rows, result, component, baseYears, index, year, regions } = data;
  const base = result.baseYear;
  const basisLabel = (b: RankRow['rankBasis']) => (b === 'official' ? s.official : b === 'computed-national' ? s.computed : b === 'among-loaded' ? s.amongLoaded : s.missing);
  const vs = `${s.vs} ${base ?? '—'}`;
  // Across a new structure (PCI 2.0 from 2025) nothing is compared: the change cells say why, the base-year rank
  // (of the old structure, out of 63) is left out as the profile leaves it out, and the CSV carries the reason.
  const structureBreak = result.methodBreaks.find(isStructureBreak);
  const breakShort = structureBreak ? structureBreakShort(structureBreak)[lang] : null;
  const withheldCell = (r: Row) => (
    <span className="note change-withheld" title={r.changeWithheld?.[lang]} data-testid="rank-change-withheld">
      {breakShort}
    </span>
  );
  const openProfile = (r: Row) => view.set({ tab: 'profile', province: r.unit });
  const baseRankColumn: Column<Row> = {
      id: 'baseRank',
      header: `${s.baseRank} (${base ?? '—'})`,
      value: (r) => r.baseRank,
      exportValue: (r) => (r.baseRank === null ? null : r.baseRankOutOf !== r.rankOutOf ? `${r.baseRank}/${r.baseRankOutOf}` : r.baseRank),
      align: 'right',
      render: (r) => (r.baseRank === null ? '—' : r.baseRankOutOf !== r.rankOutOf ? `${r.baseRank}/${r.baseRankOutOf}` : String(r.baseRank)),
  };
  const columns: Column<Row>[] = [
    {
      id: 'rank',
      header: t.rank,
      value: (r) => r.rank,
      exportValue: (r) => (r.notRanked ? notRankedLabel(lang) : rankCell(r.rank, r.rankBasis)),
      align: 'right',
      render: (r) =>
        r.notRanked ? (
          <span className="not-ranked note" data-testid="not-ranked" title={notRankedText(catalogue, r.notRanked, index.id, year, lang)}>
            {notRankedLabel(lang)}
            <span className="sr-only">: {notRankedText(catalogue, r.notRanked, index.id, year, lang)}</span>
          </span>
        ) : r.rank === null ? (
          <span className="missing" title={s.missing}>
            —<span className="sr-only"> {s.missing}</span>
          </span>
        ) : (
          <span title={basisLabel(r.rankBasis)}>
            {formatRank(r.rank, r.rankBasis)}
          </span>
        ),
    },
    { id: 'rankBasis', header: s.rankBasisHeader, value: (r) => (r.notRanked ? notRankedText(catalogue, r.notRanked, index.id, year, lang) : rankBasisText(r.rankBasis, lang, result.coverage.loaded, result.coverage.expected)), exportOnly: true },
    {
      id: 'name',
      header: t.province,
      value: (r) => r.name,
      // The name opens the province's profile (by keyboard: Tab to it, Enter); a tap anywhere on the row does too.
      render: (r) => (
        <button type="button" className={`link-button${r.value === null && r.rank === null && !r.notRanked ? ' missing-name' : ''}`} aria-label={`${r.name} — ${s.openProfile}`} onClick={() => openProfile(r)}>
          {r.name}
        </button>
      ),
    },
    { id: 'region', header: t.region, value: (r) => r.region },
    { id: 'value', header: t.score, value: (r) => r.value, align: 'right', render: (r) => formatNumber(r.value, lang) },
    {
      id: 'scoreChange',
      header: `${s.scoreChange} (${vs})`,
      value: (r) => r.scoreChange,
      align: 'right',
      exportValue: (r) => (structureBreak ? null : r.scoreChange),
      exportOnly: !!structureBreak,
      render: (r) => (
        <>
          <Change value={r.scoreChange} text={formatChange(r.scoreChange, lang)} />
          {r.changeDerived && r.scoreChange !== null && <span className="note" title={s.derivedChange}> ({s.derived})</span>}
        </>
      ),
    },
    // Across a structure break the comparison is the one visible change cell, and it says why there is none.
    structureBreak
      ? { id: 'comparison', header: `${s.change} (${vs})`, value: () => breakShort, sortable: false, render: withheldCell }
      : { id: 'comparison', header: s.comparisonHeader, value: (r) => (r.changeDerived ? s.derivedChange : r.baseComparison === 'same-province' ? s.sameProvince : ''), exportOnly: true },
    ...(structureBreak ? [] : [baseRankColumn]),
    {
      id: 'rankChange',
      header: `${s.rankChange} (${vs})`,
      value: (r) => r.rankChange,
      exportValue: (r) => (structureBreak ? null : r.rankChange),
      exportOnly: !!structureBreak,
      align: 'right',
      render: (r) => <Change value={r.rankChange} text={formatChange(r.rankChange, lang, 0)} />,
    },

    {
      id: 'tier',
      header: s.tier,
      value: (r) => (r.tier ? r.tier[lang] : null),
      // The CSV says a computed group is one (tiers.ts tierText); on screen the table's note under it does.
      exportValue: (r) => (r.tier ? tierText(r.tier, r.tierSource, lang) : null),
      render: (r) => (r.tier ? <span title={r.tierSource === 'computed' ? TIER_COMPUTED[lang] : s.official}>{r.tier[lang]}{r.tierSource === 'computed' ? ' †' : ''}</span> : '—'),
    },
  ];
  const comps = [findComponent(index, TOTAL)!, ...mainComponents(index, year)].filter((c) => selection.table.slice(index.id, year, c.id).length > 0);
  const indexName = index.label;
  const { loaded, expected, complete } = result.coverage;

  return (
    <section aria-labelledby="rankings-title" className="rankings">
      <h1 id="rankings-title">
        {s.title}: {indexName} {year} — {component[lang]}
      </h1>
      <div className="rank-controls" role="group" aria-label={s.title}>
        <ComponentSelect components={comps} value={component.id} testId="select-component" />
        <label className="inline-control">
          {s.baseYear}{' '}
          <select
            value={view.base !== null && baseYears.includes(view.base) ? String(view.base) : ''}
            onChange={(e) => view.set({ base: e.target.value ? Number(e.target.value) : null })}
            data-testid="select-base"
          >
            <option value="">
              {s.previousYear}
              {baseYears.length ? ` (${baseYears[baseYears.length - 1]})` : ''}
            </option>
            {[...baseYears].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control">
          {s.region}{' '}
          <select value={view.region} onChange={(e) => view.set({ region: e.target.value })} data-testid="select-region">
            <option value="">{s.allRegions}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionName(catalogue, r, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {structureBreak && base !== null ? (
        // Across a new structure the box says what 2025 is, that nothing is compared and why — in the one wording of
        // editionStructure.ts — then the break as recorded (its components and the file it was declared from).
        <div className="method-break-warning" role="note" data-testid="method-break-warning" data-kind="structure">
          <strong>⚠ {breakShort}.</strong>{' '}
          <span data-testid="structure-break-note">
            {structureBreakAcross(structureBreak, year, base, { outOf: result.coverage.expected, baseOutOf: rows.find((r) => r.baseRankOutOf != null)?.baseRankOutOf })[lang]}
          </span>
          <ul>
            <li data-testid="structure-break-record">{structureBreak[lang]}</li>
          </ul>
        </div>
      ) : (
        result.methodBreaks.length > 0 && (
          <div className="method-break-warning" role="note" data-testid="method-break-warning">
            <strong>⚠ {s.methodBreak}.</strong> {fill(s.methodBreakNote, { base: base ?? '—', year })}
            <ul>
              {result.methodBreaks.map((b) => (
                <li key={b.year}>
                  {b.year}: {b[lang]}
                </li>
              ))}
            </ul>
          </div>
        )
      )}
      {!structureBreak && rows.some((r) => r.baseRankOutOf != null && r.rankOutOf !== undefined && r.baseRankOutOf !== r.rankOutOf && r.baseComparison !== null) && (
        <p className="note warn" data-testid="boundary-note">
          {fill(s.boundaryNote, { base: rows[0].baseRankOutOf ?? '', now: rows[0].rankOutOf ?? '' })}
        </p>
      )}
      {!complete && (
        <p className="note" data-testid="rank-partial-note">
          {fill(s.partial, { loaded, expected })}
        </p>
      )}
      <DataTable
        caption={`${indexName} ${year} — ${component[lang]}${view.region ? ` — ${view.region}` : ''}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.unit}
        exportName={`${index.id}-${year}-${component.id}-rankings${view.region ? `-${view.region}` : ''}${base ? `-vs-${base}` : ''}`}
        initialSort={{ column: 'rank', descending: false }}
        sortParam="sort"
        highlight={(r) => r.unit === view.province}
        testId="rank-table"
        onRowClick={openProfile}
        footer={
          <p className="table-note">
            * {s.amongLoaded}. {s.missingNote} {s.noChangeNote} {view.region ? s.regionNote : ''}
            {rows.some((r) => r.tier && r.tierSource === 'computed') && <span data-testid="tier-computed-note"> † {fill(s.tierComputedNote, { index: indexName })}</span>}
          </p>
        }
      />
    </section>
  );
}

function Change({ value, text }: { value: number | null; text: string }) {
  return <span className={value === null || value === 0 ? '' : value > 0 ? 'up' : 'down'}>{text}</span>;
}
