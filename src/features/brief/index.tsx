/**
 * One-page province brief for print/PDF (A4, Vietnamese or English): the four indices, why the rank
 * moved, the weak components and the departments that lead on them. Print CSS hides the app around it.
 */
import { formatGap } from '@/domain/analysis/gap';
import { rankRangeShort, withinNoiseShort } from '@/domain/analysis/composite';
import { tierText } from '@/domain/analysis/tiers';
import { useMemo } from 'react';
import { defaultCatalogue, findComponent, FOUR_INDICES, getUnit, indexLabel as catalogueIndexLabel } from '@/domain/catalogue/catalogue';
import { useScoreTable } from '@/data/scores';
import { shippedManifest } from '@/data/shipped';
import { useView } from '@/state/view';
import { formatChange, formatDate, formatNumber, useLang, useStrings, formatRank, formatPlacesChange } from '@/ui/i18n';
import { rankMoveSentence } from '@/domain/analysis/rankMove';
import { buildBrief, mainContributions, type BriefIndex } from './briefData';
import { useDepartments } from './departments';
import { useIndicatorSource } from '@/data/indicators';
import { indicatorStandings, indicatorValueText, weakIndicators } from '@/domain/analysis/indicators';

/** The weak indicator named under a weak component in the brief (the furthest behind): the page is one A4 sheet. */
const WEAK_INDICATORS_PER_COMPONENT = 1;
import { briefStrings, fill } from './strings';
import './brief.css';
import { useCatalogue } from '@/data/catalogue';
import { notRankedEntry, notRankedText } from '@/domain/catalogue/editions';

const indexLabel = (id: string) => catalogueIndexLabel(defaultCatalogue, id);

