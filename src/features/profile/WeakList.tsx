/** Weak components, ordered by the points of composite they cost; each flag names its rule and amount. */
import { expectedUnitCount, findComponent, TOTAL } from '@/domain/catalogue/catalogue';
import type { ProvinceAnalysis } from '@/domain/analysis/analysis';
import { componentWeight } from '@/domain/analysis/composite';
import { notRankedText } from '@/domain/catalogue/editions';
import type { IndexDef } from '@/domain/catalogue/types';
import { bottomShareStart } from '@/domain/analysis/weakness';
import { formatNumber, formatRank, useLang, useStrings } from '@/ui/i18n';
import { fill, profileStrings } from './strings';
import { useCatalogue } from '@/data/catalogue';

export function WeakList({ analysis, index }: { analysis: ProvinceAnalysis; index: IndexDef }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(profileStrings);
  const expected = analysis.components[0]?.basedOn.expected ?? expectedUnitCount(catalogue, analysis.year);
  const hasFigures = analysis.components.some((c) => c.value !== null);
  const anyComponent = index.components.find((c) => c.id !== TOTAL && c.weights?.length) ?? index.components[1];
  const factor = anyComponent ? componentWeight(index, anyComponent, analysis.year).factor : 1;
  return (
    <section aria-labelledby="weak-title" className="card weak" data-testid="weak-components">
      <h2 id="weak-title">{s.weakTitle}</h2>
      <p className="note">
        {fill(s.weakIntro, {
          share: Math.round(analysis.rules.bottomShare * 100),
          start: bottomShareStart(expected, analysis.rules.bottomShare),
          n: analysis.rules.consecutiveDeclines,
          factor,
        })}
      </p>
      {analysis.weakAssessment !== 'complete' && hasFigures && (
        <p className={`weak-assessment weak-assessment-${analysis.weakAssessment}`} data-testid="weak-assessment" data-status={analysis.weakAssessment} role="note">
          {analysis.weakAssessmentDetail.summary[lang]}.
        </p>
      )}
      {analysis.conflicts.length > 0 && (
        <ul className="conflicts" data-testid="data-conflicts">
          {analysis.conflicts.map((k) => (
            <li key={`${k.kind}-${k.component}`} data-component={k.component}>
              <span className="badge conflict">{s.dataConflict}</span> <strong>{findComponent(index, k.component)?.[lang] ?? k.component}</strong>: {k.message[lang]}.{' '}
              <span className="note">
                {s.printedSource} {k.printed.value}: {k.printed.source}; {s.scoresSource} {k.implied.value}: {k.implied.source}
              </span>
            </li>
          ))}
        </ul>
      )}
      {analysis.weak.length === 0 ? (
        <p>
          {analysis.composite?.notRanked && !hasFigures
            ? `${notRankedText(catalogue, analysis.composite.notRanked, index.id, analysis.year, lang)}: ${s.notRankedNoWeak}`
            : !hasFigures
              ? s.noComponentData
              : analysis.weakAssessment === 'complete'
                ? s.noWeak
                : s.noWeakSoFar}
        </p>
      ) : (
        <ol className="weak-list">
          {analysis.weak.map((w, i) => (
            <li key={w.component} data-component={w.component} className={i < 3 ? 'top-cost' : undefined}>
              <strong className="weak-name">{findComponent(index, w.component)?.[lang] ?? w.component}</strong>{' '}
              <span className="weak-score">
                {formatNumber(w.value, lang)}
                {w.rank !== null ? ` · ${s.rankShort} ${formatRank(w.rank, w.rankBasis)}` : ''}
              </span>{' '}
              <span className="weak-cost" data-testid="weak-cost">
                {w.cost !== null ? `${s.costs} ${formatNumber(w.cost, lang)} ${s.points}` : s.costUnknown}
              </span>
              <ul className="weak-flags">
                {w.flags.map((f) => (
                  <li key={f.rule} data-rule={f.rule}>
                    <span className="badge">{f.label[lang]}</span> {f.detail[lang]}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
