/** Why the rank moved: contributions that add up to the composite change, the gaps left, method breaks, and who moved most. */
import { formatGap } from '@/domain/analysis/gap';
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { findComponent, unitName } from '@/domain/catalogue/catalogue';
import type { ProvinceAnalysis } from '@/domain/analysis/analysis';
import { rankMoveSentence } from '@/domain/analysis/rankMove';
import { notRankedEntry, notRankedText } from '@/domain/catalogue/editions';
import { structureBreakBetween, structureBreakShort } from '@/domain/catalogue/editionStructure';
import { withinNoiseShort } from '@/domain/analysis/composite';
import type { RankRow } from '@/domain/analysis/changes';
import type { IndexDef } from '@/domain/catalogue/types';
import { ChartFrame } from '@/ui/ChartFrame';
import { formatChange, formatNumber, formatPlacesChange, formatRank, useLang, useStrings } from '@/ui/i18n';
import { fill, profileStrings } from './strings';
import { useCatalogue } from '@/data/catalogue';

export function RankMove({ analysis, index, improved, improvedPool }: { analysis: ProvinceAnalysis; index: IndexDef; improved: RankRow[]; improvedPool: { compared: number; expected: number; notRankedBase: number; baseYear: number | null } }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(profileStrings);
  const m = analysis.rankMove;
  // The break is told in full once, in the headline; here it is named briefly.
  const structureBreak = structureBreakBetween(index, m.baseYear, analysis.year);
  const cname = (id: string) => findComponent(index, id)?.[lang] ?? id;
  const contributions = [...m.contributions].sort((a, b) => (a.contribution ?? 0) - (b.contribution ?? 0));
  const known = contributions.filter((c) => c.contribution !== null);
  const weightsUnknown = m.contributions.some((c) => c.weight === null);
  const chartData = known.map((c) => ({ name: cname(c.component), value: c.contribution as number }));
  // A year the publisher did not rank the province is not a table to import: say so, with the reason.
  const notRankedNote = (base: number) => {
    const name = unitName(catalogue, analysis.unit, lang);
    const now = analysis.composite?.value == null ? notRankedEntry(catalogue, index.id, analysis.year, analysis.unit) : undefined;
    if (now) return `${name} ${notRankedText(catalogue, now, index.id, analysis.year, lang)}.`;
    const before = notRankedEntry(catalogue, index.id, base, analysis.unit);
    return before && analysis.composite?.baseValue == null ? `${name} ${notRankedText(catalogue, before, index.id, base, lang)}.` : null;
  };

  return (
    <section aria-labelledby="move-title" className="card rank-move" data-testid="rank-move">
      <h2 id="move-title">
        {s.moveTitle}
        {m.baseYear !== null ? ` (${m.baseYear} → ${analysis.year})` : ''}
      </h2>
      {m.methodBreaks.length > 0 && (
        <div className="method-break" role="note" data-testid="profile-method-break">
          ⚠ {s.notComparable}
          <ul>
            {m.methodBreaks.map((b) => (
              <li key={b.year}>
                {s.methodBreak} {b.year}: {b[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {m.baseYear === null ? (
        <p data-testid="no-base">{s.noBase}</p>
      ) : m.compositeChange === null && notRankedNote(m.baseYear) ? (
        <p data-testid="no-base">
          {notRankedNote(m.baseYear)} {s.notRankedNoMove}
        </p>
      ) : m.compositeChange === null && analysis.composite?.changeWithheld ? (
        // Across a structure break (catalogue/editionStructure.ts) no change is computed: the reason, never "no data".
        <p data-testid="change-withheld">{structureBreak ? structureBreakShort(structureBreak)[lang] : analysis.composite.changeWithheld[lang]}.</p>
      ) : m.compositeChange === null ? (
        <p data-testid="no-base">{fill(s.noBaseValue, { base: m.baseYear, year: analysis.year })}</p>
      ) : (
        <>
          <p data-testid="composite-change">
            {s.compositeChange}: <strong>{formatChange(m.compositeChange, lang)}</strong>
            {m.rank !== null && m.baseRank !== null ? ` · ${s.rankLabel} ${m.baseRank} → ${m.rank}` : ''}
          </p>
          {analysis.keptScore && (
            <p className="kept-score" data-testid="kept-score" data-exact={analysis.keptScore.exact}>
              {rankMoveSentence(analysis.keptScore, lang)}
            </p>
          )}
          {weightsUnknown && <p className="note">{s.weightsUnknown}</p>}
          {known.length > 0 && (
            <ChartFrame
              title={`${s.contributionChart}: ${unitName(catalogue, analysis.unit, lang)}, ${index.id} ${m.baseYear}→${analysis.year}`}
              source={s.source}
              testId="contribution-chart"
              data={{
                header: [s.component, s.change, s.weight, s.contribution],
                rows: contributions.map((c) => [cname(c.component), c.change, c.weight, c.contribution]),
              }}
            >
              <ResponsiveContainer width="100%" height={28 * chartData.length + 40}>
                <BarChart data={chartData} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }} accessibilityLayer={false}>
                  <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, lang, 1)} />
                  <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} />
                  <ReferenceLine x={0} stroke="#555" />
                  <Bar dataKey="value" isAnimationActive={false}>
                    {chartData.map((d) => (
                      <Cell key={d.name} fill={d.value >= 0 ? '#1a7f37' : '#b42318'} />
                    ))}
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </ChartFrame>
          )}
          <table className="data-table contributions" data-testid="contributions">
            <caption className="sr-only">{s.contributionChart}</caption>
            <thead>
              <tr>
                <th scope="col">{s.component}</th>
                <th scope="col" className="align-right">
                  {s.change}
                </th>
                <th scope="col" className="align-right">
                  {s.weight}
                </th>
                <th scope="col" className="align-right">
                  {s.contribution}
                </th>
              </tr>
            </thead>
            <tbody>
              {contributions.map((c) => (
                <tr key={c.component} data-component={c.component}>
                  <td>{cname(c.component)}</td>
                  <td className="align-right">{formatChange(c.change, lang)}</td>
                  <td className="align-right">{c.weight === null ? '—' : formatNumber(c.weight, lang, 2)}</td>
                  <td className={`align-right ${c.contribution === null ? '' : c.contribution >= 0 ? 'up' : 'down'}`}>{formatChange(c.contribution, lang)}</td>
                </tr>
              ))}
              {m.reweighting !== null && m.reweighting !== 0 && (
                <tr>
                  <td>{s.reweighting}</td>
                  <td />
                  <td />
                  <td className="align-right">{formatChange(m.reweighting, lang)}</td>
                </tr>
              )}
              {m.residual !== null && (
                <tr className="note">
                  <td>{s.residual}</td>
                  <td />
                  <td />
                  <td className="align-right">{formatChange(m.residual, lang, 3)}</td>
                </tr>
              )}
              <tr>
                <th scope="row">{s.compositeChange}</th>
                <td />
                <td />
                <td className="align-right">
                  <strong>{formatChange(m.compositeChange, lang)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </>
      )}
      <ul className="gaps" data-testid="gaps">
        {m.gapToNextRank && m.gapToNextRank.exact && (
          <li data-testid="gap-next-rank" data-exact="true">
            {fill(s.gapNextRank, { name: unitName(catalogue, m.gapToNextRank.unit, lang) })}: <strong>{formatGap(m.gapToNextRank.gap, lang)}</strong>
            {analysis.gapWithinNoise && <span data-testid="gap-within-noise"> ({withinNoiseShort(lang)})</span>}
          </li>
        )}
        {m.gapToNextRank && !m.gapToNextRank.exact && (
          <li data-testid="gap-next-rank" data-exact="false">
            {fill(m.gapToNextRank.boundReason === 'rank-among-loaded' ? s.gapAmongLoaded : s.gapNextRankBound, {
              next: m.gapToNextRank.nextRank,
              name: unitName(catalogue, m.gapToNextRank.unit, lang),
              target: formatRank(m.gapToNextRank.targetRank, m.gapToNextRank.targetRankBasis),
            })}
            : ≤ <strong>{formatGap(m.gapToNextRank.gap, lang)}</strong> <span className="note">({s.gapBoundNote})</span>
          </li>
        )}
        {m.gapToNextTier && (
          <li>
            {fill(s.gapNextTier, { tier: m.gapToNextTier.tier[lang] })}: <strong>{formatGap(m.gapToNextTier.gap, lang)}</strong>
            {m.gapToNextTier.basis === 'lowest-in-tier' && <span className="note"> ({s.lowestInTier}; {s.gapBoundNote})</span>}
          </li>
        )}
        {m.gapToTop !== null && <li>{m.gapToTop === 0 ? s.isTop : <>{s.gapTop}: <strong>{formatGap(m.gapToTop, lang)}</strong></>}</li>}
      </ul>
      {improved.length > 0 && (
        <>
          <h3 id="improved-title">{s.mostImproved}</h3>
          {improvedPool.compared < improvedPool.expected && (
            <p className="note" data-testid="most-improved-basis">
              {fill(
                improvedPool.notRankedBase === 0 ? s.improvedAmong : improvedPool.compared + improvedPool.notRankedBase >= improvedPool.expected ? s.improvedAmongNotRanked : s.improvedAmongNotRankedOrMissing,
                { compared: improvedPool.compared, expected: improvedPool.expected, notRanked: improvedPool.notRankedBase, base: improvedPool.baseYear ?? '' },
              )}
            </p>
          )}
          <ol className="most-improved" data-testid="most-improved" aria-labelledby="improved-title">
            {improved.map((r) => (
              <li key={r.unit} data-key={r.unit}>
                {unitName(catalogue, r.unit, lang)}: <strong className="up">{formatPlacesChange(r.rankChange, lang)}</strong> ({r.baseRank} → {r.rank}, {formatChange(r.scoreChange, lang)})
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