export default function Brief() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(briefStrings);
  const province = useView((v) => v.province);
  const { table } = useScoreTable(FOUR_INDICES);
  const entries = useMemo(() => (table ? buildBrief(table, catalogue, province) : []), [table, catalogue, province]);
  const departments = useDepartments(table, province, entries, lang);
  const indicatorSource = useIndicatorSource(table ?? null);
  if (!table) return null;
  const unit = getUnit(catalogue, province);
  const name = unit?.[lang] ?? province;
  const withData = entries.filter((e) => e.year !== null && e.row);
  const rankText = (e: BriefIndex) => {
    if (!e.row || e.row.rank === null) return '—';
    const basis = e.row.rankBasis === 'official' ? s.official : e.row.rankBasis === 'among-loaded' ? s.amongLoaded : s.computed;
    return `${formatRank(e.row.rank, e.row.rankBasis)}/${e.coverage?.expected ?? '—'} (${basis}${e.row.rankRange ? `; ${rankRangeShort(e.row.rankRange, lang)}` : ''})`;
  };
  const changeText = (e: BriefIndex) => {
    if (!e.row) return '';
    const parts = [
      e.row.rankChange === null ? null : `${e.row.rankChange === 0 ? s.sameRank : formatPlacesChange(e.row.rankChange, lang)}${e.row.withinNoise && e.row.rankChange !== 0 ? ` (${withinNoiseShort(lang)})` : ''}`,
      e.row.scoreChange === null ? null : `${formatChange(e.row.scoreChange, lang)} ${s.points}`,
    ].filter(Boolean);
    return parts.length ? `${parts.join(' · ')} (${s.since} ${e.baseYear})` : '';
  };
  // Each shipped file by its title in the brief's language (its citation, in English with its addresses, is on the Data tab).
  const sources = [...new Set(shippedManifest.filter((m) => entries.some((e) => e.index.id === m.index)).map((m) => m.title[lang]))];

  return (
    <>
      <div className="brief-tools no-print">
        <button type="button" onClick={() => window.print()} data-testid="brief-print">
          {s.print}
        </button>
        <span className="note">{s.printHint}</span>
      </div>
      <article className="brief" aria-labelledby="brief-title" data-testid="brief" lang={lang}>
        <header>
          <h1 id="brief-title">
            {s.title}: <span className="brief-province">{name}</span>
          </h1>
          <div className="meta">
            {s.generated} {formatDate(new Date(), lang)}
            <br />
            Chỉ số
          </div>
        </header>

        <section aria-labelledby="brief-indices">
          <h2 id="brief-indices">{s.indices}</h2>
          <table data-testid="brief-indices">
            <thead>
              <tr>
                <th scope="col">{s.index}</th>
                <th scope="col" className="num">
                  {s.year}
                </th>
                <th scope="col" className="num">
                  {s.score}
                </th>
                <th scope="col">{s.rank}</th>
                <th scope="col">{s.change}</th>
                <th scope="col">{s.tier}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.index.id} data-index={e.index.id}>
                  <th scope="row">
                    {indexLabel(e.index.id)} <span className="muted">{e.index[lang]}</span>
                  </th>
                  {e.year === null || !e.row ? (
                    <td colSpan={5} className="muted">
                      {s.noData}
                    </td>
                  ) : (
                    <>
                      <td className="num">{e.year}</td>
                      <td className="num" data-col="score">
                        {formatNumber(e.row.value, lang)}
                      </td>
                      <td data-col="rank">{rankText(e)}</td>
                      <td>{changeText(e) || '—'}</td>
                      <td data-col="tier">{e.row.tier ? tierText(e.row.tier, e.row.tierSource, lang) : '—'}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="brief-moves">
          <h2 id="brief-moves">{s.whyMoved}</h2>
          <ul className="moves" data-testid="brief-moves">
            {withData.map((e) => {
              const move = e.move;
              if (move && move.baseYear !== null && move.compositeChange === null && e.row?.changeWithheld) {
                // Across a new structure (catalogue/editionStructure.ts): the reason, not "no score for the previous edition".
                return (
                  <li key={e.index.id} data-testid="brief-change-withheld">
                    <strong>{indexLabel(e.index.id)} {e.year}:</strong> {e.row.changeWithheld[lang]}
                  </li>
                );
              }
              if (!move || move.baseYear === null || move.compositeChange === null) {
                // Why there is nothing to split, as it is: the publisher did not rank the province in the previous
                // edition (not missing data: catalogue/editions.ts), this edition printed a rank only, or the
                // previous edition's composite is not loaded.
                const notRanked = e.baseYear === null ? undefined : notRankedEntry(catalogue, e.index.id, e.baseYear, province);
                const why = notRanked
                  ? `${fill(s.noMoveNotRanked, { province: getUnit(catalogue, province)?.[lang] ?? province })} ${notRankedText(catalogue, notRanked, e.index.id, e.baseYear!, lang)}.`
                  : e.row?.value === null
                    ? fill(s.noMoveRankOnly, { year: e.year ?? '—' })
                    : fill(s.noMove, { previous: e.baseYear ?? '—' });
                return (
                  <li key={e.index.id} data-testid="brief-no-move" data-index={e.index.id}>
                    <strong>{indexLabel(e.index.id)}:</strong> {why}
                  </li>
                );
              }
              const drivers = mainContributions(move)
                .map((c) => `${findComponent(e.index, c.component)?.[lang] ?? c.component} ${formatChange(c.contribution, lang)}`)
                .join('; ');
              return (
                <li key={e.index.id}>
                  <strong>{indexLabel(e.index.id)} {e.year}:</strong> {fill(s.compositeChange, { change: formatChange(move.compositeChange, lang), base: move.baseYear })}
                  {drivers && (
                    <>
                      {' '}
                      — {s.mainDrivers}: {drivers}
                    </>
                  )}
                  {e.keptScore && (
                    <span className="kept-score" data-testid="brief-kept-score">
                      {' '}
                      {rankMoveSentence(e.keptScore, lang)}
                    </span>
                  )}
                  {move.gapToNextRank && (
                    <>
                      {' '}
                      {fill(move.gapToNextRank.exact ? s.gapNext : move.gapToNextRank.boundReason === 'rank-among-loaded' ? s.gapNextAmongLoaded : s.gapNextBound, {
                        gap: formatGap(move.gapToNextRank.gap, lang),
                        unit: getUnit(catalogue, move.gapToNextRank.unit)?.[lang] ?? move.gapToNextRank.unit,
                        target: formatRank(move.gapToNextRank.targetRank, move.gapToNextRank.targetRankBasis),
                        next: move.gapToNextRank.nextRank,
                      })}
                    </>
                  )}
                  {move.gapToNextTier && <>; {fill(s.gapTier, { gap: formatGap(move.gapToNextTier.gap, lang), tier: move.gapToNextTier.tier[lang] })}</>}
                  {move.methodBreaks.length > 0 ? (
                    <span className="muted"> {fill(s.notComparable, { base: move.baseYear, year: e.year ?? '' })}</span>
                  ) : (
                    !drivers && <span className="muted"> {s.noComponents}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="brief-weak">
          <h2 id="brief-weak">{s.weak}</h2>
          {departments.note && <p className="muted">{departments.note === 'missing' ? s.assignmentsMissing : departments.note}</p>}
          <div className="weak-grid" data-testid="brief-weak">
            {withData.map((e) => (
              <div key={e.index.id}>
                <h3>
                  {indexLabel(e.index.id)} {e.year}
                </h3>
                {e.weakAssessment && e.weakAssessment.status !== 'complete' && e.hasComponentFigures && (
                  <p className="muted" data-testid="brief-weak-assessment" data-status={e.weakAssessment.status}>
                    {e.weakAssessment.summary[lang]}.
                  </p>
                )}
                {e.weak.length === 0 ? (
                  <p className="muted">
                    {!e.hasComponentFigures ? s.noComponentData : e.weakAssessment && e.weakAssessment.status !== 'complete' ? s.noWeakSoFar : s.noWeak}
                  </p>
                ) : (
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{s.component}</th>
                        <th scope="col" className="num">
                          {s.value}
                        </th>
                        <th scope="col" className="num">
                          {s.median}
                        </th>
                        <th scope="col">{s.department}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {e.weak.map((w) => {
                        const dept = departments.lookup(e.index.id, e.year!, w.component);
                        return (
                          <tr key={w.component}>
                            <td>
                              {findComponent(e.index, w.component)?.[lang] ?? w.component}
                              <div className="muted">{w.flags.map((f) => f.label[lang]).join(', ')}</div>
                              {indicatorSource &&
                                (() => {
                                  const weakOnes = weakIndicators(indicatorStandings(indicatorSource, e.index.id, e.year!, w.component, province)).slice(0, WEAK_INDICATORS_PER_COMPONENT);
                                  if (!weakOnes.length) return null;
                                  return (
                                    <ul className="brief-indicators" data-testid="brief-indicators">
                                      {weakOnes.map((x) => {
                                        const owner = departments.lookupIndicator(x.def, e.year!);
                                        return (
                                          <li key={x.def.id} data-indicator={x.def.id} data-owner={owner?.department ?? ''} data-basis={owner ? (owner.suggested ? 'suggested' : 'plan') : ''}>
                                            {x.def.label[lang]}: {indicatorValueText(x.def, x.value, lang)}
                                            {x.rank !== null ? ` (${formatRank(x.rank, x.rankBasis)}/${x.rankOutOf})` : ''} — {owner ? `${owner.name}${owner.suggested ? ` (${s.suggestedOwner})` : ''}` : s.noDepartment}
                                          </li>
                                        );
                                      })}
                                    </ul>
                                  );
                                })()}
                            </td>
                            <td className="num">{formatNumber(w.value, lang)}</td>
                            <td className="num">{formatNumber(w.median, lang)}</td>
                            <td data-testid="brief-owner" data-basis={dept ? (dept.suggested ? 'suggested' : 'plan') : undefined}>
                              {dept ? (
                                <>
                                  {dept.name}
                                  {dept.suggested && <span className="muted"> ({s.suggestedOwner})</span>}
                                </>
                              ) : (
                                <span className="muted">{s.noDepartment}</span>
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                )}
              </div>
            ))}
          </div>
        </section>

        <footer>
          <span data-testid="brief-sources">{s.sources}: {sources.join(' · ')}.</span> * {s.amongLoaded}. {s.link}: {typeof window !== 'undefined' ? window.location.href : ''}
        </footer>
      </article>
    </>
  );
}
