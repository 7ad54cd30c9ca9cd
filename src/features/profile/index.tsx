/**
 * Province profile for one index and year: the composite, every component against the nation and the
 * region, weak components ordered by points lost, why the rank moved, trends and the 2025 history.
 * Everything is computed by src/domain/analysis/analysis.ts (analyseProvince); this view only draws it.
 */
import { useMemo } from 'react';
import { getUnit } from '@/domain/catalogue/catalogue';
import { analyseProvince } from '@/domain/analysis/analysis';
import { mostImproved, rankTable, yearsWithComponent } from '@/domain/analysis/changes';
import { harmonisedSeries } from '@/domain/analysis/harmonise';
import { notRankedEntry, notRankedLabel, notRankedText, sampleSizeOf, sampleSizeText } from '@/domain/catalogue/editions';
import { structureBreakBetween, structureBreakShort } from '@/domain/catalogue/editionStructure';
import { rankRangeText, withinNoiseText } from '@/domain/analysis/composite';
import { tierText } from '@/domain/analysis/tiers';
import type { PublishedDisagreement } from '@/domain/table/publishedDisagreements';
import { usePublishedDisagreements } from '@/data/disagreements';
import { useView } from '@/state/view';
import { formatChange, formatNumber, formatPlacesChange, formatRank, useLang, useStrings } from '@/ui/i18n';
import { useSelection } from '@/ui/useSelection';
import { ComponentsTable } from './ComponentsTable';
import { Harmonised } from './Harmonised';
import { RankMove } from './RankMove';
import { TrendMultiples } from './TrendMultiples';
import { WeakList } from './WeakList';
import { WhatIf } from './WhatIf';
import { profileStrings } from './strings';
import './profile.css';
import { useCatalogue } from '@/data/catalogue';

const NO_DISAGREEMENTS: PublishedDisagreement[] = [];

export default function Profile() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(profileStrings);
  const province = useView((v) => v.province);
  const base = useView((v) => v.base);
  const { selection } = useSelection();
  // Published figures that disagree (written by `npm run data`): fetched once, shown beside the figure used.
  const disagreements = usePublishedDisagreements().data ?? NO_DISAGREEMENTS;

  const data = useMemo(() => {
    if (!selection || selection.year === null) return null;
    const { table, index, year } = selection;
    const baseYears = yearsWithComponent(table, index.id, 'total').filter((y) => y < year);
    const baseYear = base !== null && baseYears.includes(base) ? base : undefined;
    const analysis = analyseProvince(table, catalogue, index.id, year, province, { baseYear, disagreements });
    const totals = rankTable(table, catalogue, index.id, year, 'total', { baseYear });
    const improved = mostImproved(totals, 5);
    // How many provinces have a national rank in both years: the pool "most improved" is drawn from.
    // Those the publisher did not rank in the base year are not missing data (catalogue/editions.ts): counted apart.
    const notRankedBase = totals.baseYear === null ? 0 : totals.rows.filter((r) => r.rankChange === null && r.rank !== null && notRankedEntry(catalogue, index.id, totals.baseYear!, r.unit)).length;
    const improvedPool = { compared: totals.rows.filter((r) => r.rankChange !== null).length, expected: totals.coverage.expected, notRankedBase, baseYear: totals.baseYear };
    const successor = getUnit(catalogue, province)?.successor;
    const harmonised = successor ? harmonisedSeries(table, catalogue, index.id, successor, 'total') : (analysis.harmonised.find((h) => h.component === 'total') ?? null);
    return { analysis, improved, improvedPool, harmonised, index, year };
  }, [selection, catalogue, base, province, disagreements]);

  if (!selection) return null;
  if (!data) return <p>{s.noData}</p>;
  const { analysis, improved, improvedPool, harmonised, index, year } = data;
  const unit = getUnit(catalogue, province);
  const c = analysis.composite;
  const headlineBreak = c ? structureBreakBetween(index, c.baseYear, year) : undefined;
  const indexName = index.label;

  return (
    <section aria-labelledby="profile-title" className="profile">
      <h1 id="profile-title">
        {s.title}: {unit?.[lang] ?? province} — {indexName} {year}
      </h1>
      {c && c.value !== null ? (
        <p className="profile-headline" data-testid="profile-headline">
          <span>
            {s.composite} <strong>{formatNumber(c.value, lang)}</strong>
          </span>
          <span data-testid="profile-rank">
            {s.rankLabel} <strong>{c.rank === null ? '—' : formatRank(c.rank, c.rankBasis)}</strong>
            {c.rank !== null && c.rankOutOf ? ` ${s.outOf} ${c.rankOutOf}` : ''}
            {c.rankBasis === 'among-loaded' ? ` (* ${s.amongLoaded})` : ''}
          </span>
          {c.tier && <span className="badge" data-testid="profile-tier">{tierText(c.tier, c.tierSource, lang)}</span>}
          {c.baseYear !== null && c.changeWithheld ? (
            // Across a new structure (catalogue/editionStructure.ts): neither score nor rank is set against the base year.
            // Said briefly here and in the weak list; the break itself is told in full once, under "why the rank moved".
            <span data-testid="profile-change-withheld">
              {s.vs} {c.baseYear}: — <span className="note">({headlineBreak ? structureBreakShort(headlineBreak)[lang] : c.changeWithheld[lang]})</span>
            </span>
          ) : c.baseYear !== null && (c.baseComparison === 'same-province' || c.baseComparison === 'derived-mean') ? (
            <span data-testid="profile-boundary">
              {s.vs} {c.baseYear}: {formatChange(c.scoreChange, lang)} ({c.baseComparison === 'derived-mean' ? s.derivedChange : s.sameProvinceChange}) · {s.rankLabel} {c.baseRank ?? '—'}/{c.baseRankOutOf} →{' '}
              {c.rank === null ? '—' : formatRank(c.rank, c.rankBasis)}/{c.rankOutOf} <span className="note">({s.noRankSubtraction})</span>
            </span>
          ) : (
            c.baseYear !== null &&
            (c.scoreChange === null && notRankedEntry(catalogue, index.id, c.baseYear, province) ? (
              // Not ranked by the publisher in the base edition: said as that (the reason under "why the rank moved"), never "— · —".
              <span data-testid="profile-base-not-ranked">
                {s.vs} {c.baseYear}: {notRankedLabel(lang)}
              </span>
            ) : (
              <span>
                {s.vs} {c.baseYear}: {formatChange(c.scoreChange, lang)} · {formatPlacesChange(c.rankChange, lang)}
              </span>
            ))
          )}
        </p>
      ) : c?.notRanked ? (
        <p className="note" data-testid="profile-not-ranked">
          {unit?.[lang] ?? province} {notRankedText(catalogue, c.notRanked, index.id, year, lang)}.
        </p>
      ) : (
        <p className="note">{s.noData}</p>
      )}
      {c?.rankRange && (
        <p className="note" data-testid="profile-rank-range">
          {rankRangeText(c.rankRange, lang)}
          {c.withinNoise ? ` — ${withinNoiseText(lang)}.` : '.'}
          {sampleSizeOf(catalogue, index.id, year) && <> {sampleSizeText(sampleSizeOf(catalogue, index.id, year)!, lang)}.</>}
        </p>
      )}
      <WeakList analysis={analysis} index={index} />
      <RankMove analysis={analysis} index={index} improved={improved} improvedPool={improvedPool} />
      <ComponentsTable analysis={analysis} index={index} />
      <WhatIf table={selection.table} index={index} year={year} province={province} />
      <TrendMultiples analysis={analysis} index={index} />
      {harmonised && <Harmonised series={harmonised} index={index} />}
    </section>
  );
}
